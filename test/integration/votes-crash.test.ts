/**
 * Participants' answers survive a crash (issue 14): a child process saves votes through the real
 * services and is killed with SIGKILL at a random moment, 12 times on the same file. After each
 * kill every vote the child reported as saved is in the database (at most the one call in flight
 * may or may not be), and the file passes integrity_check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { tempServices } from '../support/temp-services';
import { lcg, runAndKill } from '../support/crash-child';
import { DATABASE_FILE } from '@main/services/create-services';

const ROUNDS = 12;
const CHILD = resolve('test/support/votes-crash-child.ts');

function readVotes(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const state = new Map<string, string>();
    for (const r of db.prepare('SELECT voter_id, item_id, level FROM assessment_votes').all() as { voter_id: string; item_id: string; level: number }[]) {
      state.set(`${r.voter_id}|${r.item_id}`, String(r.level));
    }
    return { integrity: db.pragma('integrity_check', { simple: true }), state };
  } finally {
    db.close();
  }
}

describe('crash safety of participants\' answers', () => {
  let dataDir: string;
  let assessmentId: string;
  let voterIds: string[];
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'laif-votes-crash-'));
    const s = await tempServices({ dataDir, sync: { autoStart: false } });
    const client = await s.ok('clients.create', { name: 'Crash Test Sàrl', reportLocale: 'de' });
    const check = await s.ok('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'de' });
    assessmentId = check.id;
    voterIds = [];
    for (const language of ['fr', 'de', 'en'] as const) {
      voterIds.push((await s.ok('votes.addVoter', { assessmentId, anonymous: true, channel: 'table', language })).id);
    }
    s.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(`keeps every reported vote across ${ROUNDS} SIGKILLs at random moments, and the services reopen on it`, async () => {
    const seed = Date.now() % 1_000_000;
    const random = lcg(seed);
    const path = join(dataDir, DATABASE_FILE);
    let known = readVotes(path).state;
    let reportedTotal = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const delay = round % 4 === 0 ? Math.floor(random() * 5) : Math.floor(random() * 300);
      const { lines, signal, stderr } = await runAndKill(CHILD, [dataDir, assessmentId, voterIds.join(','), String(round)], delay);
      const where = `seed ${seed}, round ${round}, delay ${delay} ms`;
      expect(stderr, where).toBe('');
      expect(signal, where).toBe('SIGKILL');
      const attempts = new Map<number, { key: string; value: string }>();
      const ok = new Set<number>();
      for (const line of lines) {
        const m = /^try (\d+) (\S+) (\S+) (\d)$/.exec(line);
        if (m) attempts.set(Number(m[1]), { key: `${m[2]}|${m[3]}`, value: m[4] });
        const k = /^ok (\d+)$/.exec(line);
        if (k) ok.add(Number(k[1]));
      }
      reportedTotal += ok.size;
      const inFlight = [...attempts.entries()].filter(([seq]) => !ok.has(seq)).map(([, a]) => a);
      expect(inFlight.length, where).toBeLessThanOrEqual(1);
      const lastSaved = new Map<string, string>();
      for (const [seq, a] of [...attempts.entries()].sort((x, y) => x[0] - y[0])) if (ok.has(seq)) lastSaved.set(a.key, a.value);

      const { integrity, state } = readVotes(path);
      expect(integrity, where).toBe('ok');
      for (const key of new Set([...known.keys(), ...state.keys(), ...lastSaved.keys()])) {
        const acceptable = new Set<string | undefined>([lastSaved.has(key) ? lastSaved.get(key) : known.get(key)]);
        if (inFlight[0]?.key === key) acceptable.add(inFlight[0].value);
        expect(acceptable.has(state.get(key)), `${where}: ${key} is ${state.get(key)}, expected one of ${[...acceptable].join(' / ')}`).toBe(true);
      }
      known = state;
    }
    expect(reportedTotal).toBeGreaterThan(ROUNDS);

    // The presenter's spread after the last crash is what the file holds.
    const s = await tempServices({ dataDir, sync: { autoStart: false } });
    try {
      const view = await s.ok('votes.spread', { assessmentId });
      expect(view.voters).toHaveLength(3);
      const total = view.items.reduce((n, i) => n + i.voters, 0);
      expect(total).toBe(known.size);
    } finally {
      s.close();
    }
  }, 240_000);
});
