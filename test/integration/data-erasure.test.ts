/**
 * GDPR erasure leaves no trace on this laptop: not in the database file, not in its WAL, not
 * in free pages, not in the backups, not in a damaged copy kept aside. Checked on the raw
 * bytes, for a marker written into the company name, its contacts and its notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import { DATABASE_FILE } from '@main/services/create-services';
import { backupsDirOf } from '@main/data-safety/backups';
import { enqueueSubmission } from '@main/sync/outbox';
import { createRng, seedChecks, seedClients } from '../bench/seed-data';

const MARKER = 'Zqxvmarker';

let s: TempServices;
afterEach(() => s?.cleanup());

/** Every place a copy of the data can be: the database, its WAL/SHM, backups, damaged copies. */
function files(dataDir: string): string[] {
  const here = readdirSync(dataDir).filter((f) => f.startsWith(DATABASE_FILE)).map((f) => join(dataDir, f));
  const backups = existsSync(backupsDirOf(dataDir)) ? readdirSync(backupsDirOf(dataDir)).map((f) => join(backupsDirOf(dataDir), f)) : [];
  return [...here, ...backups];
}

/** Occurrences of the marker in any case (search text is lower-cased), as UTF-8 or UTF-16. */
function traces(path: string): number {
  const bytes = readFileSync(path);
  const needles = [MARKER, MARKER.toLowerCase(), MARKER.toUpperCase()].flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
  return needles.reduce((n, needle) => {
    let count = 0;
    for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1)) count++;
    return n + count;
  }, 0);
}

describe('GDPR erasure', () => {
  it('warns about undelivered submissions, then leaves no trace in the database, its WAL, backups or damaged copies', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const rng = createRng(11);
    const others = seedClients(s.db, rng, 30);
    const victim = await s.ok('clients.create', { name: `Traiteur ${MARKER} S.à r.l.`, reportLocale: 'lb' });
    await s.ok('clients.update', {
      id: victim.id,
      patch: { rcsNumber: 'B765432', contacts: [{ name: `Mireille ${MARKER}`, role: 'Gérante', email: `${MARKER.toLowerCase()}@traiteur.lu`, phone: '' }] },
    });
    // The victim gets checks of its own (a shared draw could give it none), the others some too.
    seedChecks(s.db, rng, [{ id: victim.id, reportLocale: 'lb', maturity: 0.5, createdAt: new Date('2025-06-01T00:00:00Z') }], 3);
    seedChecks(s.db, rng, others, 40);
    const check = s.db.prepare('SELECT id FROM assessments WHERE client_id = ? LIMIT 1').get(victim.id) as { id: string };
    s.db.prepare('INSERT OR REPLACE INTO assessment_notes (assessment_id, client_id, item_id, body, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      check.id,
      victim.id,
      'strategy.vision',
      `${MARKER}: le gérant veut tout automatiser`.repeat(40), // long enough to spill into an overflow page
      '2026-03-01T10:00:00.000Z',
    );
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    for (const revision of [1, 2]) {
      enqueueSubmission(s.db, { kind: 'assessment', recordId: check.id, revision, locale: 'lb', clientId: victim.id, payload: { company: `${MARKER} Traiteur` }, instrumentVersion: '2026.1', appVersion: 't', createdAt: new Date(), newId });
    }
    s.db.prepare("UPDATE outbox SET state = 'delivered' WHERE revision = 1").run();
    // Earlier copies: a backup, and a damaged file kept aside after a failed start.
    await s.ok('data.backupNow', {});
    await s.ok('data.backupNow', {});
    copyFileSync(join(backupsDirOf(s.dataDir), readdirSync(backupsDirOf(s.dataDir))[0]), join(s.dataDir, `${DATABASE_FILE}.damaged-2026-03-01T00-00-00-000Z`));
    // Before: the marker is in the database and in every copy of it.
    const copies = files(s.dataDir).filter((f) => f.includes('backups') || f.includes('.damaged-'));
    expect(copies).toHaveLength(3);
    for (const f of [join(s.dataDir, DATABASE_FILE), ...copies]) expect(traces(f), f).toBeGreaterThan(0);

    const check1 = await s.ok('data.erasureCheck', { clientId: victim.id });
    expect(check1.pendingOutbox).toBe(1);
    expect(check1.backupsHoldingClient).toBe(3);
    expect(check1.rows.find((r) => r.table === 'assessment_answers')!.rows).toBeGreaterThan(0);
    expect(check1.rows.find((r) => r.table === 'outbox')!.rows).toBe(2);

    await s.ok('clients.erase', { id: victim.id, confirmName: victim.name });

    // While the app still runs: database and WAL are already clean.
    for (const f of files(s.dataDir)) expect(traces(f), f).toBe(0);
    // Other clients are intact, live and in the backups.
    expect((await s.ok('clients.list', { includeArchived: true })).length).toBe(30);
    const backups = (await s.ok('data.listBackups', {})).backups;
    expect(backups.map((b) => b.reason)).toContain('after-erasure');
    const { default: Database } = await import('better-sqlite3');
    for (const b of backups) {
      const copy = new Database(join(backupsDirOf(s.dataDir), b.file), { readonly: true });
      expect((copy.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(30);
      expect(copy.prepare('SELECT count(*) AS n FROM assessment_answers WHERE client_id = ?').get(victim.id)).toEqual({ n: 0 });
      copy.close();
    }
    // And after a clean shutdown (final checkpoint).
    s.close();
    for (const f of files(s.dataDir)) expect(traces(f), f).toBe(0);
  });

  it('erasure still requires the exact name, and a wrong name changes nothing anywhere', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const c = await s.ok('clients.create', { name: `Garage ${MARKER}`, reportLocale: 'fr' });
    await s.ok('data.backupNow', {});
    expect(await s.call('clients.erase', { id: c.id, confirmName: 'Garage' })).toMatchObject({ ok: false, error: { code: 'confirmation_mismatch' } });
    expect((await s.ok('data.erasureCheck', { clientId: c.id })).backupsHoldingClient).toBe(1);
    expect((await s.ok('data.erasureCheck', { clientId: c.id })).pendingOutbox).toBe(0);
    expect(await s.call('data.erasureCheck', { clientId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
