/**
 * The sync across features, end to end through the bridge and the reference portal (issue 6):
 * pair in Settings; with the portal stopped, a client consents on its page, its maturity check
 * is finalised (→ an `assessment`), a roadmap is signed off and a compute request finalised on
 * its screen; the portal comes back and all three deliver in the sync centre; the reviewer
 * approves the request with the admin command and the allocation appears on the request's
 * screen by itself. The results screen then compares the client with its peers (12 companies
 * seeded into the portal by another advisor's device, plus this one). A second test covers the
 * panel's other states: not paired, too few peers, sector or size missing.
 * Screenshots (fr, lb) go to /tmp/shots/sync-flow-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { DIMENSION_IDS } from '@shared/reference/instrument/types';
import { CURRENT_INSTRUMENT_VERSION } from '@shared/reference/instrument';
import { formatDate } from '@shared/format';
import { startPortal, type Portal } from '../portal/server';
import { portalAdmin } from '../portal/admin-client';
import { assessmentPayload, envelope } from '../portal/samples';
import { finalisedCheck } from '../support/roadmap-fixtures';

test.use({ locale: 'fr-LU' });

const shots = '/tmp/shots';
mkdirSync(shots, { recursive: true });

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

/** Full-page shots from the top, so the sticky header is not painted in the middle. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Medians per dimension of the seeded peers, so that the client is above on some, below on others. */
const PEER_BASE: Record<(typeof DIMENSION_IDS)[number], number> = { strategy: 44, foundations: 50, people: 36, data: 31, ai_use: 24, responsible: 35, green: 30 };

/**
 * Finalised, consented checks of other companies, sent by another advisor's device straight
 * to the portal over HTTP (as the app would), so they never appear in this app's sync centre.
 */
async function seedPeers(portal: Portal, count: number, company: { naceCode: string; sizeClass: string }) {
  const { code } = portal.admin.createPairingCode('Marc Schmit');
  const paired = await fetch(`${portal.url}/api/v1/devices/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'Portable de M. Schmit', appVersion: 'seed' }),
  });
  const { token } = (await paired.json()) as { token: string };
  for (let i = 0; i < count; i++) {
    const dimensions = DIMENSION_IDS.map((id, d) => ({
      id,
      score: Math.max(0, Math.min(100, PEER_BASE[id] + (((i * 7 + d * 5) % 25) - 12))),
      answered: 4,
      notApplicable: 0,
      unknown: 0,
    }));
    const overallScore = Math.round((dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length) * 10) / 10;
    const payload = assessmentPayload({
      company: { name: `Entreprise ${i}`, rcsNumber: `B${300000 + i}`, naceCode: `${company.naceCode}.${10 + i}`, sizeClass: company.sizeClass, headcount: 20 + i },
      // Peers are compared within one instrument version: the one new checks use.
      instrumentVersion: CURRENT_INSTRUMENT_VERSION,
      overallScore,
      dimensions,
    });
    const response = await fetch(`${portal.url}/api/v1/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
      body: JSON.stringify(envelope('assessment', { payload })),
    });
    expect(response.status).toBe(201);
  }
}

