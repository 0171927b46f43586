/**
 * Screenshots of the screens shown in front of the client (issue 11) at 1366×768 and 1280×720 in
 * French and German, for a visual check: start, presenter (question, checklist, target, overview,
 * help), finalise with its confirmation, results and progress charts (with a tooltip), review mode
 * with the sign-off dialog, the signed-off roadmap, and the GPU chart with the compute request's
 * confirmation. Not a test of behaviour: runs only with SHOTS=1, writes /tmp/shots/presenter-screens/.
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { getInstrument } from '@shared/reference/instrument';

test.skip(!process.env.SHOTS, 'screenshots only with SHOTS=1');
const DIR = '/tmp/shots/presenter-screens';

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

async function seed(services: Services, lang: 'fr' | 'de') {
  const ok = okOf(services);
  const client = await ok('clients.create', { name: lang === 'fr' ? 'Boulangerie Muller S.à r.l.' : 'Präzisionsteile Hoffmann S.A.', reportLocale: lang });
  await ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
  const participants = [
    { name: 'Anne Muller', role: lang === 'fr' ? 'Gérante' : 'Geschäftsführerin' },
    { name: 'Jos Weber', role: lang === 'fr' ? 'Administration et informatique' : 'Verwaltung und IT' },
  ];
  const checks: string[] = [];
  for (const [i, heldOn] of ['2025-03-12', '2025-10-08', '2026-03-02'].entries()) {
    const check = await ok('assessments.start', { clientId: client.id, stage: i === 0 ? 'first' : 'follow_up', previousId: i === 0 ? null : checks[i - 1], heldOn, language: lang, participants });
    checks.push(check.id);
    const instrument = getInstrument(check.instrumentVersion);
    for (const [n, item] of instrument.items.entries()) {
      if (i === 2 && n > 9) break;
      const base = { id: check.id, itemId: item.id };
      if ((n + i) % 11 === 3) await ok('assessments.saveAnswer', { ...base, notApplicable: true });
      else if ((n + i) % 9 === 5) await ok('assessments.saveAnswer', { ...base, unknown: true });
      else if (item.format.kind === 'scale') await ok('assessments.saveAnswer', { ...base, level: Math.min(5, ((n * 7) % 4) + i) });
      else await ok('assessments.saveAnswer', { ...base, checked: item.format.options.slice(0, 2 + i * 2).map((o) => o.id) });
    }
    if (i === 0) for (const [d, dimension] of instrument.dimensions.entries()) await ok('assessments.saveTarget', { id: check.id, dimensionId: dimension.id, target: [40, 60, 80][d % 3] });
    if (i < 2) await ok('assessments.finalise', { id: check.id });
  }
  const view = await ok('roadmaps.generate', { clientId: client.id, assessmentId: checks[1], horizonMonths: 12 });
  for (const i of view.initiatives.filter((x) => x.usesAi)) {
    await ok('roadmaps.setAiActAnswers', { id: view.id, key: i.key, answers: { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'none', interacts_with_people: 'no', synthetic_content: 'none' } });
  }
  const budget = await ok('gpu.budgets.create', { clientId: client.id, name: 'Prévision', workloads: [{ label: 'Prévision des ventes', type: 'lora', model: 'llama-3.1-8b', tokens: 500_000_000, epochs: 3 }] });
  const request = await ok('gpu.requests.create', { budgetId: budget.budget.id });
  await ok('gpu.requests.update', {
    id: request.id,
    patch: {
      summary: 'Affiner Llama-3.1-8B sur l’historique des ventes de 40 points de vente pour prévoir la production du lendemain.',
      storageGiB: 120,
      justification: 'Les invendus coûtent environ 6 % du chiffre d’affaires ; les données de caisse sont agrégées par produit et par jour, sans données personnelles.',
    },
  });
  return { clientId: client.id, checks, roadmapId: view.id, budgetId: budget.budget.id, requestId: request.id };
}

for (const [w, h] of [
  [1366, 768],
  [1280, 720],
] as const) {
  for (const lang of ['fr', 'de'] as const) {
    test(`screens in front of the client at ${w}×${h} in ${lang}`, async ({ app, page }) => {
      test.setTimeout(180_000);
      mkdirSync(DIR, { recursive: true });
      await page.setViewportSize({ width: w, height: h });
      const ok = okOf(app.services);
      await ok('settings.update', { locale: lang });
      const { clientId, checks, roadmapId, budgetId, requestId } = await seed(app.services, lang);
      const shot = (name: string, full = false) => page.screenshot({ path: `${DIR}/${lang}-${w}-${name}.png`, fullPage: full });

      await app.open(page, `/clients/${clientId}/checks/new`);
      await expect(page.getByTestId('follow-up-hint')).toBeVisible();
      await shot('start');

      await app.open(page, `/checks/${checks[2]}/present`);
      await expect(page.getByTestId('item-stage')).toBeVisible();
      await shot('presenter');
      await page.keyboard.press('?');
      await expect(page.getByTestId('help-overlay')).toBeVisible();
      await shot('presenter-help');
      await page.keyboard.press('Escape');
      await page.keyboard.press('g');
      await page.keyboard.press('3');
      await expect(page.getByTestId('presenter-flash')).toBeVisible();
      await shot('presenter-grid');
      await page.keyboard.press('Escape');

      await app.open(page, `/checks/${checks[2]}/finalise`);
      await page.getByTestId('finalise').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('finalise-confirm');
      await page.keyboard.press('Escape');

      await app.open(page, `/checks/${checks[1]}/results`);
      await expect(page.getByTestId('radar').locator('svg').first()).toBeVisible();
      await page.getByTestId('radar').scrollIntoViewIfNeeded();
      await shot('results');
      const dot = page.getByTestId('radar').locator('.recharts-radar-dot, .recharts-dot').first();
      if (await dot.count()) {
        await dot.hover();
        await shot('results-tooltip');
      }

      await app.open(page, `/clients/${clientId}/progress`);
      await expect(page.locator('.chart-card svg').first()).toBeVisible();
      await page.locator('.chart-card').first().scrollIntoViewIfNeeded();
      await shot('progress');

      await app.open(page, `/roadmaps/${roadmapId}/review`);
      await expect(page.getByTestId('review')).toHaveAttribute('data-slide', 'scores');
      await shot('review-scores');
      await page.keyboard.press('End');
      await shot('review-signoff');
      await page.getByTestId('review-open-signoff').click();
      await expect(page.getByTestId('signoff-dialog')).toBeVisible();
      await shot('review-signoff-dialog');
      await page.getByTestId('signoff-confirm').click();
      await expect(page.getByTestId('review-open-signoff')).toHaveCount(0);
      await shot('review-signed');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('roadmap-page')).toHaveAttribute('data-status', 'signed_off');
      await shot('roadmap-signed');

      await app.open(page, `/gpu/budgets/${budgetId}`);
      await expect(page.getByTestId('chart-gpu-hours').locator('svg').first()).toBeVisible();
      await page.getByTestId('chart-gpu-hours').scrollIntoViewIfNeeded();
      await shot('gpu-chart');

      await app.open(page, `/gpu/requests/${requestId}`);
      await page.getByTestId('finalise').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot('compute-request-confirm');
    });
  }
}
