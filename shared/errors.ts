/**
 * Errors that cross the process boundary. Every contract call answers
 * `{ ok: true, value }` or `{ ok: false, error: { code, message, details } }`;
 * the renderer turns `code` into a translated message: `errors:<code>` for the app-wide codes,
 * `<namespace>:errors.<code>` for a feature's own (test/unit/error-codes.test.ts checks that each
 * code has its text in the four languages). The list is closed: an unknown code fails the type check.
 */
export const ERROR_CODES = {
  /** App-wide (locales/<lng>/errors.json). */
  errors: [
    'invalid_input',
    'unknown_method',
    'not_found',
    'conflict',
    'confirmation_mismatch',
    'read_only',
    'too_large',
    'database_corrupt',
    'migration_failed',
    'bridge_unauthorized',
    'transport_failed',
    'forbidden_sender',
    'internal',
  ],
  assessment: ['invalid_answer', 'invalid_previous_check'],
  roadmap: ['sign_off_blocked'],
  funding: ['funding_advisor_name_required'],
  sync: [
    'invalid_pairing_code',
    'portal_error',
    'portal_incompatible',
    'portal_unreachable',
    'portal_url_insecure',
    'portal_url_invalid',
    'secret_store_unavailable',
    'sync_not_acknowledgeable',
    'sync_not_retryable',
  ],
  data: [
    'backup_damaged',
    'backup_from_newer_version',
    'backup_not_found',
    'data_locked',
    'file_exists',
    'file_unreadable',
    'file_write_failed',
    'import_expired',
    'import_needs_decision',
    'no_file_dialog',
    'path_not_allowed',
    // A client file refused on import (electron/main/data-safety/).
    'bundle_broken_references',
    'bundle_conflicting_rows',
    'bundle_corrupt',
    'bundle_duplicate_keys',
    'bundle_duplicate_rows',
    'bundle_foreign_rows',
    'bundle_future_version',
    'bundle_hostile',
    'bundle_invalid',
    'bundle_invalid_value',
    'bundle_missing_column',
    'bundle_not_a_bundle',
    'bundle_tampered',
    'bundle_too_large',
    'bundle_too_many_rows',
    'bundle_unknown_column',
    'bundle_unknown_table',
    'bundle_wrong_type',
  ],
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES][number];

/** Each code → the namespace of its text. */
const NAMESPACE_OF: ReadonlyMap<string, string> = new Map(Object.entries(ERROR_CODES).flatMap(([ns, codes]) => codes.map((c): [string, string] => [c, ns])));

/**
 * The i18next key of a code's message: `errors:<code>` for the app-wide ones,
 * `<namespace>:errors.<code>` for a feature's own (test/unit/error-codes.test.ts checks each exists).
 */
export function errorMessageKey(code: ErrorCode): string {
  const ns = NAMESPACE_OF.get(code) ?? 'errors';
  return ns === 'errors' ? `errors:${code}` : `${ns}:errors.${code}`;
}

/** True for a code of the list (an answer read from another process is checked with it). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && NAMESPACE_OF.has(code);
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  /** What a transport answers. An underlying `cause` (a system message that can quote paths or file contents) stays in the main process. */
  toInfo(): ErrorInfo {
    const { cause: _cause, ...details } = this.details;
    return { code: this.code, message: this.message, details };
  }
}

/**
 * A field-level problem: one shape for every validator (zod schemas, domain rules, reference data),
 * built and converted by shared/field-problems.ts. `path` is dotted (`workloads.0.tokens`).
 */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}
