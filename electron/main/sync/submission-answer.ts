/**
 * What one answer of the portal means (portal-protocol.md, client rules): the problem it reports,
 * in a bounded shape, and for a submission whether it was delivered, is to be retried later,
 * needs pairing again, or was refused for good.
 */
import type { SyncProblem } from '@shared/contract/sync';
import { portalError, type HttpResult } from './portal-client';

export type SubmissionOutcome =
  | { type: 'delivered'; portalRef: string; receiptJson: string }
  /** Transient: this item is tried again later; `overload` when the portal asked to slow down (429/503). */
  | { type: 'retry'; problem: SyncProblem; retryAfterMs: number | null; overload: boolean }
  | { type: 'auth'; problem: SyncProblem }
  | { type: 'rejected' | 'conflict'; problem: SyncProblem };

export const clip = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
/** A portal reference is short ("LAIF-2026-000123"); anything longer is cut to this. */
const MAX_PORTAL_REF = 100;

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
export function classifySubmission(result: HttpResult, idempotencyKey: string): SubmissionOutcome {
  const retry = (problem: SyncProblem, retryAfterMs: number | null = null, overload = false): SubmissionOutcome => ({ type: 'retry', problem, retryAfterMs, overload });
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
