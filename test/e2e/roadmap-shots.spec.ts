/**
 * Screenshots of the roadmap screens (editor, timeline, comparison, AI Act triage, review) in
 * English and Luxembourgish, for a visual check. Not a test of behaviour: runs only with SHOTS=1
 * (`SHOTS=1 npx playwright test test/e2e/roadmap-shots.spec.ts`), writes /tmp/shots/roadmap-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { finalisedCheck } from '../support/roadmap-fixtures';

test.skip(!process.env.SHOTS, 'screenshots only with SHOTS=1');

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

async function seed(services: Services) {
  const ok = okOf(services);
  const client = await ok('clients.create', { name: 'Schräinerei Weber & Fils Sàrl', reportLocale: 'lb' });
  await ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000, commune: 'Mamer' } });
  const check = await finalisedCheck(ok, client.id);
  const view = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
  const [a, b] = view.initiatives;
  await ok('roadmaps.updateInitiative', { id: view.id, key: a.key, patch: { owner: 'Anne Weber', costCents: 1_500_000 } });
  await ok('roadmaps.updateInitiative', { id: view.id, key: b.key, patch: { expectedBenefitCentsPerYear: 2_400_000 } });
  const ai = view.initiatives.find((i) => i.usesAi);
  if (ai) {
    await ok('roadmaps.setAiActAnswers', {
      id: view.id,
      key: ai.key,
      answers: { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'none', interacts_with_people: 'yes', synthetic_content: 'none' },
    });
  }
  return { clientId: client.id, id: view.id, aiKey: view.initiatives.filter((i) => i.usesAi)[1]?.key ?? ai?.key };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/shots/roadmap-${name}.png`, fullPage: true });
  await page.screenshot({ path: `/tmp/shots/roadmap-${name}-top.png` });
}

for (const locale of ['en-GB', 'lb-LU'] as const) {
  test(`roadmap screens in ${locale}`, async ({ app, browser }) => {
    test.setTimeout(120_000);
    mkdirSync('/tmp/shots', { recursive: true });
    const lang = locale.slice(0, 2);
    const { clientId, id, aiKey } = await seed(app.services);
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();

    await app.open(page, `/clients/${clientId}`);
    await expect(page.getByTestId('roadmap-panel').getByTestId('roadmap-row')).toHaveCount(1);
    await page.getByTestId('roadmap-panel').screenshot({ path: `/tmp/shots/roadmap-${lang}-panel.png` });

    await app.open(page, `/roadmaps/${id}`);
    await expect(page.getByTestId('initiative').first()).toBeVisible();
    await shot(page, `${lang}-editor`);
    await page.getByTestId('tab-timeline').click();
    await expect(page.getByTestId('timeline')).toBeVisible();
    await shot(page, `${lang}-timeline`);
    await page.getByTestId('tab-compare').click();
    await expect(page.getByTestId('compare')).toBeVisible();
    await shot(page, `${lang}-compare`);
    await page.getByTestId('tab-initiatives').click();

    if (aiKey) {
      await page.locator(`[data-key="${aiKey}"]`).getByTestId('open-triage').click();
      const triage = page.getByTestId('triage-dialog');
      await triage.getByTestId('triage-prohibited_practice-none').check();
      await triage.getByTestId('triage-product_safety-no').check();
      await triage.getByTestId('triage-annex_iii_area-employment_recruitment').check();
      await expect(triage.getByTestId('triage-result')).toHaveAttribute('data-risk', /high|unclassified/);
      await page.screenshot({ path: `/tmp/shots/roadmap-${lang}-triage.png` });
      await triage.getByTestId('triage-done').click();
    }

    await page.getByTestId('open-catalogue').click();
    await expect(page.getByTestId('catalogue-item').first()).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/roadmap-${lang}-catalogue.png` });
    await page.getByTestId('catalogue-close').click();

    await page.getByTestId('open-signoff').click();
    await expect(page.getByTestId('signoff-dialog')).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/roadmap-${lang}-signoff.png` });
    await page.keyboard.press('Escape');

    await app.open(page, `/roadmaps/${id}/review`);
    const review = page.getByTestId('review');
    for (const slide of ['scores', 'roadmap', 'timeline', 'totals', 'signoff']) {
      await expect(review).toHaveAttribute('data-slide', slide);
      await shot(page, `${lang}-review-${slide}`);
      await page.keyboard.press('ArrowRight');
    }
    await context.close();
  });
}
