/**
 * 300 records finalised while the portal fails at random (every fault kind mixed, on the
 * submissions and the changes feed): the run ends with exactly 300 rows on the portal and every
 * local row delivered with its portal reference — no loss, no duplicate. The seed is printed;
 * rerun one with SYNC_SEED=<n>.
 */
import { afterAll, expect, it } from 'vitest';
import { syncHarness, type SyncHarness } from './sync-harness';
import { enqueue } from '../portal/samples';
import { FAULT_KINDS, mulberry32 } from '../portal/faults';
import { portalStatusOf } from '../../electron/main/sync/status';

const SEED = Number(process.env.SYNC_SEED ?? 20260302);
const RECORDS = 300;
let h: SyncHarness;
afterAll(async () => h?.close());

it(`300 records, random faults (seed ${SEED}): exactly 300 on the portal, all delivered locally`, { timeout: 60_000 }, async () => {
  console.log(`[sync-random] seed ${SEED} (rerun with SYNC_SEED=${SEED})`);
  h = await syncHarness({ seed: SEED, timeoutMs: 200 });
  await h.pair();
  h.portal.faults.random({ seed: SEED, rate: 0.3, kinds: FAULT_KINDS, routes: ['submissions', 'changes'], retryAfter: 30, delayMs: 400 });

  const pick = mulberry32(SEED ^ 0x5eed);
  const kinds = ['roadmap', 'compute_request', 'assessment'] as const;
  const queued: ReturnType<typeof enqueue>[] = [];
  let runs = 0;
  let repairs = 0;
  const remaining = () => (h.app.db.prepare("SELECT count(*) AS n FROM outbox WHERE state <> 'delivered'").get() as { n: number }).n;

  // Records are finalised in bursts while syncing goes on.
  while (queued.length < RECORDS || remaining() > 0) {
    if (queued.length < RECORDS) {
      const burst = Math.min(RECORDS - queued.length, 1 + Math.floor(pick() * 40));
      for (let i = 0; i < burst; i++) queued.push(enqueue(h.app.db, kinds[Math.floor(pick() * kinds.length)]));
    }
    if ((await h.app.ok('sync.portal.get', {})).needsAuth) {
      // The advisor pairs again with a new code (the random faults stay on).
      const { code } = h.portal.admin.createPairingCode();
      await h.app.ok('sync.portal.pair', { baseUrl: h.portal.url, code, deviceName: 'Test laptop' });
      repairs += 1;
    }
    await h.sync();
    h.clock.advance(16 * 60_000); // past any backoff and Retry-After
    runs += 1;
    expect(runs).toBeLessThan(1500);
  }
  console.log(`[sync-random] ${runs} runs, ${repairs} re-pairings, faults injected: ${JSON.stringify(h.portal.faults.counts())}`);

  const rows = h.rows();
  const onPortal = h.portal.store.submissions();
  expect(rows).toHaveLength(RECORDS);
  expect(onPortal).toHaveLength(RECORDS);
  expect(new Set(onPortal.map((s) => `${s.kind}/${s.id}/${s.revision}`)).size).toBe(RECORDS);
  const refByKey = new Map(onPortal.map((s) => [s.idempotencyKey, s.portalRef]));
  for (const row of rows) {
    expect(row.state).toBe('delivered');
    expect(row.portal_ref).toBe(refByKey.get(row.idempotency_key));
  }
  // Every fault kind was exercised.
  expect(Object.keys(h.portal.faults.counts()).sort()).toEqual([...FAULT_KINDS].sort());

  // With the faults gone, the changes feed catches up: every compute request shows "received".
  h.portal.faults.clear();
  await h.sync();
  for (const row of rows.filter((r) => r.kind === 'compute_request')) {
    expect(portalStatusOf(h.app.db, 'compute_request', row.record_id, 1)?.status).toBe('received');
  }
});
