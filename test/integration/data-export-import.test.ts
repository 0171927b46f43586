/**
 * Moving a client between laptops as one file. Comparisons run over every client-owned table
 * found in the schema (not a list), and two extra tables created here — a grandchild reached
 * only through its parent, a BLOB and a file-name column — prove that tables other features add
 * later travel too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tempServices, type TempServices } from '../support/temp-services';
import { bundleChecksum, type ClientBundle } from '@main/data-safety/bundle';
import { clientOwnedTables, ownedMap, ownershipCondition, quoteIdent } from '@main/data-safety/client-tables';
import { backupsDirOf } from '@main/data-safety/backups';
import { enqueueSubmission } from '@main/sync/outbox';
import { createRng, databaseDigest, seedChecks, seedClients } from '../bench/seed-data';
import type { Db } from '@main/db/open-database';

const EXTRA_TABLES = `
  CREATE TABLE IF NOT EXISTS test_attachments (
    id TEXT PRIMARY KEY, client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL, content BLOB, updated_at TEXT NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS test_attachment_pages (
    attachment_id TEXT NOT NULL REFERENCES test_attachments (id) ON DELETE CASCADE,
    page INTEGER NOT NULL, words REAL, PRIMARY KEY (attachment_id, page)) STRICT, WITHOUT ROWID;`;

let a: TempServices; // the laptop the client comes from
let b: TempServices; // the new laptop
const dirs: string[] = [];

beforeEach(async () => {
  a = await tempServices({ sync: { autoStart: false } });
  b = await tempServices({ sync: { autoStart: false } });
  a.db.exec(EXTRA_TABLES);
  b.db.exec(EXTRA_TABLES);
});
afterEach(() => {
  a.cleanup();
  b.cleanup();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A client with checks, contacts, outbox rows and rows in the extra tables. */
async function richClient(s: TempServices, name = 'Menuiserie Kieffer S.à r.l.') {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  await s.ok('clients.update', {
    id: c.id,
    patch: {
      rcsNumber: 'B123456',
      commune: 'Wiltz',
      headcount: 23,
      turnoverCents: 310_000_000,
      contacts: [{ name: 'Joëlle Kieffer', role: 'Gérante', email: 'joelle@kieffer.lu', phone: '+352 95 12 34' }],
    },
  });
  const rng = createRng(7);
  const seeded = seedClients(s.db, rng, 2); // other clients on the same laptop
  seedChecks(s.db, rng, [{ id: c.id, reportLocale: 'fr', maturity: 0.4, createdAt: new Date('2025-01-01T00:00:00Z') }, ...seeded], 6);
  const at = new Date('2026-03-01T10:00:00.000Z');
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const delivered = enqueueSubmission(s.db, { kind: 'assessment', recordId: 'rec-1', revision: 1, locale: 'fr', clientId: c.id, payload: { x: 1 }, instrumentVersion: '2026.1', appVersion: 't', createdAt: at, newId });
  s.db.prepare("UPDATE outbox SET state = 'delivered', delivered_at = ? WHERE id = ?").run(at.toISOString(), delivered.outboxId);
  enqueueSubmission(s.db, { kind: 'assessment', recordId: 'rec-2', revision: 1, locale: 'fr', clientId: c.id, payload: { x: 2 }, instrumentVersion: '2026.1', appVersion: 't', createdAt: at, newId });
  s.db.prepare('INSERT INTO test_attachments VALUES (?, ?, ?, ?, ?)').run('att-1', c.id, 'offre-2026.pdf', Buffer.from([0, 1, 2, 255]), at.toISOString());
  s.db.prepare('INSERT INTO test_attachment_pages VALUES (?, ?, ?)').run('att-1', 1, 312.5);
  s.db.prepare('INSERT INTO test_attachment_pages VALUES (?, ?, ?)').run('att-1', 2, 12);
  return c;
}

