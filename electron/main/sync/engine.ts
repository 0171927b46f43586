/**
 * The sync engine (portal-protocol.md, Client rules). It sends due outbox items one by one,
 * classifies every answer, pulls the changes feed on its own schedule, and paces itself.
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
import type { AppEvent } from '../../../shared/contract/events';
import type { PortalStatusInfo, PortalStatusName, SyncProblem } from '../../../shared/contract/sync';
import { PORTAL_STATUSES } from '../../../shared/contract/sync';
import type { Db } from '../db/open-database';
import { backoffDelayMs, nextAttemptDelayMs } from './backoff';
import { apiVersionOf, createPortalClient, isCompatible, portalError, type FetchLike, type HttpResult, type PortalClient } from './portal-client';
import { realScheduler, type Scheduler } from './scheduler';
import type { SecretStore } from './secrets';
import type { OutboxRow, SyncStore } from './sync-store';

export const TOKEN_SECRET = 'portal.token';
/** Items marked `sending` per transaction. */
const CLAIM_CHUNK = 25;
/** Shortest sleep of the scheduler, so a state it cannot act on yet never makes it spin. */
const MIN_TICK_MS = 50;

export interface StoredCredentials {
  token: string;
  deviceId: string;
  baseUrl: string;
}

/** Consecutive failed attempts that open the circuit (one or two flaky answers do not). */
export const CIRCUIT_THRESHOLD = 5;
/** Longest wait before a failed pull of the changes feed is tried again (unless Retry-After says more). */
export const PULL_RETRY_MAX_MS = 5_000;

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

type Outcome =
  | { type: 'delivered'; portalRef: string; receiptJson: string }
  /** Transient: this item is tried again later; `overload` when the portal asked to slow down (429/503). */
  | { type: 'retry'; problem: SyncProblem; retryAfterMs: number | null; overload: boolean }
  | { type: 'auth'; problem: SyncProblem }
  | { type: 'rejected' | 'conflict'; problem: SyncProblem };

const clip = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
/** At most one wake-up (probe and pull at once) this often. */
const WAKE_MIN_GAP_MS = 5_000;
/** Changes accepted in one page of the feed (the reference portal sends 100). */
const MAX_CHANGES_PER_PAGE = 1_000;
/** A portal reference is short ("LAIF-2026-000123"); anything longer is cut to this. */
const MAX_PORTAL_REF = 100;
/** Largest GPU-hour allocation taken from the feed (MeluXina's 800 A100 GPUs give ~7 million GPU-hours a year). */
const MAX_ALLOCATION_GPU_HOURS = 100_000_000;

export function problemOf(result: HttpResult, code?: string): SyncProblem {
  if (result.kind !== 'response') {
    return { code: code ?? result.kind, message: result.message, httpStatus: null, fields: [], currentRevision: null };
  }
  const err = portalError(result.json);
  const rawFields = Array.isArray(err?.details.fields) ? (err!.details.fields as unknown[]) : [];
  const fields = rawFields.slice(0, 100).map((f) => {
    const field = (f ?? {}) as { path?: unknown; message?: unknown; code?: unknown };
    return { path: clip(field.path, 300), message: clip(field.message, 500), code: typeof field.code === 'string' ? field.code.slice(0, 60) : null };
  });
  const current = err?.details.currentRevision;
  return {
    code: code ?? err?.code ?? `http_${result.status}`,
    message: clip(err?.message, 500) || (result.isJson ? '' : 'The answer was not JSON (a login page or a proxy?)'),
    httpStatus: result.status,
    fields,
    currentRevision: typeof current === 'number' && Number.isInteger(current) ? current : null,
  };
}

