/**
 * Migration 8: CHECK constraints on clients (issue 12). The database itself refuses a client
 * the contract refuses; existing valid data migrates row for row (references, cascades,
 * triggers and the index intact); clients a crafted import left behind are left out with what
 * they own, and stay in the backup taken before the migration.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '@main/db/open-database';
import { MIGRATIONS } from '@main/db/migrations';
import { clientFieldsSchema } from '@shared/contract/clients';
import { id as idSchema } from '@shared/contract/common';
import { createRng, databaseDigest, seedClients } from '../bench/seed-data';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'laif-checks-'));
  dirs.push(d);
  return d;
};
const at = '2026-03-01T10:00:00.000Z';
const V7 = MIGRATIONS.filter((m) => m.version <= 7);

/** A roadmap with a signed-off revision, a funding scenario with a line, an outbox row and a GPU budget for `clientId`. */
function ownedRows(db: Db, clientId: string, n: number) {
  const u = (k: number) => `00000000-0000-4000-8000-${String(n * 100 + k).padStart(12, '0')}`;
  db.prepare(`INSERT INTO roadmaps (id, client_id, assessment_id, assessment_revision, instrument_version, catalogue_version, horizon_months, mode, proposal_json, created_at, updated_at)
    VALUES (?, ?, ?, 1, '2026.1', '2026.1', 12, 'close_gaps', '{}', ?, ?)`).run(u(1), clientId, u(9), at, at);
  db.prepare(`INSERT INTO roadmap_initiatives (roadmap_id, client_id, revision, initiative_key, position, source, pillar, start_month, duration_months, cost_cents, created_at, updated_at)
    VALUES (?, ?, 1, ?, 0, 'custom', 'assess', 0, 3, 1000, ?, ?)`).run(u(1), clientId, u(2), at, at);
  db.prepare(`INSERT INTO roadmap_signoffs (roadmap_id, client_id, revision, manager_name, manager_role, signed_on, signed_at, snapshot_json, snapshot_sha256)
    VALUES (?, ?, 1, 'M', 'CEO', '2026-03-01', ?, '{}', 'x')`).run(u(1), clientId, at);
  db.prepare(`INSERT INTO funding_scenarios (id, client_id, name, scheme_set_version, rules_taken_at, created_at, updated_at) VALUES (?, ?, 'S', '2026.1', ?, ?, ?)`).run(u(3), clientId, at, at, at);
  db.prepare(`INSERT INTO funding_cost_lines (id, scenario_id, client_id, position, type, created_at, updated_at) VALUES (?, ?, ?, 0, 'other', ?, ?)`).run(u(4), u(3), clientId, at, at);
  db.prepare(`INSERT INTO outbox (id, idempotency_key, kind, record_id, revision, client_id, envelope_json, seq, created_at) VALUES (?, ?, 'roadmap', ?, 1, ?, '{}', ?, ?)`).run(u(5), u(6), u(1), clientId, n, at);
  db.prepare(`INSERT INTO gpu_budgets (id, client_id, hardware_id, precision, created_at, updated_at) VALUES (?, ?, 'h100', 'bf16', ?, ?)`).run(u(7), clientId, at, at);
}

/**
 * Checks as schema version 7 stored them (the seed writes today's columns, so it cannot be
 * used on a version-7 file): a check with answers, a note, a target and a finalised revision.
 */