/** Every row of every client-owned table that belongs to the client, table by table. */
function clientRows(db: Db, clientId: string, skip: Record<string, string[]> = {}) {
  const tables = clientOwnedTables(db);
  const owned = ownedMap(tables);
  return Object.fromEntries(
    tables.map((t) => {
      const cols = t.columns.map((c) => c.name).filter((c) => !(skip[t.name] ?? []).includes(c));
      const order = t.primaryKey.length ? t.primaryKey.map(quoteIdent).join(', ') : 'rowid';
      return [t.name, db.prepare(`SELECT ${cols.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.name)} WHERE ${ownershipCondition(owned, t.name)} ORDER BY ${order}`).all({ clientId })];
    }),
  );
}

async function exportBytes(s: TempServices, clientId: string): Promise<Buffer> {
  const r = await s.ok('data.exportClient', { clientId });
  if (r.status !== 'bytes') throw new Error('expected bytes');
  return Buffer.from(r.base64!, 'base64');
}

const bytesSource = (bytes: Buffer, fileName = 'client.laifclient') => ({ source: { kind: 'bytes' as const, fileName, base64: bytes.toString('base64') } });

async function importAll(s: TempServices, bytes: Buffer, decision: { onConflict?: 'keepLocal' | 'takeIncoming'; rcsMatch?: 'merge' | 'separate' } = {}) {
  const preview = await s.ok('data.previewImport', bytesSource(bytes));
  if (preview.status !== 'ready') throw new Error('cancelled');
  return { preview, result: await s.ok('data.commitImport', { token: preview.token, ...decision }) };
}

const readBundle = (bytes: Buffer) => JSON.parse(gunzipSync(bytes).toString('utf8')) as ClientBundle;
const writeBundle = (bundle: ClientBundle, resign = true) => gzipSync(Buffer.from(JSON.stringify(resign ? { ...bundle, sha256: bundleChecksum(bundle) } : bundle)));

