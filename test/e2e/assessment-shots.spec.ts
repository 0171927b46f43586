/**
 * Screenshots of the maturity-check screens for a visual check on a projector's resolutions
 * (1366×768 and 1280×720) in German and French. Not a test of behaviour: runs only with
 * SHOTS=1 (`SHOTS=1 npx playwright test test/e2e/assessment-shots.spec.ts`), writes /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';

test.skip(!process.env.SHOTS, 'screenshots only with SHOTS=1');

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
/** The first checklist question, opened from the overview grid. */
const FIRST_CHECKLIST = instrument.items.find((item) => item.format.kind !== 'scale')!;

async function ok(services: Services, name: string, input: unknown) {
  const r = await dispatch(services.handlers, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as { id: string };
}

/** A bakery with a finalised first check (T0), a finalised follow-up (T1) and a draft T2. */
async function seed(services: Services) {
  const client = await ok(services, 'clients.create', { name: 'Boulangerie Muller Sàrl', reportLocale: 'de' });
  const checks: string[] = [];
  for (const [i, heldOn] of ['2025-03-12', '2025-10-08', '2026-03-02'].entries()) {
    const check = await ok(services, 'assessments.start', {
      clientId: client.id,
      stage: i === 0 ? 'first' : 'follow_up',
      previousId: i === 0 ? null : checks[i - 1],
      heldOn,
      language: 'de',
      participants: [
        { name: 'Anne Muller', role: 'Geschäftsführerin' },
        { name: 'Jos Weber', role: 'Verwaltung und IT' },
      ],
    });
    checks.push(check.id);
    for (const [n, item] of instrument.items.entries()) {
      if (i === 2 && n > 11) break;
      const base = { id: check.id, itemId: item.id };
      if ((n + i) % 11 === 3) await ok(services, 'assessments.saveAnswer', { ...base, notApplicable: true });
      else if ((n + i) % 9 === 5) await ok(services, 'assessments.saveAnswer', { ...base, unknown: true });
      else if (item.format.kind === 'scale') await ok(services, 'assessments.saveAnswer', { ...base, level: Math.min(5, ((n * 7) % 4) + i) });
      else await ok(services, 'assessments.saveAnswer', { ...base, checked: item.format.options.slice(0, 2 + i * 2).map((o) => o.id) });
    }
    for (const [d, dimension] of instrument.dimensions.entries()) {
      await ok(services, 'assessments.saveTarget', { id: check.id, dimensionId: dimension.id, target: 40 + (d % 3) * 20 });
    }
    await ok(services, 'assessments.saveNote', { id: check.id, itemId: instrument.items[1].id, note: 'Angebote dauern 3 Tage; Ziel: 1 Tag.' });
    if (i < 2) await ok(services, 'assessments.finalise', { id: check.id });
  }
  await ok(services, 'assessments.savePosition', { id: checks[2], step: instrument.items[4].id, view: 'item' });
  return { clientId: client.id, checks };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}

for (const [w, h] of [
  [1366, 768],
  [1280, 720],
] as const) {
  for (const lang of ['de', 'fr'] as const) {
    test(`screens at ${w}×${h} in ${lang}`, async ({ app, page }) => {
      mkdirSync('/tmp/shots', { recursive: true });
      await page.setViewportSize({ width: w, height: h });
      const { clientId, checks } = await seed(app.services);
      await ok(app.services, 'settings.update', { locale: lang });
      if (lang === 'fr') await ok(app.services, 'assessments.update', { id: checks[2], patch: { language: 'fr' } });
      const tag = `${lang}-${w}`;

      await app.open(page, `/checks/${checks[2]}/present`);
      await expect(page.getByTestId('item-stage')).toBeVisible();
      await shot(page, `presenter-${tag}`);
      // A checklist question, and the note drawer.
      await page.keyboard.press('g');
      await page.getByTestId(`cell-${FIRST_CHECKLIST.id}`).click();
      await expect(page.getByTestId('item-stage')).toHaveAttribute('data-item', FIRST_CHECKLIST.id);
      await shot(page, `checklist-${tag}`);
      await page.keyboard.press('e');
      await page.getByTestId('note-text').fill('Sauvegarde sur NAS au bureau, pas de copie hors site.');
      await shot(page, `note-${tag}`);
      await page.keyboard.press('Escape');
      // A target step.
      await page.getByTestId('toggle-grid').click();
      await page.getByTestId('cell-target:strategy').click();
      await expect(page.getByTestId('target-stage')).toBeVisible();
      await shot(page, `target-${tag}`);
      await page.keyboard.press('g');
      await expect(page.getByTestId('overview-grid')).toBeVisible();
      await shot(page, `grid-${tag}`);
      // The question with the longest level descriptions.
      await page.getByTestId('cell-responsible.ai_act').click();
      await expect(page.getByTestId('item-stage')).toHaveAttribute('data-item', 'responsible.ai_act');
      await shot(page, `longest-${tag}`);

      await app.open(page, `/checks/${checks[1]}/results`);
      await expect(page.getByTestId('radar').locator('svg').first()).toBeVisible();
      await expect(page.getByTestId('gap-bars').locator('svg').first()).toBeVisible();
      await shot(page, `results-${tag}`);

      await app.open(page, `/clients/${clientId}/progress`);
      await expect(page.getByTestId('progress-table')).toBeVisible();
      await expect(page.locator('.chart-card svg').first()).toBeVisible();
      await shot(page, `progress-${tag}`);

      await app.open(page, `/checks/${checks[2]}/finalise`);
      await expect(page.getByTestId('completeness')).toBeVisible();
      await shot(page, `finalise-${tag}`);

      await app.open(page, `/clients/${clientId}`);
      await expect(page.getByTestId('check-panel')).toBeVisible();
      await page.getByTestId('check-panel').screenshot({ path: `/tmp/shots/panel-${tag}.png` });

      await app.open(page, `/clients/${clientId}/checks/new`);
      await expect(page.getByTestId('start-check')).toBeVisible();
      await shot(page, `start-${tag}`);
    });
  }
}
