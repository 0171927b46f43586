/**
 * Sync state in the renderer: the status (refreshed on the main process's events), the
 * progress of a batch, a version number that lists watch to reload, and batched look-ups of
 * record states for SyncBadge (one `sync.records` call per burst of badges, not one per row).
 */
import { create } from 'zustand';
import type { PortalDecisions, RecordSyncInfo, SubmissionKindName, SyncStatus } from '@shared/contract/sync';
import type { ChangedEntity } from '@shared/contract/events';
import { call, onEvent } from './api';

interface SyncUiState {
  status: SyncStatus | null;
  progress: { done: number; total: number } | null;
  /** Bumped when outbox rows or statuses change: lists and badges reload. */
  version: number;
  /** Portal decisions of every client: what needs the advisor (navigation badge) and approvals. */
  decisions: PortalDecisions | null;
}

export const useSyncStore = create<SyncUiState>(() => ({ status: null, progress: null, version: 0, decisions: null }));

/** How many things need the advisor: portal decisions on the latest revision sent, and records the portal would not take. */
export function needsAdvisorCount(s: Pick<SyncUiState, 'status' | 'decisions'>): number {
  return (s.decisions?.attention.length ?? 0) + (s.status?.counts.attention ?? 0);
}

/** Events that change what the sync screens show ('outbox': a feature queued a record). */
const SYNC_ENTITIES: ReadonlySet<ChangedEntity> = new Set<ChangedEntity>(['sync', 'portal_status', 'outbox']);

let subscribed = false;
let refreshing: Promise<void> | null = null;
let refreshAgain = false;

/** Reloads the status; a request during a reload triggers one more, so the last event always wins. */
export function refreshSyncStatus(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      try {
        // Each on its own: a failing decisions list never hides the status, nor the reverse.
        const [status, decisions] = await Promise.allSettled([call('sync.status', {}), call('sync.decisions', {})]);
        if (status.status === 'fulfilled') {
          const value = status.value;
          useSyncStore.setState({ status: value, progress: value.running ? (value.progress ?? useSyncStore.getState().progress) : null });
        }
        if (decisions.status === 'fulfilled') useSyncStore.setState({ decisions: decisions.value });
      } catch {
        // The next event tries again.
      }
    } while (refreshAgain);
    refreshing = null;
  })();
  return refreshing;
}

/** One subscription for the whole renderer (the bridge opens one event stream per subscription). */
export function ensureSyncEvents(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent((event) => {
    if (event.type === 'progress' && event.task === 'sync') {
      useSyncStore.setState({ progress: event.done < event.total ? { done: event.done, total: event.total } : null });
    } else if (event.type === 'changed' && SYNC_ENTITIES.has(event.entity)) {
      useSyncStore.setState((s) => ({ version: s.version + 1 }));
      void refreshSyncStatus();
    }
  });
  // Connectivity came back (Wi-Fi rejoined, laptop woke up): the main process probes the portal
  // and pulls its status at once instead of at the next probe or pull interval.
  // A failed wake changes nothing: the scheduler's own probe follows, and the sync status shows any failure.
  globalThis.addEventListener?.('online', () => void call('sync.wake', {}).catch(() => undefined));
  void refreshSyncStatus();
}

type Lookup = { kind: SubmissionKindName; recordId: string; revision?: number };
const waiting = new Map<string, { item: Lookup; resolve: ((info: RecordSyncInfo) => void)[]; reject: ((e: unknown) => void)[] }>();
let scheduled = false;

const keyOf = (l: Lookup) => `${l.kind}|${l.recordId}|${l.revision ?? ''}`;

async function flush() {
  scheduled = false;
  const batch = [...waiting.values()];
  waiting.clear();
  for (let i = 0; i < batch.length; i += 200) {
    const chunk = batch.slice(i, i + 200);
    try {
      const infos = await call('sync.records', { items: chunk.map((c) => c.item) });
      chunk.forEach((c, j) => c.resolve.forEach((r) => r(infos[j])));
    } catch (error) {
      chunk.forEach((c) => c.reject.forEach((r) => r(error)));
    }
  }
}

/** The sync state of one record; calls made in the same tick share one request. */
export function lookupRecordSync(item: Lookup): Promise<RecordSyncInfo> {
  return new Promise((resolve, reject) => {
    const key = keyOf(item);
    const entry = waiting.get(key) ?? { item, resolve: [], reject: [] };
    entry.resolve.push(resolve);
    entry.reject.push(reject);
    waiting.set(key, entry);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void flush(), 0);
    }
  });
}