describe('export → import', () => {
  it('into an empty data folder gives identical records in every client-owned table', async () => {
    const c = await richClient(a);
    const bytes = await exportBytes(a, c.id);
    expect(bytes[0]).toBe(0x1f); // gzip

    const { preview, result } = await importAll(b, bytes);
    expect(preview.match).toEqual({ kind: 'new' });
    expect(preview.client).toEqual({ id: c.id, name: 'Menuiserie Kieffer S.à r.l.', rcsNumber: 'B123456' });
    expect(preview.tables.find((t) => t.table === 'outbox')).toMatchObject({ add: 1, skipped: 1 });
    expect(preview.totals.conflicts).toBe(0);
    expect(result.clientId).toBe(c.id);
    expect(result.skipped).toBe(1);

    // Identical, except that the outbox keeps only delivered history, renumbered in this laptop's queue.
    const skip = { outbox: ['seq'] };
    const source = clientRows(a.db, c.id, skip);
    source.outbox = (source.outbox as { state: string }[]).filter((r) => r.state === 'delivered');
    expect(clientRows(b.db, c.id, skip)).toEqual(source);
    expect(Object.keys(source)).toEqual(expect.arrayContaining(['clients', 'assessments', 'assessment_answers', 'assessment_revisions', 'test_attachments', 'test_attachment_pages']));
    expect((source.assessment_answers as unknown[]).length).toBeGreaterThan(0);
    expect((source.test_attachment_pages as unknown[]).length).toBe(2);
    // Nothing re-queued: the new laptop has no submission waiting to be sent.
    expect(b.db.prepare("SELECT count(*) AS n FROM outbox WHERE state <> 'delivered'").get()).toEqual({ n: 0 });
    // Other clients of laptop A did not travel.
    expect((await b.ok('clients.list', {})).map((x) => x.id)).toEqual([c.id]);

    // A second import of the same file changes nothing.
    const before = databaseDigest(b.db);
    const again = await importAll(b, bytes);
    expect(again.preview.match).toMatchObject({ kind: 'same_id' });
    expect(again.preview.totals).toMatchObject({ add: 0, update: 0, conflicts: 0 });
    expect(databaseDigest(b.db)).toBe(before);
  });

  it('never overwrites newer local work silently: it asks, then keeps or takes as told', async () => {
    const c = await richClient(a);
    await importAll(b, await exportBytes(a, c.id));
    // The new laptop edits the client later than the file was made …
    await b.ok('clients.update', { id: c.id, patch: { commune: 'Clervaux' } });
    const bytes = await exportBytes(a, c.id);
    const preview = await b.ok('data.previewImport', bytesSource(bytes));
    if (preview.status !== 'ready') throw new Error();
    expect(preview.totals.conflicts).toBe(1);
    expect(preview.conflicts[0]).toMatchObject({ table: 'clients', key: c.id, reason: 'local_newer' });
    expect(await b.call('data.commitImport', { token: preview.token })).toMatchObject({ ok: false, error: { code: 'import_needs_decision', details: { about: 'conflicts' } } });
    expect((await b.ok('clients.get', { id: c.id })).commune).toBe('Clervaux');

    const kept = await b.ok('data.commitImport', { token: preview.token, onConflict: 'keepLocal' });
    expect(kept.keptLocal).toBe(1);
    expect((await b.ok('clients.get', { id: c.id })).commune).toBe('Clervaux');

    const taken = await importAll(b, bytes, { onConflict: 'takeIncoming' });
    expect(taken.result.updated).toBe(1);
    expect((await b.ok('clients.get', { id: c.id })).commune).toBe('Wiltz');
  });

  it('takes newer work from the file without asking, and backs up before writing', async () => {
    const c = await richClient(a);
    await importAll(b, await exportBytes(a, c.id));
    await new Promise((r) => setTimeout(r, 5)); // updated_at must move on
    await a.ok('clients.update', { id: c.id, patch: { headcount: 31 } });
    const { preview, result } = await importAll(b, await exportBytes(a, c.id));
    expect(preview.totals).toMatchObject({ update: 1, conflicts: 0 });
    expect(result.backup).toMatch(/before-import\.sqlite$/);
    expect(existsSync(join(backupsDirOf(b.dataDir), result.backup!))).toBe(true);
    expect((await b.ok('clients.get', { id: c.id })).headcount).toBe(31);
  });

  it('finds the same company by RCS number under another id: merge into it, or keep both', async () => {
    const c = await richClient(a);
    const local = await b.ok('clients.create', { name: 'Kieffer Menuiserie', reportLocale: 'fr' });
    await b.ok('clients.update', { id: local.id, patch: { rcsNumber: 'B123456' } });
    const bytes = await exportBytes(a, c.id);
    const preview = await b.ok('data.previewImport', bytesSource(bytes));
    if (preview.status !== 'ready') throw new Error();
    expect(preview.match).toEqual({ kind: 'same_rcs', localId: local.id, localName: 'Kieffer Menuiserie' });
    expect(await b.call('data.commitImport', { token: preview.token })).toMatchObject({ ok: false, error: { code: 'import_needs_decision', details: { about: 'rcs' } } });

    const merged = await b.ok('data.commitImport', { token: preview.token, rcsMatch: 'merge', onConflict: 'takeIncoming' });
    expect(merged.clientId).toBe(local.id);
    expect((await b.ok('clients.list', {})).map((x) => x.id)).toEqual([local.id]);
    const checks = b.db.prepare('SELECT count(*) AS n FROM assessments WHERE client_id = ?').get(local.id) as { n: number };
    expect(checks.n).toBe((a.db.prepare('SELECT count(*) AS n FROM assessments WHERE client_id = ?').get(c.id) as { n: number }).n);
    expect((await b.ok('clients.get', { id: local.id })).name).toBe('Menuiserie Kieffer S.à r.l.');

    const b2 = await tempServices({ sync: { autoStart: false } });
    try {
      b2.db.exec(EXTRA_TABLES);
      const other = await b2.ok('clients.create', { name: 'Kieffer', reportLocale: 'fr' });
      await b2.ok('clients.update', { id: other.id, patch: { rcsNumber: 'B123456' } });
      const separate = await importAll(b2, bytes, { rcsMatch: 'separate' });
      expect(separate.result.clientId).toBe(c.id);
      expect((await b2.ok('clients.list', {})).length).toBe(2);
    } finally {
      b2.cleanup();
    }
  });

  it('keeps a local read-only record (finalised revision) even when told to take the file’s version', async () => {
    const c = await richClient(a);
    await importAll(b, await exportBytes(a, c.id));
    const bundle = readBundle(await exportBytes(a, c.id));
    const revisions = bundle.tables.assessment_revisions;
    const overall = revisions.columns.indexOf('overall');
    revisions.rows[0][overall] = 99.9;
    const { result } = await importAll(b, writeBundle(bundle), { onConflict: 'takeIncoming' });
    expect(result.keptLocal).toBe(1);
    const key = revisions.columns.indexOf('assessment_id');
    const local = b.db.prepare('SELECT overall FROM assessment_revisions WHERE assessment_id = ? AND revision = 1').get(revisions.rows[0][key]) as { overall: number };
    expect(local.overall).not.toBe(99.9);
  });

  it('in the desktop app a renderer cannot name a path', async () => {
    const ipc = await tempServices({ transport: 'ipc', sync: { autoStart: false } });
    try {
      const c = await ipc.ok('clients.create', { name: 'X', reportLocale: 'fr' });
      expect(await ipc.call('data.exportClient', { clientId: c.id, path: '/tmp/evil.laifclient' })).toMatchObject({ ok: false, error: { code: 'path_not_allowed' } });
      expect(await ipc.call('data.previewImport', { source: { kind: 'path', path: '/etc/passwd' } })).toMatchObject({ ok: false, error: { code: 'path_not_allowed' } });
      expect(await ipc.call('data.previewImport', { source: { kind: 'dialog' } })).toMatchObject({ ok: false, error: { code: 'no_file_dialog' } });
    } finally {
      ipc.cleanup();
    }
  });

  it('writes to and reads from a path in the browser preview', async () => {
    const c = await richClient(a);
    const dir = mkdtempSync(join(tmpdir(), 'laif-bundle-'));
    dirs.push(dir);
    const path = join(dir, 'kieffer.laifclient');
    const saved = await a.ok('data.exportClient', { clientId: c.id, path });
    expect(saved).toMatchObject({ status: 'saved', path, fileName: expect.stringMatching(/^menuiserie-kieffer-s-a-r-l-\d{4}-\d{2}-\d{2}\.laifclient$/) });
    expect(readdirSync(dir)).toEqual(['kieffer.laifclient']);
    const preview = await b.ok('data.previewImport', { source: { kind: 'path', path } });
    expect(preview).toMatchObject({ status: 'ready', fileName: 'kieffer.laifclient' });
  });
});

