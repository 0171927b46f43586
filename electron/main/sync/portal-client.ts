/**
 * The app's HTTP client for the portal (portal-protocol.md). Every call has a timeout and
 * answers a plain result instead of throwing, so the sync engine can classify each outcome:
 * network error, timeout, a non-JSON answer (a captive portal's HTML page), or an HTTP status
 * with its JSON body. The base URL is checked (https, http only on loopback) before any call.
 */
import { parseRetryAfter } from './backoff';
import { realScheduler, type Scheduler } from './scheduler';
import { normalisePortalUrl } from './portal-url';

const API_MAJOR_VERSION = 1;
const DEFAULT_TIMEOUT_MS = 20_000;
/** Largest answer read from a portal (its pages and receipts are a few KB; requests are capped at 5 MiB). */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** The body as text, or null when it is larger than `max` bytes (reading stops there). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  if (!response.body) return '';
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > max) {
    await response.body.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type HttpResult =
  | { kind: 'response'; status: number; json: unknown; isJson: boolean; retryAfterMs: number | null }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string };

export interface PortalError {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** The protocol's error body `{"error": {"code", "message", "details"}}`, when present. */
export function portalError(json: unknown): PortalError | null {
  const e = (json as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string') return null;
  return {
    code: e.code,
    message: typeof e.message === 'string' ? e.message : '',
    details: e.details && typeof e.details === 'object' && !Array.isArray(e.details) ? (e.details as Record<string, unknown>) : {},
  };
}

export interface PortalClientOptions {
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => Date;
  /** Timers for the request timeout (default real timers; tests pass scaled time). */
  scheduler?: Scheduler;
  /** Aborts every call in flight (engine stopped, app quitting). */
  signal?: AbortSignal;
  userAgent?: string;
}

export function createPortalClient(options: PortalClientOptions) {
  const base = normalisePortalUrl(options.baseUrl);
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());

  async function request(
    method: 'GET' | 'POST',
    path: string,
    init: { token?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpResult> {
    const timeout = new AbortController();
    const scheduler = options.scheduler ?? realScheduler;
    const timer = scheduler.setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (options.userAgent) headers['user-agent'] = options.userAgent;
    try {
      const response = await doFetch(`${base}${path}`, { method, headers, body: init.body, signal, redirect: 'error' });
      const text = await readCapped(response, MAX_RESPONSE_BYTES);
      if (text === null) return { kind: 'network', message: 'response_too_large' };
      const type = response.headers.get('content-type') ?? '';
      let json: unknown = undefined;
      let isJson = false;
      if (/\bjson\b/i.test(type)) {
        try {
          json = JSON.parse(text);
          isJson = true;
        } catch {
          isJson = false;
        }
      }
      return { kind: 'response', status: response.status, json, isJson, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()) };
    } catch (error) {
      if (timeout.signal.aborted) return { kind: 'timeout', message: `No answer within ${timeoutMs} ms` };
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'network', message: cause?.code ?? cause?.message ?? (error as Error).message ?? String(error) };
    } finally {
      scheduler.clearTimeout(timer);
    }
  }

  return {
    baseUrl: base,
    request,
    health: () => request('GET', '/api/v1/health'),
    pair: (input: { code: string; deviceName: string; appVersion: string }) =>
      request('POST', '/api/v1/devices/pair', { body: JSON.stringify(input) }),
    submit: (token: string, idempotencyKey: string, body: string) =>
      request('POST', '/api/v1/submissions', { token, body, headers: { 'idempotency-key': idempotencyKey } }),
    changes: (token: string, since: string | null) =>
      request('GET', `/api/v1/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`, { token }),
    benchmarks: (token: string, filter: { instrumentVersion: string; nace: string; sizeClass: string }) =>
      request('GET', `/api/v1/benchmarks?${new URLSearchParams(filter).toString()}`, { token }),
  };
}

export type PortalClient = ReturnType<typeof createPortalClient>;

/** apiVersion of a health answer, or null when the answer is not the protocol's. */
export function apiVersionOf(result: HttpResult): number | null {
  if (result.kind !== 'response' || result.status !== 200 || !result.isJson) return null;
  const body = result.json as { status?: unknown; apiVersion?: unknown } | null;
  if (body?.status !== 'ok') return null;
  const version = typeof body.apiVersion === 'number' ? body.apiVersion : Number.parseFloat(String(body.apiVersion));
  return Number.isFinite(version) ? version : null;
}

/** Same major version as this client speaks. */
export const isCompatible = (apiVersion: number | null) => apiVersion !== null && Math.floor(apiVersion) === API_MAJOR_VERSION;
