/**
 * The GPU budget → compute request journey in French (then German), shared by the Playwright
 * spec and by scripts that drive the same steps. Screenshots go to /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Services } from '@main/services/create-services';
import { estimateGpuBudget } from '@shared/domain/gpu-budget';
import { formatNumber } from '@shared/format';

const SHOTS = '/tmp/shots';

/** Full-page shots from the top, so the sticky header is not painted in the middle. */
async function shot(page: Page, options: { path: string; fullPage: boolean }) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot(options);
}

export async function gpuJourney(page: Page, app: { services: Services }) {
  mkdirSync(SHOTS, { recursive: true });

  // A client with a known size class (the portal needs it).
  await page.getByTestId('new-client-name').fill('Muller Logistique S.à r.l.');
  await page.getByTestId('new-client').click();
  await page.getByTestId('field-headcount').fill('12');
  await page.getByTestId('field-turnover').fill('3200000');
  await page.getByTestId('field-turnover').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'small');

  // The GPU panel: no budget yet, start one.
  const panel = page.getByTestId('gpu-panel');
  await expect(panel.getByRole('heading', { name: 'Budgets d’heures GPU et demandes de calcul' })).toBeVisible();
  await panel.getByTestId('new-gpu-budget').click();
  await expect(page.getByTestId('gpu-budget-page')).toBeVisible();

  // Until the data is entered, the app says what is missing instead of printing a figure.
  await expect(page.getByTestId('budget-incomplete')).toBeVisible();
  await expect(page.getByTestId('workload-0')).toContainText('Tokens d’entraînement par époque : obligatoire');

  await page.getByTestId('budget-name').fill('Assistant service client');
  await page.getByTestId('workload-0-label').fill('Assistant SAV');
  await page.getByTestId('workload-0-type').selectOption('lora');
  await page.getByTestId('workload-0-model').selectOption('llama-3.1-8b');
  await page.getByTestId('workload-0-tokens').fill('50 000 000');
  await page.getByTestId('workload-0-epochs').fill('3');
  await page.getByTestId('workload-0-epochs').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The figure on screen is the shared estimator's, formatted in French.
  const expected = estimateGpuBudget({
    hardwareId: 'meluxina-a100-40gb',
    precision: 'bf16',
    workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }],
  });
  await expect(page.getByTestId('total-gpu-hours')).toHaveText(formatNumber(expected.total.gpuHours.expected, 'fr', 0));
  await expect(page.getByTestId('workload-0-gpu-hours')).toContainText(formatNumber(expected.workloads[0].gpuHours.expected, 'fr', 0));
  await expect(page.getByTestId('access-mode')).toHaveText('Playground');
  await expect(page.getByTestId('co2')).toContainText('Fondée sur la localisation');
  await expect(page.getByTestId('unconfirmed')).toContainText('Prix par heure GPU (HT) : non confirmé');
  await expect(page.getByTestId('workload-0-memory')).toContainText('1 GPU par job');
  await expect(page.getByTestId('chart-gpu-hours').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('chart-memory')).toContainText('90 % utilisables');

  // "How this was computed" lists the assumptions with their sources.
  await page.getByTestId('workload-0').getByText('Comment ce chiffre a été calculé').click();
  await expect(page.getByTestId('assumptions-0')).toContainText('Taux d’utilisation du calcul (MFU)');
  await expect(page.getByTestId('assumptions-0')).toContainText('45 %');
  await page.getByTestId('workload-0').screenshot({ path: `${SHOTS}/gpu-workload-fr.png` });

  // A second workload that does not fit one A100: the app says how to make it fit.
  await page.getByTestId('add-workload').click();
  // While the new workload is incomplete, the first one keeps its figures (no total yet).
  await expect(page.getByTestId('budget-incomplete')).toBeVisible();
  await expect(page.getByTestId('workload-0-gpu-hours')).toContainText(formatNumber(expected.workloads[0].gpuHours.expected, 'fr', 0));
  await page.getByTestId('workload-1-type').selectOption('full_finetune');
  await page.getByTestId('workload-1-model').selectOption('llama-3.1-70b');
  await page.getByTestId('workload-1-tokens').fill('10 000 000');
  await page.getByTestId('workload-1-tokens').blur();
  await expect(page.getByTestId('fit-advice-1')).toContainText('Ne tient pas sur un seul GPU');
  await expect(page.getByTestId('fit-advice-1')).toContainText('répartir le modèle sur 32 GPU');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await shot(page, { path: `${SHOTS}/gpu-budget-fr.png`, fullPage: true });
  await page.getByTestId('workload-1-remove').click();
  await expect(page.getByTestId('workload-1')).toHaveCount(0);
  await expect(page.getByTestId('total-gpu-hours')).toHaveText(formatNumber(expected.total.gpuHours.expected, 'fr', 0));
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The compute request starts from the budget, with the guided template in the client's language.
  await page.getByTestId('create-request').click();
  await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('request-projectTitle')).toHaveValue('Assistant service client');
  await expect(page.getByTestId('request-justification')).toHaveValue(/2\. Besoin en calcul intensif/);
  await expect(page.getByTestId('request-justification')).toHaveValue(/heures GPU/);
  await expect(page.getByTestId('request-total-gpu-hours')).toContainText(`${Math.ceil(expected.workloads[0].gpuHours.expected)} heures GPU`);

  // Finalising too early: clear messages, nothing queued.
  await page.getByTestId('finalise').click();
  await expect(page.getByText('Pas encore finalisée')).toBeVisible();
  await expect(page.getByTestId('request-problems')).toContainText('Résumé : obligatoire');
  await expect(page.getByTestId('request-problems')).toContainText('remplacez les consignes [entre crochets]');
  await expect(page.getByTestId('request-problems')).toContainText('Stockage : obligatoire');
  expect((app.services.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
  await shot(page, { path: `${SHOTS}/gpu-request-problems-fr.png`, fullPage: true });

  await page.getByTestId('request-summary').fill('Affiner Llama-3.1-8B sur 12 000 échanges du service client pour répondre en français et en allemand.');
  await page.getByTestId('request-storageGiB').fill('200');
  // Dates are typed in the UI language's order, whatever the operating system's locale.
  await page.getByTestId('request-startDate').fill('31/04/2027');
  await expect(page.getByText('Date non valable\u00a0: saisissez p. ex. 02/12/2026 ou 2 déc. 2026')).toBeVisible(); // the one DateField's message
  await page.getByTestId('request-startDate').fill('01/04/2027');
  await page.getByTestId('request-dataSensitivity').selectOption('confidential');
  await page.getByTestId('request-personalData').selectOption('yes');
  await page.getByTestId('request-justification').fill(
    'Muller Logistique veut répondre plus vite aux demandes de suivi de colis. Les échanges sont pseudonymisés avant l’entraînement ; le modèle reste hébergé au Luxembourg.',
  );
  await page.getByTestId('request-justification').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByText('Tout ce dont le portail a besoin est présent.')).toBeVisible();
  await shot(page, { path: `${SHOTS}/gpu-request-draft-fr.png`, fullPage: true });

  // A complete request asks before it is frozen and queued; cancelling leaves it a draft.
  await page.getByTestId('finalise').click();
  await expect(page.getByRole('dialog')).toContainText('Finaliser la révision 1');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'draft');
  await page.getByTestId('finalise').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'finalised');
  await expect(page.getByTestId('request-status')).toHaveText('Finalisée');
  await expect(page.getByTestId('request-queue')).toContainText('En attente d’envoi');
  await expect(page.getByTestId('revision-1-portal')).toContainText('En attente d’envoi');

  const rows = app.services.db.prepare("SELECT kind, revision, state, envelope_json FROM outbox").all() as { kind: string; revision: number; state: string; envelope_json: string }[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ kind: 'compute_request', revision: 1, state: 'pending' });
  const envelope = JSON.parse(rows[0].envelope_json);
  expect(envelope.locale).toBe('fr');
  expect(envelope.payload).toMatchObject({ startDate: '2027-04-01', projectTitle: 'Assistant service client', personalData: true, dataSensitivity: 'confidential', storageGiB: 200, accessMode: 'playground' });
  await shot(page, { path: `${SHOTS}/gpu-request-finalised-fr.png`, fullPage: true });

  // A change makes revision 2; revision 1 stays as sent.
  await page.getByTestId('new-revision').click();
  await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('revision-2')).toContainText('remplace la révision 1');
  await page.getByTestId('discard-draft').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'finalised');

  // The client page lists both, with the queue state.
  await page.getByRole('link', { name: /Muller Logistique/ }).first().click();
  await expect(page.getByTestId('gpu-budgets')).toContainText('Assistant service client');
  await expect(page.getByTestId('compute-requests')).toContainText('En attente d’envoi');
  await page.getByTestId('gpu-panel').screenshot({ path: `${SHOTS}/gpu-panel-fr.png` });

  // The same screens in German (UI language); the request stays in the client's language.
  await page.getByTestId('language').selectOption('de');
  await expect(page.getByTestId('gpu-panel')).toContainText('GPU-Stunden-Budgets und Rechenzeitanträge');
  await page.getByTestId('gpu-budgets').getByRole('link').first().click();
  await expect(page.getByTestId('total-gpu-hours')).toHaveText(formatNumber(expected.total.gpuHours.expected, 'de', 0));
  await expect(page.getByTestId('budget-totals')).toContainText('Empfohlener EuroHPC-Zugang');
  await shot(page, { path: `${SHOTS}/gpu-budget-de.png`, fullPage: true });
  await page.getByRole('link', { name: /Muller Logistique/ }).first().click();
  await page.getByTestId('compute-requests').getByRole('link').first().click();
  await expect(page.getByTestId('request-status')).toHaveText('Abgeschlossen');
  await shot(page, { path: `${SHOTS}/gpu-request-finalised-de.png`, fullPage: true });

  // Settings › GPU budget defaults, with sources.
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByTestId('gpu-settings')).toContainText('Standardwerte der GPU-Budgets');
  await expect(page.getByTestId('gpu-setting-pricePerGpuHourCents')).toContainText('Vega');
  await page.getByTestId('gpu-settings').screenshot({ path: `${SHOTS}/gpu-settings-de.png` });
}
