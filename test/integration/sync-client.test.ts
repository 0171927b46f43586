/**
 * The app's sync engine against the reference portal, one injected fault at a time, plus the
 * rules of the protocol's client side (delivered only on the echoed key, 401 pauses the queue,
 * 409/422/413 need the advisor, Retry-After, start-up recovery, changes feed, benchmarks).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { syncHarness, type SyncHarness } from './sync-harness';
import { enqueue, assessmentPayload, computeRequestPayload, roadmapPayload } from '../portal/samples';
import { createFileSecretStore } from '../support/secret-stores';
import { createSyncService } from '@main/sync/sync-service';
import { createSyncStore } from '@main/sync/sync-store';
import { createMemorySecretStore } from '../support/secret-stores';
import { mulberry32 } from '../portal/faults';
import { scaledTime } from '../portal/scaled-time';
import { BACKOFF_CAP_MS } from '@main/sync/backoff';
import { CIRCUIT_THRESHOLD } from '@main/sync/circuit';
import { portalStatusOf, recordSyncInfo } from '../support/sync-lookups';
import type { FetchLike } from '@main/sync/portal-client';

let h: SyncHarness;
afterEach(async () => h?.close());

const outboxCount = () => (h.app.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;

describe('delivery', () => {
  it('delivers each kind with the portal reference, fills the device id, and stores the receipt', async () => {
    h = await syncHarness();
    await h.pair();
    const queued = (['roadmap', 'compute_request', 'assessment'] as const).map((k) => enqueue(h.app.db, k));
    await h.sync();
    const onPortal = h.portal.store.submissions();
    expect(onPortal).toHaveLength(3);
    const deviceId = (await h.app.ok('sync.portal.get', {})).deviceId;
    for (const q of queued) {
      const row = h.row(q.outboxId);
      const stored = onPortal.find((s) => s.idempotencyKey === q.idempotencyKey)!;
      expect(row.state).toBe('delivered');
      expect(row.portal_ref).toBe(stored.portalRef);
      expect(JSON.parse(row.receipt_json!).idempotencyKey).toBe(q.idempotencyKey);
      expect(row.delivered_at).toBe(h.clock.now().toISOString());
      expect(stored.deviceId).toBe(deviceId);
    }
    // Receipts are written with a relaxed flush for that one commit; capture keeps synchronous=FULL.
    expect(h.app.db.pragma('synchronous', { simple: true })).toBe(2);
    const status = await h.app.ok('sync.status', {});
    expect(status).toMatchObject({ paired: true, reachable: true, running: false, lastSyncAt: h.clock.now().toISOString(), counts: { delivered: 3, waiting: 0, attention: 0 } });
    const list = await h.app.ok('sync.list', { filter: 'delivered' });
    expect(list.map((i) => i.portalRef).sort()).toEqual(onPortal.map((s) => s.portalRef).sort());
    expect(list.find((i) => i.kind === 'compute_request')!.title).toContain('Visual inspection of machined parts');
  });

  it('nothing is sent before pairing, and nothing is lost: items wait', async () => {
    h = await syncHarness();
    enqueue(h.app.db, 'roadmap');
    await h.sync();
    expect(h.portal.count()).toBe(0);
    expect(h.rows()[0].state).toBe('pending');
    expect((await h.app.ok('sync.status', {})).counts.waiting).toBe(1);
    await h.pair();
    expect(h.rows()[0].state).toBe('delivered');
  });
});

describe('each injected fault, one by one', () => {
  it('connection dropped after the portal committed: retried, answered by a replay, stored once; the run goes on', async () => {
    h = await syncHarness();
    await h.pair();
    const q = enqueue(h.app.db, 'compute_request');
    const next = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'drop_after_commit' });
    await h.sync();
    expect(h.portal.count()).toBe(2);
    expect(h.row(q.outboxId)).toMatchObject({ state: 'retry', portal_ref: null, attempts: 1 });
    expect(JSON.parse(h.row(q.outboxId).last_error_json!).code).toBe('network');
    // One failure is not an outage: the next item went in the same run, the portal stays reachable.
    expect(h.row(next.outboxId)).toMatchObject({ state: 'delivered', attempts: 1 });
    expect((await h.app.ok('sync.status', {})).reachable).toBe(true);
    await h.sync();
    expect(h.row(q.outboxId)).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(h.row(q.outboxId).portal_ref).toBe(h.portal.store.submissions()[0].portalRef);
    expect(h.portal.count()).toBe(2);
  });

  it('500: retried after a jittered delay of at most 2 s the first time', async () => {
    h = await syncHarness();
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'error_500' });
    await h.sync();
    const row = h.row(q.outboxId);
    expect(row.state).toBe('retry');
    const delay = Date.parse(row.next_attempt_at!) - h.clock.now().getTime();
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(2_000);
    expect(JSON.parse(row.last_error_json!)).toMatchObject({ code: 'internal', httpStatus: 500 });
    await h.sync();
    expect(h.row(q.outboxId).state).toBe('delivered');
  });

  for (const [kind, status] of [['unavailable_503', 503], ['too_many_429', 429]] as const) {
    it(`${status} with Retry-After on one item: that item waits that long, the next ones go on`, async () => {
      h = await syncHarness();
      await h.pair();
      const a = enqueue(h.app.db, 'roadmap');
      const b = enqueue(h.app.db, 'roadmap');
      h.portal.faults.add({ kind, retryAfter: 120 });
      await h.sync();
      expect(h.row(a.outboxId).state).toBe('retry');
      expect(Date.parse(h.row(a.outboxId).next_attempt_at!) - h.clock.now().getTime()).toBeGreaterThanOrEqual(120_000);
      expect(h.row(b.outboxId)).toMatchObject({ state: 'delivered', attempts: 1 });
      expect((await h.app.ok('sync.status', {})).notBefore).toBeNull();
      // "Sync now" sends items before their backoff is over, but not before the portal's Retry-After.
      h.clock.advance(60_000);
      await h.sync();
      expect(h.row(a.outboxId).state).toBe('retry');
      expect(h.portal.count()).toBe(1);
      h.clock.advance(61_000);
      await h.sync();
      expect(h.rows().map((r) => r.state)).toEqual(['delivered', 'delivered']);
    });
  }

  it('a streak of 503 with Retry-After opens the circuit: the whole queue waits that long, even on "Sync now"', async () => {
    h = await syncHarness();
    await h.pair();
    const queued = Array.from({ length: 8 }, () => enqueue(h.app.db, 'roadmap'));
    h.portal.faults.add({ kind: 'unavailable_503', retryAfter: 120, times: CIRCUIT_THRESHOLD });
    await h.sync();
    const states = queued.map((q) => h.row(q.outboxId));
    expect(states.slice(0, CIRCUIT_THRESHOLD).every((r) => r.state === 'retry' && r.attempts === 1)).toBe(true);
    // The rest was claimed with the batch and released unsent: no attempt counted.
    expect(states.slice(CIRCUIT_THRESHOLD).every((r) => r.state === 'pending' && r.attempts === 0)).toBe(true);
    const status = await h.app.ok('sync.status', {});
    expect(status.reachable).toBe(false);
    expect(status.notBefore).toBe(new Date(h.clock.now().getTime() + 120_000).toISOString());
    h.clock.advance(60_000);
    await h.sync();
    expect(h.portal.count()).toBe(0);
    h.clock.advance(61_000);
    await h.sync();
    expect(h.rows().every((r) => r.state === 'delivered')).toBe(true);
    expect((await h.app.ok('sync.status', {})).notBefore).toBeNull();
  });

  it('a portal that is down shows at once: the refused request is followed by a failed health probe', async () => {
    h = await syncHarness();
    await h.pair();
    await h.restartPortal({
      whileDown: async () => {
        const a = enqueue(h.app.db, 'roadmap');
        const b = enqueue(h.app.db, 'roadmap');
        await h.sync();
        expect((await h.app.ok('sync.status', {})).reachable).toBe(false);
        expect(h.row(a.outboxId)).toMatchObject({ state: 'retry', attempts: 1 });
        expect(h.row(b.outboxId)).toMatchObject({ state: 'pending', attempts: 0 }); // not hammered
      },
    });
    await h.sync();
    expect(h.rows().every((r) => r.state === 'delivered')).toBe(true);
    expect((await h.app.ok('sync.status', {})).reachable).toBe(true);
  });

  it('four failures in a row are not an outage; the fifth opens the circuit and a good health probe closes it', async () => {
    h = await syncHarness();
    await h.pair();
    for (let i = 0; i < 10; i++) enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'error_500', times: CIRCUIT_THRESHOLD - 1 });
    await h.sync();
    expect(h.rows().filter((r) => r.state === 'delivered')).toHaveLength(10 - (CIRCUIT_THRESHOLD - 1));
    expect((await h.app.ok('sync.status', {})).reachable).toBe(true);
    await h.sync();
    expect(h.rows().every((r) => r.state === 'delivered')).toBe(true);
    for (let i = 0; i < 10; i++) enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'html_login', times: CIRCUIT_THRESHOLD });
    await h.sync();
    expect((await h.app.ok('sync.status', {})).reachable).toBe(false);
    expect(h.rows().filter((r) => r.state === 'pending')).toHaveLength(10 - CIRCUIT_THRESHOLD);
    // "Sync now" still tries while the circuit is open; the first delivery closes it.
    await h.sync();
    expect((await h.app.ok('sync.status', {})).reachable).toBe(true);
    expect(h.rows().every((r) => r.state === 'delivered')).toBe(true);
  });

  it('slow answer past the timeout: not delivered, resent, replayed, stored once', async () => {
    h = await syncHarness({ timeoutMs: 250 });
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'slow', delayMs: 600 });
    await h.sync();
    expect(h.row(q.outboxId).state).toBe('retry');
    expect(JSON.parse(h.row(q.outboxId).last_error_json!).code).toBe('timeout');
    expect(h.portal.count()).toBe(1);
    await h.sync();
    expect(h.row(q.outboxId).state).toBe('delivered');
    expect(h.portal.count()).toBe(1);
  });

  it('200 with an HTML login page: not delivered', async () => {
    h = await syncHarness();
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'html_login' });
    await h.sync();
    expect(h.row(q.outboxId)).toMatchObject({ state: 'retry', portal_ref: null });
    expect(JSON.parse(h.row(q.outboxId).last_error_json!)).toMatchObject({ code: 'not_json', httpStatus: 200 });
    await h.sync();
    expect(h.row(q.outboxId).state).toBe('delivered');
  });

  it('revoked token: the whole queue pauses (needs_auth), nothing is lost, re-pairing resumes it', async () => {
    h = await syncHarness();
    await h.pair();
    for (let i = 0; i < 4; i++) enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'revoke_token' });
    await h.sync();
    expect(h.rows().map((r) => r.state)).toEqual(['needs_auth', 'needs_auth', 'needs_auth', 'needs_auth']);
    expect((await h.app.ok('sync.portal.get', {})).needsAuth).toBe(true);
    expect((await h.app.ok('sync.status', {})).counts.attention).toBe(4);
    // Capture goes on while paused; the new item waits too.
    const late = enqueue(h.app.db, 'compute_request');
    await h.sync();
    expect(h.portal.count()).toBe(0);
    await h.pair();
    expect(h.rows().every((r) => r.state === 'delivered')).toBe(true);
    expect(h.portal.count()).toBe(5);
    expect(h.row(late.outboxId).portal_ref).toMatch(/^LAIF-/);
  });

  it('an expired token in the middle of a batch: the rest waits, then goes after pairing again', async () => {
    h = await syncHarness();
    await h.pair();
    for (let i = 0; i < 10; i++) enqueue(h.app.db, 'roadmap');
    let stored = 0;
    h.portal.events.on('stored', () => {
      if (++stored === 3) h.portal.admin.revokeAll();
    });
    await h.sync();
    const states = h.rows().map((r) => r.state);
    expect(states.filter((s) => s === 'delivered')).toHaveLength(3);
    expect(states.filter((s) => s === 'needs_auth')).toHaveLength(7);
    expect(outboxCount()).toBe(10);
    await h.pair();
    expect(h.rows().every((r) => r.state === 'delivered' && r.portal_ref)).toBe(true);
    expect(h.portal.count()).toBe(10);
  });
});

describe('answers that need the advisor', () => {
  it('422 → rejected with the field messages; 409 stale → conflict; 413 → rejected too large; never retried by themselves', async () => {
    h = await syncHarness();
    await h.pair();
    const invalid = enqueue(h.app.db, 'compute_request', { payload: computeRequestPayload({ periodMonths: 0, workloads: [] }) });
    // Revision 2 of a record reaches the portal first (e.g. sent from another laptop) …
    const recordId = randomUUID();
    const other = enqueue(h.app.db, 'roadmap', { recordId, revision: 2 });
    await h.sync();
    expect(h.row(other.outboxId).state).toBe('delivered');
    // … then revision 1 of the same record arrives late.
    const stale = enqueue(h.app.db, 'roadmap', { recordId, revision: 1 });
    const huge = enqueue(h.app.db, 'roadmap', { payload: { ...roadmapPayload(), attachmentNote: 'x'.repeat(5 * 1024 * 1024) } });
    await h.sync();

    const rejected = h.row(invalid.outboxId);
    expect(rejected.state).toBe('rejected');
    const problem = JSON.parse(rejected.last_error_json!);
    expect(problem.code).toBe('validation_failed');
    expect(problem.fields.map((f: { path: string }) => f.path).sort()).toEqual(['payload.periodMonths', 'payload.workloads']);
    expect(problem.fields[0].code).toEqual(expect.any(String));

    expect(h.row(stale.outboxId).state).toBe('conflict');
    expect(JSON.parse(h.row(stale.outboxId).last_error_json!)).toMatchObject({ code: 'stale_revision', currentRevision: 2, httpStatus: 409 });
    expect(h.row(huge.outboxId).state).toBe('rejected');
    expect(JSON.parse(h.row(huge.outboxId).last_error_json!)).toMatchObject({ code: 'too_large', httpStatus: 413 });

    const attempts = h.rows().map((r) => r.attempts);
    h.clock.advance(BACKOFF_CAP_MS * 2);
    await h.sync();
    expect(h.rows().map((r) => r.attempts)).toEqual(attempts);
    expect((await h.app.ok('sync.list', { filter: 'attention' })).map((i) => i.outboxId).sort()).toEqual([invalid.outboxId, stale.outboxId, huge.outboxId].sort());
    // Acknowledging takes it off the list and deletes nothing.
    await h.app.ok('sync.acknowledge', { outboxId: invalid.outboxId });
    expect((await h.app.ok('sync.list', { filter: 'attention' })).map((i) => i.outboxId)).not.toContain(invalid.outboxId);
    expect(h.row(invalid.outboxId).state).toBe('rejected');
    expect((await h.app.call('sync.acknowledge', { outboxId: other.outboxId })).ok).toBe(false);
  });

  it('a 200 whose receipt carries another key is not a delivery', async () => {
    const lying: FetchLike = async (url, init) => {
      if (String(url).endsWith('/api/v1/submissions')) {
        const body = { receipt: { idempotencyKey: randomUUID(), portalRef: 'LAIF-2026-999999', kind: 'roadmap', id: randomUUID(), revision: 1, receivedAt: 'x' } };
        return new Response(JSON.stringify(body), { status: 201, headers: { 'content-type': 'application/json' } });
      }
      return fetch(url, init);
    };
    h = await syncHarness({ fetch: lying });
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    await h.sync();
    expect(h.row(q.outboxId)).toMatchObject({ state: 'retry', portal_ref: null });
    expect(JSON.parse(h.row(q.outboxId).last_error_json!).code).toBe('no_receipt');
  });
});

describe('scheduler', () => {
  it('sends by itself once the portal becomes reachable again, and pulls status while it is', async () => {
    h = await syncHarness();
    await h.pair();
    // The same data folder opened by an app with the scheduler on and fast timings.
    h.app.close();
    const { tempServices } = await import('../support/temp-services');
    const auto = await tempServices({
      dataDir: h.app.dataDir,
      sync: { autoStart: true, engine: { tickMs: 25, pullIntervalMs: 200, probeMinMs: 50, probeMaxMs: 100, timeoutMs: 1_000 } },
    });
    h.app = auto;
    let queued: ReturnType<typeof enqueue> | null = null;
    await h.restartPortal({
      downMs: 400,
      whileDown: () => {
        queued = enqueue(auto.db, 'compute_request');
      },
    });
    const q = queued!;
    expect(h.row(q.outboxId).state).not.toBe('delivered');
    await expect.poll(() => h.row(q.outboxId).state, { timeout: 5_000 }).toBe('delivered');
    expect(h.portal.count()).toBe(1);
    h.portal.admin.setComputeStatus({ id: q.recordId, status: 'under_review' });
    await expect.poll(() => portalStatusOf(auto.db, 'compute_request', q.recordId, 1)?.status, { timeout: 5_000 }).toBe('under_review');
  });
});

describe('backoff, ordering and start-up', () => {
  it('automatic runs respect the backoff, which grows and is capped at 15 minutes', async () => {
    h = await syncHarness();
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'error_500', times: 100 });
    // A second service over the same database, driven without "Sync now" (the scheduler's path).
    const secrets = createMemorySecretStore();
    secrets.set('portal.token', createFileSecretStore(`${h.app.dataDir}/secrets.dev.json`).get('portal.token')!);
    const svc = createSyncService(
      { db: h.app.db, dataDir: h.app.dataDir, now: h.clock.now, newId: randomUUID, emit: () => {} },
      { appVersion: 'test', secrets, advisorName: () => '', autoStart: false, engine: { random: mulberry32(7) } },
    );
    const delays: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const summary = await svc.engine.run();
      expect(summary.attempted).toBe(1);
      const row = h.row(q.outboxId);
      expect(row.attempts).toBe(i);
      const delay = Date.parse(row.next_attempt_at!) - h.clock.now().getTime();
      expect(delay).toBeLessThanOrEqual(Math.min(BACKOFF_CAP_MS, 2_000 * 2 ** (i - 1)));
      delays.push(delay);
      // Not due yet: an automatic run sends nothing.
      if (delay > 0) {
        h.clock.advance(delay - 1);
        expect((await svc.engine.run()).attempted).toBe(0);
      }
      h.clock.advance(1);
    }
    expect(Math.max(...delays)).toBeGreaterThan(2_000 * 2 ** 6 * 0.1); // it grew
    svc.stop();
    h.portal.faults.clear();
    await h.sync();
    expect(h.row(q.outboxId).state).toBe('delivered');
  });

  it('an earlier revision of a record goes first: a later one waits while it is not delivered', async () => {
    h = await syncHarness();
    await h.pair();
    const recordId = randomUUID();
    const r1 = enqueue(h.app.db, 'roadmap', { recordId, revision: 1 });
    const r2 = enqueue(h.app.db, 'roadmap', { recordId, revision: 2 });
    h.portal.faults.add({ kind: 'error_500' });
    await h.sync();
    expect(h.row(r1.outboxId).state).toBe('retry');
    expect(h.row(r2.outboxId).state).toBe('pending');
    await h.sync();
    expect(h.row(r1.outboxId).state).toBe('delivered');
    await h.sync();
    expect(h.row(r2.outboxId).state).toBe('delivered');
    expect(h.portal.store.submissions().map((s) => s.revision)).toEqual([1, 2]);
  });

  it('items left "sending" by a crash go back to pending at start-up, and crashes add nothing to the attempt count', async () => {
    h = await syncHarness();
    const q = enqueue(h.app.db, 'roadmap');
    h.app.db.prepare("UPDATE outbox SET state = 'retry', attempts = 2 WHERE id = ?").run(q.outboxId);
    // Three times: claimed for sending (the real claim), then the app dies and starts again.
    for (let crash = 1; crash <= 3; crash++) {
      expect(createSyncStore(h.app.db).claim([q.outboxId], h.clock.now()).claimed).toHaveLength(1);
      expect(h.row(q.outboxId).state).toBe('sending');
      const again = createSyncService(
        { db: h.app.db, dataDir: h.app.dataDir, now: h.clock.now, newId: randomUUID, emit: () => {} },
        { appVersion: 'test', secrets: createMemorySecretStore(), advisorName: () => '', autoStart: false },
      );
      again.stop();
      expect(h.row(q.outboxId)).toMatchObject({ state: 'pending', attempts: 2 });
    }
  });

  it('an assessment whose client withdrew consent after finalising is not sent, and kept', async () => {
    h = await syncHarness();
    await h.pair();
    const client = await h.app.ok('clients.create', { name: 'Garage Schmit', reportLocale: 'lb' });
    await h.app.ok('clients.update', { id: client.id, patch: { consentToBenchmark: true, consentDate: '2026-03-01' } });
    const q = enqueue(h.app.db, 'assessment', { clientId: client.id, payload: assessmentPayload() });
    await h.app.ok('clients.update', { id: client.id, patch: { consentToBenchmark: false } });
    await h.sync();
    expect(h.portal.count()).toBe(0);
    expect(h.row(q.outboxId).state).toBe('rejected');
    expect(JSON.parse(h.row(q.outboxId).last_error_json!).code).toBe('consent_withdrawn');
  });
});

describe('retry now (sync.retry)', () => {
  it('makes an item waiting for its backoff due now and sends it; refuses other states, unknown ids and bad input', async () => {
    h = await syncHarness();
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'error_500' });
    await h.sync();
    expect(Date.parse(h.row(q.outboxId).next_attempt_at!)).toBeGreaterThan(h.clock.now().getTime() - 1);
    const item = await h.app.ok('sync.retry', { outboxId: q.outboxId });
    expect(item).toMatchObject({ outboxId: q.outboxId, nextAttemptAt: null, attempts: 1 });
    expect(['pending', 'sending']).toContain(item.state); // the run it starts may have claimed it already
    // The clock has not moved: only the retry made it due.
    await expect.poll(() => h.row(q.outboxId).state).toBe('delivered');
    expect(h.row(q.outboxId).attempts).toBe(2);
    expect(h.portal.count()).toBe(1);

    const delivered = await h.app.call('sync.retry', { outboxId: q.outboxId });
    expect(delivered.ok || delivered.error).toMatchObject({ code: 'sync_not_retryable', details: { state: 'delivered' } });
    const rejected = enqueue(h.app.db, 'compute_request', { payload: computeRequestPayload({ periodMonths: 0 }) });
    await h.sync();
    expect(h.row(rejected.outboxId).state).toBe('rejected');
    const again = await h.app.call('sync.retry', { outboxId: rejected.outboxId });
    expect(again.ok || again.error).toMatchObject({ code: 'sync_not_retryable', details: { state: 'rejected' } });
    expect(h.row(rejected.outboxId).state).toBe('rejected');

    // An item the portal asked to wait for (503 Retry-After) keeps that time: "retry now" does not hammer an overloaded portal.
    const waiting = enqueue(h.app.db, 'roadmap');
    h.portal.faults.add({ kind: 'unavailable_503', retryAfter: 300 });
    await h.sync();
    const until = h.row(waiting.outboxId).next_attempt_at;
    expect(Date.parse(until!) - h.clock.now().getTime()).toBeGreaterThanOrEqual(300_000);
    expect(await h.app.ok('sync.retry', { outboxId: waiting.outboxId })).toMatchObject({ state: 'retry', nextAttemptAt: until });
    await h.sync();
    expect(h.row(waiting.outboxId)).toMatchObject({ state: 'retry', attempts: 1 });
    h.clock.advance(300_001);
    await h.app.ok('sync.retry', { outboxId: waiting.outboxId });
    await expect.poll(() => h.row(waiting.outboxId).state).toBe('delivered');

    const unknown = await h.app.call('sync.retry', { outboxId: randomUUID() });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'not_found' });
    for (const bad of [{}, { outboxId: '' }, { outboxId: 'x'.repeat(10_000) }, { outboxId: "1' OR '1'='1" }, { outboxId: q.outboxId, force: true }, { outboxId: 42 }]) {
      const r = await h.app.call('sync.retry', bad as never);
      expect(r.ok || r.error, JSON.stringify(bad).slice(0, 60)).toMatchObject({ code: 'invalid_input' });
    }
    expect(h.rows().map((r) => r.state).sort()).toEqual(['delivered', 'delivered', 'rejected']);
  });
});

describe('status keeps flowing (scheduler on scaled time)', () => {
  // Slow enough (10×) that a busy test machine does not stretch scaled time much.
  const SPEED = 10;
  const allocation = { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };

  it('pulled on its own schedule while every push fails, within one pull interval', { timeout: 60_000 }, async () => {
    const time = scaledTime(SPEED);
    h = await syncHarness({ time, engine: { pullIntervalMs: 60_000 } });
    await h.pair();
    const q = enqueue(h.app.db, 'compute_request');
    await expect.poll(() => h.row(q.outboxId).state, { timeout: 10_000 }).toBe('delivered');
    // From now on every submission is stored and its answer lost; the queue keeps failing.
    h.portal.faults.add({ kind: 'drop_after_commit', times: 10_000 });
    for (let i = 0; i < 20; i++) enqueue(h.app.db, 'roadmap');
    await expect.poll(() => h.rows().filter((r) => r.state === 'retry').length, { timeout: 10_000, interval: 10 }).toBeGreaterThan(0);
    const approvedAt = time.nowMs();
    h.portal.admin.setComputeStatus({ id: q.recordId, status: 'approved', allocation });
    await expect.poll(() => portalStatusOf(h.app.db, 'compute_request', q.recordId, 1)?.status, { timeout: 10_000, interval: 10 }).toBe('approved');
    expect(time.nowMs() - approvedAt).toBeLessThanOrEqual(60_000);
    expect(h.rows().some((r) => r.state !== 'delivered')).toBe(true); // still failing: the status did not wait for the pushes
  });

  it('pulled at once when connectivity returns (sync.wake), not at the next interval', { timeout: 60_000 }, async () => {
    const time = scaledTime(SPEED);
    h = await syncHarness({ time, engine: { pullIntervalMs: 60 * 60_000 } });
    await h.pair();
    const q = enqueue(h.app.db, 'compute_request');
    await expect.poll(() => h.row(q.outboxId).state, { timeout: 10_000 }).toBe('delivered');
    await time.sleep(15_000); // past the scheduler's first look (probe and first pull): from now on, one pull an hour
    h.portal.admin.setComputeStatus({ id: q.recordId, status: 'needs_information', message: 'Please add the dataset size' });
    await time.sleep(20_000);
    expect(portalStatusOf(h.app.db, 'compute_request', q.recordId, 1)?.status).not.toBe('needs_information');
    const wokenAt = time.nowMs();
    await h.app.ok('sync.wake', {});
    await expect.poll(() => portalStatusOf(h.app.db, 'compute_request', q.recordId, 1)?.status, { timeout: 10_000, interval: 10 }).toBe('needs_information');
    expect(time.nowMs() - wokenAt).toBeLessThan(10_000);
    expect((await h.app.call('sync.wake', { now: true } as never)).ok).toBe(false);
    // A burst of wake calls (the renderer is untrusted) does not flood the portal.
    await time.sleep(6_000);
    let pulls = 0;
    h.portal.events.on('request', ({ route }: { route: string }) => {
      if (route === 'changes') pulls += 1;
    });
    for (let i = 0; i < 50; i++) await h.app.ok('sync.wake', {});
    await time.sleep(3_000);
    expect(pulls).toBe(1);
  });

  it('a run of failures opens the circuit; the health probe comes again within seconds, not after the items\' backoff', { timeout: 60_000 }, async () => {
    const time = scaledTime(SPEED);
    h = await syncHarness({ time });
    await h.pair();
    // Twelve items that already failed often: a new failure puts each at up to 15 minutes.
    const queued = Array.from({ length: 12 }, () => enqueue(h.app.db, 'roadmap'));
    h.app.db.prepare('UPDATE outbox SET attempts = 12').run();
    h.portal.faults.add({ kind: 'error_500', times: CIRCUIT_THRESHOLD }, { kind: 'error_500', route: 'health', times: 2 });
    const seen: (boolean | null)[] = [];
    const watch = setInterval(() => void h.app.ok('sync.status', {}).then((s) => seen.push(s.reachable)), 5);
    const started = time.nowMs();
    const rest = queued.slice(CIRCUIT_THRESHOLD);
    await expect.poll(() => rest.every((q) => h.row(q.outboxId).state === 'delivered'), { timeout: 20_000, interval: 10 }).toBe(true);
    clearInterval(watch);
    expect(seen).toContain(false); // the circuit opened …
    // … and after two failed probes (about 2 s, then 4 s) the rest went: seconds, not the minutes of a backoff.
    expect(time.nowMs() - started).toBeLessThan(30_000);
    const failed = queued.slice(0, CIRCUIT_THRESHOLD).map((q) => h.row(q.outboxId));
    expect(failed.every((r) => r.attempts >= 13)).toBe(true); // each failed once more, on its own backoff
    expect(h.portal.count()).toBeGreaterThanOrEqual(12 - CIRCUIT_THRESHOLD);
  });
});

describe('status coming back (changes feed)', () => {
  it('received → under review → approved with the allocation; applied idempotently; cursor stored with the changes', async () => {
    h = await syncHarness({ portal: { pageSize: 2 } });
    await h.pair();
    const requests = Array.from({ length: 3 }, () => enqueue(h.app.db, 'compute_request'));
    const roadmap = enqueue(h.app.db, 'roadmap');
    await h.sync();
    for (const r of requests) expect(portalStatusOf(h.app.db, 'compute_request', r.recordId, 1)?.status).toBe('received');
    expect(portalStatusOf(h.app.db, 'roadmap', roadmap.recordId, 1)?.status).toBe('received');
    const cursor1 = (h.app.db.prepare('SELECT changes_cursor FROM portal_connection').get() as { changes_cursor: string }).changes_cursor;
    expect(cursor1).toEqual(expect.any(String));

    const allocation = { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };
    h.portal.admin.setComputeStatus({ id: requests[0].recordId, status: 'under_review' });
    h.portal.admin.setComputeStatus({ id: requests[0].recordId, status: 'approved', allocation, message: 'Approved for Q2' });
    h.portal.admin.setComputeStatus({ id: requests[1].recordId, status: 'needs_information', message: 'Please describe the data set' });
    h.portal.admin.setComputeStatus({ id: requests[2].recordId, status: 'rejected', message: 'Out of scope' });
    h.portal.admin.setRoadmapStatus({ id: roadmap.recordId, status: 'acknowledged' });
    // Page 2 of the feed fails: page 1 stays applied with its cursor, the rest comes next time.
    h.portal.faults.add({ kind: 'error_500', route: 'changes', times: 1 });
    await h.sync();
    const cursor2 = (h.app.db.prepare('SELECT changes_cursor FROM portal_connection').get() as { changes_cursor: string }).changes_cursor;
    expect(cursor2).toBe(cursor1); // the first page request failed: nothing applied, cursor unchanged
    expect(portalStatusOf(h.app.db, 'compute_request', requests[0].recordId, 1)?.status).toBe('received');
    await h.sync();
    expect(portalStatusOf(h.app.db, 'compute_request', requests[0].recordId, 1)).toEqual({ status: 'approved', allocation, message: 'Approved for Q2', at: expect.any(String) });
    expect(portalStatusOf(h.app.db, 'compute_request', requests[1].recordId, 1)).toMatchObject({ status: 'needs_information', message: 'Please describe the data set' });
    expect(portalStatusOf(h.app.db, 'compute_request', requests[2].recordId, 1)).toMatchObject({ status: 'rejected', allocation: null });
    expect(portalStatusOf(h.app.db, 'roadmap', roadmap.recordId, 1)?.status).toBe('acknowledged');
    const info = recordSyncInfo(h.app.db, 'compute_request', requests[0].recordId);
    expect(info).toMatchObject({ state: 'delivered', revision: 1, portalStatus: { status: 'approved', allocation } });

    // Applying the whole feed again from the start changes nothing (idempotent).
    const snapshot = h.app.db.prepare('SELECT kind, record_id, revision, status, allocation_json, message, at FROM portal_status ORDER BY record_id').all();
    h.app.db.prepare('UPDATE portal_connection SET changes_cursor = NULL').run();
    await h.sync();
    expect(h.app.db.prepare('SELECT kind, record_id, revision, status, allocation_json, message, at FROM portal_status ORDER BY record_id').all()).toEqual(snapshot);
  });

  it('the status of a record that is not on this computer (or was erased) is ignored', async () => {
    h = await syncHarness();
    await h.pair();
    const client = await h.app.ok('clients.create', { name: 'Erased S.A.', reportLocale: 'fr' });
    const q = enqueue(h.app.db, 'compute_request', { clientId: client.id });
    await h.sync();
    await h.app.ok('clients.erase', { id: client.id, confirmName: 'Erased S.A.' });
    expect(outboxCount()).toBe(0); // GDPR erasure cascades to the outbox and the status rows
    h.portal.admin.setComputeStatus({ id: q.recordId, status: 'under_review' });
    await h.sync();
    expect(h.app.db.prepare('SELECT count(*) AS n FROM portal_status').get()).toEqual({ n: 0 });
  });
});

describe('a hostile changes feed', () => {
  it('an endless feed stops after 200 pages, a malformed page moves no cursor, unknown records are ignored', { timeout: 60_000 }, async () => {
    let mode: 'endless' | 'malformed' | 'huge' = 'endless';
    let pages = 0;
    const hostile: FetchLike = async (url, init) => {
      if (!String(url).includes('/api/v1/changes')) return fetch(url, init);
      pages += 1;
      const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      if (mode === 'malformed') return json({ changes: { length: 1e9 }, cursor: 'evil' });
      const change = { kind: 'compute_request_status', id: randomUUID(), revision: 1, status: 'approved', allocation: null, message: 'x', at: 't' };
      if (mode === 'huge') return json({ changes: Array.from({ length: 50_000 }, () => change), cursor: `c${pages}` });
      return json({ changes: [change, { __proto__: { polluted: 1 }, kind: 'weather' }], cursor: `c${pages}` });
    };
    h = await syncHarness({ fetch: hostile });
    await h.pair();
    pages = 0;
    await h.sync();
    expect(pages).toBe(200); // the page cap, not an endless loop
    const cursor = () => (h.app.db.prepare('SELECT changes_cursor AS c FROM portal_connection').get() as { c: string }).c;
    expect(cursor()).toBe('c200');
    mode = 'malformed';
    await h.sync();
    expect(cursor()).toBe('c200');
    expect((await h.app.ok('sync.status', {})).lastError).toBeNull(); // pushes were fine: the feed's fault is not the queue's
    // 50,000 changes in a page (7 MB): refused whole, quickly, and nothing applied.
    mode = 'huge';
    pages = 0;
    const started = performance.now();
    await h.sync();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pages).toBe(1);
    expect(cursor()).toBe('c200');
    expect((h.app.db.prepare('SELECT count(*) AS n FROM portal_status').get() as { n: number }).n).toBe(0);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('a hostile answer to a submission', () => {
  it('an answer over 8 MiB is not read to the end: not delivered, retried', async () => {
    const big = 'x'.repeat(9 * 1024 * 1024);
    const flooding: FetchLike = async (url, init) => {
      if (!String(url).endsWith('/api/v1/submissions')) return fetch(url, init);
      await fetch(url, init); // the portal stores it …
      return new Response(JSON.stringify({ receipt: { idempotencyKey: 'x', portalRef: big } }), { status: 201, headers: { 'content-type': 'application/json' } });
    };
    h = await syncHarness({ fetch: flooding });
    await h.pair();
    const q = enqueue(h.app.db, 'roadmap');
    await h.sync();
    expect(h.row(q.outboxId)).toMatchObject({ state: 'retry', portal_ref: null, receipt_json: null });
    expect(JSON.parse(h.row(q.outboxId).last_error_json!)).toMatchObject({ code: 'network', message: 'response_too_large' });
    expect(h.portal.count()).toBe(1); // … and the resend will be answered by a replay
  });
});

describe('pairing and portal settings', () => {
  it('refuses a portal with another major apiVersion, a wrong code, and plain http to another host', async () => {
    h = await syncHarness({ portal: { apiVersion: 2 } });
    const { code } = h.portal.admin.createPairingCode();
    const refused = await h.app.call('sync.portal.pair', { baseUrl: h.portal.url, code, deviceName: 'PC' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'portal_incompatible' } });
    expect(await h.app.ok('sync.portal.check', { baseUrl: h.portal.url })).toMatchObject({ reachable: true, apiVersion: 2, problem: { code: 'portal_incompatible' } });
    await h.close();

    h = await syncHarness();
    expect(await h.app.call('sync.portal.pair', { baseUrl: h.portal.url, code: 'AAAA-BBBB', deviceName: 'PC' })).toMatchObject({ ok: false, error: { code: 'invalid_pairing_code' } });
    expect(await h.app.call('sync.portal.pair', { baseUrl: 'http://portal.example.lu', code: 'AAAA-BBBB', deviceName: 'PC' })).toMatchObject({ ok: false, error: { code: 'portal_url_insecure' } });
    expect(await h.app.call('sync.portal.pair', { baseUrl: 'http://127.0.0.1:1', code: 'AAAA-BBBB', deviceName: 'PC' })).toMatchObject({ ok: false, error: { code: 'portal_unreachable' } });
    expect(await h.app.ok('sync.portal.check', { baseUrl: h.portal.url })).toEqual({ reachable: true, apiVersion: 1, problem: null });
  });

  it('pairs, shows who it is connected as, keeps the token out of SQLite, and unpairs without losing items', async () => {
    h = await syncHarness();
    await h.pair();
    const settings = await h.app.ok('sync.portal.get', {});
    expect(settings).toMatchObject({ paired: true, baseUrl: h.portal.url, deviceName: 'Test laptop', advisor: { name: 'Jeanne Muller' }, needsAuth: false, secretStore: { warning: 'plain_file' } });
    const token = JSON.parse((await import('node:fs')).readFileSync(`${h.app.dataDir}/secrets.dev.json`, 'utf8'))['portal.token'];
    const bytes = (await import('node:fs')).readFileSync(`${h.app.dataDir}/laif-workbench.sqlite`);
    expect(bytes.includes(Buffer.from(JSON.parse(token).token))).toBe(false);
    enqueue(h.app.db, 'roadmap');
    const after = await h.app.ok('sync.portal.unpair', {});
    expect(after).toMatchObject({ paired: false, advisor: null, baseUrl: h.portal.url });
    await h.sync();
    expect(h.rows()[0].state).toBe('pending');
    expect(outboxCount()).toBe(1);
  });
});

describe('peer benchmarks', () => {
  it('fetched, cached for offline use with count and date; nothing under 10 peers', async () => {
    h = await syncHarness();
    await h.pair();
    // 12 consenting small C10 bakeries on the portal.
    for (let i = 0; i < 12; i++) {
      enqueue(h.app.db, 'assessment', { payload: assessmentPayload({ company: { name: `Bakery ${i}`, rcsNumber: `B2000${i}`, naceCode: 'C10.71', sizeClass: 'small', headcount: 12 }, overallScore: 40 + i }) });
    }
    await h.sync();
    expect(h.portal.count()).toBe(12);
    const view = await h.app.ok('sync.benchmarks.get', { instrumentVersion: '2026.1', nace: 'C10.71', sizeClass: 'small' });
    expect(view).toMatchObject({ state: 'ok', count: 12, filter: { nace: 'C10', sizeClass: 'small' }, fromCache: false, fetchedAt: h.clock.now().toISOString() });
    expect(view.overall!.median).toBe(45.5);
    const few = await h.app.ok('sync.benchmarks.get', { instrumentVersion: '2026.1', nace: 'C10', sizeClass: 'medium' });
    expect(few).toMatchObject({ state: 'too_few', count: 0, overall: null, dimensions: [] });

    await h.portal.close();
    h.clock.advance(24 * 60 * 60_000);
    const offline = await h.app.ok('sync.benchmarks.get', { instrumentVersion: '2026.1', nace: 'C10', sizeClass: 'small', refresh: true });
    expect(offline).toMatchObject({ state: 'ok', count: 12, fromCache: true, fetchedAt: view.fetchedAt });
    const never = await h.app.ok('sync.benchmarks.get', { instrumentVersion: '2026.1', nace: 'J62', sizeClass: 'small' });
    expect(never).toMatchObject({ state: 'unavailable', count: null });
    h.portal.close = async () => {}; // already closed
  });
});
