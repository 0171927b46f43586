import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseSeedArgs, seedFolder } from '../bench/seed';
import { createRng } from '../bench/seed-data';
import { DATABASE_FILE } from '@main/services/create-services';
import { tempServices } from '../support/temp-services';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'laif-seed-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('seed generator', () => {
  it('is deterministic: same arguments, same database content; another seed, other content', async () => {
    const args = (data: string, seed = 42) => ({ clients: 60, checks: 240, data, seed, force: false });
    const first = await seedFolder(args(tempDir()));
    const second = await seedFolder(args(tempDir()));
    const other = await seedFolder(args(tempDir(), 43));
    expect(first.digest).toBe(second.digest);
    expect(other.digest).not.toBe(first.digest);
    expect(first).toMatchObject({ clients: 60, checks: 240 });
  });

  it('writes what it says, readable by the app’s own services', async () => {
    const dir = tempDir();
    await seedFolder({ clients: 40, checks: 120, data: dir, seed: 7, force: false });
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 40 });
    expect(db.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 120 });
    const finalised = db.prepare("SELECT count(*) AS n FROM assessments WHERE status = 'finalised'").get() as { n: number };
    expect(db.prepare('SELECT count(*) AS n FROM assessment_revisions').get()).toEqual(finalised);
    expect(db.prepare('SELECT count(DISTINCT rcs_number) AS n FROM clients').get()).toEqual({ n: 40 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    const s = await tempServices({ dataDir: dir, sync: { autoStart: false } });
    try {
      const list = await s.ok('clients.list', { includeArchived: true });
      expect(list).toHaveLength(40);
      const client = await s.ok('clients.get', { id: list[0].id });
      expect(client.name.length).toBeGreaterThan(0);
      // The search text is what the service would have computed.
      const word = client.name.split(' ')[0];
      expect((await s.ok('clients.list', { query: word, includeArchived: true })).map((c) => c.id)).toContain(client.id);
    } finally {
      s.close();
    }
  });

  it('never writes over a folder that holds clients, unless told to start afresh', async () => {
    const dir = tempDir();
    const a = await seedFolder({ clients: 5, checks: 5, data: dir, seed: 1, force: false });
    await expect(seedFolder({ clients: 5, checks: 5, data: dir, seed: 2, force: false })).rejects.toThrow(/already holds 5 clients/);
    const b = await seedFolder({ clients: 5, checks: 5, data: dir, seed: 1, force: true });
    expect(b.digest).toBe(a.digest);
  });

  it('parses its arguments strictly', () => {
    expect(parseSeedArgs(['--clients', '1000', '--checks', '5000', '--data', '/tmp/x'])).toMatchObject({ clients: 1000, checks: 5000, seed: 20260302, force: false });
    expect(() => parseSeedArgs(['--clients', '10'])).toThrow(/--data/);
    for (const bad of ['-1', '1.5', 'many', '2000000']) expect(() => parseSeedArgs(['--clients', bad, '--data', '/tmp/x'])).toThrow(/--clients/);
    expect(parseSeedArgs(['--clients', '0', '--checks', '0', '--data', 'rel'])).toMatchObject({ clients: 0, checks: 0 });
  });

  it('the PRNG repeats exactly and makes valid v4 ids', () => {
    const a = createRng(99);
    const b = createRng(99);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(99).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
