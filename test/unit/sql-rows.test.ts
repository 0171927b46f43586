/** The statements the repositories build from a row builder's keys (electron/main/db/sql-rows.ts). */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { insertSql, upsertSql } from '@main/db/sql-rows';

const noteRow = (n: { id: string; item: string; body: string; at: string }) => ({ note_id: n.id, item_id: n.item, body: n.body, updated_at: n.at });

it('upsertSql inserts a row, and on a clash of its key replaces every other column', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE notes (note_id TEXT, item_id TEXT, body TEXT, updated_at TEXT, PRIMARY KEY (note_id, item_id))');
  expect(upsertSql('notes', noteRow, ['note_id', 'item_id'])).toBe(
    `${insertSql('notes', noteRow)} ON CONFLICT (note_id, item_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  const upsert = db.prepare(upsertSql('notes', noteRow, ['note_id', 'item_id']));
  upsert.run(noteRow({ id: 'n', item: 'a', body: 'first', at: '1' }));
  upsert.run(noteRow({ id: 'n', item: 'b', body: 'other', at: '1' }));
  upsert.run(noteRow({ id: 'n', item: 'a', body: 'second', at: '2' }));
  expect(db.prepare('SELECT * FROM notes ORDER BY item_id').all()).toEqual([
    { note_id: 'n', item_id: 'a', body: 'second', updated_at: '2' },
    { note_id: 'n', item_id: 'b', body: 'other', updated_at: '1' },
  ]);
  db.close();
});
