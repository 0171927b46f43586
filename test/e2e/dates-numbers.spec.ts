/**
 * One rule for dates, numbers and messages, on the screens (issue 11): a French and a German
 * advisor type figures and dates as they write them; what is ambiguous is refused by name, what
 * cannot be saved never shows as saved or leaves stale results, dates read in the UI language,
 * and the funding comparison's totals line up under their scenario columns.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type Laptop } from './fixtures';
import { finalisedCheck } from '../support/roadmap-fixtures';

const SHOTS = '/tmp/shots/dates-numbers';
mkdirSync(SHOTS, { recursive: true });
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

async function shots(page: Page, name: string, focus?: ReturnType<Page['getByTestId']>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (focus) await focus.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(SIZES[0]);
}

async function inLanguage(app: Laptop, page: Page, locale: 'fr' | 'de', path: string) {
  await app.call('settings.update', { locale });
  await app.open(page, path);
}

test.use({ viewport: SIZES[0] });

for (const lang of ['fr', 'de'] as const) {
  test(`${lang}: typed figures follow the one number rule; refused values are never "saved" nor leave stale results`, async ({ app, page }) => {
    const client = await app.call('clients.create', { name: 'Boulangerie Muller Sàrl', reportLocale: lang });
    await app.call('clients.update', { id: client.id, patch: { headcount: 8, turnoverCents: 150_000_000, balanceSheetCents: 100_000_000 } });
    await inLanguage(app, page, lang, `/clients/${client.id}`);
    const saveState = page.getByTestId('save-state');
    const turnover = page.getByTestId('field-turnover');
    const turnoverField = page.locator('.field', { has: turnover });
    await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'micro');

    // "1.2" is ambiguous in fr/de: refused by name, not read as 12 (nor 1.2).
    await turnover.fill('1.2');
    await turnover.blur();
    await expect(turnoverField.locator('.field-error')).toHaveText(lang === 'fr' ? /Ambigu.*1,2.*1\.200/ : /Mehrdeutig.*1,2.*1\.200/);
    await expect(turnover).toHaveAttribute('aria-invalid', 'true');
    await expect(saveState).toHaveAttribute('data-state', 'invalid');
    // The size class was computed from the old turnover: it waits instead of showing it as current.
    await expect(page.getByTestId('size-class')).toHaveCount(0);
    await expect(page.getByTestId('awaiting-valid')).toBeVisible();
    expect((await app.call('clients.get', { id: client.id })).turnoverCents).toBe(150_000_000);
    await shots(page, `client-ambiguous-${lang}`);

    // Corrected: the message goes, the figure is saved as written, the result comes back.
    await turnover.fill('4.100.000');
    await turnover.blur();
    await expect(turnoverField.locator('.field-error')).toHaveCount(0);
    await expect(saveState).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('awaiting-valid')).toHaveCount(0);
    await expect(page.getByTestId('size-class')).toBeVisible();
    expect((await app.call('clients.get', { id: client.id })).turnoverCents).toBe(410_000_000);
    await expect(turnover).toHaveValue('4.100.000'); // grouped as the app writes fr-LU / de-LU

    // "1 200,5" and "1e3" are read as written.
    const balance = page.getByTestId('field-balance');
    await balance.fill('1 200,5');
    await balance.blur();
    await expect(saveState).toHaveAttribute('data-state', 'saved');
    await expect.poll(async () => (await app.call('clients.get', { id: client.id })).balanceSheetCents).toBe(120_050);
    const headcount = page.getByTestId('field-headcount');
    await headcount.fill('1e3');
    await headcount.blur();
    await expect.poll(async () => (await app.call('clients.get', { id: client.id })).headcount).toBe(1000);
    await expect(headcount).toHaveValue('1.000');
  });

  test(`${lang}: a client's name cannot be cleared, and a name cut at its maximum says so`, async ({ app, page }) => {
    const client = await app.call('clients.create', { name: 'Präzisionsteile Schmit SA', reportLocale: lang });
    await inLanguage(app, page, lang, `/clients/${client.id}`);
    const name = page.getByTestId('field-name');
    const nameField = page.locator('.field', { has: name });
    await name.fill('');
    await name.blur();
    await expect(nameField.locator('.field-error')).toHaveText(lang === 'fr' ? /Obligatoire/ : /Pflichtfeld/);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'invalid');
    await expect(page.getByTestId('save-state')).not.toContainText(lang === 'fr' ? 'Enregistré' : 'Gespeichert um');
    await shots(page, `client-name-required-${lang}`);
    await page.reload();
    await expect(page.getByTestId('client-title')).toHaveText('Präzisionsteile Schmit SA');
    expect((await app.call('clients.get', { id: client.id })).name).toBe('Präzisionsteile Schmit SA');

    await name.fill(`Schmit ${'x'.repeat(240)}`);
    await expect(nameField.locator('.field-notice')).toHaveText(lang === 'fr' ? 'Coupé au maximum de 200 caractères' : 'Auf die Höchstlänge von 200 Zeichen gekürzt');
    await name.blur();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    expect((await app.call('clients.get', { id: client.id })).name).toHaveLength(200);
    // A refused value inside a list is shown on its own field, translated, and clears once corrected.
    await page.getByRole('button', { name: lang === 'fr' ? /Ajouter une personne de contact/ : /Ansprechperson hinzufügen/ }).click();
    const email = page.getByLabel(lang === 'fr' ? 'E-mail' : 'E-Mail', { exact: true });
    const emailError = page.locator('.field', { has: email }).locator('.field-error');
    await email.fill('pas-un-email');
    await email.blur();
    await expect(emailError).toHaveText(lang === 'fr' ? 'adresse e-mail non valable (p.\u00a0ex. anne@entreprise.lu)' : 'keine gültige E-Mail-Adresse (z.\u00a0B. anne@firma.lu)');
    // No raw field path or zod text anywhere on the page.
    await expect(page.locator('body')).not.toContainText('patch.');
    await expect(page.locator('body')).not.toContainText('contacts.0');
    await shots(page, `client-contact-error-${lang}`, email);
    await email.fill('anne@muller.lu');
    await email.blur();
    await expect(emailError).toHaveCount(0);
    await expect.poll(async () => (await app.call('clients.get', { id: client.id })).contacts[0]?.email).toBe('anne@muller.lu');
  });
}

test('dates: typed and shown in the UI language, never the native picker; the sign-off date is the one recorded', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Garage Kremer SA', reportLocale: 'fr' });
  await app.call('clients.update', { id: client.id, patch: { headcount: 40, turnoverCents: 900_000_000 } });

  // No native date input anywhere on these screens.
  await inLanguage(app, page, 'fr', `/clients/${client.id}/checks/new`);
  await expect(page.locator('input[type="date"], input[type="month"]')).toHaveCount(0);
  const heldOn = page.getByTestId('held-on');
  await heldOn.fill('2.12.2026');
  await expect(page.locator('.field', { has: heldOn }).locator('.field-hint')).toHaveText('Compris\u00a0: 2 déc. 2026');
  await heldOn.blur();
  await expect(heldOn).toHaveValue('2 déc. 2026');
  await heldOn.fill('31.02.2026');
  await expect(page.locator('.field', { has: heldOn }).locator('.field-error')).toContainText('Date non valable');
  await expect(page.getByTestId('start-check')).toBeDisabled();
  await shots(page, 'check-date-invalid-fr');
  await heldOn.fill('2 déc. 2026');
  await expect(page.getByTestId('start-check')).toBeEnabled();

  const check = await finalisedCheck(app.call, client.id);
  const view = await app.call('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
  await inLanguage(app, page, 'de', `/roadmaps/${view.id}`);
  await expect(page.locator('input[type="date"], input[type="month"]')).toHaveCount(0);
  const start = page.getByTestId('field-starts-on');
  await start.fill('3.2027');
  await start.blur();
  await expect(start).toHaveValue('März 2027');
  await expect.poll(async () => (await app.call('roadmaps.get', { id: view.id })).startsOn).toBe('2027-03-01');
  await shots(page, 'roadmap-start-de');

  await page.getByTestId('open-signoff').click();
  const dialog = page.getByTestId('signoff-dialog');
  await dialog.getByTestId('signoff-name').fill('Marc Kremer');
  await dialog.getByTestId('signoff-role').fill('Geschäftsführer');
  const date = dialog.getByTestId('signoff-date');
  await date.fill('28. Nov. 2026');
  await expect(dialog.locator('.field', { has: date }).locator('.field-error')).toHaveCount(0);
  await shots(page, 'signoff-date-de');
  await dialog.getByTestId('signoff-confirm').click();
  await expect(page.getByTestId('roadmap-page')).toHaveAttribute('data-status', 'signed_off');
  const signed = await app.call('roadmaps.get', { id: view.id });
  expect(signed.signOff?.signedOn).toBe('2026-11-28');
  await expect(page.getByTestId('signed-notice')).toContainText('28. November 2026');
});

test('funding comparison: totals and net cost line up under their scenario columns (roadmap styles loaded first)', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Boulangerie Muller Sàrl', reportLocale: 'fr' });
  await app.call('clients.update', { id: client.id, patch: { headcount: 12, turnoverCents: 150_000_000 } });
  // Load the roadmap feature's CSS first: its `.total` card style used to leak into this table.
  const check = await finalisedCheck(app.call, client.id);
  const roadmap = await app.call('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 12 });
  for (const [name, schemeIds] of [['Fit 4 AI', ['fit4ai']], ['Fit 4 AI + cashback', ['fit4ai', 'cashback-compute-80']]] as const) {
    const created = await app.call('funding.createScenario', { clientId: client.id, name, schemeIds: [...schemeIds] });
    await app.call('funding.addCostLine', { scenarioId: created.scenario.id, line: { type: 'diagnostic_consultancy', label: 'Étude', amountCents: 2_000_000 } });
    await app.call('funding.addCostLine', { scenarioId: created.scenario.id, line: { type: 'compute', label: 'MeluXina', gpuHours: 10_000, pricePerGpuHourCents: 250 } });
  }
  for (const lang of ['fr', 'de'] as const) {
    await inLanguage(app, page, lang, `/roadmaps/${roadmap.id}`);
    await expect(page.getByTestId('roadmap-page')).toBeVisible();
    await page.evaluate((path) => (location.hash = path), `#/clients/${client.id}/funding`);
    const table = page.getByTestId('compare-table');
    await expect(table).toBeVisible();
    // The roadmap's card style is loaded on this page (so the check below is not vacuous), but scoped.
    const roadmapTotal = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).filter((text) => /^\.total\b[^{]*\{[^}]*display: flex/.test(text)),
    );
    expect(roadmapTotal).toEqual([expect.stringContaining('.total:where(.feature-roadmap, .feature-roadmap *)')]);
    const headers = page.getByTestId('compare-column');
    await expect(headers).toHaveCount(2);
    for (const rowTestId of ['compare-cost', 'compare-total-aid', 'compare-net']) {
      const cells = page.getByTestId(rowTestId);
      await expect(cells).toHaveCount(2);
      for (let i = 0; i < 2; i++) {
        const head = (await headers.nth(i).boundingBox())!;
        const cell = (await cells.nth(i).boundingBox())!;
        expect(Math.abs(cell.x - head.x), `${rowTestId}[${i}] x`).toBeLessThan(1);
        expect(Math.abs(cell.width - head.width), `${rowTestId}[${i}] width`).toBeLessThan(1);
      }
      await expect(cells.first().locator('xpath=..')).toHaveCSS('display', 'table-row');
    }
    await shots(page, `comparison-${lang}`, table);
  }
});

test('scenario and scheme settings: a refused figure hides the totals; percent and "last checked" use the shared fields', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Boulangerie Muller Sàrl', reportLocale: 'fr' });
  await app.call('clients.update', { id: client.id, patch: { headcount: 12, turnoverCents: 150_000_000 } });
  const created = await app.call('funding.createScenario', { clientId: client.id, name: 'Fit 4 AI', schemeIds: ['fit4ai'] });
  await app.call('funding.addCostLine', { scenarioId: created.scenario.id, line: { type: 'diagnostic_consultancy', label: 'Étude', amountCents: 2_000_000 } });
  for (const lang of ['fr', 'de'] as const) {
    await inLanguage(app, page, lang, `/clients/${client.id}/funding/${created.scenario.id}`);
    await expect(page.getByTestId('summary')).toBeVisible();
    const amount = page.getByTestId('line-amount').first();
    await amount.fill('20.5');
    await amount.blur();
    await expect(page.getByTestId('summary')).toHaveCount(0);
    await expect(page.getByTestId('awaiting-valid')).toBeVisible();
    await expect(page.getByTestId('line-aid')).toHaveCount(0); // the line's own figures wait too
    await expect(page.getByTestId('awaiting-valid-inline')).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'invalid');
    await shots(page, `scenario-awaiting-${lang}`, page.getByTestId('cost-line').first());
    await amount.fill('20.000');
    await amount.blur();
    await expect(page.getByTestId('summary')).toBeVisible();
    await expect(page.getByTestId('awaiting-valid')).toHaveCount(0);
    await expect(page.getByTestId('line-aid')).toHaveText(lang === 'fr' ? '10.000\u00a0€' : '10.000\u00a0€');
  }
  await app.open(page, '/settings');
  await page.getByTestId('settings-scheme-fit4ai').click();
  const editor = page.getByTestId('scheme-editor');
  await expect(editor).toBeVisible();
  await expect(editor.locator('input[type="date"]')).toHaveCount(0);
  await expect(editor.getByTestId('intensity-small')).toHaveValue('50');
  await expect(editor.getByTestId('last-checked')).toHaveValue(/^\d{1,2}\. \S+ \d{4}$/); // "1. Dez. 2026" in German
  await shots(page, 'scheme-settings-de', editor.getByTestId('last-checked'));
});

test('GPU budget: "1.5" tokens in French is refused by name and the totals wait; "5e7" is understood', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Muller Logistique Sàrl', reportLocale: 'fr' });
  const budget = await app.call('gpu.budgets.create', { clientId: client.id, name: 'Assistant service client' });
  await inLanguage(app, page, 'fr', `/gpu/budgets/${budget.budget.id}`);
  await expect(page.getByTestId('gpu-budget-page')).toBeVisible();
  if ((await page.getByTestId('workload-0-type').count()) === 0) await page.getByTestId('add-workload').click();
  await page.getByTestId('workload-0-type').selectOption('lora');
  await page.getByTestId('workload-0-model').selectOption('llama-3.1-8b');
  const tokens = page.getByTestId('workload-0-tokens');
  await tokens.fill('50 000 000');
  await page.getByTestId('workload-0-epochs').fill('3');
  await page.getByTestId('workload-0-epochs').blur();
  await expect(page.getByTestId('budget-incomplete')).toHaveCount(0);
  await expect(page.getByTestId('awaiting-valid')).toHaveCount(0);

  await tokens.fill('1.5');
  await tokens.blur();
  await expect(page.locator('.field', { has: tokens }).locator('.field-error')).toContainText('Ambigu');
  await expect(page.getByTestId('awaiting-valid')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByTestId('workload-0-gpu-hours')).toHaveCount(0); // the workload's own figures wait too
  await shots(page, 'gpu-budget-awaiting-fr', tokens);

  await tokens.fill('5e7');
  await tokens.blur();
  await expect(page.locator('.field', { has: tokens }).locator('.field-error')).toHaveCount(0);
  await expect(page.getByTestId('awaiting-valid')).toHaveCount(0);
  await expect(tokens).toHaveValue('50.000.000');
  await expect(page.getByTestId('workload-0-gpu-hours')).toBeVisible();
});
