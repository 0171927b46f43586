/**
 * Writing to the outbox. Call `enqueueSubmission` INSIDE the transaction that finalises the
 * record, so the record and its queue row exist together or not at all.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Locale } from '../../../shared/locale';
import type { Db } from '../db/open-database';

export type SubmissionKind = 'roadmap' | 'compute_request' | 'assessment';

export interface SubmissionEnvelope {
  kind: SubmissionKind;
  id: string;
  revision: number;
  supersedes: number | null;
  locale: Locale;
  createdAt: string;
  client: { appVersion: string; instrumentVersion: string; deviceId: string | null };
  payload: Record<string, unknown>;
  sha256: string;
}

export interface EnqueueInput {
  kind: SubmissionKind;
  recordId: string;
  revision: number;
  locale: Locale;
  clientId: string | null;
  payload: Record<string, unknown>;
  instrumentVersion: string;
  appVersion: string;
  createdAt: Date;
  newId: () => string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Queues one finalised revision. The device id is filled in at send time (pairing may happen
 * after finalising), so it is not part of what the checksum covers.
 */
export function enqueueSubmission(db: Db, input: EnqueueInput): { outboxId: string; idempotencyKey: string } {
  const idempotencyKey = input.newId();
  const outboxId = input.newId();
  const envelope: SubmissionEnvelope = {
    kind: input.kind,
    id: input.recordId,
    revision: input.revision,
    supersedes: input.revision > 1 ? input.revision - 1 : null,
    locale: input.locale,
    createdAt: input.createdAt.toISOString(),
    client: { appVersion: input.appVersion, instrumentVersion: input.instrumentVersion, deviceId: null },
    payload: input.payload,
    sha256: sha256Hex(canonicalJson(input.payload)),
  };
  const seq = (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM outbox').get() as { next: number }).next;
  db.prepare(
    `INSERT INTO outbox (id, idempotency_key, kind, record_id, revision, client_id, envelope_json, seq, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(outboxId, idempotencyKey, input.kind, input.recordId, input.revision, input.clientId, JSON.stringify(envelope), seq, envelope.createdAt);
  return { outboxId, idempotencyKey };
}
