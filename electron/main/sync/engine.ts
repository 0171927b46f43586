/**
 * The sync engine (portal-protocol.md, Client rules). It sends due outbox items one by one,
 * classifies every answer, pulls the changes feed after each push, and schedules itself:
 * when the portal becomes reachable, every few minutes while it is, and on "Sync now".
 *
 * - Delivered only on a 200/201 whose JSON `receipt.idempotencyKey` equals the key sent.
 * - Network errors, timeouts, HTML answers, 429 and 5xx: retried forever, full-jitter
 *   exponential backoff (2 s … 15 min), Retry-After honoured (per item and for the queue).
 * - 401: the whole queue pauses (`needs_auth`) until the advisor pairs again.
 * - 409 stale_revision → conflict; 422 → rejected with field messages; 413 → rejected.
 * - Nothing local is ever deleted; `sending` left by a crash goes back to `pending` at start.
 * - Every database write is one short statement or transaction between network awaits, so
 *   capture in the window is never held up.
 */
import type { AppEvent } from '../../../shared/contract/events';
import type { PortalStatusInfo, PortalStatusName, SyncProblem } from '../../../shared/contract/sync';
import { PORTAL_STATUSES } from '../../../shared/contract/sync';
import type { Db } from '../db/open-database';
import { nextAttemptDelayMs } from './backoff';
import { apiVersionOf, createPortalClient, isCompatible, portalError, type FetchLike, type HttpResult, type PortalClient } from './portal-client';
import type { SecretStore } from './secrets';
import type { OutboxRow, SyncStore } from './sync-store';

export const TOKEN_SECRET = 'portal.token';
/** Items marked `sending` per transaction. */
const CLAIM_CHUNK = 25;

export interface StoredCredentials {
  token: string;
  deviceId: string;
  baseUrl: string;
}

export interface SyncEngineOptions {
  db: Db;
  store: SyncStore;
  secrets: SecretStore;
  now: () => Date;
  emit: (event: AppEvent) => void;
  appVersion: string;
  fetch?: FetchLike;
  /** Seedable randomness for the backoff jitter (tests pass a seeded PRNG). */
  random?: () => number;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
  /** How often the scheduler looks for due work (default 10 s). */
  tickMs?: number;
  /** A run while reachable at least this often, to pull status changes (default 3 min). */
  intervalMs?: number;
  /** First and longest wait between two reachability probes while offline (default 15 s, 5 min). */
  probeMinMs?: number;
  probeMaxMs?: number;
}

export interface RunSummary {
  attempted: number;
  delivered: number;
  failed: number;
  /** Why the push stopped early, if it did. */
  stoppedBy: 'not_paired' | 'needs_auth' | 'overloaded' | 'unreachable' | 'auth' | 'failures' | 'stopped' | null;
  changesApplied: number;
  pulled: boolean;
  ok: boolean;
}

type Outcome =
  | { type: 'delivered'; portalRef: string; receiptJson: string }
  | { type: 'retry'; problem: SyncProblem; retryAfterMs: number | null; stop: boolean; overload: boolean; unreachable: boolean }
  | { type: 'auth'; problem: SyncProblem }
  | { type: 'rejected' | 'conflict'; problem: SyncProblem };