/** What one answer to POST /api/v1/submissions means for the item (the protocol's client rules). */
export function classifySubmission(result: HttpResult, idempotencyKey: string): Outcome {
  const retry = (problem: SyncProblem, retryAfterMs: number | null = null, overload = false): Outcome => ({ type: 'retry', problem, retryAfterMs, overload });
  if (result.kind !== 'response') return retry(problemOf(result));
  const { status } = result;
  if (status === 200 || status === 201) {
    if (!result.isJson) return retry(problemOf(result, 'not_json'));
    const receipt = (result.json as { receipt?: { idempotencyKey?: unknown; portalRef?: unknown } } | null)?.receipt;
    if (receipt && receipt.idempotencyKey === idempotencyKey && typeof receipt.portalRef === 'string' && receipt.portalRef !== '') {
      // Only the protocol's fields, clipped: a portal (or a proxy) cannot bloat the local file.
      const r = receipt as Record<string, unknown>;
      const kept = {
        idempotencyKey,
        portalRef: clip(r.portalRef, MAX_PORTAL_REF),
        kind: clip(r.kind, 40),
        id: clip(r.id, 100),
        revision: Number.isSafeInteger(r.revision) ? r.revision : null,
        receivedAt: clip(r.receivedAt, 40),
      };
      return { type: 'delivered', portalRef: kept.portalRef, receiptJson: JSON.stringify(kept) };
    }
    return retry(problemOf(result, 'no_receipt'));
  }
  if (status === 429 || status === 503) return retry(problemOf(result), result.retryAfterMs, true);
  if (status >= 500) return retry(problemOf(result), result.retryAfterMs);
  // 4xx answers count only when they are the portal's own JSON errors (not a proxy's page).
  if (!result.isJson || !portalError(result.json)) return retry(problemOf(result, result.isJson ? `http_${status}` : 'not_json'));
  if (status === 401) return { type: 'auth', problem: problemOf(result) };
  if (status === 409) return { type: 'conflict', problem: problemOf(result) };
  if (status === 413) return { type: 'rejected', problem: problemOf(result, 'too_large') };
  if (status === 422 || status === 400) return { type: 'rejected', problem: problemOf(result) };
  return retry(problemOf(result), result.retryAfterMs);
}

/** Fills in the device id at send time (pairing may come after finalising; not covered by sha256). */
export function envelopeForDevice(envelopeJson: string, deviceId: string): string {
  const envelope = JSON.parse(envelopeJson) as { client?: Record<string, unknown> };
  envelope.client = { ...(envelope.client ?? {}), deviceId };
  return JSON.stringify(envelope);
}

