/**
 * Crash safety of capture (architecture.md §1): a child process saves answers and notes through
 * the real services and is killed with SIGKILL at a random moment, 20 times on the same file.
 * After each kill, every save the child had reported as done (printed after the call returned)
 * is in the database, nothing else changed, and the file passes integrity_check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { tempServices } from '../support/temp-services';
import { lcg, runAndKill } from '../support/crash-child';
import { DATABASE_FILE } from '@main/services/create-services';

const ROUNDS = 20;
const CHILD = resolve('test/support/assessment-crash-child.ts');

interface Attempt {
  seq: number;
  key: string; // "answer|itemId" or "note|itemId"
  value: string;
}

function readState(path: string) {
  const db = new Database(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const state = new Map<string, string>();
    for (const r of db.prepare('SELECT item_id, level FROM assessment_answers').all() as { item_id: string; level: number }[]) {
      state.set(`answer|${r.item_id}`, String(r.level));
    }
    for (const r of db.prepare('SELECT item_id, body FROM assessment_notes').all() as { item_id: string; body: string }[]) {
      state.set(`note|${r.item_id}`, r.body);
    }
    return { integrity, state };
  } finally {
    db.close();
  }
}

describe('crash safety of answer capture', () => {
  let dataDir: string;
  let assessmentId: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'laif-crash-'));
    const s = await tempServices({ dataDir });
    const client = await s.ok('clients.create', { name: 'Crash Test Sàrl', reportLocale: 'de' });
    const check = await s.ok('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'de' });
    assessmentId = check.id;
    s.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(`keeps every reported save across ${ROUNDS} SIGKILLs at random moments`, async () => {
    const seed = Date.now() % 1_000_000;
    const random = lcg(seed);
    const path = join(dataDir, DATABASE_FILE);
    let known = readState(path).state;
    let reportedTotal = 0;

    for (let round = 0; round < ROUNDS; round++) {
      // Mostly within the first 300 ms of saving; some rounds right at start-up.
      const delay = round % 5 === 0 ? Math.floor(random() * 5) : Math.floor(random() * 300);
      const { lines, signal, stderr } = await runAndKill(CHILD, [dataDir, assessmentId, String(round)], delay);
      const where = `seed ${seed}, round ${round}, delay ${delay} ms`;
      expect(stderr, where).toBe('');
      expect(signal, where).toBe('SIGKILL');

      const attempts = new Map<number, Attempt>();
      const ok = new Set<number>();
      for (const line of lines) {
        const m = /^try (\d+) (answer|note) (\S+) (\S+)$/.exec(line);
        if (m) attempts.set(Number(m[1]), { seq: Number(m[1]), key: `${m[2]}|${m[3]}`, value: m[4] });
        const k = /^ok (\d+)$/.exec(line);
        if (k) ok.add(Number(k[1]));
      }
      reportedTotal += ok.size;
      // At most one call was in flight when the kill came.
      const inFlight = [...attempts.values()].filter((a) => !ok.has(a.seq));
      expect(inFlight.length, where).toBeLessThanOrEqual(1);

      const lastSaved = new Map<string, Attempt>();
      for (const a of [...attempts.values()].sort((x, y) => x.seq - y.seq)) if (ok.has(a.seq)) lastSaved.set(a.key, a);

      const { integrity, state } = readState(path);
      expect(integrity, where).toBe('ok');
      const keys = new Set([...known.keys(), ...state.keys(), ...lastSaved.keys()]);
      for (const key of keys) {
        const acceptable = new Set<string | undefined>();
        acceptable.add(lastSaved.has(key) ? lastSaved.get(key)!.value : known.get(key));
        if (inFlight[0]?.key === key) acceptable.add(inFlight[0].value);
        expect(acceptable.has(state.get(key)), `${where}: ${key} is ${state.get(key)}, expected one of ${[...acceptable].join(' / ')}`).toBe(true);
      }
      known = state;
    }
    // The test is only meaningful if the children actually got saves done.
    expect(reportedTotal).toBeGreaterThan(ROUNDS);
  }, 240_000);
});
