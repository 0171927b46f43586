/**
 * Retry timing (portal-protocol.md, Client rules): exponential backoff with full jitter, first
 * retry after ~2 s, capped at 15 min, honouring Retry-After. "Full jitter" as described by
 * M. Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015:
 * sleep = random(0, min(cap, base · 2^attempt)).
 */
const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** A Retry-After beyond a day is treated as a day (a misconfigured proxy must not park items for ever). */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;

/** Delay before the next try after `attempts` failed attempts (1 = the first failure). */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.round(unit * ceiling);
}

/** Retry-After as delta-seconds or an HTTP-date (RFC 9110 §10.2.3) → milliseconds, or null. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MAX_MS);
  // The three HTTP-date forms all start with a day name; anything else ("-5", "soon") is ignored.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(at - now.getTime(), 0), RETRY_AFTER_MAX_MS);
}

/** When the next attempt may happen: the later of the jittered backoff and the server's Retry-After. */
export function nextAttemptDelayMs(attempts: number, retryAfterMs: number | null, random: () => number): number {
  return Math.max(backoffDelayMs(attempts, random), retryAfterMs ?? 0);
}