const clip = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

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
  const retry = (problem: SyncProblem, extra: Partial<Extract<Outcome, { type: 'retry' }>> = {}): Outcome => ({
    type: 'retry',
    problem,
    retryAfterMs: null,
    stop: false,
    overload: false,
    unreachable: false,
    ...extra,
  });
  if (result.kind !== 'response') return retry(problemOf(result), { stop: true, unreachable: true });
  const { status } = result;
  if (status === 200 || status === 201) {
    if (!result.isJson) return retry(problemOf(result, 'not_json'), { stop: true, unreachable: true });
    const receipt = (result.json as { receipt?: { idempotencyKey?: unknown; portalRef?: unknown } } | null)?.receipt;
    if (receipt && receipt.idempotencyKey === idempotencyKey && typeof receipt.portalRef === 'string' && receipt.portalRef !== '') {
      return { type: 'delivered', portalRef: receipt.portalRef, receiptJson: JSON.stringify(receipt) };
    }
    return retry(problemOf(result, 'no_receipt'), { stop: true });
  }
  if (status === 429 || status === 503) {
    return retry(problemOf(result), { retryAfterMs: result.retryAfterMs, stop: true, overload: true });
  }
  if (status >= 500) return retry(problemOf(result), { retryAfterMs: result.retryAfterMs });
  // 4xx answers count only when they are the portal's own JSON errors (not a proxy's page).
  if (!result.isJson || !portalError(result.json)) return retry(problemOf(result, result.isJson ? `http_${status}` : 'not_json'), { stop: true });
  if (status === 401) return { type: 'auth', problem: problemOf(result) };
  if (status === 409) return { type: 'conflict', problem: problemOf(result) };
  if (status === 413) return { type: 'rejected', problem: problemOf(result, 'too_large') };
  if (status === 422 || status === 400) return { type: 'rejected', problem: problemOf(result) };
  return retry(problemOf(result), { stop: true });
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
      isObject(a) && typeof a.gpuHours === 'number'
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
  const random = options.random ?? Math.random;
  const tickMs = options.tickMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 3 * 60_000;
  const probeMinMs = options.probeMinMs ?? 15_000;
  const probeMaxMs = options.probeMaxMs ?? 5 * 60_000;

  let stopped = false;
  let abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: Promise<RunSummary> | null = null;
  let again: { force: boolean } | null = null;
  let progress: { done: number; total: number } | null = null;
  let reachable: boolean | null = null;
  let lastRunAt = 0;
  let nextProbeAt = 0;
  let probeDelay = probeMinMs;
  let lastSummary: RunSummary | null = null;

  const alive = () => !stopped && db.open;

  function client(baseUrl: string): PortalClient {
    return createPortalClient({
      baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      now,
      signal: abort.signal,
      userAgent: `L-AIF-Workbench/${options.appVersion}`,
    });
  }

  function setReachable(value: boolean) {
    if (reachable !== value) {
      reachable = value;
      if (!value) {
        nextProbeAt = Date.now() + probeDelay;
      } else probeDelay = probeMinMs;
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

  async function pullChanges(api: PortalClient, token: string): Promise<{ ok: boolean; applied: number; auth: boolean }> {
    let cursor = store.connection().changes_cursor;
    let applied = 0;
    for (let page = 0; page < 200 && alive(); page++) {
      const result = await api.changes(token, cursor);
      if (!alive()) return { ok: false, applied, auth: false };
      if (result.kind !== 'response' || !result.isJson) {
        setReachable(false);
        return { ok: false, applied, auth: false };
      }
      setReachable(true);
      if (result.status === 401 && portalError(result.json)) {
        store.pauseForAuth(problemOf(result));
        return { ok: false, applied, auth: true };
      }
      const body = result.json as { changes?: unknown; cursor?: unknown } | null;
      if (result.status !== 200 || !Array.isArray(body?.changes) || typeof body?.cursor !== 'string') {
        return { ok: false, applied, auth: false };
      }
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
    return { ok: true, applied, auth: false };
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
    lastRunAt = Date.now();
    const api = client(conn.base_url);

    const ids = store.dueIds(started, force);
    progress = { done: 0, total: ids.length };
    emit({ type: 'changed', entity: 'sync' });
    emitProgress(true);
    let consecutiveFailures = 0;

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
        consecutiveFailures = 0;
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
        setReachable(true);
        store.markFinal(row.id, outcome.type, outcome.problem);
        consecutiveFailures = 0;
        emitProgress();
        return true;
      }
      store.markRetry(row.id, new Date(at.getTime() + nextAttemptDelayMs(row.attempts + 1, outcome.retryAfterMs, random)), outcome.problem);
      store.updateConnection({ last_error_json: JSON.stringify(outcome.problem) });
      setReachable(!outcome.unreachable);
      if (outcome.overload && outcome.retryAfterMs) {
        store.updateConnection({ not_before: new Date(at.getTime() + outcome.retryAfterMs).toISOString() });
      }
      consecutiveFailures += 1;
      if (outcome.stop) {
        summary.stoppedBy = outcome.overload ? 'overloaded' : 'unreachable';
        return false;
      }
      if (consecutiveFailures >= 3) {
        summary.stoppedBy = 'failures';
        return false;
      }
      emitProgress();
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

    if (summary.stoppedBy === null || summary.stoppedBy === 'failures') {
      const pulled = await pullChanges(api, auth.token);
      summary.pulled = pulled.ok;
      summary.changesApplied = pulled.applied;
      if (pulled.auth) summary.stoppedBy = 'auth';
    }
    if (!alive()) return { ...summary, stoppedBy: 'stopped' };
    summary.ok = summary.stoppedBy === null && summary.pulled && summary.failed === 0;
    const finished = now().toISOString();
    store.updateConnection(
      summary.ok
        ? { last_attempt_at: finished, last_sync_at: finished, last_error_json: null, not_before: null }
        : { last_attempt_at: finished },
    );
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
      return summary;
    })();
    return current;
  }

  /** GET /health: reachable and the same major apiVersion. */
  async function probe(): Promise<boolean> {
    const conn = store.connection();
    if (!conn.base_url) return false;
    let api: PortalClient;
    try {
      api = client(conn.base_url);
    } catch {
      return false;
    }
    const result = await api.health();
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
      probeDelay = Math.min(probeDelay * 2, probeMaxMs);
      nextProbeAt = Date.now() + probeDelay;
      if (reachable !== false) setReachable(false);
      return false;
    }
    setReachable(true);
    return true;
  }

  async function tick() {
    timer = null;
    if (!alive()) return;
    try {
      const conn = store.connection();
      if (conn.device_id && conn.needs_auth === 0 && !current) {
        if (reachable !== true) {
          if (Date.now() >= nextProbeAt && (await probe())) await run();
        } else if (store.hasDue(now()) || Date.now() - lastRunAt >= intervalMs) {
          await run();
        }
      }
    } catch (error) {
      if (alive()) console.error('[laif] sync tick failed:', (error as Error)?.message);
    }
    schedule(tickMs);
  }

  function schedule(ms: number) {
    if (!alive()) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    timer.unref?.();
  }

  return {
    /** Start-up: `sending` left by a crash goes back to `pending` (the key makes a resend safe). */
    recover: () => store.resetSending(),
    start() {
      stopped = false;
      schedule(0);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      abort.abort();
      abort = new AbortController();
    },
    run,
    probe,
    /** After pairing: probe at once. */
    resetReachability() {
      reachable = null;
      nextProbeAt = 0;
      probeDelay = probeMinMs;
    },
    state: () => ({ running: current !== null, progress: progress ? { ...progress } : null, reachable, lastSummary }),
    client,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
export { readCredentials };
