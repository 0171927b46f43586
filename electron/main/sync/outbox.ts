/**
 * Writing to the outbox. Call `enqueueSubmission` INSIDE the transaction that finalises the
 * record, so the record and its queue row exist together or not at all.
 */
import type { Db } from '../db/open-database';
import { submissionEnvelope, type EnvelopeInput } from './submission-envelope';

export interface EnqueueInput extends EnvelopeInput {
  /** The client the record belongs to (erasing the client removes its queue rows). */
  clientId: string | null;
  newId: () => string;
}

/** Queues one finalised revision in its envelope, after everything queued before it. */
export function enqueueSubmission(db: Db, input: EnqueueInput): { outboxId: string; idempotencyKey: string } {
  const idempotencyKey = input.newId();
  const outboxId = input.newId();
  const envelope = submissionEnvelope(input);
  const seq = (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM outbox').get() as { next: number }).next;
  db.prepare(
    `INSERT INTO outbox (id, idempotency_key, kind, record_id, revision, client_id, envelope_json, seq, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(outboxId, idempotencyKey, input.kind, input.recordId, input.revision, input.clientId, JSON.stringify(envelope), seq, envelope.createdAt);
  return { outboxId, idempotencyKey };
}
