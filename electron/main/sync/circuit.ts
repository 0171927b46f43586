/**
 * Is the portal reachable? One failure is not an outage: only a run of `threshold` consecutive
 * failed attempts, or a failing health probe, opens the circuit (the portal is shown unreachable
 * and nothing is sent). While it is open, GET /health is probed again within seconds (probeMinMs,
 * doubling up to probeMaxMs), not after the items' long backoff; a streak of 429/503 also holds
 * the whole queue until its latest Retry-After (`not_before`).
 */
import type { AppEvent } from '@shared/contract/events';
import { apiVersionOf, isCompatible, type HttpResult, type PortalClient } from './portal-client';
import { problemOf } from './submission-answer';
import type { SyncStore } from './sync-store';

/** Consecutive failed attempts that open the circuit (one or two flaky answers do not). */
export const CIRCUIT_THRESHOLD = 5;

export interface CircuitOptions {
  store: SyncStore;
  emit: (event: AppEvent) => void;
  /** Milliseconds since the epoch, in the injected clock's time base. */
  ms: () => number;
  client: (baseUrl: string) => PortalClient;
  alive: () => boolean;
  probeMinMs: number;
  probeMaxMs: number;
  threshold: number;
}

export function createCircuit(o: CircuitOptions) {
  const { store, emit } = o;
  /** true = closed (sending), false = open (probing), null = not probed yet. */
  let reachable: boolean | null = null;
  let consecutiveFailures = 0;
  /** Latest Retry-After (absolute ms) of the current failure streak, for `not_before` when the circuit opens. */
  let streakRetryUntil = 0;
  let probing = false;
  let nextProbeAt = 0;
  let probeDelay = o.probeMinMs;

  function setReachable(value: boolean) {
    if (reachable !== value) {
      reachable = value;
      emit({ type: 'changed', entity: 'sync' });
    }
  }

  /** The portal answered (a receipt, a verdict, a good probe): the streak ends. */
  function markReachable() {
    consecutiveFailures = 0;
    streakRetryUntil = 0;
    probeDelay = o.probeMinMs;
    setReachable(true);
  }

  /** A run of failures (or a failed probe): stop sending and probe /health again in seconds. */
  function open() {
    const at = o.ms();
    nextProbeAt = Math.max(at + probeDelay, streakRetryUntil);
    probeDelay = Math.min(probeDelay * 2, o.probeMaxMs);
    // The portal asked to slow down during the streak: nothing is sent before it said.
    if (streakRetryUntil > at) store.updateConnection({ not_before: new Date(streakRetryUntil).toISOString() });
    setReachable(false);
  }

  /** GET /health: reachable and the same major apiVersion. A failure opens the circuit. */
  async function probe(): Promise<boolean> {
    const conn = store.connection();
    if (!conn.base_url) return false;
    let api: PortalClient;
    try {
      api = o.client(conn.base_url);
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
    if (!o.alive()) return false;
    const version = apiVersionOf(result);
    if (!isCompatible(version)) {
      store.updateConnection({
        last_error_json: JSON.stringify(
          version === null
            ? problemOf(result, result.kind === 'response' ? 'not_json' : result.kind)
            : { code: 'portal_incompatible', message: `Portal speaks apiVersion ${version}`, httpStatus: 200, fields: [], currentRevision: null },
        ),
      });
      open();
      return false;
    }
    markReachable();
    return true;
  }

  return {
    reachable: () => reachable,
    probing: () => probing,
    nextProbeAt: () => nextProbeAt,
    markReachable,
    open,
    probe,
    /** One item failed transiently at `at` (ms); a Retry-After extends the streak's hold. */
    recordFailure(at: number, retryAfterMs: number | null) {
      consecutiveFailures += 1;
      if (retryAfterMs) streakRetryUntil = Math.max(streakRetryUntil, at + retryAfterMs);
    },
    /** The streak is long enough to open the circuit. */
    tooManyFailures: () => consecutiveFailures >= o.threshold,
    /** After pairing: probe at once. */
    reset() {
      reachable = null;
      nextProbeAt = 0;
      probeDelay = o.probeMinMs;
      consecutiveFailures = 0;
    },
    /** Connectivity came back: probe at once, from the shortest delay. */
    wake() {
      nextProbeAt = 0;
      probeDelay = o.probeMinMs;
      if (reachable === false) reachable = null;
    },
  };
}

export type Circuit = ReturnType<typeof createCircuit>;
