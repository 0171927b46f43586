import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, schemaVersion } from '@main/db/open-database';
import { MIGRATIONS } from '@main/db/migrations';
import { restoreLatestBackup } from '@main/data-dir';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'laif-db-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('database', () => {
  it('migrates from empty to the latest version with durable pragmas', async () => {
    const db = await openDatabase(join(tempDir(), 'a.sqlite'));
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('a failing migration leaves the previous file intact and the backup in place', async () => {
    const dir = tempDir();
    const path = join(dir, 'b.sqlite');
    const v1 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c1', 'Kept Sàrl', 'x', 'x')").run();
    v1.close();

    const broken = { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); THIS IS NOT SQL;' };
    await expect(openDatabase(path, { migrations: [MIGRATIONS[0], broken] })).rejects.toMatchObject({ code: 'migration_failed' });

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(after.prepare('SELECT name FROM clients').get()).toEqual({ name: 'Kept Sàrl' });
    after.close();
    const backup = new Database(join(dir, 'backups', backups[0]), { readonly: true });
    expect(backup.prepare('SELECT name FROM clients').get()).toEqual({ name: 'Kept Sàrl' });
    backup.close();
  });

  it('takes no backup for a brand-new file', async () => {
    const dir = tempDir();
    (await openDatabase(join(dir, 'c.sqlite'))).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('detects a file that is not a database', async () => {
    const path = join(tempDir(), 'd.sqlite');
    writeFileSync(path, 'this is not an SQLite file, just some text that happens to be long enough '.repeat(100));
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'database_corrupt' });
  });

  it('detects damaged pages at start-up, and the latest backup can be put back', async () => {
    const dir = tempDir();
    const path = join(dir, 'laif.sqlite');
    const db = await openDatabase(path);
    const insert = db.prepare("INSERT INTO clients (id, name, search_text, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
    db.transaction(() => {
      // Ids and names as the contract (and since migration 8 the database) accepts them.
      for (let i = 0; i < 2000; i++) insert.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Client ${i} ${'x'.repeat(180)}`, `client ${i}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    mkdirSync(join(dir, 'backups'));
    await db.backup(join(dir, 'backups', 'laif-2026-01-01-manual.sqlite'));
    db.close();
    // Scribble over the middle of the file (index and table pages), as a failing disk would.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'database_corrupt' });

    expect(restoreLatestBackup(dir, 'laif.sqlite', new Date('2026-01-02T00:00:00Z'))).toBe('laif-2026-01-01-manual.sqlite');
    const restored = await openDatabase(path);
    expect((restored.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(2000);
    restored.close();
    expect(readdirSync(dir).some((f) => f.startsWith('laif.sqlite.damaged-'))).toBe(true);
  });
});
