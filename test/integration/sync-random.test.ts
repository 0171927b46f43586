/**
 * The flaky portal of issue 12, with the engine's own scheduler (scaled time, not "Sync now"
 * steps): 30 % of requests to the submissions, changes and health endpoints fail at random —
 * connection dropped after the commit, 500, 503 and 429 with Retry-After, an HTML login page at
 * 200, a 20 s stall. 300 records finalised in bursts arrive exactly once, every local row is
 * delivered with its portal reference, each attempt recorded is one request the portal saw, and
 * an approval made mid-drain shows within one pull interval (or, when the pull at that moment is
itself hit by a fault, at the next pull that gets an answer, seconds later). The seed is printed; rerun one with
 * SYNC_SEED=<n> (SYNC_SPEED=<n> changes the time scale, default 25×).
 */
import { afterAll, expect, it } from 'vitest';
import { syncHarness, type SyncHarness } from './sync-harness';
import { enqueue } from '../portal/samples';
import { mulberry32, type FaultKind } from '../portal/faults';
import { scaledTime } from '../portal/scaled-time';
import { portalStatusOf } from '../support/sync-lookups';

const SEED = Number(process.env.SYNC_SEED ?? 20260302);
const SPEED = Number(process.env.SYNC_SPEED ?? 25);
const RECORDS = 300;
const PULL_INTERVAL_MS = 60_000;
/** Round trip and timer lateness on a busy test machine, in scaled time (5 s = 200 ms of wall clock at 25×). */
const SLACK_MS = 5_000;
export const FLAKY_KINDS: readonly FaultKind[] = ['drop_after_commit', 'error_500', 'unavailable_503', 'too_many_429', 'html_login', 'slow'];

let h: SyncHarness;
afterAll(async () => h?.close());

