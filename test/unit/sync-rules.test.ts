/** Pure rules of the sync client: URL policy, backoff, Retry-After, answer classification, feed parsing, benchmark views. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePortalUrl, isLoopbackHost } from '@main/sync/portal-url';
import { backoffDelayMs, nextAttemptDelayMs, parseRetryAfter, BACKOFF_CAP_MS, RETRY_AFTER_MAX_MS } from '@main/sync/backoff';
import { classifySubmission, envelopeForDevice } from '@main/sync/submission-answer';
import { parseChange } from '@main/sync/changes-feed';
import { apiVersionOf, isCompatible, type HttpResult } from '@main/sync/portal-client';
import { benchmarkView, parseBenchmarkAnswer } from '@main/sync/benchmarks';
import { naceDivisionOf } from '@shared/domain/peer-benchmarks';
import { quantile, stats } from '../portal/benchmarks';
import { mulberry32 } from '../portal/faults';

const response = (status: number, json: unknown, extra: Partial<Extract<HttpResult, { kind: 'response' }>> = {}): HttpResult => ({
  kind: 'response',
  status,
  json,
  isJson: json !== undefined,
  retryAfterMs: null,
  ...extra,
});
const KEY = '0195a3c4-8f1e-7c2a-9b3d-1e2f3a4b5c6d';
const error = (code: string, details: Record<string, unknown> = {}) => ({ error: { code, message: code, details } });

describe('portal URL', () => {
  it('https anywhere; http only on loopback; no credentials, query or fragment', () => {
    expect(normalisePortalUrl('https://portal.example.lu/')).toBe('https://portal.example.lu');
    expect(normalisePortalUrl(' https://portal.example.lu/laif/ ')).toBe('https://portal.example.lu/laif');
    expect(normalisePortalUrl('http://127.0.0.1:4400')).toBe('http://127.0.0.1:4400');
    expect(normalisePortalUrl('http://localhost:4400/')).toBe('http://localhost:4400');
    expect(normalisePortalUrl('http://[::1]:4400')).toBe('http://[::1]:4400');
    expect(normalisePortalUrl('http://127.8.9.10')).toBe('http://127.8.9.10');
    for (const bad of ['http://portal.example.lu', 'http://192.168.1.10:4400', 'http://127.0.0.1.evil.com', 'http://128.0.0.1']) {
      expect(() => normalisePortalUrl(bad), bad).toThrow(expect.objectContaining({ code: 'portal_url_insecure' }));
    }
    for (const bad of ['', 'portal', 'ftp://portal.example.lu', 'https://u:p@portal.example.lu', 'https://portal.example.lu/?a=1', 'https://portal.example.lu/#x', 'javascript:alert(1)']) {
      expect(() => normalisePortalUrl(bad), bad).toThrow(expect.objectContaining({ code: 'portal_url_invalid' }));
    }
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
  });
});

describe('backoff', () => {
  it('full jitter: within [0, min(15 min, 2 s · 2^(n-1))], first retry at most ~2 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempts, r) => {
        const d = backoffDelayMs(attempts, () => r);
        const ceiling = Math.min(BACKOFF_CAP_MS, 2_000 * 2 ** Math.min(Math.max(attempts, 1) - 1, 30));
        return d >= 0 && d <= ceiling && Number.isInteger(d);
      }),
    );
    expect(backoffDelayMs(1, () => 0.999)).toBeLessThanOrEqual(2_000);
    expect(backoffDelayMs(1, () => 1)).toBe(2_000);
    expect(backoffDelayMs(30, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelayMs(1e9, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelayMs(3, () => Number.NaN)).toBe(4_000); // a broken random never gives NaN
  });

  it('is reproducible with a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 10 }, (_, i) => backoffDelayMs(i + 1, a));
    const seqB = Array.from({ length: 10 }, (_, i) => backoffDelayMs(i + 1, b));
    expect(seqA).toEqual(seqB);
  });

  it('Retry-After in seconds or as an HTTP date; the later of it and the backoff wins', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('99999999', now)).toBe(RETRY_AFTER_MAX_MS);
    expect(nextAttemptDelayMs(1, 60_000, () => 1)).toBe(60_000);
    expect(nextAttemptDelayMs(20, 1_000, () => 1)).toBe(BACKOFF_CAP_MS);
  });
});

describe('what an answer to a submission means', () => {
  const receipt = (key: string) => ({ receipt: { idempotencyKey: key, portalRef: 'LAIF-2026-000123', kind: 'roadmap', id: 'x', revision: 1, receivedAt: 'x' } });

  it('delivered only on 200/201 JSON echoing the key', () => {
    expect(classifySubmission(response(201, receipt(KEY)), KEY)).toMatchObject({ type: 'delivered', portalRef: 'LAIF-2026-000123' });
    expect(classifySubmission(response(200, receipt(KEY)), KEY).type).toBe('delivered');
    expect(classifySubmission(response(201, receipt('other')), KEY)).toMatchObject({ type: 'retry', problem: { code: 'no_receipt' } });
    expect(classifySubmission(response(200, { ok: true }), KEY)).toMatchObject({ type: 'retry', problem: { code: 'no_receipt' } });
    expect(classifySubmission(response(200, undefined), KEY)).toMatchObject({ type: 'retry', overload: false, problem: { code: 'not_json' } });
    expect(classifySubmission(response(202, receipt(KEY)), KEY).type).toBe('retry');
    const noRef = { receipt: { ...receipt(KEY).receipt, portalRef: '' } };
    expect(classifySubmission(response(201, noRef), KEY).type).toBe('retry');
  });

  it('network errors, timeouts, 429/503 (with Retry-After) and 5xx are retried; only 429/503 ask the queue to slow down', () => {
    expect(classifySubmission({ kind: 'network', message: 'ECONNRESET' }, KEY)).toEqual({
      type: 'retry',
      overload: false,
      retryAfterMs: null,
      problem: { code: 'network', message: 'ECONNRESET', httpStatus: null, fields: [], currentRevision: null },
    });
    expect(classifySubmission({ kind: 'timeout', message: 't' }, KEY)).toMatchObject({ type: 'retry', overload: false, problem: { code: 'timeout' } });
    expect(classifySubmission(response(503, error('unavailable'), { retryAfterMs: 5_000 }), KEY)).toMatchObject({ type: 'retry', overload: true, retryAfterMs: 5_000 });
    expect(classifySubmission(response(429, undefined, { retryAfterMs: 1_000 }), KEY)).toMatchObject({ type: 'retry', overload: true, retryAfterMs: 1_000 });
    for (const status of [500, 502, 504]) {
      expect(classifySubmission(response(status, undefined, { retryAfterMs: 3_000 }), KEY)).toMatchObject({ type: 'retry', overload: false, retryAfterMs: 3_000 });
    }
  });

  it('401 pauses; 409 → conflict; 422/400 → rejected with fields; 413 → rejected too large', () => {
    expect(classifySubmission(response(401, error('unauthorized')), KEY).type).toBe('auth');
    expect(classifySubmission(response(409, error('stale_revision', { currentRevision: 4 })), KEY)).toMatchObject({ type: 'conflict', problem: { code: 'stale_revision', currentRevision: 4 } });
    expect(classifySubmission(response(409, error('idempotency_mismatch')), KEY)).toMatchObject({ type: 'conflict', problem: { code: 'idempotency_mismatch' } });
    const fields = [{ path: 'payload.initiatives[2].costCents', message: 'must be ≥ 0', code: 'too_small' }, { path: 'x', message: 'y' }];
    expect(classifySubmission(response(422, error('validation_failed', { fields })), KEY)).toMatchObject({
      type: 'rejected',
      problem: { code: 'validation_failed', httpStatus: 422, fields: [fields[0], { path: 'x', message: 'y', code: null }] },
    });
    expect(classifySubmission(response(413, error('payload_too_large')), KEY)).toMatchObject({ type: 'rejected', problem: { code: 'too_large' } });
    expect(classifySubmission(response(400, error('missing_idempotency_key')), KEY).type).toBe('rejected');
  });

  it('a hostile receipt is cut to the protocol’s fields and lengths before it is stored', () => {
    const huge = 'x'.repeat(5_000_000);
    const hostile = { receipt: { idempotencyKey: KEY, portalRef: `LAIF-${huge}`, kind: huge, id: 7, revision: 1e300, receivedAt: huge, extra: huge, __proto__: { polluted: true } } };
    const outcome = classifySubmission(response(201, hostile), KEY);
    expect(outcome.type).toBe('delivered');
    if (outcome.type !== 'delivered') return;
    expect(outcome.portalRef).toHaveLength(100);
    expect(outcome.receiptJson.length).toBeLessThan(400);
    expect(JSON.parse(outcome.receiptJson)).toEqual({ idempotencyKey: KEY, portalRef: outcome.portalRef, kind: 'x'.repeat(40), id: '', revision: null, receivedAt: 'x'.repeat(40) });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('a 4xx that is not the portal’s JSON error (a proxy page) is retried, not taken as a verdict', () => {
    for (const status of [401, 409, 413, 422, 404]) {
      expect(classifySubmission(response(status, undefined), KEY).type).toBe('retry');
    }
    expect(classifySubmission(response(404, error('not_found')), KEY).type).toBe('retry');
  });

  it('the device id is filled at send time and nothing else in the envelope changes', () => {
    const envelope = { kind: 'roadmap', client: { appVersion: '1', instrumentVersion: '2026.1', deviceId: null }, payload: { a: 1 }, sha256: 'abc' };
    const sent = JSON.parse(envelopeForDevice(JSON.stringify(envelope), 'dev-1'));
    expect(sent).toEqual({ ...envelope, client: { ...envelope.client, deviceId: 'dev-1' } });
  });
});

describe('changes feed entries', () => {
  it('reads compute request and roadmap statuses, ignores malformed or unknown ones', () => {
    const allocation = { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };
    expect(parseChange({ kind: 'compute_request_status', id: 'a', revision: 1, status: 'approved', allocation, message: 'ok', at: 't' })).toEqual({
      kind: 'compute_request',
      id: 'a',
      revision: 1,
      status: { status: 'approved', allocation, message: 'ok', at: 't' },
    });
    expect(parseChange({ kind: 'roadmap_status', id: 'b', revision: 2, status: 'acknowledged', at: 't' })?.status.status).toBe('acknowledged');
    // An allocation with a negative, absurd or non-numeric figure is no allocation (the status still counts).
    for (const gpuHours of [-1, 1e12, Number.NaN, Number.POSITIVE_INFINITY, '2000', null]) {
      const change = parseChange({ kind: 'compute_request_status', id: 'a', revision: 1, status: 'approved', allocation: { ...allocation, gpuHours }, message: null, at: 't' });
      expect(change?.status, String(gpuHours)).toMatchObject({ status: 'approved', allocation: null });
    }
    expect(parseChange({ kind: 'compute_request_status', id: 'a', revision: 1, status: 'approved', allocation: { ...allocation, gpuHours: 0 }, at: 't' })?.status.allocation?.gpuHours).toBe(0);
    const long = parseChange({ kind: 'compute_request_status', id: 'a', revision: 1, status: 'needs_information', allocation: null, message: 'm'.repeat(100_000), at: 't' });
    expect(long?.status.message).toHaveLength(5000);
    for (const bad of [null, 'x', { kind: 'weather', id: 'a', revision: 1, status: 'received', at: 't' }, { kind: 'compute_request_status', id: 'a', revision: 1.5, status: 'received', at: 't' }, { kind: 'compute_request_status', id: 'a', revision: 1, status: 'lost', at: 't' }, { kind: 'roadmap_status', id: 'a', revision: 1, status: 'approved', at: 't' }, { kind: 'compute_request_status', id: 'a', revision: 1, status: 'received' }]) {
      expect(parseChange(bad)).toBeNull();
    }
  });
});

describe('health and versions', () => {
  it('refuses another major apiVersion and non-protocol answers', () => {
    expect(apiVersionOf(response(200, { status: 'ok', apiVersion: 1 }))).toBe(1);
    expect(isCompatible(apiVersionOf(response(200, { status: 'ok', apiVersion: 1.4 })))).toBe(true);
    expect(isCompatible(apiVersionOf(response(200, { status: 'ok', apiVersion: 2 })))).toBe(false);
    expect(isCompatible(apiVersionOf(response(200, { status: 'ok', apiVersion: '1' })))).toBe(true);
    expect(apiVersionOf(response(200, undefined))).toBeNull();
    expect(apiVersionOf(response(503, { status: 'ok', apiVersion: 1 }))).toBeNull();
    expect(isCompatible(null)).toBe(false);
  });
});

describe('benchmarks', () => {
  it('NACE filter from a client code: division, or the section letter', () => {
    expect(naceDivisionOf('C25.62')).toBe('C25');
    expect(naceDivisionOf('c25')).toBe('C25');
    expect(naceDivisionOf('J')).toBe('J');
    expect(naceDivisionOf('')).toBe('');
    expect(naceDivisionOf('99')).toBe('');
  });

  it('never shows statistics under 10 peers, even if a portal sends them', () => {
    const overall = { mean: 1, median: 1, p25: 1, p75: 1 };
    const filter = { instrumentVersion: '2026.1', nace: 'C25', sizeClass: 'small' };
    expect(benchmarkView(filter, parseBenchmarkAnswer({ count: 9, overall, dimensions: [{ id: 'data', ...overall }] }), 't', false)).toMatchObject({ state: 'too_few', count: 9, overall: null, dimensions: [] });
    expect(benchmarkView(filter, parseBenchmarkAnswer({ count: 10, overall, dimensions: [] }), 't', false)).toMatchObject({ state: 'ok', count: 10, overall });
    expect(benchmarkView(filter, parseBenchmarkAnswer({ count: 10, overall: null, dimensions: [] }), 't', false).state).toBe('too_few');
    expect(benchmarkView(filter, null, null, true)).toMatchObject({ state: 'unavailable', count: null });
    for (const bad of [null, {}, { count: -1 }, { count: 2.5 }, { count: '12' }]) expect(parseBenchmarkAnswer(bad)).toBeNull();
    expect(parseBenchmarkAnswer({ count: 12, overall: { mean: Number.NaN, median: 1, p25: 1, p75: 1 }, dimensions: [{ id: 3 }] })).toMatchObject({ overall: null, dimensions: [] });
  });

  it('portal statistics: type-7 quantiles, rounded to one decimal', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
    expect(stats([10, 20, 30, 40, 50])).toEqual({ mean: 30, median: 30, p25: 20, p75: 40 });
    expect(stats([])).toBeNull();
    expect(stats([Number.NaN, 1])).toEqual({ mean: 1, median: 1, p25: 1, p75: 1 });
  });
});