describe('hostile and broken files are refused with nothing changed', () => {
  let bytes: Buffer;
  let digest: string;
  let clientId: string;
  beforeEach(async () => {
    const c = await richClient(a);
    clientId = c.id;
    bytes = await exportBytes(a, c.id);
    await b.ok('clients.create', { name: 'Déjà là', reportLocale: 'fr' });
    digest = databaseDigest(b.db);
  });

  async function refused(source: unknown, code: string) {
    const r = await b.call('data.previewImport', source as never);
    expect(r, code).toMatchObject({ ok: false, error: { code } });
    expect(databaseDigest(b.db)).toBe(digest);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  it('corrupt, truncated, not a bundle', async () => {
    await refused(bytesSource(Buffer.from('PK\u0003\u0004 this is a zip, not a bundle')), 'bundle_corrupt');
    await refused(bytesSource(bytes.subarray(0, Math.floor(bytes.length / 2))), 'bundle_corrupt');
    const json = gunzipSync(bytes);
    await refused(bytesSource(json.subarray(0, json.length - 10)), 'bundle_corrupt');
    await refused(bytesSource(Buffer.from([0xff, 0xfe, 0x7b, 0x00])), 'bundle_corrupt');
    await refused(bytesSource(Buffer.from('{"hello":"world"}')), 'bundle_not_a_bundle');
    await refused(bytesSource(Buffer.from('[]')), 'bundle_not_a_bundle');
    await refused(bytesSource(Buffer.alloc(0)), 'bundle_corrupt');
  });

  it('tampered: any change without a matching checksum', async () => {
    const bundle = readBundle(bytes);
    bundle.tables.clients.rows[0][bundle.tables.clients.columns.indexOf('name')] = 'Someone else';
    await refused(bytesSource(writeBundle(bundle, false)), 'bundle_tampered');
  });

  it('from a future version of the format or of the schema', async () => {
    await refused(bytesSource(writeBundle({ ...readBundle(bytes), formatVersion: 2 })), 'bundle_future_version');
    await refused(bytesSource(writeBundle({ ...readBundle(bytes), schemaVersion: 9999 })), 'bundle_future_version');
  });

  it('a gzip bomb stops at the inflate cap; a 1 GB file is refused unread', async () => {
    const bomb = gzipSync(Buffer.alloc(129 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused(bytesSource(bomb), 'bundle_too_large');

    const dir = mkdtempSync(join(tmpdir(), 'laif-huge-'));
    dirs.push(dir);
    const huge = join(dir, 'huge.laifclient');
    writeFileSync(huge, '{"format":"laif-workbench/client",');
    truncateSync(huge, 1024 * 1024 * 1024); // sparse: costs no disk
    await refused({ source: { kind: 'path', path: huge } }, 'bundle_too_large');
    await refused({ source: { kind: 'path', path: '/dev/zero' } }, 'path_not_allowed'); // outside the files folder
    await refused({ source: { kind: 'path', path: join(dir, 'missing') } }, 'file_unreadable');
    // Through the contract the bytes themselves are capped.
    const big = await b.call('data.previewImport', { source: { kind: 'bytes', fileName: 'x', base64: 'A'.repeat(12_000_004) } });
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('prototype-pollution keys anywhere: in the JSON or inside a JSON column', async () => {
    const text = gunzipSync(bytes).toString('utf8');
    await refused(bytesSource(Buffer.from(text.replace('{"format"', '{"__proto__":{"polluted":true},"format"'))), 'bundle_hostile');
    await refused(bytesSource(Buffer.from(text.replace('"tables":{', '"tables":{"constructor":{"prototype":{"polluted":true}},'))), 'bundle_hostile');
    const bundle = readBundle(bytes);
    bundle.tables.clients.rows[0][bundle.tables.clients.columns.indexOf('contacts_json')] = '[{"name":"x","__proto__":{"polluted":true}}]';
    await refused(bytesSource(writeBundle(bundle)), 'bundle_hostile');
  });

  it('path-like names in a file-name field, and in the name the file is handed over with', async () => {
    for (const evil of ['../../.bashrc', '..', 'C:\\Windows\\win.ini', 'sub/dir.pdf']) {
      const bundle = readBundle(bytes);
      bundle.tables.test_attachments.rows[0][bundle.tables.test_attachments.columns.indexOf('file_name')] = evil;
      await refused(bytesSource(writeBundle(bundle)), 'bundle_hostile');
    }
    await refused(bytesSource(bytes, '../../x.laifclient'), 'invalid_input');
  });

  it('unknown tables or columns, missing columns, wrong types', async () => {
    const withTable = readBundle(bytes);
    withTable.tables.evil_table = { columns: ['id'], rows: [['x']] };
    await refused(bytesSource(writeBundle(withTable)), 'bundle_unknown_table');
    await refused(bytesSource(writeBundle({ ...readBundle(bytes), tables: { ...readBundle(bytes).tables, sqlite_master: { columns: ['sql'], rows: [] } } })), 'bundle_unknown_table');

    const withColumn = readBundle(bytes);
    withColumn.tables.clients.columns.push('is_admin');
    withColumn.tables.clients.rows[0].push(1);
    await refused(bytesSource(writeBundle(withColumn)), 'bundle_unknown_column');

    const missing = readBundle(bytes);
    const i = missing.tables.clients.columns.indexOf('created_at');
    missing.tables.clients.columns.splice(i, 1);
    missing.tables.clients.rows[0].splice(i, 1);
    await refused(bytesSource(writeBundle(missing)), 'bundle_missing_column');

    for (const [table, column, value] of [
      ['clients', 'headcount', 'twelve'],
      ['clients', 'name', 42],
      ['clients', 'created_at', null],
      ['test_attachment_pages', 'page', 1.5],
      ['test_attachments', 'content', 'not base64 object'],
      ['clients', 'turnover_cents', 1e300],
    ] as const) {
      const bad = readBundle(bytes);
      bad.tables[table].rows[0][bad.tables[table].columns.indexOf(column)] = value;
      await refused(bytesSource(writeBundle(bad)), 'bundle_wrong_type');
    }
    const boolean = readBundle(bytes);
    (boolean.tables.clients.rows[0] as unknown[])[boolean.tables.clients.columns.indexOf('consent_benchmark')] = true;
    await refused(bytesSource(writeBundle(boolean)), 'bundle_invalid');
  });

  it('rows that would land on another client are refused whole, at commit too', async () => {
    // A file claiming a row whose key belongs to a client already here.
    const other = (b.db.prepare('SELECT id FROM clients').get() as { id: string }).id;
    b.db.prepare("INSERT INTO test_attachments VALUES ('att-1', ?, 'x.pdf', NULL, '2020-01-01T00:00:00.000Z')").run(other);
    digest = databaseDigest(b.db);
    await refused(bytesSource(bytes), 'bundle_foreign_rows');

    // A page of the file pointing at another client's attachment: caught when applied, rolled back.
    const bundle = readBundle(bytes);
    bundle.tables.test_attachment_pages.rows.push(['att-1', 3, 1]);
    bundle.tables.test_attachments.rows = [];
    const preview = await b.ok('data.previewImport', bytesSource(writeBundle(bundle)));
    if (preview.status !== 'ready') throw new Error();
    const r = await b.call('data.commitImport', { token: preview.token });
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle_foreign_rows' } });
    expect(databaseDigest(b.db)).toBe(digest);
    expect(b.db.prepare('SELECT count(*) AS n FROM clients WHERE id = ?').get(clientId)).toEqual({ n: 0 });
  });

  it('a file whose references point nowhere is refused whole', async () => {
    const bundle = readBundle(bytes);
    bundle.tables.test_attachments.rows = []; // its pages now reference nothing
    const preview = await b.ok('data.previewImport', bytesSource(writeBundle(bundle)));
    if (preview.status !== 'ready') throw new Error();
    expect(await b.call('data.commitImport', { token: preview.token })).toMatchObject({ ok: false, error: { code: 'bundle_broken_references' } });
    expect(b.db.prepare('SELECT count(*) AS n FROM clients WHERE id = ?').get(clientId)).toEqual({ n: 0 });
  });

  it('an expired or unknown preview token is refused', async () => {
    expect(await b.call('data.commitImport', { token: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'import_expired' } });
  });
});

describe('export file', () => {
  it('is checksummed over canonical content and names no path', async () => {
    const c = await richClient(a, '../../etc/passwd «Sàrl»');
    const r = await a.ok('data.exportClient', { clientId: c.id });
    if (r.status !== 'bytes') throw new Error();
    expect(r.fileName).toMatch(/^etc-passwd-sarl-\d{4}-\d{2}-\d{2}\.laifclient$/);
    const bundle = readBundle(Buffer.from(r.base64!, 'base64'));
    expect(bundle.sha256).toBe(r.sha256);
    expect(bundleChecksum(bundle)).toBe(bundle.sha256);
    expect(bundle).toMatchObject({ format: 'laif-workbench/client', formatVersion: 1, clientId: c.id });
    expect(await a.call('data.exportClient', { clientId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
