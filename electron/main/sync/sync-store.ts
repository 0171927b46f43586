/**
 * SQL of the sync feature: the portal connection row, outbox delivery states, the status
 * coming back and the sync centre's listings. Each write is one short statement or
 * transaction, so capture is never held up by a sync in progress.
 */
import type { Db } from '../db/open-database';
import { envelopeNames } from './envelope-names';
import type {
  OutboxState,
  PortalStatusInfo,
  RecordSyncInfo,
  SubmissionKindName,
  SyncItem,
  SyncProblem,
} from '@shared/contract/sync';

export interface ConnectionRow {
  base_url: string;
  device_name: string;
  device_id: string | null;
  advisor_id: string | null;
  advisor_name: string | null;
  paired_at: string | null;
  needs_auth: number;
  not_before: string | null;
  changes_cursor: string | null;
  last_sync_at: string | null;
  last_attempt_at: string | null;
  last_error_json: string | null;
}

export interface OutboxRow {
  id: string;
  idempotency_key: string;
  kind: SubmissionKindName;
  record_id: string;
  revision: number;
  client_id: string | null;
  envelope_json: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  last_error_json: string | null;
  portal_ref: string | null;
  receipt_json: string | null;
  delivered_at: string | null;
  seq: number;
  created_at: string;
  last_attempt_at: string | null;
  acknowledged_at: string | null;
}

interface StatusRow {
  status: PortalStatusInfo['status'];
  allocation_json: string | null;
  message: string | null;
  at: string;
}

const WAITING_STATES: OutboxState[] = ['pending', 'retry', 'sending'];

export const parseProblem = (json: string | null): SyncProblem | null => (json ? (JSON.parse(json) as SyncProblem) : null);

function toStatus(row: StatusRow | undefined): PortalStatusInfo | null {
  if (!row) return null;
  return { status: row.status, allocation: row.allocation_json ? JSON.parse(row.allocation_json) : null, message: row.message, at: row.at };
}

/** A label for the sync centre from the queued payload: project title or company name. */
function titleOf(row: Pick<OutboxRow, 'envelope_json'>): string {
  const { project, company } = envelopeNames(row.envelope_json);
  return [project, company].filter(Boolean).join(' — ');
}