it(`flaky portal (seed ${SEED}): 300 records exactly once, approval mid-drain within one pull interval`, { timeout: 180_000 }, async () => {
  console.log(`[sync-random] seed ${SEED} (rerun with SYNC_SEED=${SEED}), time ×${SPEED}`);
  const time = scaledTime(SPEED);
  h = await syncHarness({ seed: SEED, time, engine: { pullIntervalMs: PULL_INTERVAL_MS } });
  await h.pair();
  const requests = { submissions: 0 };
  h.portal.events.on('request', ({ route }: { route: string }) => {
    if (route === 'submissions') requests.submissions += 1;
  });
  h.portal.faults.random({
    seed: SEED,
    rate: 0.3,
    kinds: FLAKY_KINDS,
    routes: ['submissions', 'changes', 'health'],
    retryAfter: 10,
    delayMs: time.real(20_000), // the portal's stall runs on real timers: 20 s of scaled time
  });

  // Every request to the changes feed as the portal sees it: when, and whether a fault hit it.
  const pulls: { at: number; faulted: boolean }[] = [];
  const take = h.portal.faults.take;
  h.portal.faults.take = (route) => {
    const fault = take(route);
    if (route === 'changes') pulls.push({ at: time.nowMs(), faulted: fault !== null });
    return fault;
  };

  const db = h.app.db;
  const remaining = () => (db.prepare("SELECT count(*) AS n FROM outbox WHERE state <> 'delivered'").get() as { n: number }).n;
  const started = time.nowMs();
  let approval: { recordId: string; at: number; seenAt: number | null; remainingAtApproval: number } | null = null;
  const watch = setInterval(() => {
    // Mid-drain: a compute request is delivered while many records still wait.
    if (!approval && remaining() >= 100) {
      const delivered = db
        .prepare("SELECT record_id FROM outbox WHERE kind = 'compute_request' AND state = 'delivered' ORDER BY seq LIMIT 1")
        .get() as { record_id: string } | undefined;
      if (delivered) {
        const allocation = { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };
        h.portal.admin.setComputeStatus({ id: delivered.record_id, status: 'approved', allocation });
        approval = { recordId: delivered.record_id, at: time.nowMs(), seenAt: null, remainingAtApproval: remaining() };
      }
    }
    if (approval && approval.seenAt === null && portalStatusOf(db, 'compute_request', approval.recordId, 1)?.status === 'approved') {
      approval.seenAt = time.nowMs();
    }
  }, 5);

  // Records are finalised in bursts (1–40) every few seconds while the scheduler drains.
  const pick = mulberry32(SEED ^ 0x5eed);
  const kinds = ['roadmap', 'compute_request', 'assessment'] as const;
  let queued = 0;
  while (queued < RECORDS) {
    const burst = Math.min(RECORDS - queued, 1 + Math.floor(pick() * 40));
    db.transaction(() => {
      for (let i = 0; i < burst; i++) enqueue(db, kinds[Math.floor(pick() * kinds.length)]);
    })();
    queued += burst;
    await time.sleep(2_000 + pick() * 8_000);
  }
  await expect
    .poll(remaining, { timeout: 150_000, interval: 20 })
    .toBe(0)
    .catch(async (error: unknown) => {
      const states = db.prepare('SELECT state, count(*) AS n, min(next_attempt_at) AS next FROM outbox GROUP BY state').all();
      console.log('[sync-random] stuck at', time.now().toISOString(), JSON.stringify(states), JSON.stringify(await h.app.ok('sync.status', {})));
      throw error;
    });
  const drainMs = time.nowMs() - started;
  await expect.poll(() => approval?.seenAt ?? null, { timeout: 20_000, interval: 20 }).not.toBeNull();
  clearInterval(watch);

  const a = approval!;
  const rows = h.rows();
  const attempts = rows.reduce((n, r) => n + r.attempts, 0);
  console.log(
    `[sync-random] drained in ${(drainMs / 60_000).toFixed(1)} min (scaled), ${attempts} attempts for ${RECORDS} records, ` +
      `approval shown after ${((a.seenAt! - a.at) / 1000).toFixed(1)} s with ${a.remainingAtApproval} records still waiting; ` +
      `faults: ${JSON.stringify(h.portal.faults.counts())}`,
  );
  const onPortal = h.portal.store.submissions();
  expect(rows).toHaveLength(RECORDS);
  expect(onPortal).toHaveLength(RECORDS);
  expect(new Set(onPortal.map((s) => `${s.kind}/${s.id}/${s.revision}`)).size).toBe(RECORDS);
  const refByKey = new Map(onPortal.map((s) => [s.idempotencyKey, s.portalRef]));
  for (const row of rows) {
    expect(row.state).toBe('delivered');
    expect(row.portal_ref).toBe(refByKey.get(row.idempotency_key));
  }
  // Every attempt counted is one request the portal received, and no more.
  expect(attempts).toBe(requests.submissions);
  expect(Object.keys(h.portal.faults.counts()).sort()).toEqual([...FLAKY_KINDS].sort());
  expect(a.remainingAtApproval).toBeGreaterThanOrEqual(100);
  // The status did not wait for the drain: a pull began within one pull interval of the approval,
  // and the approval was on screen as soon as the first pull after it got an answer (a faulted
  // pull is tried again within seconds). Slack: the round trip and timer lateness at scaled time.
  const after = pulls.filter((p) => p.at >= a.at);
  const firstAnswered = after.find((p) => !p.faulted)!;
  console.log(
    `[sync-random] first pull ${((after[0].at - a.at) / 1000).toFixed(1)} s after the approval` +
      `${after[0].faulted ? ` (faulted; first answered pull after ${((firstAnswered.at - a.at) / 1000).toFixed(1)} s)` : ''}`,
  );
  expect(after[0].at - a.at).toBeLessThanOrEqual(PULL_INTERVAL_MS + SLACK_MS);
  expect(a.seenAt! - firstAnswered.at).toBeLessThanOrEqual(SLACK_MS);
  if (!after[0].faulted) expect(a.seenAt! - a.at).toBeLessThanOrEqual(PULL_INTERVAL_MS + SLACK_MS);
});
