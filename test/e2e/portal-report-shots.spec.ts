/**
 * Screenshots of the screens issue 11's "portal answers" and "report" items touch, at the
 * projector sizes (1366×768, 1280×720) in French and German, for a visual check. Not a test of
 * behaviour: runs only with SHOTS=1, writes /tmp/shots/portal-report/*.png.
 * Behaviour is asserted where it lives (accessibility.spec.ts, portal-decisions tests, clients.spec).
 */
import { mkdirSync } from 'node:fs';
import { test, expect, type Laptop } from './fixtures';
import { finalisedCheck } from '../support/roadmap-fixtures';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';

test.skip(!process.env.SHOTS, 'screenshots only with SHOTS=1');

const DIR = '/tmp/shots/portal-report';
const LORA_8B: WorkloadDraft = { label: 'Assistant SAV', type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 };
const ALLOCATION = JSON.stringify({ gpuHours: 2000, system: 'MeluXina', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' });

async function seed(app: Laptop) {
  const ok = app.call;
  const client = await ok('clients.create', { name: 'Boulangerie Muller S.à r.l.', reportLocale: 'fr' });
  await ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000, rcsNumber: 'B123456', naceCode: 'C10.71', commune: 'Mamer' } });
  const check = await finalisedCheck(ok, client.id);
  const roadmap = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
  const budget = await ok('gpu.budgets.create', { clientId: client.id, name: 'Assistant SAV', workloads: [LORA_8B] });
  const request = await ok('gpu.requests.create', { budgetId: budget.budget.id });
  await ok('gpu.requests.update', {
    id: request.id,
    patch: { projectTitle: 'Assistant du service client', summary: 'Affiner Llama-3.1-8B sur les échanges du service client.', storageGiB: 200, justification: 'Réponses de premier niveau; données pseudonymisées.' },
  });
  await ok('gpu.requests.finalise', { id: request.id });
  const status = app.services.db.prepare(
    `INSERT INTO portal_status (kind, record_id, revision, client_id, status, allocation_json, message, at, applied_at) VALUES ('compute_request', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Revision 1 approved, revision 2 (more hours) sent, and the portal asks for information on it.
  status.run(request.id, 1, client.id, 'approved', ALLOCATION, null, '2026-03-05T08:00:00Z', '2026-03-05T08:01:00Z');
  await ok('gpu.requests.newRevision', { id: request.id });
  await ok('gpu.requests.finalise', { id: request.id });
  status.run(request.id, 2, client.id, 'needs_information', null, 'Combien de conversations par mois ?', '2026-03-09T08:00:00Z', '2026-03-09T08:01:00Z');
  const scenario = await ok('funding.createScenario', { clientId: client.id, name: 'Fit 4 AI', schemeIds: ['fit4ai'] });
  await ok('funding.addCostLine', { scenarioId: scenario.scenario.id, line: { type: 'diagnostic_consultancy', label: 'Étude', amountCents: 2_000_000 } });
  for (let k = 0; k < 30; k++) await ok('clients.create', { name: `Client ${String(k + 1).padStart(2, '0')} — Schräinerei Weber & Fils`, reportLocale: 'de' });
  return { clientId: client.id, roadmapId: roadmap.id, scenarioId: scenario.scenario.id };
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  for (const lang of ['fr', 'de'] as const) {
    test(`portal and report screens, ${lang}, ${size.width}×${size.height}`, async ({ app, page }) => {
      test.setTimeout(120_000);
      mkdirSync(DIR, { recursive: true });
      const tag = `${lang}-${size.width}`;
      const { clientId, roadmapId, scenarioId } = await seed(app);
      await app.call('settings.update', { locale: lang });
      await page.setViewportSize(size);

      await app.open(page, '/clients');
      await expect(page.getByTestId('nav-sync-badge')).toBeVisible();
      await page.screenshot({ path: `${DIR}/clients-${tag}.png` });

      await app.open(page, `/clients/${clientId}`);
      await expect(page.getByTestId('client-decisions')).toBeVisible();
      await page.screenshot({ path: `${DIR}/client-${tag}.png` });
      await page.getByTestId('client-actions').click();
      await page.screenshot({ path: `${DIR}/client-menu-${tag}.png`, clip: { x: 0, y: 0, width: size.width, height: 320 } });
      await page.keyboard.press('Escape');
      await page.getByTestId('gpu-panel').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('earlier-approval')).toBeVisible();
      await page.getByTestId('gpu-panel').screenshot({ path: `${DIR}/gpu-panel-${tag}.png` });

      await app.open(page, '/sync');
      await expect(page.getByTestId('sync-decisions')).toBeVisible();
      await page.screenshot({ path: `${DIR}/sync-${tag}.png` });

      // The funding summary (its <dl> fixed for axe): the aid share under the aid.
      await app.open(page, `/clients/${clientId}/funding/${scenarioId}`);
      await expect(page.getByTestId('summary')).toBeVisible();
      await page.getByTestId('summary').screenshot({ path: `${DIR}/funding-summary-${tag}.png` });

      await app.open(page, `/roadmaps/${roadmapId}`);
      await page.getByTestId('export-report').click();
      await expect(page.getByTestId('export-result')).toBeVisible({ timeout: 30_000 });
      await page.getByTestId('export-control').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}/export-${tag}.png` });
    });
  }
}
