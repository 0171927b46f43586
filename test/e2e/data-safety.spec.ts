/**
 * Data safety through the real UI and the bridge: the Settings backup screen (back up, restore,
 * restart on the restored data), a client moved from one laptop to another as a file (export
 * download → import preview → import, then a conflict, then a broken file), and the erasure
 * warning about submissions not yet sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { enqueueSubmission } from '@main/sync/outbox';
import { createRng, seedChecks } from '../bench/seed-data';

test.use({ locale: 'fr-LU' });

test('Settings: back up, restore, and the app restarts on the restored data', async ({ laptop, page }) => {
  const a = await laptop({ sync: { autoStart: false } });
  await a.call('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
  await a.open(page, '/settings');
  const section = page.getByTestId('backups-section');
  await expect(section.getByRole('heading', { name: 'Sauvegardes' }).or(section.locator('legend', { hasText: 'Sauvegardes' }))).toBeVisible();
  await expect(section.getByText('Aucune sauvegarde pour l’instant')).toBeVisible();

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-row').first()).toContainText('Faite par vous');
  await page.screenshot({ path: '/tmp/shots/data-settings-fr.png', fullPage: true });

  // Work done after the backup …
  await a.call('clients.create', { name: 'Garage Schmit', reportLocale: 'fr' });
  await page.getByTestId('restore-backup').first().click();
  await expect(page.getByRole('dialog')).toContainText('L’état actuel est d’abord sauvegardé');
  await page.getByTestId('confirm-button').click();
  // … is gone after the restart; the page came back by itself on the restored data.
  await expect(page.getByTestId('backup-row').filter({ hasText: 'Avant la restauration d’une sauvegarde' })).toHaveCount(1, { timeout: 20_000 });
  expect(a.services.restarts()).toBe(1);
  await page.goto(`${a.url}/#/clients`);
  await expect(page.getByTestId('client-link')).toHaveText(['Boulangerie Muller']);

  // The same screen in Luxembourgish.
  await page.getByTestId('language').selectOption('lb');
  await page.goto(`${a.url}/#/settings`);
  await expect(page.getByTestId('backups-section')).toContainText('Sécherheetskopien');
  await expect(page.getByTestId('backup-row').first()).toContainText('Virum Restauréiere vun enger Sécherheetskopie');
  await page.screenshot({ path: '/tmp/shots/data-settings-lb.png', fullPage: true });
});

test('a client moves to another laptop as one file; newer local work is kept; a broken file is refused', async ({ laptop, page }, testInfo) => {
  const a = await laptop({ sync: { autoStart: false } });
  const b = await laptop({ sync: { autoStart: false } });
  const client = await a.call('clients.create', { name: 'Menuiserie Kieffer S.à r.l.', reportLocale: 'fr' });
  await a.call('clients.update', { id: client.id, patch: { rcsNumber: 'B123456', commune: 'Wiltz', headcount: 23 } });
  seedChecks(a.services.db, createRng(5), [{ id: client.id, reportLocale: 'fr', maturity: 0.5, createdAt: new Date('2025-01-01T00:00:00Z') }], 4);

  // Export on laptop A: the browser preview downloads the file.
  await a.open(page, `/clients/${client.id}`);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-client').click();
  const file = join(testInfo.outputDir, 'kieffer.laifclient');
  await (await download).saveAs(file);
  await expect(page.getByTestId('export-done')).toContainText('menuiserie-kieffer-s-a-r-l-');
  expect(readFileSync(file)[0]).toBe(0x1f); // gzip

  // Import on laptop B: preview first, nothing written before "Importer".
  await b.open(page, '/settings');
  await page.getByTestId('import-file-input').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Menuiserie Kieffer S.à r.l.');
  await expect(page.getByTestId('import-match')).toHaveAttribute('data-match', 'new');
  await expect(preview.locator('[data-table="assessments"]')).toContainText('4');
  await page.screenshot({ path: '/tmp/shots/data-import-preview-fr.png', fullPage: true });
  expect(await b.call('clients.list', {})).toEqual([]);
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('import-done')).toContainText('« Menuiserie Kieffer S.à r.l. » importé');
  await page.getByTestId('import-open-client').click();
  await expect(page.getByTestId('client-title')).toHaveText('Menuiserie Kieffer S.à r.l.');
  await expect(page.getByTestId('check-row')).toHaveCount(4);

  // Laptop B changes the commune; importing the older file asks, and keeps B's work by default.
  await page.getByTestId('field-commune').fill('Clervaux');
  await page.getByTestId('field-commune').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.goto(`${b.url}/#/settings`);
  await page.getByTestId('language').selectOption('de');
  await page.getByTestId('import-file-input').setInputFiles(file);
  await expect(page.getByTestId('import-match')).toHaveAttribute('data-match', 'same_id');
  await expect(page.getByTestId('import-conflicts')).toContainText('Bei 1 Eintrag enthält dieser Laptop neuere Arbeit als die Datei');
  await expect(page.getByTestId('keep-local')).toBeChecked();
  await page.screenshot({ path: '/tmp/shots/data-import-conflict-de.png', fullPage: true });
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  expect((await b.call('clients.get', { id: client.id })).commune).toBe('Clervaux');

  // A damaged file: a clear message, nothing changed.
  const broken = join(testInfo.outputDir, 'broken.laifclient');
  writeFileSync(broken, readFileSync(file).subarray(0, 200));
  await page.getByTestId('import-file-input').setInputFiles(broken);
  await expect(page.getByTestId('import-error')).toContainText('Diese Datei ist beschädigt oder unvollständig');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect((await b.call('clients.list', {})).length).toBe(1);
});

test('erasing a client warns about submissions not yet sent, then removes it', async ({ laptop, page }) => {
  const a = await laptop({ sync: { autoStart: false } });
  const client = await a.call('clients.create', { name: 'Traiteur Welter', reportLocale: 'fr' });
  let n = 0;
  enqueueSubmission(a.services.db, {
    kind: 'assessment',
    recordId: client.id,
    revision: 1,
    locale: 'fr',
    clientId: client.id,
    payload: { x: 1 },
    instrumentVersion: '2026.1',
    appVersion: 'e2e',
    createdAt: new Date(),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  await a.open(page, `/clients/${client.id}`);
  await page.getByTestId('client-actions').click();
  await page.getByTestId('erase-client').click();
  await expect(page.getByTestId('erasure-pending')).toContainText('1 envoi au portail n’est pas encore parti');
  await expect(page.getByTestId('erasure-notice')).toContainText('Les fichiers que vous avez exportés');
  await page.screenshot({ path: '/tmp/shots/data-erase-fr.png', fullPage: true });
  await page.getByTestId('confirm-input').fill('Traiteur Welter');
  await page.getByTestId('confirm-button').click();
  await expect(page.getByText('Aucun client pour l’instant')).toBeVisible();
  expect(a.services.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
});
