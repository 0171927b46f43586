/**
 * The sync centre while the portal fails 30 % of requests at random (issue 12): the queue keeps
 * moving, one failure does not make the portal "unreachable", failed items show their own next
 * try. Screenshots at 1366×768 and 1280×720 in French and German into /tmp/shots/sync/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { startPortal } from '../portal/server';
import { enqueue, roadmapPayload } from '../portal/samples';
import { dispatch } from '@main/dispatch';

const shots = '/tmp/shots/sync';
mkdirSync(shots, { recursive: true });

for (const [locale, lng] of [['fr-LU', 'fr'], ['de-LU', 'de']] as const) {
  test.describe(lng, () => {
    test.use({ locale });
    test(`sync centre during a flaky drain (${lng})`, async ({ app, page }) => {
      const portalDir = mkdtempSync(join(tmpdir(), 'laif-e2e-flaky-'));
      const portal = await startPortal({ dataDir: portalDir });
      try {
        const paired = await dispatch(app.services.handlers, 'sync.portal.pair', { baseUrl: portal.url, code: portal.admin.createPairingCode().code, deviceName: 'Portable de J. Muller' });
        expect(paired.ok).toBe(true);
        await dispatch(app.services.handlers, 'sync.now', { wait: true });
        // Every failure answered at once (no stall), so the screen shows the mix quickly.
        portal.faults.random({ seed: 7, rate: 0.3, kinds: ['drop_after_commit', 'error_500', 'html_login', 'unavailable_503'], retryAfter: 600 });
        for (let i = 0; i < 30; i++) enqueue(app.services.db, 'roadmap', { payload: roadmapPayload() });
        await app.open(page, '/sync');
        await expect(page.getByTestId('sync-centre')).toBeVisible();
        await page.getByTestId('sync-now').click();
        await expect(page.getByTestId('sync-delivered').locator('tbody tr').first()).toBeVisible();
        const running = async () => {
          const r = await dispatch(app.services.handlers, 'sync.status', {});
          return r.ok ? (r.value as { running: boolean }).running : null;
        };
        await expect.poll(running, { timeout: 15_000 }).toBe(false);
        // Some items wait for their own next try (503 asked for 10 minutes); the portal is not "unreachable".
        await expect(page.getByTestId('sync-waiting').locator('tbody tr').first()).toBeVisible();
        await expect(page.getByTestId('sync-reachable')).toHaveAttribute('data-reachable', 'true');
        for (const [width, height] of [[1366, 768], [1280, 720]] as const) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: `${shots}/sync-centre-flaky-${lng}-${width}x${height}.png` });
        }
      } finally {
        portal.faults.clear();
        await portal.close();
        rmSync(portalDir, { recursive: true, force: true });
      }
    });
  });
}