function v7Check(db: Db, clientId: string, n: number) {
  const id = `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  db.prepare(`INSERT INTO assessments (id, client_id, stage, held_on, language, instrument_version, status, revision, created_at, updated_at)
    VALUES (?, ?, 'first', '2026-02-01', 'fr', '2026.1', 'finalised', 1, ?, ?)`).run(id, clientId, at, at);
  for (const item of ['strategy.vision', 'data.quality', 'people.skills']) {
    db.prepare('INSERT INTO assessment_answers (assessment_id, client_id, item_id, level, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, clientId, item, n % 5, at);
  }
  db.prepare('INSERT INTO assessment_notes (assessment_id, client_id, item_id, body, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, clientId, 'strategy.vision', `Note ${n}\nsecond line`, at);
  db.prepare('INSERT INTO assessment_targets (assessment_id, client_id, dimension_id, target, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, clientId, 'strategy', 60, at);
  db.prepare(`INSERT INTO assessment_revisions (assessment_id, client_id, revision, finalised_at, instrument_version, held_on, language, participants_json, answers_json, notes_json, targets_json, result_json, overall)
    VALUES (?, ?, 1, ?, '2026.1', '2026-02-01', 'fr', '[]', '[]', '{}', '{}', '{}', 42.5)`).run(id, clientId, at);
}

const BAD: Record<string, Record<string, unknown>> = {
  '../../../../evil-client': {},
  '00000000-0000-4000-8000-00000000b002': { name: 'A'.repeat(5 * 1024 * 1024) },
  '00000000-0000-4000-8000-00000000b003': { contacts_json: '{"name":"x"}' },
  '00000000-0000-4000-8000-00000000b004': { report_locale: 'xx', size_class: 'gigantic' },
  '00000000-0000-4000-8000-00000000b005': { headcount: -3 },
  '00000000-0000-4000-8000-00000000b006': { name: `\u0000${'B'.repeat(3000)}` }, // length() stops at the NUL
};

function insertClient(db: Db, id: string, changes: Record<string, unknown> = {}) {
  const row: Record<string, unknown> = { id, name: 'Valid SA', report_locale: 'fr', created_at: at, updated_at: at, ...changes };
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO clients (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
}

describe('migration 8: CHECK constraints on clients', () => {
  it('valid data migrates row for row; crafted clients are left out with what they own, and kept in the backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'laif.sqlite');
    const v7 = await openDatabase(path, { migrations: V7 });
    const rng = createRng(5);
    const good = seedClients(v7, rng, 25);
    good.forEach((c, i) => v7Check(v7, c.id, i + 1));
    good.slice(0, 5).forEach((c, i) => ownedRows(v7, c.id, i + 1));
    Object.entries(BAD).forEach(([id, changes], i) => {
      insertClient(v7, id, changes);
      v7Check(v7, id, 100 + i);
      ownedRows(v7, id, 50 + i);
    });
    const triggers = v7.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    v7.close();

    // What the migrated file must hold: the same file with the crafted clients erased the normal way (cascades).
    const expectedPath = join(dir, 'expected.sqlite');
    copyFileSync(path, expectedPath);
    const expected = new Database(expectedPath);
    expected.pragma('foreign_keys = ON');
    for (const id of Object.keys(BAD)) expected.prepare('DELETE FROM clients WHERE id = ?').run(id);
    const expectedDigest = databaseDigest(expected);
    expected.close();

    // Up to version 8 (later migrations may change tables again; they run on top below).
    const db = await openDatabase(path, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(databaseDigest(db)).toBe(expectedDigest);
    expect((db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(25);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()).toEqual(expect.arrayContaining(triggers as object[]));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'clients_rcs'").get()).toBeTruthy();
    for (const table of ['assessments', 'assessment_answers', 'roadmaps', 'roadmap_initiatives', 'outbox', 'gpu_budgets', 'funding_cost_lines']) {
      const orphans = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE client_id NOT IN (SELECT id FROM clients)`).get() as { n: number };
      expect(orphans.n, table).toBe(0);
    }

    // Triggers and cascades still work on the rebuilt table.
    const signed = db.prepare('SELECT roadmap_id, client_id FROM roadmap_initiatives LIMIT 1').get() as { roadmap_id: string; client_id: string };
    expect(() => db.prepare('DELETE FROM roadmap_initiatives WHERE roadmap_id = ?').run(signed.roadmap_id)).toThrow(/read-only/);
    db.prepare('DELETE FROM clients WHERE id = ?').run(signed.client_id);
    expect(db.prepare('SELECT count(*) AS n FROM roadmaps WHERE client_id = ?').get(signed.client_id)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM assessment_answers WHERE client_id = ?').get(signed.client_id)).toEqual({ n: 0 });
    db.close();
    const latest = await openDatabase(path);
    expect(latest.pragma('user_version', { simple: true })).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    latest.close();

    // The backup taken before the migration still holds everything.
    const backup = readdirSync(join(dir, 'backups')).find((f) => f.includes('before-v8'));
    expect(backup).toBeTruthy();
    const copy = new Database(join(dir, 'backups', backup!), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(25 + Object.keys(BAD).length);
    copy.close();
  });

  it('the database refuses what the contract refuses, and accepts what it accepts (boundaries)', async () => {
    const db = await openDatabase(join(tempDir(), 'laif.sqlite'));
    const f = clientFieldsSchema.shape;
    let n = 0;
    const accepts = (changes: Record<string, unknown>, id?: string) => {
      const key = id ?? `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
      try {
        insertClient(db, key, changes);
        return true;
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_CONSTRAINT_CHECK');
        return false;
      }
    };
    const cases: [string, Record<string, unknown>, boolean][] = [
      ['name 200', { name: 'n'.repeat(200) }, f.name.safeParse('n'.repeat(200)).success],
      ['name 201', { name: 'n'.repeat(201) }, f.name.safeParse('n'.repeat(201)).success],
      ['name 5 MB', { name: 'n'.repeat(5 * 1024 * 1024) }, false],
      ['name NUL + long', { name: `\u0000${'n'.repeat(3000)}` }, false],
      ['commune 201', { commune: 'c'.repeat(201) }, f.commune.safeParse('c'.repeat(201)).success],
      ['headcount -1', { headcount: -1 }, f.headcount.safeParse(-1).success],
      ['headcount 0', { headcount: 0 }, f.headcount.safeParse(0).success],
      ['headcount max', { headcount: 10_000_000 }, f.headcount.safeParse(10_000_000).success],
      ['headcount max+1', { headcount: 10_000_001 }, f.headcount.safeParse(10_000_001).success],
      ['turnover -1', { turnover_cents: -1 }, f.turnoverCents.safeParse(-1).success],
      ['turnover max', { turnover_cents: 1_000_000_000_000 }, f.turnoverCents.safeParse(1_000_000_000_000).success],
      ['turnover max+1', { turnover_cents: 1_000_000_000_001 }, f.turnoverCents.safeParse(1_000_000_000_001).success],
      ['contacts object', { contacts_json: '{}' }, false],
      ['contacts not JSON', { contacts_json: '[' }, false],
      ['contacts array', { contacts_json: '[]' }, true],
      ['related object', { related_json: '{}' }, false],
      ['consent 2', { consent_benchmark: 2 }, false],
      ['consent date', { consent_date: 'yesterday' }, f.consentDate.safeParse('yesterday').success],
      ['consent date ok', { consent_date: '2026-03-01' }, f.consentDate.safeParse('2026-03-01').success],
      ['size gigantic', { size_class: 'gigantic' }, false],
      ...(['micro', 'small', 'medium', 'large', 'unknown'] as const).map((s): [string, Record<string, unknown>, boolean] => [`size ${s}`, { size_class: s }, true]),
      ...(['fr', 'de', 'en', 'lb', 'xx', 'FR'] as const).map((l): [string, Record<string, unknown>, boolean] => [`locale ${l}`, { report_locale: l }, f.reportLocale.safeParse(l).success]),
    ];
    for (const [label, changes, contract] of cases) expect(accepts(changes), label).toBe(contract);
    for (const id of ['../../../../evil-client', 'evil', '', '00000000-0000-4000-8000-00000000000g', '00000000-0000-4000-8000-0000000000011']) {
      expect(accepts({}, id), id).toBe(idSchema.safeParse(id).success);
    }
    db.close();
  });
});
