/**
 * Funding scenarios end to end, in French, through the bridge: an advisor builds two scenarios
 * for a small company (Fit 4 AI only; Fit 4 AI + compute cashback) and compares them; the figures
 * on screen must equal a computation done here, independently of the app's engine.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

test.use({ locale: 'fr-LU' });

const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

/** "50 000 €" as fr-LU writes it (narrow no-break spaces), whole euros. */
const eur = (euros: number) =>
  new Intl.NumberFormat('fr-LU', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(euros);

// The project, in euros excluding VAT, and the published rules (domain.md §3), applied by hand.
const PROJECT = { diagnostic: 20_000, implementation: 90_000, gpuHours: 10_000, pricePerGpuHour: 2.5 };
const compute = PROJECT.gpuHours * PROJECT.pricePerGpuHour; // 25,000
const totalCost = PROJECT.diagnostic + PROJECT.implementation + compute; // 135,000
// Fit 4 AI as announced: 50 % of consultancy + technical implementation, aid capped at €50,000 for a small company.
const fit4ai = Math.min(0.5 * (PROJECT.diagnostic + PROJECT.implementation), 50_000);
// Cashback: 80 % of MeluXina compute costs, de minimis (no prior aid: €300,000 headroom).
const cashback = Math.min(0.8 * compute, 300_000);
const eurDe = (euros: number) =>
  new Intl.NumberFormat('de-LU', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(euros);
const EXPECTED = {
  only: { aid: fit4ai, net: totalCost - fit4ai },
  withCashback: { aid: fit4ai + cashback, net: totalCost - fit4ai - cashback },
};

async function createSmallClient(page: Page, name: string) {
  await page.getByTestId('new-client-name').fill(name);
  await page.getByTestId('new-client').click();
  await page.getByTestId('field-headcount').fill('32');
  await page.getByTestId('field-turnover').fill('4100000');
  await page.getByTestId('field-turnover').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'small');
}

async function addLine(page: Page, type: string, fill: (row: ReturnType<Page['getByTestId']>) => Promise<void>) {
  const before = await page.getByTestId('cost-line').count();
  await page.getByTestId('new-line-type').selectOption(type);
  await page.getByTestId('add-line').click();
  await expect(page.getByTestId('cost-line')).toHaveCount(before + 1);
  const row = page.getByTestId('cost-line').nth(before);
  await fill(row);
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

test('deux scénarios pour une petite entreprise : Fit 4 AI seul puis Fit 4 AI + cashback, comparés', async ({ app, page }) => {
  await app.open(page);
  await createSmallClient(page, 'Muller Logistique Sàrl');

  // New scenario from the client's page.
  const panel = page.getByTestId('funding-panel');
  await expect(panel).toContainText('Aucun scénario de financement');
  await panel.getByTestId('new-scenario-name').fill('Fit 4 AI seul');
  await panel.getByTestId('new-scenario').click();
  await expect(page.getByTestId('scenario-title')).toHaveText('Fit 4 AI seul');
  await expect(page.getByTestId('scenario-size')).toContainText('petite entreprise');

  await addLine(page, 'diagnostic_consultancy', async (row) => {
    await row.getByTestId('line-label').fill('Étude d’opportunités IA (consultant agréé)');
    await row.getByTestId('line-amount').fill('20000');
    await row.getByTestId('line-amount').blur();
  });
  await addLine(page, 'technical_implementation', async (row) => {
    await row.getByTestId('line-label').fill('Prévision des commandes : intégration à l’ERP');
    await row.getByTestId('line-amount').fill('90 000');
    await row.getByTestId('line-amount').blur();
  });
  await addLine(page, 'compute', async (row) => {
    await row.getByTestId('line-label').fill('Affinage LoRA sur MeluXina');
    await row.getByTestId('line-gpu-hours').fill('10000');
    await row.getByTestId('line-gpu-price').fill('2,50');
    await row.getByTestId('line-gpu-price').blur();
    await expect(row.getByTestId('line-amount-computed')).toHaveText(eur(compute));
    const hours = new Intl.NumberFormat('fr-LU').format(PROJECT.gpuHours);
    const price = new Intl.NumberFormat('fr-LU', { style: 'currency', currency: 'EUR' }).format(PROJECT.pricePerGpuHour);
    await expect(row.getByTestId('line-rules')).toContainText(`${hours} heures GPU × ${price} = ${eur(compute)}`);
  });
  await page.getByTestId('scheme-fit4ai').check();
  await saved(page);

  await expect(page.getByTestId('total-cost')).toHaveText(eur(totalCost));
  await expect(page.getByTestId('total-aid')).toHaveText(eur(EXPECTED.only.aid));
  await expect(page.getByTestId('net-cost')).toHaveText(eur(EXPECTED.only.net));
  // The rule behind the figure, in French, and the unconfirmed badge of the announced scheme.
  const fit4aiResult = page.locator('[data-testid="scheme-result"][data-scheme="fit4ai"]');
  await expect(fit4aiResult).toContainText(`Aide plafonnée à ${eur(50_000)} : Fit 4 AI – tel qu’annoncé avec la L-AIF (non confirmé), petite entreprise`);
  await expect(fit4aiResult).toContainText(`(${eur(55_000)} avant plafond)`);
  await expect(fit4aiResult.getByTestId('badge-unconfirmed')).toHaveText('non confirmé');
  // Compute is not funded by Fit 4 AI: its line keeps its full cost.
  await expect(page.getByTestId('cost-line').nth(2).getByTestId('line-aid')).toHaveText(eur(0));
  await expect(page.getByTestId('cost-line').nth(2)).toContainText('Calcul (heures GPU) : aucun régime choisi ne finance ce type de coût');
  await page.screenshot({ path: `${SHOTS}/funding-scenario-fr.png`, fullPage: true });

  // Second scenario: a copy, renamed, with the cashback added.
  await page.getByTestId('duplicate-scenario').click();
  await expect(page.getByTestId('scenario-title')).toHaveText('Fit 4 AI seul (copie)');
  await page.getByTestId('scenario-name').fill('Fit 4 AI + cashback');
  await page.getByTestId('scenario-name').blur();
  await page.getByTestId('scheme-cashback-compute-80').check();
  await saved(page);
  await expect(page.getByTestId('scenario-title')).toHaveText('Fit 4 AI + cashback');
  await expect(page.getByTestId('total-aid')).toHaveText(eur(EXPECTED.withCashback.aid));
  await expect(page.getByTestId('net-cost')).toHaveText(eur(EXPECTED.withCashback.net));
  await expect(page.getByTestId('headroom')).toHaveText(eur(300_000 - cashback));
  await expect(page.getByTestId('cost-line').nth(2).getByTestId('line-aid')).toHaveText(eur(cashback));

  // Side by side.
  await page.getByTestId('open-comparison').click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.getByTestId('compare-column').nth(0)).toContainText('Fit 4 AI seul');
  await expect(page.getByTestId('compare-column').nth(1)).toContainText('Fit 4 AI + cashback');
  await expect(page.getByTestId('compare-cost')).toHaveText([eur(totalCost), eur(totalCost)]);
  await expect(page.getByTestId('compare-aid-fit4ai')).toHaveText([eur(fit4ai), eur(fit4ai)]);
  await expect(page.getByTestId('compare-aid-cashback-compute-80')).toHaveText(['—', eur(cashback)]);
  await expect(page.getByTestId('compare-total-aid')).toHaveText([eur(EXPECTED.only.aid), eur(EXPECTED.withCashback.aid)]);
  await expect(page.getByTestId('compare-net')).toHaveText([eur(EXPECTED.only.net), eur(EXPECTED.withCashback.net)]);
  // The chart (loaded lazily) draws one stacked bar per scenario and part.
  await expect(page.getByTestId('comparison-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/funding-comparison-fr.png`, fullPage: true });

  // Everything was saved: after a reload the figures are the same.
  await page.reload();
  await expect(page.getByTestId('compare-net')).toHaveText([eur(EXPECTED.only.net), eur(EXPECTED.withCashback.net)]);

  // Another language: same figures, German labels.
  await page.getByTestId('language').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Förderszenarien im Vergleich' })).toBeVisible();
  await expect(page.getByTestId('compare-total-aid').nth(1)).toHaveText(eurDe(EXPECTED.withCashback.aid));
  await expect(page.getByTestId('comparison-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/funding-comparison-de.png`, fullPage: true });
  await page.getByTestId('compare-column').nth(1).getByRole('link').click();
  await expect(page.getByTestId('scenario-title')).toHaveText('Fit 4 AI + cashback');
  await expect(page.locator('[data-testid="scheme-result"][data-scheme="fit4ai"]')).toContainText(`Gedeckelt auf ${eurDe(50_000)}: Fit 4 AI – wie mit der L-AIF angekündigt (unbestätigt), kleines Unternehmen`);
  await page.screenshot({ path: `${SHOTS}/funding-scenario-de.png`, fullPage: true });
});

test('taille inconnue : le scénario dit quel chiffre manque et renvoie vers la fiche client', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('new-client-name').fill('Atelier Schmit');
  await page.getByTestId('new-client').click();
  await page.getByTestId('field-headcount').fill('30');
  await page.getByTestId('field-headcount').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'unknown');
  await page.getByTestId('new-scenario').click();
  await expect(page.getByTestId('scenario-title')).toHaveText('Scénario 1');
  await addLine(page, 'diagnostic_consultancy', async (row) => {
    await row.getByTestId('line-amount').fill('12000');
    await row.getByTestId('line-amount').blur();
  });
  await page.getByTestId('scheme-fit4ai').check();
  await saved(page);

  const missing = page.getByTestId('size-missing');
  await expect(missing).toContainText('Catégorie de taille inconnue.');
  await expect(missing).toContainText('Il manque le chiffre d’affaires annuel, le total du bilan dans la fiche client');
  await expect(page.getByTestId('total-aid')).toHaveText(eur(0));
  await expect(page.getByTestId('net-cost')).toHaveText(eur(12_000));
  await expect(page.locator('[data-testid="scheme-result"][data-scheme="fit4ai"]')).toContainText('Aucune aide calculée : catégorie de taille inconnue');
  await page.screenshot({ path: `${SHOTS}/funding-size-unknown-fr.png`, fullPage: true });

  // The link leads to the client record; with the turnover the aid appears.
  await page.getByTestId('complete-client').click();
  await page.getByTestId('field-turnover').fill('3000000');
  await page.getByTestId('field-turnover').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'small');
  await expect(page.getByTestId('scenario-row')).toContainText(eur(6_000));
});

test('un régime modifié dans les paramètres : le scénario garde ses chiffres jusqu’au recalcul', async ({ app, page }) => {
  // Seeded through the services: a small company with a €150,000 implementation under Fit 4 AI.
  const h = app.services.handlers;
  const client = await h['clients.create']({ name: 'Kieffer Transports', reportLocale: 'fr' });
  await h['clients.update']({ id: client.id, patch: { headcount: 20, turnoverCents: 3_000_000_00 } });
  const v = await h['funding.createScenario']({ clientId: client.id, name: 'Fit 4 AI', schemeIds: ['fit4ai'] });
  await h['funding.addCostLine']({
    scenarioId: v.scenario.id,
    line: { type: 'technical_implementation', label: 'Vision par ordinateur', amountCents: 150_000_00, gpuHours: null, pricePerGpuHourCents: null, initiativeId: null },
  });

  await app.open(page, '/settings');
  await page.getByTestId('advisor-name').fill('Claire Weber');
  await page.getByTestId('advisor-name').blur();
  await saved(page);
  await page.getByTestId('settings-scheme-fit4ai').click();
  const editor = page.getByTestId('scheme-editor');
  await editor.getByTestId('cap-small').fill('40000');
  await editor.getByTestId('cap-small').blur();
  await expect(editor.getByTestId('pending-changes')).toContainText(`Plafond (petite entreprise) : ${eur(50_000)} → ${eur(40_000)}`);
  await editor.getByTestId('save-scheme').click();
  await expect(editor.getByTestId('history-entry').first()).toContainText('Révision 2');
  await expect(editor.getByTestId('history-entry').first()).toContainText('modifiée par Claire Weber');
  await expect(editor.getByTestId('history-entry').first()).toContainText(`Plafond (petite entreprise) : ${eur(50_000)} → ${eur(40_000)}`);
  await expect(page.getByTestId('settings-scheme-fit4ai')).toContainText('modifié (révision 2)');
  await page.screenshot({ path: `${SHOTS}/funding-settings-fr.png`, fullPage: true });

  await page.goto(`${app.url}/#/clients/${client.id}/funding/${v.scenario.id}`);
  await expect(page.getByTestId('outdated-notice')).toContainText('révision 1 utilisée, révision 2 en vigueur');
  await expect(page.getByTestId('outdated-notice')).toContainText(`Avec les règles actuelles : aide de ${eur(40_000)}`);
  await expect(page.getByTestId('total-aid')).toHaveText(eur(50_000));
  await page.getByTestId('recompute').click();
  await expect(page.getByTestId('total-aid')).toHaveText(eur(40_000));
  await expect(page.getByTestId('outdated-notice')).toHaveCount(0);

  await page.getByTestId('language').selectOption('lb');
  await page.goto(`${app.url}/#/settings`);
  await page.getByTestId('settings-scheme-fit4ai').click();
  await expect(page.getByTestId('scheme-history')).toContainText('geännert vum Claire Weber');
  await page.screenshot({ path: `${SHOTS}/funding-settings-lb.png`, fullPage: true });
});
