/**
 * Issue 12 through the real UI: a record a screen cannot show gives a translated message and
 * a way back (never a blank window), and a client can be erased straight from the list —
 * including when another program holds the database log (the erasure is then reported as not
 * yet complete). Screenshots at 1366×768 and 1280×720 in two languages.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { DATABASE_FILE } from '@main/services/create-services';

test.use({ locale: 'fr-LU' });

const SHOTS = '/tmp/shots/hardening';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
async function shots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  }
}

test('a broken record shows a translated message and a way back, in every route, not a blank window', async ({ app, page }) => {
  const client = await app.call('clients.create', { name: 'Imprimerie Faber', reportLocale: 'fr' });
  const check = await app.call('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'fr', participants: [] });
  // A record as an older import could leave it: participants that are not a list.
  app.services.db.prepare('UPDATE assessments SET participants_json = ? WHERE id = ?').run('{"not":"a list"}', check.id);

  await app.open(page, `/checks/${check.id}/finalise`);
  const error = page.getByTestId('route-error');
  await expect(error).toBeVisible();
  await expect(error.getByRole('heading')).toHaveText('Cet écran ne peut pas être affiché');
  await expect(page.getByRole('navigation')).toBeVisible(); // the header stays: the rest of the app is reachable
  await shots(page, 'route-error-fr');

  await page.getByTestId('language').selectOption('lb');
  await expect(error.getByRole('heading')).toHaveText('Dësen Ecran kann net gewise ginn');
  await shots(page, 'route-error-lb');

  // "Try again" renders the screen again (still broken here: the message comes back, not a blank page).
  await page.getByTestId('route-error-retry').click();
  await expect(page.getByTestId('route-error')).toBeVisible();
  // The way back works, and the next screen renders normally.
  await page.getByTestId('route-error-back').click();
  await expect(page.getByTestId('client-link')).toHaveText(['Imprimerie Faber']);
  await expect(page.getByTestId('route-error')).toHaveCount(0);
});

test('erase a client from the list without opening it; with another reader on the log it says "not yet complete"', async ({ app, page }) => {
  const keep = await app.call('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
  const victim = await app.call('clients.create', { name: 'Garage \u202Eexe.fdp\u202C Weber', reportLocale: 'fr' });
  await app.call('clients.create', { name: 'Traiteur Hoffmann', reportLocale: 'fr' });
  await app.open(page, '/clients');
  await page.setViewportSize(SIZES[0]);

  // The override character is not shown: the name reads as typed, in its own isolate.
  const row = page.getByRole('row').filter({ hasText: 'Garage exe.fdp Weber' });
  await expect(row).toHaveCount(1);
  await shots(page, 'list-fr');
  await row.getByTestId('erase-from-list').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Effacer');
  await expect(page.getByTestId('confirm-button')).toBeDisabled();
  await page.getByTestId('confirm-input').fill('Garage exe.fdp Weber');
  await expect(page.getByTestId('confirm-button')).toBeEnabled();
  await shots(page, 'erase-dialog-fr');
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('erased-notice')).toHaveAttribute('data-complete', 'true');
  await expect(page.getByTestId('client-link')).toHaveText(['Boulangerie Muller', 'Traiteur Hoffmann']);
  await shots(page, 'erased-fr');
  expect(await app.call('clients.list', {})).toHaveLength(2);

  // Another program reads the database meanwhile: erased, but reported as not yet complete.
  await page.getByTestId('language').selectOption('lb');
  const reader = new Database(join(app.dataDir, DATABASE_FILE), { readonly: true });
  try {
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM clients').get();
    await page.getByRole('row').filter({ hasText: 'Traiteur Hoffmann' }).getByTestId('erase-from-list').click();
    await expect(page.getByRole('dialog')).toContainText('definitiv läschen');
    await shots(page, 'erase-dialog-lb');
    await page.getByTestId('confirm-input').fill('Traiteur Hoffmann');
    await page.getByTestId('confirm-button').click();
    const notice = page.getByTestId('erased-notice');
    await expect(notice).toHaveAttribute('data-complete', 'false');
    await expect(notice).toContainText('spéitstens beim nächste Start');
    await expect(page.getByTestId('client-link')).toHaveText(['Boulangerie Muller']);
    await shots(page, 'erased-pending-lb');
    expect(await app.call('data.erasureStatus', {})).toEqual({ pending: true });
  } finally {
    reader.prepare('ROLLBACK').run();
    reader.close();
  }
  // Once the other program lets go, the list finishes the erasure by itself and says so.
  await expect(page.getByTestId('erased-notice')).toHaveAttribute('data-complete', 'true', { timeout: 10_000 });
  await expect(page.getByTestId('erased-notice')).toContainText('Sécherheetskopien abegraff');
  expect(await app.call('data.erasureStatus', {})).toEqual({ pending: false });
  expect((await app.call('clients.list', {})).map((c) => c.id)).toEqual([keep.id]);
  expect(victim.id).not.toBe(keep.id);
});