function readCredentials(secrets: SecretStore): StoredCredentials | null {
  const raw = secrets.get(TOKEN_SECRET);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as StoredCredentials;
    return typeof value.token === 'string' && typeof value.deviceId === 'string' ? value : null;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A change of the feed as a status row, or null when it is malformed or of a kind this app ignores. */
export function parseChange(change: unknown): { kind: 'compute_request' | 'roadmap'; id: string; revision: number; status: PortalStatusInfo } | null {
  if (!isObject(change) || typeof change.id !== 'string' || !Number.isInteger(change.revision) || typeof change.at !== 'string') return null;
  const status = change.status as PortalStatusName;
  if (!(PORTAL_STATUSES as readonly string[]).includes(status as string)) return null;
  const message = typeof change.message === 'string' ? change.message.slice(0, 5000) : null;
  if (change.kind === 'compute_request_status') {
    if (status === 'acknowledged') return null;
    const a = change.allocation;
    const allocation =
      // An allocation is shown to the client: a negative, absurd or non-numeric figure is not one.
      isObject(a) && typeof a.gpuHours === 'number' && Number.isFinite(a.gpuHours) && a.gpuHours >= 0 && a.gpuHours <= MAX_ALLOCATION_GPU_HOURS
        ? {
            gpuHours: a.gpuHours,
            system: clip(a.system, 100),
            accessMode: clip(a.accessMode, 40),
            validFrom: clip(a.validFrom, 10),
            validUntil: clip(a.validUntil, 10),
          }
        : null;
    return { kind: 'compute_request', id: change.id, revision: change.revision as number, status: { status, allocation, message, at: change.at } };
  }
  if (change.kind === 'roadmap_status') {
    if (status !== 'received' && status !== 'acknowledged') return null;
    return { kind: 'roadmap', id: change.id, revision: change.revision as number, status: { status, allocation: null, message: null, at: change.at } };
  }
  return null;
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { db, store, secrets, now, emit } = options;
  const scheduler = options.scheduler ?? realScheduler;
  const random = options.random ?? Math.random;
  const tickMs = options.tickMs ?? 10_000;
  const pullIntervalMs = options.pullIntervalMs ?? 60_000;
  const probeMinMs = options.probeMinMs ?? 2_000;
  const probeMaxMs = options.probeMaxMs ?? 60_000;
  const circuitThreshold = options.circuitThreshold ?? CIRCUIT_THRESHOLD;
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
  /** Circuit: true = closed (sending), false = open (probing), null = not probed yet. */
  let reachable: boolean | null = null;
  let consecutiveFailures = 0;
  /** Latest Retry-After (absolute ms) of the current failure streak, for `not_before` when the circuit opens. */
  let streakRetryUntil = 0;
  let probing = false;
  let nextProbeAt = 0;
  let probeDelay = probeMinMs;
  let pullChain: Promise<unknown> = Promise.resolve();
  let pullsQueued = 0;
  let nextPullAt = 0;
  let pullFailures = 0;
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

  function setReachable(value: boolean) {
    if (value) {
      consecutiveFailures = 0;
      streakRetryUntil = 0;
      probeDelay = probeMinMs;
    }
    if (reachable !== value) {
      reachable = value;
      emit({ type: 'changed', entity: 'sync' });
    }
  }

  /** A run of failures (or a failed probe): stop sending and probe /health again in seconds. */
  function openCircuit() {
    const at = ms();
    nextProbeAt = Math.max(at + probeDelay, streakRetryUntil);
    probeDelay = Math.min(probeDelay * 2, probeMaxMs);
    // The portal asked to slow down during the streak: nothing is sent before it said.
    if (streakRetryUntil > at) store.updateConnection({ not_before: new Date(streakRetryUntil).toISOString() });
    if (reachable !== false) {
      reachable = false;
      emit({ type: 'changed', entity: 'sync' });
    }
  }

  /** Paired and allowed to send: the token and the device it belongs to. */
  function credentials(): StoredCredentials | null {
    const conn = store.connection();
    if (!conn.device_id || !conn.base_url || conn.needs_auth === 1) return null;
    const stored = readCredentials(secrets);
    if (!stored || stored.deviceId !== conn.device_id) {
      // The secret store lost the token (new OS profile, key store reset): ask to pair again.
      store.pauseForAuth({ code: 'token_missing', message: 'No portal token on this computer', httpStatus: null, fields: [], currentRevision: null });
      emit({ type: 'changed', entity: 'sync' });
      return null;
    }
    return stored;
  }

  function emitProgress(force = false) {
    if (!progress) return;
    const step = Math.max(1, Math.floor(progress.total / 50));
    if (force || progress.done % step === 0 || progress.done === progress.total) {
      emit({ type: 'progress', task: 'sync', taskId: 'sync', done: progress.done, total: progress.total });
    }
  }

  type PullResult = { ok: boolean; applied: number; auth: boolean };

  async function pullOnce(): Promise<PullResult> {
    const conn = store.connection();
    const auth = conn.base_url ? credentials() : null;
    if (!auth || !alive()) return { ok: false, applied: 0, auth: false };
    const api = client(conn.base_url);
    let cursor = conn.changes_cursor;
    let applied = 0;
    // The interval counts from when this pull asked, so a status is at most one interval old.
    const startedAt = ms();
    const failed = (retryAfterMs: number | null): PullResult => {
      // A failed pull is tried again within seconds (jittered, Retry-After honoured), not a whole interval later.
      pullFailures += 1;
      const retry = Math.min(backoffDelayMs(pullFailures, random), PULL_RETRY_MAX_MS, pullIntervalMs);
      nextPullAt = ms() + Math.max(retry, retryAfterMs ?? 0);
      return { ok: false, applied, auth: false };
    };
    for (let page = 0; page < 200 && alive(); page++) {
      const result = await api.changes(auth.token, cursor);
      if (!alive()) return { ok: false, applied, auth: false };
      if (result.kind !== 'response' || !result.isJson) return failed(null);
      if (result.status === 401 && portalError(result.json)) {
        store.pauseForAuth(problemOf(result));
        emit({ type: 'changed', entity: 'sync' });
        return { ok: false, applied, auth: true };
      }
      const body = result.json as { changes?: unknown; cursor?: unknown } | null;
      if (result.status !== 200 || !Array.isArray(body?.changes) || typeof body?.cursor !== 'string') return failed(result.retryAfterMs);
      // A page far beyond any portal's paging is refused whole (its cursor cannot be taken half-applied).
      if (body.changes.length > MAX_CHANGES_PER_PAGE || body.cursor.length > 2_000) return failed(null);
      const changes = body.changes;
      const nextCursor = body.cursor;
      const touched: string[] = [];
      // Applied and cursor stored in one transaction: the cursor never runs ahead of what is applied.
      db.transaction(() => {
        const at = now();
        for (const raw of changes) {
          const change = parseChange(raw);
          if (!change) continue;
          const owner = store.clientOfRecord(change.kind, change.id);
          if (!owner) continue; // not a record of this computer (or erased): nothing to show
          store.upsertStatus(change.kind, change.id, change.revision, owner.client_id, change.status, at);
          touched.push(change.id);
        }
        store.updateConnection({ changes_cursor: nextCursor });
      })();
      applied += touched.length;
      for (const id of new Set(touched)) emit({ type: 'changed', entity: 'portal_status', id });
      if (changes.length === 0 || nextCursor === cursor) break;
      cursor = nextCursor;
    }
    pullFailures = 0;
    nextPullAt = startedAt + pullIntervalMs;
    return { ok: true, applied, auth: false };
  }

  /** Pulls the changes feed; pulls never overlap (a second caller gets its own pull after the first). */
  function pull(): Promise<PullResult> {
    pullsQueued += 1;
    const next = pullChain.then(pullOnce).finally(() => {
      pullsQueued -= 1;
      // The next pull time moved (an interval later, or soon after a failure): wake up for it.
      if (alive()) schedule(Math.max(nextWakeIn(), MIN_TICK_MS));
    });
    pullChain = next.catch(() => undefined);
    return next.catch((error) => {
      if (alive()) console.error('[laif] changes pull failed:', (error as Error)?.message);
      return { ok: false, applied: 0, auth: false };
    });
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
        setReachable(true);
        store.markDelivered(row.id, { portalRef: outcome.portalRef }, outcome.receiptJson, at);
        summary.delivered += 1;
        emitProgress();
        return true;
      }
      summary.failed += 1;
      if (outcome.type === 'auth') {
        setReachable(true);
        store.pauseForAuth(outcome.problem);
        summary.stoppedBy = 'auth';
        return false;
      }
      if (outcome.type !== 'retry') {
        setReachable(true); // the portal answered with a verdict: it is up
        store.markFinal(row.id, outcome.type, outcome.problem);
        emitProgress();
        return true;
      }
      // One transient failure: this item waits for its own backoff; the run goes on.
      const delay = nextAttemptDelayMs(row.attempts + 1, outcome.retryAfterMs, random);
      store.markRetry(row.id, new Date(at.getTime() + delay), outcome.problem);
      store.updateConnection({ last_error_json: JSON.stringify(outcome.problem) });
      consecutiveFailures += 1;
      if (outcome.retryAfterMs) streakRetryUntil = Math.max(streakRetryUntil, at.getTime() + outcome.retryAfterMs);
      emitProgress();
      // No answer at all (refused, reset, timed out): one GET /health tells a dropped request from
      // a portal that is down. A failed probe opens the circuit; a good one means it was this request.
      if (result.kind !== 'response' && !(await probe())) {
        summary.stoppedBy = alive() ? 'failures' : 'stopped';
        return false;
      }
      if (consecutiveFailures >= circuitThreshold) {
        openCircuit();
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
    if (summary.stoppedBy !== 'auth' && (force || ms() >= nextPullAt)) {
      const pulled = await pull();
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

  /** GET /health: reachable and the same major apiVersion. A failure opens the circuit. */
  async function probe(): Promise<boolean> {
    const conn = store.connection();
    if (!conn.base_url) return false;
    let api: PortalClient;
    try {
      api = client(conn.base_url);
    } catch {
      return false;
    }
    probing = true;
    let result: HttpResult;
    try {
      result = await api.health();
    } finally {
      probing = false;
    }
    if (!alive()) return false;
    const version = apiVersionOf(result);
    if (!isCompatible(version)) {
      store.updateConnection({
        last_error_json: JSON.stringify(
          version === null
            ? problemOf(result, result.kind === 'response' ? 'not_json' : result.kind)
            : { code: 'portal_incompatible', message: `Portal speaks apiVersion ${version}`, httpStatus: 200, fields: [], currentRevision: null },
        ),
      });
      openCircuit();
      return false;
    }
    setReachable(true);
    return true;
  }

  /** Milliseconds until the scheduler has something to do (at most tickMs). */
  function nextWakeIn(): number {
    const at = ms();
    let wake = at + tickMs;
    const conn = store.connection();
    if (!conn.device_id || conn.needs_auth === 1) return tickMs;
    if (reachable !== true) {
      if (!probing) wake = Math.min(wake, nextProbeAt);
    } else {
      if (pullsQueued === 0) wake = Math.min(wake, nextPullAt);
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
        if (reachable !== true && !probing && !current && at >= nextProbeAt) {
          // Connectivity is back: status first (a short GET), then the queue.
          if (await probe()) {
            void pull();
            void run();
          }
        } else if (reachable === true) {
          if (pullsQueued === 0 && at >= nextPullAt) void pull();
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
    probe,
    pull,
    /** After pairing: probe at once. */
    resetReachability() {
      reachable = null;
      nextProbeAt = 0;
      probeDelay = probeMinMs;
      consecutiveFailures = 0;
    },
    /**
     * Connectivity came back (the OS says online, the computer woke up): probe and pull at once
     * instead of waiting for the next probe or pull interval.
     */
    wake() {
      // The renderer is untrusted: a burst of wake calls gives one probe and pull, not a flood.
      if (ms() - lastWakeAt < WAKE_MIN_GAP_MS) return;
      lastWakeAt = ms();
      nextProbeAt = 0;
      nextPullAt = 0;
      probeDelay = probeMinMs;
      if (reachable === false) reachable = null;
      schedule(0);
    },
    state: () => ({ running: current !== null, progress: progress ? { ...progress } : null, reachable, lastSummary }),
    client,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
export { realScheduler, type Scheduler };
export { readCredentials };
