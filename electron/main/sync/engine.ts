/**
 * The sync engine (portal-protocol.md, Client rules). It sends due outbox items one by one,
 * classifies every answer (submission-answer.ts), pulls the changes feed on its own schedule
 * (changes-feed.ts), keeps the circuit breaker (circuit.ts), and paces itself.
 *
 * - Delivered only on a 200/201 whose JSON `receipt.idempotencyKey` equals the key sent.
 * - One failure is not an outage. A network error, timeout, HTML answer, 429 or 5xx on one item
 *   schedules that item's retry (full-jitter exponential backoff 2 s … 15 min, Retry-After
 *   honoured) and the run goes on with the next item.
 * - Circuit breaker: only a run of CIRCUIT_THRESHOLD consecutive failures, or a failing health
 *   probe (asked at once after a request that got no answer at all: refused, reset, timed out),
 *   marks the portal unreachable; the health probe then runs again within seconds
 *   (probeMinMs, doubling up to probeMaxMs), not after the items' long backoff. A streak of
 *   429/503 also holds the whole queue until the latest Retry-After (`not_before`).
 * - Status keeps flowing: the changes feed is pulled every pullIntervalMs (counted from when the
 *   last pull asked; a failed pull again within PULL_RETRY_MAX_MS), independently of the pushes
 *   (a 20 s stall of one submission does not hold it back), after "Sync now", and at once when
 *   connectivity returns (`wake`).
 * - 401: the whole queue pauses (`needs_auth`) until the advisor pairs again.
 * - 409 stale_revision → conflict; 422 → rejected with field messages; 413 → rejected.
 * - An attempt is counted when its answer (or failure) is recorded, not when the item is claimed,
 *   so a crash while `sending` never adds to the count; start-up turns `sending` back to `pending`.
 * - All timing goes through the injected clock and scheduler (tests scale time down and still
 *   run this exact pacing logic).
 * - Every database write is one short statement or transaction between network awaits, so
 *   capture in the window is never held up.
 */
import type { AppEvent } from '@shared/contract/events';
import type { Db } from '../db/open-database';
import { nextAttemptDelayMs } from './backoff';
import { createChangesPuller } from './changes-feed';
import { CIRCUIT_THRESHOLD, createCircuit } from './circuit';
import { sendingCredentials } from './credentials';
import { createPortalClient, type FetchLike, type PortalClient } from './portal-client';
import { realScheduler, type Scheduler } from './scheduler';
import type { SecretStore } from './secrets';
import { classifySubmission, envelopeForDevice } from './submission-answer';
import type { OutboxRow, SyncStore } from './sync-store';

/** Items marked `sending` per transaction. */
const CLAIM_CHUNK = 25;
/** Shortest sleep of the scheduler, so a state it cannot act on yet never makes it spin. */
const MIN_TICK_MS = 50;
/** At most one wake-up (probe and pull at once) this often. */
const WAKE_MIN_GAP_MS = 5_000;

export interface SyncEngineOptions {
  db: Db;
  store: SyncStore;
  secrets: SecretStore;
  now: () => Date;
  emit: (event: AppEvent) => void;
  appVersion: string;
  fetch?: FetchLike;
  /** Timers in the same time base as `now` (default: real timers). */
  scheduler?: Scheduler;
  /** Seedable randomness for the backoff jitter (tests pass a seeded PRNG). */
  random?: () => number;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
  /** Longest sleep of the scheduler between two looks for due work (default 10 s). */
  tickMs?: number;
  /** The changes feed is pulled at least this often while the portal is reachable (default 60 s). */
  pullIntervalMs?: number;
  /** First and longest wait between two health probes while the circuit is open (default 2 s, 60 s). */
  probeMinMs?: number;
  probeMaxMs?: number;
  /** Consecutive failures that open the circuit (default CIRCUIT_THRESHOLD). */
  circuitThreshold?: number;
}

export interface RunSummary {
  attempted: number;
  delivered: number;
  failed: number;
  /** Why the push stopped early, if it did ('failures': the circuit opened). */
  stoppedBy: 'not_paired' | 'needs_auth' | 'overloaded' | 'auth' | 'failures' | 'stopped' | null;
  changesApplied: number;
  pulled: boolean;
  ok: boolean;
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { db, store, secrets, now, emit } = options;
  const scheduler = options.scheduler ?? realScheduler;
  const random = options.random ?? Math.random;
  const tickMs = options.tickMs ?? 10_000;
  const ms = () => now().getTime();

  let stopped = false;
  /** The background scheduler runs only after start() (tests drive runs themselves otherwise). */
  let started = false;
  let abort = new AbortController();
  let timer: unknown = null;
  let current: Promise<RunSummary> | null = null;
  let again: { force: boolean } | null = null;
  let progress: { done: number; total: number } | null = null;
  let lastSummary: RunSummary | null = null;
  let lastWakeAt = Number.NEGATIVE_INFINITY;

  const alive = () => !stopped && db.open;

  function client(baseUrl: string): PortalClient {
    return createPortalClient({
      baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      now,
      scheduler,
      signal: abort.signal,
      userAgent: `L-AIF-Workbench/${options.appVersion}`,
    });
  }

