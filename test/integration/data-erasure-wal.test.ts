/**
 * Erasure checks what the WAL checkpoint really did (issue 12). With another reader holding
 * the WAL (a backup tool, a second copy of the app, an SQLite browser), `wal_checkpoint
 * (TRUNCATE)` cannot empty it: the client's pages stay in the log. The answer must then say
 * "not yet complete" (not "erased"), and the erasure is finished at the next chance.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import { DATABASE_FILE } from '@main/services/create-services';

const MARKER = 'Wqzjmarker';
let s: TempServices | null = null;
let reader: Database.Database | null = null;
afterEach(() => {
  reader?.close();
  reader = null;
  s?.cleanup();
  s = null;
});

const traces = (path: string) => {
  try {
    const bytes = readFileSync(path);
    return bytes.indexOf(Buffer.from(MARKER)) >= 0 || bytes.indexOf(Buffer.from(MARKER.toLowerCase())) >= 0;
  } catch {
    return false; // no such file: no trace
  }
};

async function victimWithReader(services: TempServices) {
  const victim = await services.ok('clients.create', { name: `Bäckerei ${MARKER}`, reportLocale: 'de' });
  await services.ok('clients.update', { id: victim.id, patch: { commune: `Ettelbruck ${MARKER}` } });
  // Another program reads the database and keeps its read transaction open.
  reader = new Database(join(services.dataDir, DATABASE_FILE), { readonly: true });
  reader.prepare('BEGIN').run();
  reader.prepare('SELECT count(*) FROM clients').get();
  return victim;
}

describe('erasure and the WAL', () => {
  it('with a reader holding the WAL: answers "not yet complete", then finishes once the reader is gone', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const victim = await victimWithReader(s);
    const wal = join(s.dataDir, `${DATABASE_FILE}-wal`);

    const started = performance.now();
    const r = await s.ok('clients.erase', { id: victim.id, confirmName: victim.name });
    expect(performance.now() - started).toBeLessThan(4_000); // retries briefly, never hangs on the busy timeout
    expect(r).toEqual({ erased: true, complete: false });
    expect(traces(wal) || traces(join(s.dataDir, DATABASE_FILE))).toBe(true); // what "not complete" means
    // The client is gone for the app at once.
    expect(await s.call('clients.get', { id: victim.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await s.ok('data.erasureStatus', {})).pending).toBe(true);

    reader!.prepare('COMMIT').run();
    reader!.close();
    reader = null;
    // Next call: finished.
    expect(await s.ok('data.erasureStatus', {})).toEqual({ pending: false });
    expect(traces(wal)).toBe(false);
    expect(traces(join(s.dataDir, DATABASE_FILE))).toBe(false);
    expect(statSync(wal).size).toBe(0);
  });

  it('a pending erasure is finished at the next start', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const victim = await victimWithReader(s);
    expect(await s.ok('clients.erase', { id: victim.id, confirmName: victim.name })).toMatchObject({ complete: false });
    const dataDir = s.dataDir;
    reader!.prepare('COMMIT').run();
    reader!.close();
    reader = null;
    s.close();
    const again = await tempServices({ sync: { autoStart: false }, dataDir });
    s = again;
    expect(await again.ok('data.erasureStatus', {})).toEqual({ pending: false });
    for (const f of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) expect(traces(join(dataDir, f)), f).toBe(false);
  });

  it('without another reader: complete at once, and the WAL is empty', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const victim = await s.ok('clients.create', { name: `Bäckerei ${MARKER}`, reportLocale: 'de' });
    expect(await s.ok('clients.erase', { id: victim.id, confirmName: victim.name })).toEqual({ erased: true, complete: true });
    expect(await s.ok('data.erasureStatus', {})).toEqual({ pending: false });
    expect(traces(join(s.dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
    expect(traces(join(s.dataDir, DATABASE_FILE))).toBe(false);
  });
});

describe('erasure confirmation and bidi controls', () => {
  it('a name with an override is confirmed by typing it as shown; any other name is still refused', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const c = await s.ok('clients.create', { name: 'Garage \u202Eexe.fdp\u202C Muller', reportLocale: 'fr' });
    expect(await s.call('clients.erase', { id: c.id, confirmName: 'Garage Muller' })).toMatchObject({ ok: false, error: { code: 'confirmation_mismatch' } });
    expect(await s.ok('clients.erase', { id: c.id, confirmName: 'Garage exe.fdp Muller' })).toMatchObject({ erased: true });
  });
});
