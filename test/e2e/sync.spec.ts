/**
 * Sync end to end through the bridge and the reference portal: pair in Settings, records
 * finalised while the portal is down wait, go once it is back, and the reviewer's decision on a
 * compute request comes back to the sync centre. Then: a revoked key pauses everything until the
 * advisor pairs again, and a record the portal refuses shows the portal's field messages.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startPortal, type Portal } from '../portal/server';
import { portalAdmin } from '../portal/admin-client';
import { enqueue, computeRequestPayload, roadmapPayload } from '../portal/samples';

test.use({ locale: 'fr-LU' });

const shots = '/tmp/shots';
mkdirSync(shots, { recursive: true });

async function pairInSettings(page: Page, portal: Portal, again = false) {
  const { code } = portal.admin.createPairingCode();
  if (!again) await page.getByTestId('portal-url').fill(portal.url);
  await page.getByTestId('portal-device').fill('Portable de J. Muller');
  await page.getByTestId('portal-code').fill(code.toLowerCase());
  await page.getByTestId('portal-pair').click();
  await expect(page.getByTestId('portal-advisor')).toHaveText('Jeanne Muller');
}

test('pair, deliver what was finalised offline, and see the approval come back', async ({ app, page }) => {
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-e2e-portal-'));
  let portal = await startPortal({ dataDir: portalDir });
  const port = portal.port;
  try {
    await app.open(page, '/settings');
    await page.getByTestId('portal-url').fill('http://portal.example.lu');
    await page.getByTestId('portal-code').fill('ABCD-2345');
    await page.getByTestId('portal-pair').click();
    await expect(page.getByTestId('portal-error')).toContainText('https://');
    await page.getByTestId('portal-url').fill(portal.url);
    await page.getByTestId('portal-check').click();
    await expect(page.getByTestId('portal-check-result')).toContainText('Portail joignable');
    await page.getByTestId('portal-settings').screenshot({ path: `${shots}/sync-pairing-form-fr.png` });
    await pairInSettings(page, portal, true);
    await expect(page.getByTestId('portal-settings')).toContainText('Connecté en tant que');
    await page.screenshot({ path: `${shots}/sync-settings-fr.png`, fullPage: true });

    const lastSync = async () => (await app.services.handlers['sync.status']({})).lastSyncAt;
    await expect.poll(lastSync).not.toBeNull();
    const pairedSync = await lastSync();

    // The portal goes down; a roadmap is signed off and a compute request finalised meanwhile.
    await portal.close();
    const roadmap = enqueue(app.services.db, 'roadmap', { payload: roadmapPayload() });
    const request = enqueue(app.services.db, 'compute_request', { payload: computeRequestPayload({ projectTitle: 'Inspection visuelle des pièces usinées' }) });

    await page.getByRole('navigation').getByRole('link', { name: 'Synchronisation' }).click();
    await expect(page.getByTestId('sync-centre')).toBeVisible();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-reachable')).toHaveAttribute('data-reachable', 'false');
    await expect(page.getByTestId('sync-waiting').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('sync-waiting')).toContainText('Prochain essai');
    // The failed run is not a successful sync: the time shown is still the one of the pairing.
    await expect.poll(async () => (await lastSync()) === pairedSync).toBe(true);
    await page.screenshot({ path: `${shots}/sync-centre-offline-fr.png`, fullPage: true });

    // The portal is back: both go, with their portal references.
    portal = await startPortal({ dataDir: portalDir, port });
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-delivered').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('sync-waiting')).toHaveCount(0);
    await expect(page.getByTestId('sync-reachable')).toHaveAttribute('data-reachable', 'true');
    const refs = portal.store.submissions().map((s) => s.portalRef);
    expect(refs).toHaveLength(2);
    for (const ref of refs) await expect(page.getByTestId('sync-delivered')).toContainText(ref);
    await expect.poll(async () => (await lastSync())! > pairedSync!).toBe(true);
    const requestRow = page.locator(`[data-record="${request.recordId}"]`);
    await expect(requestRow.getByTestId('portal-status')).toHaveText('Reçu');
    await expect(page.locator(`[data-record="${roadmap.recordId}"]`).getByTestId('portal-status')).toHaveText('Reçu');

    // The reviewer approves the request with the admin command; the allocation appears.
    const admin = portalAdmin(portal.url, portal.adminToken);
    await admin.approve(request.recordId, { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' }, 'Accordé pour le deuxième trimestre');
    await page.getByTestId('sync-now').click();
    await expect(requestRow.getByTestId('portal-status')).toContainText('Accordé : 2.000 heures GPU sur MeluXina-AI, du 1 avril 2026 au 30 juin 2026');
    await expect(requestRow.getByTestId('portal-status')).toContainText('Accordé pour le deuxième trimestre');
    await page.screenshot({ path: `${shots}/sync-centre-fr.png`, fullPage: true });

    await page.getByTestId('language').selectOption('lb');
    await expect(requestRow.getByTestId('portal-status')).toContainText('Accordéiert: 2.000 GPU-Stonnen op MeluXina-AI');
    await page.screenshot({ path: `${shots}/sync-centre-lb.png`, fullPage: true });
    await page.goto(`${app.url}/#/settings`);
    await expect(page.getByTestId('portal-advisor')).toHaveText('Jeanne Muller');
    await page.screenshot({ path: `${shots}/sync-settings-lb.png`, fullPage: true });
    expect(portal.count()).toBe(2);
  } finally {
    await portal.close();
    rmSync(portalDir, { recursive: true, force: true });
  }
});

test('a revoked key pauses the queue until the advisor pairs again; a refused record shows the portal’s field messages', async ({ app, page }) => {
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-e2e-portal-'));
  const portal = await startPortal({ dataDir: portalDir });
  try {
    await app.open(page, '/settings');
    await pairInSettings(page, portal);
    portal.admin.revokeAll();
    enqueue(app.services.db, 'roadmap');
    enqueue(app.services.db, 'compute_request', { payload: computeRequestPayload({ periodMonths: 0 }) });

    await page.goto(`${app.url}/#/sync`);
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-needs-auth')).toContainText('2 dossiers attendent');
    await expect(page.getByTestId('sync-now')).toBeDisabled();
    await page.screenshot({ path: `${shots}/sync-needs-auth-fr.png`, fullPage: true });
    expect(portal.count()).toBe(0);

    await page.getByTestId('sync-needs-auth').getByRole('button').click();
    await expect(page.getByTestId('portal-settings')).toContainText('n’accepte plus la clé');
    await pairInSettings(page, portal, true);

    await page.goto(`${app.url}/#/sync`);
    await expect(page.getByTestId('sync-delivered').locator('tbody tr')).toHaveCount(1);
    const refused = page.getByTestId('sync-attention');
    await expect(refused).toContainText('Non accepté par le portail');
    await expect(refused).toContainText('Le portail a relevé des données');
    await expect(refused.locator('code')).toHaveText('periodMonths');
    await expect(refused).toContainText('trop court ou trop petit');
    await page.screenshot({ path: `${shots}/sync-rejected-fr.png`, fullPage: true });
    await refused.getByRole('button', { name: 'Marquer comme vu' }).click();
    await expect(page.getByTestId('sync-attention')).toHaveCount(0);
    expect(portal.count()).toBe(1);
  } finally {
    await portal.close();
    rmSync(portalDir, { recursive: true, force: true });
  }
});