  const credentials = () => sendingCredentials(store, secrets, emit);
  const circuit = createCircuit({
    store,
    emit,
    ms,
    client,
    alive,
    probeMinMs: options.probeMinMs ?? 2_000,
    probeMaxMs: options.probeMaxMs ?? 60_000,
    threshold: options.circuitThreshold ?? CIRCUIT_THRESHOLD,
  });
  const feed = createChangesPuller({
    db,
    store,
    now,
    emit,
    random,
    pullIntervalMs: options.pullIntervalMs ?? 60_000,
    client,
    credentials,
    alive,
    // The next pull time moved (an interval later, or soon after a failure): wake up for it.
    onSettled: () => schedule(Math.max(nextWakeIn(), MIN_TICK_MS)),
  });

  function emitProgress(force = false) {
    if (!progress) return;
    const step = Math.max(1, Math.floor(progress.total / 50));
    if (force || progress.done % step === 0 || progress.done === progress.total) {
      emit({ type: 'progress', task: 'sync', taskId: 'sync', done: progress.done, total: progress.total });
    }
  }

  async function runOnce(force: boolean): Promise<RunSummary> {
    const summary: RunSummary = { attempted: 0, delivered: 0, failed: 0, stoppedBy: null, changesApplied: 0, pulled: false, ok: false };
    if (!alive()) return { ...summary, stoppedBy: 'stopped' };
    const conn = store.connection();
    if (!conn.device_id || !conn.base_url) return { ...summary, stoppedBy: 'not_paired' };
    const auth = credentials();
    if (!auth) return { ...summary, stoppedBy: 'needs_auth' };
    const started = now();
    if (conn.not_before && conn.not_before > started.toISOString()) return { ...summary, stoppedBy: 'overloaded' };
    if (conn.not_before) store.updateConnection({ not_before: null });
    const api = client(conn.base_url);

    const ids = store.dueIds(started, force);
    progress = { done: 0, total: ids.length };
    emit({ type: 'changed', entity: 'sync' });
    emitProgress(true);

    /** Sends one claimed item and records the outcome; false when the run must stop. */
    const sendOne = async (row: OutboxRow): Promise<boolean> => {
      summary.attempted += 1;
      const result = await api.submit(auth.token, row.idempotency_key, envelopeForDevice(row.envelope_json, auth.deviceId));
      if (!alive()) return false;
      const outcome = classifySubmission(result, row.idempotency_key);
      const at = now();
      progress!.done += 1;
      if (outcome.type === 'delivered') {
        circuit.markReachable();
        store.markDelivered(row.id, { portalRef: outcome.portalRef }, outcome.receiptJson, at);
        summary.delivered += 1;
        emitProgress();
        return true;
      }
      summary.failed += 1;
      if (outcome.type === 'auth') {
        circuit.markReachable();
        store.pauseForAuth(outcome.problem);
        summary.stoppedBy = 'auth';
        return false;
      }
      if (outcome.type !== 'retry') {
        circuit.markReachable(); // the portal answered with a verdict: it is up
        store.markFinal(row.id, outcome.type, outcome.problem);
        emitProgress();
        return true;
      }
      // One transient failure: this item waits for its own backoff; the run goes on.
      const delay = nextAttemptDelayMs(row.attempts + 1, outcome.retryAfterMs, random);
      store.markRetry(row.id, new Date(at.getTime() + delay), outcome.problem);
      store.updateConnection({ last_error_json: JSON.stringify(outcome.problem) });
      circuit.recordFailure(at.getTime(), outcome.retryAfterMs);
      emitProgress();
      // No answer at all (refused, reset, timed out): one GET /health tells a dropped request from
      // a portal that is down. A failed probe opens the circuit; a good one means it was this request.
      if (result.kind !== 'response' && !(await circuit.probe())) {
        summary.stoppedBy = alive() ? 'failures' : 'stopped';
        return false;
      }
      if (circuit.tooManyFailures()) {
        circuit.open();
        summary.stoppedBy = 'failures';
        return false;
      }
      return true;
    };

    // Items are claimed (marked `sending`) a few at a time in one transaction: one commit per
    // chunk instead of one per item. A crash leaves them `sending`, which start-up turns back
    // into `pending`; the idempotency key makes the resend harmless.
    outer: for (let i = 0; i < ids.length; i += CLAIM_CHUNK) {
      if (!alive()) return { ...summary, stoppedBy: 'stopped' };
      const chunk = ids.slice(i, i + CLAIM_CHUNK);
      const { claimed, skipped } = store.claim(chunk, now());
      progress.done += skipped;
      for (let j = 0; j < claimed.length; j++) {
        if (!(await sendOne(claimed[j]))) {
          if (!alive()) return { ...summary, stoppedBy: 'stopped' };
          store.release(claimed.slice(j + 1).map((r) => r.id));
          break outer;
        }
      }
    }
    // The batch is over (sent or stopped): the progress bar closes.
    emit({ type: 'progress', task: 'sync', taskId: 'sync', done: progress.total, total: progress.total });
    progress = null;

    // Status after "Sync now" or when a pull is due, whatever the pushes did (not after a 401).
    // Scheduled runs otherwise leave the feed to its own pull interval: no extra GET per retry.
    if (summary.stoppedBy !== 'auth' && (force || ms() >= feed.nextPullAt())) {
      const pulled = await feed.pull();
      summary.pulled = pulled.ok;
      summary.changesApplied = pulled.applied;
      if (pulled.auth) summary.stoppedBy = 'auth';
    }
    if (!alive()) return { ...summary, stoppedBy: 'stopped' };
    summary.ok = summary.stoppedBy === null && summary.pulled && summary.failed === 0;
    const finished = now().toISOString();
    store.updateConnection(summary.ok ? { last_attempt_at: finished, last_sync_at: finished, last_error_json: null } : { last_attempt_at: finished });
    emit({ type: 'changed', entity: 'sync' });
    return summary;
  }