export function createSyncStore(db: Db) {
  const s = {
    connection: db.prepare<[], ConnectionRow>('SELECT * FROM portal_connection WHERE id = 1'),
    outboxById: db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE id = ?'),
    resetSending: db.prepare("UPDATE outbox SET state = 'pending' WHERE state = 'sending'"),
    due: db.prepare<{ now: string; force: number }, { id: string }>(
      `SELECT o.id FROM outbox o
        WHERE o.state IN ('pending', 'retry')
          -- "Sync now" (force) skips the backoff, but never a portal's Retry-After (429/503)
          AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now
               OR (:force = 1 AND coalesce(json_extract(o.last_error_json, '$.httpStatus'), 0) NOT IN (429, 503)))
          -- an earlier revision of the same record goes first (else it would come back stale)
          AND NOT EXISTS (SELECT 1 FROM outbox p
                           WHERE p.kind = o.kind AND p.record_id = o.record_id AND p.revision < o.revision
                             AND p.state IN ('pending', 'sending', 'retry', 'needs_auth'))
        ORDER BY o.seq`,
    ),
    /** When the next item becomes due ('' = now), with the same earlier-revision rule as `due`. */
    nextDue: db.prepare<[], { at: string | null }>(
      `SELECT min(coalesce(o.next_attempt_at, '')) AS at FROM outbox o
        WHERE o.state IN ('pending', 'retry')
          AND NOT EXISTS (SELECT 1 FROM outbox p
                           WHERE p.kind = o.kind AND p.record_id = o.record_id AND p.revision < o.revision
                             AND p.state IN ('pending', 'sending', 'retry', 'needs_auth'))`,
    ),
    // An attempt is counted when its outcome is recorded (markDelivered/markRetry/markFinal), never
    // at the claim: a crash while `sending` must not add to the count on every restart.
    markSending: db.prepare("UPDATE outbox SET state = 'sending', last_attempt_at = ? WHERE id = ? AND state IN ('pending', 'retry')"),
    release: db.prepare("UPDATE outbox SET state = 'pending' WHERE id = ? AND state = 'sending'"),
    markDelivered: db.prepare(
      `UPDATE outbox SET state = 'delivered', attempts = attempts + 1, portal_ref = ?, receipt_json = ?, delivered_at = ?,
              next_attempt_at = NULL, last_error_json = NULL WHERE id = ?`,
    ),
    markRetry: db.prepare("UPDATE outbox SET state = 'retry', attempts = attempts + 1, next_attempt_at = ?, last_error_json = ? WHERE id = ?"),
    markFinal: db.prepare('UPDATE outbox SET state = ?, attempts = attempts + 1, next_attempt_at = NULL, last_error_json = ? WHERE id = ?'),
    /** Not sent at all (consent withdrawn before sending): final, and no attempt. */
    markWithheld: db.prepare("UPDATE outbox SET state = 'rejected', next_attempt_at = NULL, last_error_json = ? WHERE id = ?"),
    pauseAll: db.prepare("UPDATE outbox SET state = 'needs_auth' WHERE state IN ('pending', 'retry', 'sending')"),
    resumeAll: db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE state = 'needs_auth'"),
    dueNow: db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ? AND state IN ('retry', 'pending')"),
    acknowledge: db.prepare('UPDATE outbox SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ?'),
    statusOf: db.prepare<[string, string, number], StatusRow>(
      'SELECT status, allocation_json, message, at FROM portal_status WHERE kind = ? AND record_id = ? AND revision = ?',
    ),
    clientOfRecord: db.prepare<[string, string], { client_id: string | null }>(
      'SELECT client_id FROM outbox WHERE kind = ? AND record_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    upsertStatus: db.prepare(
      `INSERT INTO portal_status (kind, record_id, revision, client_id, status, allocation_json, message, at, applied_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, record_id, revision) DO UPDATE SET
         status = excluded.status, allocation_json = excluded.allocation_json, message = excluded.message,
         at = excluded.at, applied_at = excluded.applied_at`,
    ),
    counts: db.prepare<[], { state: OutboxState; acknowledged: number; n: number }>(
      'SELECT state, acknowledged_at IS NOT NULL AS acknowledged, count(*) AS n FROM outbox GROUP BY state, acknowledged',
    ),
    latestForRecord: db.prepare<[string, string], OutboxRow>(
      'SELECT * FROM outbox WHERE kind = ? AND record_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    forRevision: db.prepare<[string, string, number], OutboxRow>(
      'SELECT * FROM outbox WHERE kind = ? AND record_id = ? AND revision = ?',
    ),
    clientName: db.prepare<[string], { name: string }>('SELECT name FROM clients WHERE id = ?'),
    clientConsent: db.prepare<[string], { consent_benchmark: number }>('SELECT consent_benchmark FROM clients WHERE id = ?'),
  };

  function updateConnection(fields: Partial<ConnectionRow>) {
    const keys = Object.keys(fields) as (keyof ConnectionRow)[];
    if (keys.length === 0) return;
    db.prepare(`UPDATE portal_connection SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE id = 1`).run(...keys.map((k) => fields[k] ?? null));
  }

  function toItem(row: OutboxRow): SyncItem {
    const statusKind = row.kind === 'assessment' ? null : row.kind;
    return {
      outboxId: row.id,
      kind: row.kind,
      recordId: row.record_id,
      revision: row.revision,
      clientId: row.client_id,
      clientName: row.client_id ? (s.clientName.get(row.client_id)?.name ?? null) : null,
      title: titleOf(row),
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastAttemptAt: row.last_attempt_at,
      lastError: parseProblem(row.last_error_json),
      portalRef: row.portal_ref,
      deliveredAt: row.delivered_at,
      createdAt: row.created_at,
      acknowledgedAt: row.acknowledged_at,
      portalStatus: statusKind ? toStatus(s.statusOf.get(statusKind, row.record_id, row.revision)) : null,
    };
  }

  return {
    connection: () => s.connection.get()!,
    updateConnection,
    outbox: (id: string) => s.outboxById.get(id) ?? null,
    resetSending: () => s.resetSending.run().changes,
    dueIds: (now: Date, force: boolean) => s.due.all({ now: now.toISOString(), force: force ? 1 : 0 }).map((r) => r.id),
    /** Epoch ms when the next item is due (now or earlier when one is due already), or null. */
    nextDueAt: (): number | null => {
      const at = s.nextDue.get()?.at;
      if (at === null || at === undefined) return null;
      return at === '' ? 0 : Date.parse(at);
    },
    /**
     * Marks due items `sending` in one transaction and returns them. An assessment whose client
     * withdrew consent after finalising is not shared: it is marked rejected (kept, shown).
     */
    claim(ids: string[], now: Date): { claimed: OutboxRow[]; skipped: number } {
      return db.transaction(() => {
        const claimed: OutboxRow[] = [];
        let skipped = 0;
        for (const id of ids) {
          const row = s.outboxById.get(id);
          if (!row || (row.state !== 'pending' && row.state !== 'retry')) {
            skipped += 1;
          } else if (row.kind === 'assessment' && row.client_id && (s.clientConsent.get(row.client_id)?.consent_benchmark ?? 0) !== 1) {
            const problem = { code: 'consent_withdrawn', message: 'The client no longer consents to share results', httpStatus: null, fields: [], currentRevision: null };
            s.markWithheld.run(JSON.stringify(problem), id);
            skipped += 1;
          } else {
            s.markSending.run(now.toISOString(), id);
            claimed.push({ ...row, state: 'sending' });
          }
        }
        return { claimed, skipped };
      })();
    },
    /** Claimed items that were not sent (the run stopped) go back to waiting (no attempt was counted). */
    release: (ids: string[]) =>
      db.transaction(() => {
        for (const id of ids) s.release.run(id);
      })(),
    /**
     * Written without waiting for the disk flush (synchronous=NORMAL for this one commit; the next
     * FULL commit flushes it): a receipt lost to a power cut only means a resend, which the portal
     * answers with the same receipt. This halves the disk flushes of a drain. Capture writes are
     * unaffected: better-sqlite3 is synchronous, so nothing else runs between set and reset.
     */
    markDelivered: (id: string, receipt: { portalRef: string }, receiptJson: string, now: Date) => {
      const previous = db.pragma('synchronous', { simple: true }) as number;
      db.pragma('synchronous = NORMAL');
      try {
        s.markDelivered.run(receipt.portalRef, receiptJson, now.toISOString(), id);
      } finally {
        db.pragma(`synchronous = ${previous}`);
      }
    },
    markRetry: (id: string, nextAttemptAt: Date, problem: SyncProblem) =>
      s.markRetry.run(nextAttemptAt.toISOString(), JSON.stringify(problem), id),
    markFinal: (id: string, state: 'rejected' | 'conflict', problem: SyncProblem) => s.markFinal.run(state, JSON.stringify(problem), id),
    /** 401: the whole queue waits for a new pairing (one transaction). */
    pauseForAuth: (problem: SyncProblem) =>
      db.transaction(() => {
        s.pauseAll.run();
        updateConnection({ needs_auth: 1, last_error_json: JSON.stringify(problem) });
      })(),
    resumeAfterPairing: () => s.resumeAll.run().changes,
    /** "Retry" on a waiting item: due at once (the caller keeps a portal's Retry-After). */
    dueNow: (id: string) => s.dueNow.run(id).changes,
    /** The advisor has seen a rejected or conflicting item (the first time counts). */
    acknowledge: (id: string, at: Date) => s.acknowledge.run(at.toISOString(), id).changes,

    clientOfRecord: (kind: string, recordId: string) => s.clientOfRecord.get(kind, recordId),
    upsertStatus: (
      kind: 'compute_request' | 'roadmap',
      recordId: string,
      revision: number,
      clientId: string | null,
      status: PortalStatusInfo,
      appliedAt: Date,
    ) =>
      s.upsertStatus.run(
        kind,
        recordId,
        revision,
        clientId,
        status.status,
        status.allocation ? JSON.stringify(status.allocation) : null,
        status.message,
        status.at,
        appliedAt.toISOString(),
      ),
    portalStatus: (kind: 'compute_request' | 'roadmap', recordId: string, revision: number) =>
      toStatus(s.statusOf.get(kind, recordId, revision)),

    counts() {
      const out = { waiting: 0, sending: 0, delivered: 0, attention: 0 };
      for (const r of s.counts.all()) {
        if (r.state === 'sending') out.sending += r.n;
        else if (r.state === 'delivered') out.delivered += r.n;
        else if (WAITING_STATES.includes(r.state)) out.waiting += r.n;
        else if (!r.acknowledged) out.attention += r.n;
      }
      return out;
    },

    list(filter: 'all' | 'waiting' | 'delivered' | 'attention', limit: number): SyncItem[] {
      const where =
        filter === 'waiting'
          ? "state IN ('pending', 'retry', 'sending')"
          : filter === 'delivered'
            ? "state = 'delivered'"
            : filter === 'attention'
              ? "state IN ('needs_auth', 'conflict', 'rejected') AND acknowledged_at IS NULL"
              : '1 = 1';
      const order = filter === 'delivered' ? 'delivered_at DESC, seq DESC' : 'seq';
      return db.prepare<[number], OutboxRow>(`SELECT * FROM outbox WHERE ${where} ORDER BY ${order} LIMIT ?`).all(limit).map(toItem);
    },
    item: (id: string) => {
      const row = s.outboxById.get(id);
      return row ? toItem(row) : null;
    },

    record(kind: SubmissionKindName, recordId: string, revision?: number): RecordSyncInfo {
      const row = revision ? s.forRevision.get(kind, recordId, revision) : s.latestForRecord.get(kind, recordId);
      if (!row) {
        return { kind, recordId, revision: revision ?? null, state: 'not_queued', portalRef: null, deliveredAt: null, lastError: null, portalStatus: null };
      }
      return {
        kind,
        recordId,
        revision: row.revision,
        state: row.state,
        portalRef: row.portal_ref,
        deliveredAt: row.delivered_at,
        lastError: parseProblem(row.last_error_json),
        portalStatus: kind === 'assessment' ? null : toStatus(s.statusOf.get(kind, recordId, row.revision)),
      };
    },
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
