/**
 * Errors that cross the process boundary. Every contract call answers
 * `{ ok: true, value }` or `{ ok: false, error: { code, message, details } }`;
 * the renderer turns `code` into a translated message (locales/<lng>/errors.json).
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'confirmation_mismatch'
  | 'read_only'
  | 'too_large'
  | 'database_corrupt'
  | 'migration_failed'
  | 'bridge_unauthorized'
  | 'transport_failed'
  | 'internal'
  | (string & {});

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

/** A field-level problem, as in zod issues and the portal's 422 answers. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}