  /** One run at a time; a request during a run queues one more run after it. */
  function run(opts: { force?: boolean } = {}): Promise<RunSummary> {
    const force = opts.force ?? false;
    if (current) {
      // The running loop picks this up when its current pass ends; callers wait for both.
      again = { force: force || (again?.force ?? false) };
      return current;
    }
    current = (async () => {
      let summary: RunSummary;
      try {
        summary = await runOnce(force);
        while (again && alive()) {
          const next = again;
          again = null;
          summary = await runOnce(next.force);
        }
      } catch (error) {
        if (alive()) console.error('[laif] sync run failed:', (error as Error)?.stack ?? String(error));
        summary = { attempted: 0, delivered: 0, failed: 0, stoppedBy: 'stopped', changesApplied: 0, pulled: false, ok: false };
      } finally {
        progress = null;
        current = null;
        again = null;
      }
      lastSummary = summary;
      // The scheduler looks again at once: more may have become due meanwhile.
      schedule(0);
      return summary;
    })();
    return current;
  }

  /** Milliseconds until the scheduler has something to do (at most tickMs). */
  function nextWakeIn(): number {
    const at = ms();
    let wake = at + tickMs;
    const conn = store.connection();
    if (!conn.device_id || conn.needs_auth === 1) return tickMs;
    if (circuit.reachable() !== true) {
      if (!circuit.probing()) wake = Math.min(wake, circuit.nextProbeAt());
    } else {
      if (feed.idle()) wake = Math.min(wake, feed.nextPullAt());
      if (!current) {
        const due = store.nextDueAt();
        const notBefore = conn.not_before ? Date.parse(conn.not_before) : 0;
        if (due !== null) wake = Math.min(wake, Math.max(due, notBefore));
      }
    }
    return Math.max(wake - at, 0);
  }

  async function tick() {
    timer = null;
    if (!alive()) return;
    try {
      const conn = store.connection();
      if (conn.device_id && conn.needs_auth === 0) {
        const at = ms();
        if (circuit.reachable() !== true && !circuit.probing() && !current && at >= circuit.nextProbeAt()) {
          // Connectivity is back: status first (a short GET), then the queue.
          if (await circuit.probe()) {
            void feed.pull();
            void run();
          }
        } else if (circuit.reachable() === true) {
          if (feed.idle() && at >= feed.nextPullAt()) void feed.pull();
          const due = store.nextDueAt();
          const notBefore = conn.not_before ? Date.parse(conn.not_before) : 0;
          if (!current && due !== null && at >= Math.max(due, notBefore)) void run();
        }
      }
    } catch (error) {
      if (alive()) console.error('[laif] sync tick failed:', (error as Error)?.message);
    }
    // A pull or run started above re-schedules when it ends; meanwhile the tick keeps watch.
    if (alive() && timer === null) schedule(Math.max(nextWakeIn(), MIN_TICK_MS));
  }

  function schedule(delay: number) {
    if (!alive() || !started) return;
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = scheduler.setTimeout(() => void tick(), delay);
  }

  return {
    /** Start-up: `sending` left by a crash goes back to `pending` (the key makes a resend safe). */
    recover: () => store.resetSending(),
    start() {
      stopped = false;
      started = true;
      schedule(0);
    },
    stop() {
      stopped = true;
      started = false;
      if (timer !== null) scheduler.clearTimeout(timer);
      timer = null;
      abort.abort();
      abort = new AbortController();
    },
    run,
    probe: circuit.probe,
    pull: feed.pull,
    /** After pairing: probe at once. */
    resetReachability: circuit.reset,
    /**
     * Connectivity came back (the OS says online, the computer woke up): probe and pull at once
     * instead of waiting for the next probe or pull interval.
     */
    wake() {
      // The renderer is untrusted: a burst of wake calls gives one probe and pull, not a flood.
      if (ms() - lastWakeAt < WAKE_MIN_GAP_MS) return;
      lastWakeAt = ms();
      circuit.wake();
      feed.dueNow();
      schedule(0);
    },
    state: () => ({ running: current !== null, progress: progress ? { ...progress } : null, reachable: circuit.reachable(), lastSummary }),
    client,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
