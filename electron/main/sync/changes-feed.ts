/**
 * The portal's changes feed (portal-protocol.md): each change read in a bounded shape, and the
 * pull that applies a page and stores its cursor in one transaction. Pulls have their own
 * schedule (every pullIntervalMs, counted from when the last pull asked; a failed pull again
 * within PULL_RETRY_MAX_MS), independent of the pushes, and never overlap.
 */
import type { AppEvent } from '@shared/contract/events';
import type { PortalStatusInfo, PortalStatusName } from '@shared/contract/sync';
import { PORTAL_STATUSES } from '@shared/contract/sync';
import type { Db } from '../db/open-database';
import { backoffDelayMs } from './backoff';
import type { StoredCredentials } from './credentials';
import { portalError, type PortalClient } from './portal-client';
import { clip, problemOf } from './submission-answer';
import type { SyncStore } from './sync-store';

/** Longest wait before a failed pull of the changes feed is tried again (unless Retry-After says more). */
export const PULL_RETRY_MAX_MS = 5_000;
/** Changes accepted in one page of the feed (the reference portal sends 100). */
const MAX_CHANGES_PER_PAGE = 1_000;
/** Largest GPU-hour allocation taken from the feed (MeluXina's 800 A100 GPUs give ~7 million GPU-hours a year). */
const MAX_ALLOCATION_GPU_HOURS = 100_000_000;

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

export type PullResult = { ok: boolean; applied: number; auth: boolean };

export interface ChangesPullerOptions {
  db: Db;
  store: SyncStore;
  now: () => Date;
  emit: (event: AppEvent) => void;
  random: () => number;
  pullIntervalMs: number;
  client: (baseUrl: string) => PortalClient;
  /** The token to pull with, or null when not paired / paused. */
  credentials: () => StoredCredentials | null;
  /** False once the engine stopped or the database closed. */
  alive: () => boolean;
  /** A pull ended (its next time moved): the engine's scheduler looks again. */
  onSettled: () => void;
}

export function createChangesPuller(o: ChangesPullerOptions) {
  const { db, store, now, emit, alive } = o;
  const ms = () => now().getTime();
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  let nextPullAt = 0;
  let failures = 0;

  async function pullOnce(): Promise<PullResult> {
    const conn = store.connection();
    const auth = conn.base_url ? o.credentials() : null;
    if (!auth || !alive()) return { ok: false, applied: 0, auth: false };
    const api = o.client(conn.base_url);
    let cursor = conn.changes_cursor;
    let applied = 0;
    // The interval counts from when this pull asked, so a status is at most one interval old.
    const startedAt = ms();
    const failed = (retryAfterMs: number | null): PullResult => {
      // A failed pull is tried again within seconds (jittered, Retry-After honoured), not a whole interval later.
      failures += 1;
      const retry = Math.min(backoffDelayMs(failures, o.random), PULL_RETRY_MAX_MS, o.pullIntervalMs);
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
    failures = 0;
    nextPullAt = startedAt + o.pullIntervalMs;
    return { ok: true, applied, auth: false };
  }

  /** Pulls the changes feed; pulls never overlap (a second caller gets its own pull after the first). */
  function pull(): Promise<PullResult> {
    queued += 1;
    const next = chain.then(pullOnce).finally(() => {
      queued -= 1;
      // The next pull time moved (an interval later, or soon after a failure): wake up for it.
      if (alive()) o.onSettled();
    });
    chain = next.catch(() => undefined);
    return next.catch((error) => {
      if (alive()) console.error('[laif] changes pull failed:', (error as Error)?.message);
      return { ok: false, applied: 0, auth: false };
    });
  }

  return {
    pull,
    /** No pull running or waiting. */
    idle: () => queued === 0,
    /** When the next pull is due (ms since the epoch, in the clock's time base). */
    nextPullAt: () => nextPullAt,
    /** Connectivity came back: the next look pulls at once. */
    dueNow() {
      nextPullAt = 0;
    },
  };
}
