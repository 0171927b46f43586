/**
 * Client-owned tables are found from the schema. The audit runs over the app's real, fully
 * migrated schema: a migration (any feature's) adding client data that erasure or export
 * could not reach fails here.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditSchema, clientOwnedTables, countClientRows, ownedMap, ownershipCondition } from '@main/data-safety/client-tables';
import { openDatabase } from '@main/db/open-database';

function synthetic() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE clients (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) STRICT;
    CREATE TABLE checks (id TEXT PRIMARY KEY, client_id TEXT NOT NULL REFERENCES clients ON DELETE CASCADE,
      previous_id TEXT REFERENCES checks (id) ON DELETE SET NULL) STRICT;
    -- composite key, reached only through its parent (depth 2)
    CREATE TABLE answers (check_id TEXT NOT NULL REFERENCES checks (id) ON DELETE CASCADE, item TEXT NOT NULL, level INTEGER,
      PRIMARY KEY (check_id, item)) STRICT, WITHOUT ROWID;
    -- depth 3, through a composite reference
    CREATE TABLE answer_comments (id TEXT PRIMARY KEY, check_id TEXT NOT NULL, item TEXT NOT NULL, body TEXT,
      FOREIGN KEY (check_id, item) REFERENCES answers (check_id, item) ON DELETE CASCADE) STRICT;
    -- references client data without cascading: not owned, and flagged by the audit
    CREATE TABLE audit_log (id INTEGER PRIMARY KEY, check_id TEXT REFERENCES checks (id) ON DELETE SET NULL, what TEXT) STRICT;
    -- a client_id that references nothing
    CREATE TABLE loose (id TEXT PRIMARY KEY, client_id TEXT) STRICT;
  `);
  return db;
}

describe('client-owned tables', () => {
  it('are found transitively from clients through cascading references, nearest first', () => {
    const db = synthetic();
    const owned = clientOwnedTables(db);
    expect(owned.map((t) => [t.name, t.depth])).toEqual([
      ['clients', 0],
      ['checks', 1],
      ['answers', 2],
      ['answer_comments', 3],
    ]);
    expect(owned.find((t) => t.name === 'answers')!.primaryKey).toEqual(['check_id', 'item']);
    // the self-reference (SET NULL) is not an ownership edge
    expect(owned.find((t) => t.name === 'checks')!.ownerEdges.map((e) => e.parent)).toEqual(['clients']);
  });

  it('select exactly one client’s rows at every depth', () => {
    const db = synthetic();
    db.exec(`
      INSERT INTO clients VALUES ('a', 'A'), ('b', 'B');
      INSERT INTO checks VALUES ('ca', 'a', NULL), ('cb', 'b', NULL);
      INSERT INTO answers VALUES ('ca', 'x', 1), ('ca', 'y', 2), ('cb', 'x', 3);
      INSERT INTO answer_comments VALUES ('k1', 'ca', 'y', 'mine'), ('k2', 'cb', 'x', 'theirs');
    `);
    expect(countClientRows(db, 'a')).toEqual([
      { table: 'clients', rows: 1 },
      { table: 'checks', rows: 1 },
      { table: 'answers', rows: 2 },
      { table: 'answer_comments', rows: 1 },
    ]);
    const owned = ownedMap(clientOwnedTables(db));
    const bodies = db.prepare(`SELECT body FROM answer_comments WHERE ${ownershipCondition(owned, 'answer_comments')}`).all({ clientId: 'b' });
    expect(bodies).toEqual([{ body: 'theirs' }]);
    expect(countClientRows(db, 'nobody').every((r) => r.rows === 0)).toBe(true);
  });

  it('the audit flags references that erasure could not follow', () => {
    const problems = auditSchema(synthetic());
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('audit_log(check_id)'), expect.stringContaining('loose.client_id')]),
    );
    expect(problems).toHaveLength(2);
  });

  it('the app’s full schema passes the audit, and every table with client_id is client-owned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'laif-audit-'));
    try {
      const db = await openDatabase(join(dir, 'a.sqlite'));
      expect(auditSchema(db)).toEqual([]);
      const owned = new Set(clientOwnedTables(db).map((t) => t.name));
      const withClientId = (db.prepare(`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'client_id'`).all() as { name: string }[]).map((r) => r.name);
      expect(withClientId.length).toBeGreaterThan(0);
      for (const name of withClientId) expect(owned.has(name), name).toBe(true);
      expect(owned.has('settings')).toBe(false);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
