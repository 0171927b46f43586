/**
 * The envelope a finalised revision travels in (portal-protocol.md, "Submissions"): what it is,
 * which revision it supersedes, the versions it was made with, and a checksum of its payload.
 * The device id is filled in at send time (pairing may come after finalising), so the checksum
 * does not cover it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@shared/domain/canonical-json';
import type { Locale } from '@shared/locale';

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

export interface EnvelopeInput {
  kind: SubmissionKind;
  recordId: string;
  revision: number;
  locale: Locale;
  payload: Record<string, unknown>;
  instrumentVersion: string;
  appVersion: string;
  createdAt: Date;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function submissionEnvelope(input: EnvelopeInput): SubmissionEnvelope {
  return {
    kind: input.kind,
    id: input.recordId,
    revision: input.revision,
    // Revisions of a record follow each other: n replaces n - 1.
    supersedes: input.revision > 1 ? input.revision - 1 : null,
    locale: input.locale,
    createdAt: input.createdAt.toISOString(),
    client: { appVersion: input.appVersion, instrumentVersion: input.instrumentVersion, deviceId: null },
    payload: input.payload,
    sha256: sha256Hex(canonicalJson(input.payload)),
  };
}
