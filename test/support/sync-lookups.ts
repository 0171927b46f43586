/**
 * For sync tests and the sync benchmark: a record's queue state and the portal's status of a
 * revision, read from a database file (the app reads them through the sync service).
 */
import type { Db } from '@main/db/open-database';
import type { PortalStatusInfo, RecordSyncInfo, SubmissionKindName } from '@shared/contract/sync';
import { createSyncStore, type SyncStore } from '@main/sync/sync-store';

const stores = new WeakMap<Db, SyncStore>();
const storeOf = (db: Db) => {
  let s = stores.get(db);
  if (!s) stores.set(db, (s = createSyncStore(db)));
  return s;
};

/** Sync state of one record: a given revision, or the latest queued one. */
export function recordSyncInfo(db: Db, kind: SubmissionKindName, recordId: string, revision?: number): RecordSyncInfo {
  return storeOf(db).record(kind, recordId, revision);
}

/** Portal status of a submitted revision (received / under_review / approved + allocation / …), or null. */
export function portalStatusOf(db: Db, kind: 'compute_request' | 'roadmap', recordId: string, revision: number): PortalStatusInfo | null {
  return storeOf(db).portalStatus(kind, recordId, revision);
}