/** The advisor's local day, as the client page records a consent. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('consent, finalise offline, deliver in the sync centre, approval on the request screen, peers on the results', async ({ app, page }) => {
  test.setTimeout(120_000);
  const ok = okOf(app.services);
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-e2e-portal-'));
  let portal = await startPortal({ dataDir: portalDir });
  const port = portal.port;
  try {
    await seedPeers(portal, 12, { naceCode: 'C10', sizeClass: 'small' });

    // Pairing through Settings.
    await app.open(page, '/settings');
    await page.getByTestId('portal-url').fill(portal.url);
    await page.getByTestId('portal-device').fill('Portable de J. Muller');
    await page.getByTestId('portal-code').fill(portal.admin.createPairingCode().code);
    await page.getByTestId('portal-pair').click();
    await expect(page.getByTestId('portal-advisor')).toHaveText('Jeanne Muller');

    // The portal goes down; the work goes on.
    await portal.close();

    // A bakery (NACE C10.71, small) whose manager agrees to share anonymised results: on its page.
    const client = await ok('clients.create', { name: 'Boulangerie Kremer Sàrl', reportLocale: 'fr' });
    await ok('clients.update', { id: client.id, patch: { rcsNumber: 'B654321', naceCode: 'C10.71', naceLabel: 'Fabrication de pain et de pâtisserie fraîche', headcount: 23, turnoverCents: 410_000_000, balanceSheetCents: 180_000_000 } });
    await page.goto(`${app.url}/#/clients/${client.id}`);
    const consent = page.getByTestId('field-consent');
    await expect(consent).not.toBeChecked();
    await expect(page.getByTestId('consent-state')).toContainText('Pas d’accord');
    await consent.check();
    await expect(page.getByTestId('consent-state')).toHaveText(`Accord donné le ${formatDate(localToday(), 'fr')}.`);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    expect(await ok('clients.get', { id: client.id })).toMatchObject({ consentToBenchmark: true, consentDate: localToday() });
    await page.getByTestId('consent').screenshot({ path: `${shots}/sync-flow-consent-fr.png` });

    // Finalised check (→ assessment, the client consents) and a signed-off roadmap, through the contract.
    const check = await finalisedCheck(ok, client.id);
    const roadmap = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
    await ok('roadmaps.signOff', { id: roadmap.id, managerName: 'Paul Kremer', managerRole: 'Gérant', signedOn: '2026-03-12' });

    // The compute request is finalised on its screen.
    const budget = await ok('gpu.budgets.create', { clientId: client.id, name: 'Prévision des ventes', workloads: [{ label: 'Prévision', type: 'lora', model: 'llama-3.1-8b', tokens: 500_000_000, epochs: 3 }] });
    const request = await ok('gpu.requests.create', { budgetId: budget.budget.id });
    await ok('gpu.requests.update', {
      id: request.id,
      patch: {
        summary: 'Affiner Llama-3.1-8B sur l’historique des ventes de 40 points de vente pour prévoir la production du lendemain.',
        storageGiB: 120,
        justification: 'Les invendus coûtent environ 6 % du chiffre d’affaires ; les données de caisse sont agrégées par produit et par jour, sans données personnelles.',
      },
    });
    await page.goto(`${app.url}/#/gpu/requests/${request.id}`);
    await page.getByTestId('finalise').click();
    await page.getByTestId('confirm-button').click();
    await expect(page.getByTestId('compute-request-page')).toHaveAttribute('data-status', 'finalised');
    await expect(page.getByTestId('request-queue')).toContainText('En attente d’envoi'); // the sync words, on every screen

    // The sync centre: three records wait, the portal is unreachable.
    await page.getByRole('navigation').getByRole('link', { name: 'Synchronisation' }).click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-reachable')).toHaveAttribute('data-reachable', 'false');
    await expect(page.getByTestId('sync-waiting').locator('tbody tr')).toHaveCount(3);
    for (const kind of ['Diagnostic de maturité IA', 'Feuille de route', 'Demande de calcul']) await expect(page.getByTestId('sync-waiting')).toContainText(kind);
    const waiting = await ok('sync.list', { filter: 'waiting', limit: 10 });
    expect(waiting.map((w) => w.recordId).sort()).toEqual([check.id, roadmap.id, request.id].sort());
    await shot(page, 'sync-flow-centre-offline-fr');

    // The portal is back: all three deliver, each with its portal reference.
    portal = await startPortal({ dataDir: portalDir, port });
    await page.getByTestId('sync-now').click();
    const delivered = page.getByTestId('sync-delivered');
    await expect(delivered.locator('tbody tr')).toHaveCount(3);
    await expect(page.getByTestId('sync-waiting')).toHaveCount(0);
    const mine = portal.store.submissions().filter((s) => [check.id, roadmap.id, request.id].includes(s.id));
    expect(mine.map((s) => s.kind).sort()).toEqual(['assessment', 'compute_request', 'roadmap']);
    for (const s of mine) await expect(delivered.locator(`[data-record="${s.id}"]`).getByTestId('portal-ref')).toHaveText(s.portalRef);
    await expect(delivered.locator(`[data-record="${request.id}"]`).getByTestId('portal-status')).toHaveText('Reçu');
    await shot(page, 'sync-flow-centre-fr');

    // The client's page lists the check as delivered, the request as received by the portal.
    await page.goto(`${app.url}/#/clients/${client.id}`);
    const checkRow = page.getByTestId('check-panel').getByTestId('check-row');
    await expect(checkRow.getByTestId('sync-badge')).toHaveAttribute('data-state', 'delivered');
    await expect(checkRow.getByTestId('sync-badge')).toHaveText('Transmis');
    await expect(page.getByTestId('gpu-panel').getByTestId('request-row-portal')).toContainText(mine.find((s) => s.kind === 'compute_request')!.portalRef);

    // The reviewer approves while the advisor looks at the request: the allocation appears by itself.
    await page.goto(`${app.url}/#/gpu/requests/${request.id}`);
    await expect(page.getByTestId('request-queue')).toContainText(/Transmis|Reçu/);
    await portalAdmin(portal.url, portal.adminToken).approve(
      request.id,
      { gpuHours: 400, system: 'MeluXina-AI', accessMode: 'playground', validFrom: '2027-01-01', validUntil: '2027-03-31' },
      'Accordé pour le premier trimestre 2027',
    );
    await ok('sync.now', { wait: true });
    await expect(page.getByTestId('request-queue')).toContainText('Accordé');
    await expect(page.getByTestId('request-queue')).toContainText('400 heures GPU sur MeluXina-AI');
    await expect(page.getByTestId('portal-message')).toContainText('Accordé pour le premier trimestre 2027');
    await expect(page.getByTestId('revision-1-portal')).toContainText('Accordé');
    await shot(page, 'sync-flow-request-approved-fr');

    // The client page: badges and panels after the approval.
    await page.goto(`${app.url}/#/clients/${client.id}`);
    await expect(page.getByTestId('gpu-panel').getByTestId('request-row-portal')).toContainText('Accordé');
    await expect(page.getByTestId('check-panel').getByTestId('sync-badge')).toHaveText('Transmis');
    await page.getByTestId('check-panel').scrollIntoViewIfNeeded();
    await shot(page, 'sync-flow-client-fr');

    // Results: the check against 13 bakeries of the same size (12 seeded + this one).
    await page.goto(`${app.url}/#/checks/${check.id}/results`);
    await expect(page.getByTestId('revision-label')).toBeVisible();
    await expect(page.getByTestId('results').getByTestId('sync-badge')).toHaveText('Transmis');
    const peers = page.getByTestId('peer-benchmark');
    await expect(peers).toHaveAttribute('data-state', 'ok');
    await expect(page.getByTestId('peer-count')).toHaveText('13 entreprises comparables (NACE C10 · Petite entreprise)');
    await expect(page.getByTestId('peer-basis')).toContainText(`chiffres du ${formatDate(new Date(), 'fr')}`);
    await expect(peers.locator('[data-testid^="peer-row-"]')).toHaveCount(1 + DIMENSION_IDS.length);
    await expect(page.getByTestId('peer-row-overall').locator('th')).toHaveText('Score global');
    await expect(page.getByTestId('peer-row-data')).toHaveAttribute('data-position', 'below');
    await expect(page.getByTestId('peer-row-foundations')).toHaveAttribute('data-position', 'above');
    await page.setViewportSize({ width: 1366, height: 1200 });
    await peers.screenshot({ path: `${shots}/sync-flow-peers-panel-fr.png` });
    await shot(page, 'sync-flow-results-fr');

    // Offline again: the saved comparison stays, and says it is the saved one.
    await portal.close();
    await page.getByTestId('peer-refresh').click();
    await expect(page.getByTestId('peer-stale')).toContainText('Le portail n’a pas pu être joint');
    await expect(page.getByTestId('peer-count')).toHaveText('13 entreprises comparables (NACE C10 · Petite entreprise)');

    // Luxembourgish.
    await page.getByTestId('language').selectOption('lb');
    await expect(page.getByTestId('peer-count')).toHaveText('13 vergläichbar Betriber (NACE C10 · Klenge Betrib)');
    await expect(page.getByTestId('peer-row-overall').locator('th')).toHaveText('Gesamtscore');
    await page.reload();
    await expect(page.getByTestId('peer-benchmark')).toHaveAttribute('data-state', 'ok');
    await page.getByTestId('peer-benchmark').screenshot({ path: `${shots}/sync-flow-peers-panel-lb.png` });
    await shot(page, 'sync-flow-results-lb');
    await page.goto(`${app.url}/#/clients/${client.id}`);
    await expect(page.getByTestId('check-panel').getByTestId('sync-badge')).toHaveText('Iwwermëttelt');
    await expect(page.getByTestId('consent-state')).toContainText('Averständnis ginn den');
    await page.getByTestId('consent').screenshot({ path: `${shots}/sync-flow-consent-lb.png` });
    await shot(page, 'sync-flow-client-lb');
    await page.goto(`${app.url}/#/gpu/requests/${request.id}`);
    await expect(page.getByTestId('request-queue')).toContainText('MeluXina-AI');
    await shot(page, 'sync-flow-request-approved-lb');

    // Unticking withdraws the consent and clears its date.
    await page.goto(`${app.url}/#/clients/${client.id}`);
    await page.getByTestId('field-consent').uncheck();
    await expect(page.getByTestId('consent-state')).toContainText('Keen Averständnis');
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    expect(await ok('clients.get', { id: client.id })).toMatchObject({ consentToBenchmark: false, consentDate: null });
  } finally {
    await portal.close();
    rmSync(portalDir, { recursive: true, force: true });
  }
});

test('peer benchmark: not paired yet, too few peers, sector or size missing', async ({ app, page }) => {
  const ok = okOf(app.services);
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-e2e-portal-'));
  const portal = await startPortal({ dataDir: portalDir });
  try {
    await seedPeers(portal, 4, { naceCode: 'J62', sizeClass: 'small' });
    const software = await ok('clients.create', { name: 'Logiciels Weber SA', reportLocale: 'fr' });
    await ok('clients.update', { id: software.id, patch: { naceCode: 'J62.01', headcount: 18, turnoverCents: 250_000_000 } });
    const softwareCheck = await finalisedCheck(ok, software.id);
    const unknown = await ok('clients.create', { name: 'Atelier Hoffmann', reportLocale: 'fr' });
    const unknownCheck = await finalisedCheck(ok, unknown.id);

    // Not paired: nothing fetched yet, and the panel says where the comparison comes from.
    await app.open(page, `/checks/${softwareCheck.id}/results`);
    const peers = page.getByTestId('peer-benchmark');
    await expect(peers).toHaveAttribute('data-state', 'unavailable');
    await expect(peers).toContainText('n’est pas appairé avec le portail L-AIF');
    await expect(peers.getByRole('link', { name: 'Appairer dans les paramètres' })).toHaveAttribute('href', '#/settings');

    // Pairing (elsewhere) is noticed: the panel asks again, and finds only 4 peers.
    await ok('sync.portal.pair', { baseUrl: portal.url, code: portal.admin.createPairingCode().code, deviceName: 'Portable de J. Muller' });
    await expect(peers).toHaveAttribute('data-state', 'too_few');
    await expect(page.getByTestId('peer-too-few')).toHaveAttribute('data-count', '4');
    await expect(page.getByTestId('peer-too-few')).toContainText('Seules 4 entreprises du même secteur et de la même taille (NACE J62 · Petite entreprise)');
    await expect(peers.locator('table')).toHaveCount(0);
    await peers.screenshot({ path: `${shots}/sync-flow-peers-too-few-fr.png` });

    // Neither NACE code nor figures: the panel says which, and links to the client's page.
    await page.goto(`${app.url}/#/checks/${unknownCheck.id}/results`);
    await expect(peers).toHaveAttribute('data-state', 'missing');
    await expect(peers.locator('[data-missing]')).toHaveCount(2);
    await expect(peers.locator('[data-missing="nace"]')).toContainText('Code NACE manquant');
    await expect(peers.locator('[data-missing="sizeClass"]')).toContainText('Catégorie de taille inconnue');
    await peers.screenshot({ path: `${shots}/sync-flow-peers-missing-fr.png` });

    await page.getByTestId('language').selectOption('lb');
    await expect(peers.locator('[data-missing="nace"]')).toContainText('NACE-Code feelt');
    await peers.screenshot({ path: `${shots}/sync-flow-peers-missing-lb.png` });
    await page.goto(`${app.url}/#/checks/${softwareCheck.id}/results`);
    await expect(page.getByTestId('peer-too-few')).toContainText('Bis elo hunn eréischt 4 Betriber');
    await peers.screenshot({ path: `${shots}/sync-flow-peers-too-few-lb.png` });
  } finally {
    await portal.close();
    rmSync(portalDir, { recursive: true, force: true });
  }
});
