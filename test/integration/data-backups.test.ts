import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import { createRestartableServices } from '@main/data-safety/restartable-services';
import { backupsDirOf, ensureDailyBackup, listBackups, RESTORE_MARKER, writeBackup } from '@main/data-safety/backups';
import type { AppEvent } from '@shared/contract/events';
import { devSecretStore } from '../support/secret-stores';

const open: TempServices[] = [];
const dirs: string[] = [];
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'laif-backups-'));
  dirs.push(d);
  return d;
}

/** Services on a given folder with a controllable clock. */
async function start(dataDir: string, clock: { now: Date }) {
  const s = await tempServices({ dataDir, now: () => clock.now, sync: { autoStart: false } });
  open.push(s);
  return s;
}

async function stop(s: TempServices) {
  open.splice(open.indexOf(s), 1);
  s.close();
}

const names = async (s: TempServices) => (await s.ok('clients.list', { includeArchived: true })).map((c) => c.name).sort();

describe('backups', () => {
  it('round trip: back up, change, restore (the current state is backed up first), restore that back', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-03-02T08:00:00.000Z') };
    let s = await start(dir, clock);
    const a = await s.ok('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
    await s.ok('clients.update', { id: a.id, patch: { commune: 'Ettelbruck', headcount: 12 } });
    clock.now = new Date('2026-03-02T09:00:00.000Z');
    const made = await s.ok('data.backupNow', {});
    expect(made).toMatchObject({ reason: 'manual', createdAt: '2026-03-02T09:00:00.000Z' });
    expect(made.sizeBytes).toBeGreaterThan(0);

    clock.now = new Date('2026-03-02T10:00:00.000Z');
    await s.ok('clients.create', { name: 'Garage Schmit', reportLocale: 'lb' });
    await s.ok('clients.update', { id: a.id, patch: { commune: 'Diekirch' } });

    const answer = await s.ok('data.restoreBackup', { file: made.file });
    expect(answer).toEqual({ restartRequired: true, restoredFrom: made.file });
    expect(existsSync(join(dir, RESTORE_MARKER))).toBe(true);
    await stop(s);

    clock.now = new Date('2026-03-02T10:05:00.000Z');
    s = await start(dir, clock);
    expect(await names(s)).toEqual(['Boulangerie Muller']);
    expect((await s.ok('clients.get', { id: a.id })).commune).toBe('Ettelbruck');
    expect(existsSync(join(dir, RESTORE_MARKER))).toBe(false);
    const list = await s.ok('data.listBackups', {});
    const safety = list.backups.find((b) => b.reason === 'before-restore');
    expect(safety, 'the state before the restore was kept').toBeDefined();
    expect(list.backups.map((b) => b.file)).toContain(made.file);

    // The restore itself can be undone from the safety copy.
    await s.ok('data.restoreBackup', { file: safety!.file });
    await stop(s);
    s = await start(dir, clock);
    expect(await names(s)).toEqual(['Boulangerie Muller', 'Garage Schmit']);
    expect((await s.ok('clients.get', { id: a.id })).commune).toBe('Diekirch');
  });

  it('in-process restart (browser preview, tests): calls wait for the restart, listeners survive it', async () => {
    const dir = tempDir();
    const s = await createRestartableServices({ dataDir: dir, secrets: devSecretStore(dir), appVersion: 'test', transport: 'bridge', sync: { autoStart: false } });
    try {
      const events: AppEvent['type'][] = [];
      s.subscribe((e) => events.push(e.type));
      const call = async <T>(name: string, input: unknown) => (await (s.handlers as unknown as Record<string, (i: unknown) => Promise<T>>)[name](input)) as T;
      await call('clients.create', { name: 'Avant', reportLocale: 'fr' });
      const backup = await call<{ file: string }>('data.backupNow', {});
      await call('clients.create', { name: 'Après', reportLocale: 'fr' });
      await call('data.restoreBackup', { file: backup.file });
      // Called at once: waits for the new services instead of hitting the closed database.
      const list = await call<{ name: string }[]>('clients.list', { query: '', sort: 'name', includeArchived: false });
      expect(list.map((c) => c.name)).toEqual(['Avant']);
      expect(s.restarts()).toBe(1);
      expect(events).toEqual(expect.arrayContaining(['restartRequired', 'restarted']));
      expect(s.db.open).toBe(true);
    } finally {
      s.close();
    }
  });

  it('refuses to restore a backup that is unknown, damaged or from a newer version, and stages nothing', async () => {
    const dir = tempDir();
    const s = await start(dir, { now: new Date('2026-03-02T08:00:00.000Z') });
    await s.ok('clients.create', { name: 'Fiduciaire Weber', reportLocale: 'de' });
    expect(await s.call('data.restoreBackup', { file: 'laif-2026-01-01T00-00-00-000Z-daily.sqlite' })).toMatchObject({ ok: false, error: { code: 'backup_not_found' } });
    expect(await s.call('data.restoreBackup', { file: '../laif-workbench.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const good = await s.ok('data.backupNow', {});
    const damaged = join(backupsDirOf(dir), 'laif-2026-03-01T08-00-00-000Z-daily.sqlite');
    writeFileSync(damaged, 'SQLite format 3\u0000'.padEnd(8192, 'x'));
    expect(await s.call('data.restoreBackup', { file: 'laif-2026-03-01T08-00-00-000Z-daily.sqlite' })).toMatchObject({ ok: false, error: { code: 'backup_damaged' } });

    const newer = join(backupsDirOf(dir), 'laif-2026-03-01T09-00-00-000Z-manual.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(backupsDirOf(dir), good.file));
    db.pragma('user_version = 9999');
    await db.backup(newer);
    db.close();
    expect(await s.call('data.restoreBackup', { file: 'laif-2026-03-01T09-00-00-000Z-manual.sqlite' })).toMatchObject({ ok: false, error: { code: 'backup_from_newer_version' } });
    expect(existsSync(join(dir, RESTORE_MARKER))).toBe(false);
  });

  it('takes a daily backup at start-up only when the newest is more than a day old, and rotates', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-03-02T08:00:00.000Z') };
    let s = await start(dir, clock);
    expect((await s.ok('data.listBackups', {})).backups).toEqual([]); // nothing to keep yet
    await s.ok('clients.create', { name: 'Imprimerie Thill', reportLocale: 'fr' });
    await stop(s);

    s = await start(dir, clock);
    expect((await s.ok('data.listBackups', {})).backups.map((b) => b.reason)).toEqual(['daily']);
    await stop(s);
    clock.now = new Date('2026-03-02T20:00:00.000Z');
    s = await start(dir, clock);
    expect((await s.ok('data.listBackups', {})).backups).toHaveLength(1);
    await stop(s);

    // Forty days of daily starts: the folder stays bounded by the policy.
    for (let day = 1; day <= 40; day++) {
      clock.now = new Date(Date.UTC(2026, 2, 2 + day, 8));
      s = await start(dir, clock);
      await stop(s);
    }
    const backups = listBackups(backupsDirOf(dir));
    expect(backups.length).toBeLessThanOrEqual(1 + 7 + 4);
    expect(backups.length).toBeGreaterThanOrEqual(7);
    expect(backups[0].createdAt.toISOString()).toBe('2026-04-11T08:00:00.000Z');
    expect(readdirSync(backupsDirOf(dir)).filter((f) => !f.endsWith('.sqlite'))).toEqual([]); // no partial copies or journals
  });

  it('a backup dated in the future (wrong clock) does not stand in for today’s', async () => {
    const dir = tempDir();
    const s = await start(dir, { now: new Date('2026-03-02T08:00:00.000Z') });
    await s.ok('clients.create', { name: 'Horloge Faber', reportLocale: 'fr' });
    await writeBackup(s.db, backupsDirOf(dir), 'manual', new Date('2031-01-01T00:00:00.000Z'));
    expect(await ensureDailyBackup(s.db, backupsDirOf(dir), new Date('2026-03-02T09:00:00.000Z'))).not.toBeNull();
    expect(await ensureDailyBackup(s.db, backupsDirOf(dir), new Date('2026-03-02T10:00:00.000Z'))).toBeNull();
  });

  it('removes copies half-made by a crash at the next start', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-03-02T08:00:00.000Z') };
    let s = await start(dir, clock);
    await s.ok('data.backupNow', {});
    await stop(s);
    const partial = join(backupsDirOf(dir), '.laif-2026-03-02T09-00-00-000Z-daily.sqlite.partial');
    const restoring = join(dir, 'laif-workbench.sqlite.restoring');
    writeFileSync(partial, 'half a copy');
    writeFileSync(restoring, 'half a restore');
    s = await start(dir, clock);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(restoring)).toBe(false);
    expect((await s.ok('data.listBackups', {})).backups).toHaveLength(1);
  });
});
