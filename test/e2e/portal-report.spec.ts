/**
 * Issue 11, "Portal answers you can't miss" and "The report and the rest", end to end in the
 * browser: the navigation and client badges for a portal decision, an earlier approval kept in
 * sight after a later revision, the erase action in a keyboard-operable menu, the search
 * placeholder that fits at 1280×720 in every language, and the export's message about where
 * the file went.
 */
import type { Page } from '@playwright/test';
import { test, expect, type Laptop } from './fixtures';
import { finalisedCheck } from '../support/roadmap-fixtures';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';

const LORA_8B: WorkloadDraft = { label: 'Assistant SAV', type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 };

async function clientWithRequest(app: Laptop) {
  const ok = app.call;
  const client = await ok('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
  await ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000, rcsNumber: 'B123456', naceCode: 'C10.71' } });
  const budget = await ok('gpu.budgets.create', { clientId: client.id, name: 'Assistant SAV', workloads: [LORA_8B] });
  const request = await ok('gpu.requests.create', { budgetId: budget.budget.id });
  await ok('gpu.requests.update', {
    id: request.id,
    patch: { projectTitle: 'Assistant du service client', summary: 'Affiner Llama-3.1-8B.', storageGiB: 200, justification: 'Réponses de premier niveau.' },
  });
  await ok('gpu.requests.finalise', { id: request.id });
  return { client, request };
}

/** What the sync engine writes when the changes feed reports a status, then tells the UI. */
function portalSays(app: Laptop, ids: { request: string; client: string }, revision: number, status: string, allocation: object | null, message: string | null) {
  app.services.db
    .prepare(
      `INSERT INTO portal_status (kind, record_id, revision, client_id, status, allocation_json, message, at, applied_at)
       VALUES ('compute_request', ?, ?, ?, ?, ?, ?, '2026-03-05T08:00:00Z', '2026-03-05T08:01:00Z')`,
    )
    .run(ids.request, revision, ids.client, status, allocation ? JSON.stringify(allocation) : null, message);
}

test('a portal decision that needs the advisor shows on the Sync tab and on the client; an earlier approval stays visible', async ({ app, page }) => {
  const { client, request } = await clientWithRequest(app);
  const ids = { request: request.id, client: client.id };
  await app.call('settings.update', { locale: 'fr' });
  portalSays(app, ids, 1, 'approved', { gpuHours: 2000, system: 'MeluXina', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' }, null);

  await app.open(page, `/clients/${client.id}`);
  await expect(page.getByTestId('gpu-panel').getByTestId('request-row-portal')).toContainText('Accordé');
  await expect(page.getByTestId('nav-sync-badge')).toHaveCount(0);
  await expect(page.getByTestId('client-decisions')).toHaveCount(0);

  // A later revision (more hours) is sent and the portal asks for information on it.
  await app.call('gpu.requests.newRevision', { id: request.id });
  await app.call('gpu.requests.finalise', { id: request.id });
  portalSays(app, ids, 2, 'needs_information', null, 'Combien de conversations par mois ?');
  await app.open(page, `/clients/${client.id}`);
  await expect(page.getByTestId('nav-sync-badge')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('nav-sync-badge')).toContainText('1');
  const notice = page.getByTestId('client-decisions');
  await expect(notice.getByTestId('portal-decision')).toHaveAttribute('data-status', 'needs_information');
  await expect(notice).toContainText('Complément demandé');
  await expect(notice).toContainText('Combien de conversations par mois ?');
  const row = page.getByTestId('gpu-panel').getByTestId('request-row-portal');
  await expect(row).toContainText('Complément demandé');
  await expect(row.getByTestId('earlier-approval')).toContainText('Accordé pour la révision 1');
  await expect(row.getByTestId('earlier-approval')).toContainText(/2[.\u202f\u00a0 ]?000 /);

  // The sync centre lists it too, with the same word.
  await page.getByRole('link', { name: /Synchronisation|Sync/ }).first().click();
  await expect(page.getByTestId('sync-decisions').getByTestId('portal-decision')).toContainText('Complément demandé');

  // Answering with revision 3 clears the badges.
  await app.call('gpu.requests.newRevision', { id: request.id });
  await app.call('gpu.requests.finalise', { id: request.id });
  await app.open(page, `/clients/${client.id}`);
  await expect(page.getByTestId('gpu-panel').getByTestId('request-row-portal')).toBeVisible();
  await expect(page.getByTestId('nav-sync-badge')).toHaveCount(0);
  await expect(page.getByTestId('client-decisions')).toHaveCount(0);
});

test('erasing a client sits in a menu that works from the keyboard', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Präzisionsteile Weber', reportLocale: 'de' });
  await app.call('settings.update', { locale: 'de' });
  await app.open(page, `/clients/${client.id}`);
  await expect(page.getByTestId('client-title')).toHaveText('Präzisionsteile Weber');
  // No erase button among the everyday buttons.
  await expect(page.getByTestId('erase-client')).toHaveCount(0);
  const menu = page.getByTestId('client-actions');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menuitem', { name: 'Endgültig löschen…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menu).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((app.services.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
});

/** Width the placeholder needs, against the room inside the search box. */
async function placeholderFit(page: Page) {
  return page.getByTestId('client-search').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24; // the clear button of type=search
    return { need: Math.ceil(ctx.measureText(input.placeholder).width), room };
  });
}

for (const lang of ['fr', 'de', 'lb', 'en'] as const) {
  test(`the client search placeholder fits at 1280×720 and 1024×768 (${lang})`, async ({ app, page }) => {
    await app.call('settings.update', { locale: lang });
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await app.open(page, '/clients');
      const { need, room } = await placeholderFit(page);
      expect(need, `${lang} ${size.width}: placeholder needs ${need}px, box has ${room}px`).toBeLessThanOrEqual(room);
    }
  });
}

test('after export the app says where the report went, in the advisor’s language', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Boulangerie Muller S.à r.l.', reportLocale: 'fr' });
  await app.call('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
  const check = await finalisedCheck(app.call, client.id);
  const roadmap = await app.call('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 12 });
  await app.call('settings.update', { locale: 'de' });
  await app.open(page, `/roadmaps/${roadmap.id}`);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-report').click();
  expect((await download).suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_Boulangerie-Muller-S-a-r-l_Feuille-de-route-IA_r1_fr\.docx$/);
  const result = page.getByTestId('export-result');
  await expect(result).toHaveAttribute('data-status', 'download');
  await expect(result).toContainText('Heruntergeladen als');
  await expect(result).toContainText('Download-Ordner');
  // In the browser there is no folder to open: the button belongs to the desktop app's saved file.
  await expect(page.getByTestId('export-show-folder')).toHaveCount(0);
});
