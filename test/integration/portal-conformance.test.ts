/**
 * The reference portal against every rule of portal-protocol.md, over real HTTP.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startPortal, type Portal } from '../portal/server';
import { envelope, PAYLOADS, assessmentPayload, company } from '../portal/samples';
import { MAX_BODY_BYTES } from '../portal/server';
import { canonicalJson } from '@shared/domain/canonical-json';
import { sha256Hex } from '@main/sync/submission-envelope';
import { portalAdmin } from '../portal/admin-client';

let portal: Portal;
let dataDir: string;
let clock = new Date('2026-03-02T10:00:00Z');
let token: string;
let deviceId: string;

interface Answer {
  status: number;
  type: string;
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

async function http(path: string, init: { method?: string; token?: string | null; key?: string | null; body?: unknown; raw?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const t = init.token === undefined ? token : init.token;
  if (t) headers.authorization = `Bearer ${t}`;
  if (init.key) headers['idempotency-key'] = init.key;
  const response = await fetch(`${portal.url}${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, type, body: type.includes('json') ? JSON.parse(text) : { text }, headers: response.headers };
}

const submit = (body: unknown, key: string | null = randomUUID(), t?: string | null) => http('/api/v1/submissions', { body, key, token: t });

async function pairDevice(name = 'Laptop of J. Muller'): Promise<{ token: string; deviceId: string; advisor: { id: string; name: string } }> {
  const { code } = portal.admin.createPairingCode();
  const answer = await http('/api/v1/devices/pair', { token: null, body: { code, deviceName: name, appVersion: '1.2.0' } });
  expect(answer.status).toBe(201);
  return answer.body as never;
}

function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.type).toContain('application/json');
  expect(answer.body).toEqual({ error: { code, message: expect.any(String), details: expect.any(Object) } });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'laif-portal-'));
  portal = await startPortal({ dataDir, now: () => clock, pageSize: 2 });
  ({ token, deviceId } = await pairDevice());
});
afterAll(async () => {
  await portal.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => portal.faults.clear());

describe('health', () => {
  it('answers without auth with apiVersion 1', async () => {
    const answer = await http('/api/v1/health', { token: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', apiVersion: 1 });
  });
});

describe('pairing', () => {
  it('codes are 8 characters shown as XXXX-XXXX, one-time, and give a device, a token and the advisor', async () => {
    const { code, expiresAt } = portal.admin.createPairingCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(Date.parse(expiresAt) - clock.getTime()).toBe(15 * 60 * 1000);
    const first = await http('/api/v1/devices/pair', { token: null, body: { code, deviceName: 'Tablet', appVersion: '1.2.0' } });
    expect(first.status).toBe(201);
    expect(first.body.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.body.token.length).toBeGreaterThanOrEqual(32);
    expect(first.body.advisor).toEqual({ id: expect.any(String), name: 'Jeanne Muller' });
    const again = await http('/api/v1/devices/pair', { token: null, body: { code, deviceName: 'Tablet 2', appVersion: '1.2.0' } });
    expectError(again, 400, 'invalid_pairing_code');
  });

  it('accepts the code typed in lower case or without the dash', async () => {
    const { code } = portal.admin.createPairingCode();
    const answer = await http('/api/v1/devices/pair', { token: null, body: { code: code.replace('-', '').toLowerCase(), deviceName: 'PC', appVersion: '1' } });
    expect(answer.status).toBe(201);
  });

  it('refuses a wrong code and a code past its 15 minutes', async () => {
    expectError(await http('/api/v1/devices/pair', { token: null, body: { code: 'ZZZZ-9999', deviceName: 'PC', appVersion: '1' } }), 400, 'invalid_pairing_code');
    const { code } = portal.admin.createPairingCode();
    const saved = clock;
    clock = new Date(clock.getTime() + 15 * 60 * 1000);
    try {
      expectError(await http('/api/v1/devices/pair', { token: null, body: { code, deviceName: 'PC', appVersion: '1' } }), 400, 'invalid_pairing_code');
    } finally {
      clock = saved;
    }
  });

  it('a code used by two concurrent pairings gives one device', async () => {
    const { code } = portal.admin.createPairingCode();
    const answers = await Promise.all(
      [1, 2, 3].map((i) => http('/api/v1/devices/pair', { token: null, body: { code, deviceName: `PC ${i}`, appVersion: '1' } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400, 400]);
  });
});

describe('authentication', () => {
  it('401 without a token, with an unknown token and with a revoked one, on every authenticated endpoint', async () => {
    const other = await pairDevice('To be revoked');
    expect((await http('/api/v1/changes', { token: other.token })).status).toBe(200);
    portal.admin.revokeDevice(other.deviceId);
    for (const t of [null, 'not-a-token', other.token]) {
      expectError(await submit(envelope('roadmap'), randomUUID(), t), 401, 'unauthorized');
      expectError(await http('/api/v1/changes', { token: t }), 401, 'unauthorized');
      expectError(await http('/api/v1/benchmarks?instrumentVersion=2026.1', { token: t }), 401, 'unauthorized');
    }
    // A valid token keeps working.
    expect((await http('/api/v1/changes')).status).toBe(200);
  });
});

describe('submissions: rules in order', () => {
  it('auth is checked before the idempotency key, the key before the checksum, the checksum before the schema', async () => {
    expectError(await submit(envelope('roadmap'), null, null), 401, 'unauthorized');
    expectError(await submit(envelope('roadmap'), null), 400, 'missing_idempotency_key');
    const broken = { ...envelope('roadmap'), kind: 'nonsense', sha256: '0'.repeat(64) };
    expectError(await submit(broken), 422, 'checksum_mismatch');
    expectError(await submit({ ...envelope('roadmap'), kind: 'nonsense' }), 422, 'validation_failed');
  });

  it('a checksum over anything but the canonical JSON of the payload is refused', async () => {
    const e = envelope('compute_request');
    expectError(await submit({ ...e, sha256: sha256Hex(JSON.stringify(e.payload, null, 2)) }), 422, 'checksum_mismatch');
    // Key order does not matter: canonical JSON sorts keys.
    const reordered = Object.fromEntries(Object.entries(e.payload).reverse());
    expect((await submit({ ...e, payload: reordered })).status).toBe(201);
  });

  it('422 lists every failing field with its path, per kind', async () => {
    const cases: [keyof typeof PAYLOADS, (p: any) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      ['roadmap', (p) => (p.initiatives[2].costCents = -5), 'payload.initiatives[2].costCents'],
      ['roadmap', (p) => (p.initiatives[0].pillar = 'magic'), 'payload.initiatives[0].pillar'],
      ['roadmap', (p) => delete p.initiatives[1].aiSystem, 'payload.initiatives[1].aiSystem'],
      ['roadmap', (p) => (p.initiatives[2].aiActRisk = 'high'), 'payload.initiatives[2].aiActRisk'], // no AI system: "minimal"
      ['roadmap', (p) => (p.initiatives[0].expectedBenefitCentsPerYear = 12.5), 'payload.initiatives[0].expectedBenefitCentsPerYear'],
      ['roadmap', (p) => (p.assessment.id = 'x'), 'payload.assessment.id'],
      ['compute_request', (p) => (p.workloads[0].gpusPerJob = 0), 'payload.workloads[0].gpusPerJob'],
      ['compute_request', (p) => (p.startDate = '1 April'), 'payload.startDate'],
      ['compute_request', (p) => delete p.justification, 'payload.justification'],
      ['compute_request', (p) => (p.estimatedCostCents = 12.5), 'payload.estimatedCostCents'],
      ['assessment', (p) => (p.dimensions[1].score = 101), 'payload.dimensions[1].score'],
      ['assessment', (p) => (p.overallScore = 41.25), 'payload.overallScore'],
      ['assessment', (p) => (p.company.sizeClass = 'huge'), 'payload.company.sizeClass'],
      ['assessment', (p) => (p.answers[0].notApplicable = 'no'), 'payload.answers[0].notApplicable'],
    ];
    for (const [kind, breakIt, path] of cases) {
      const payload = PAYLOADS[kind]() as Record<string, unknown>;
      breakIt(payload);
      const answer = await submit(envelope(kind, { payload }));
      expectError(answer, 422, 'validation_failed');
      expect(answer.body.error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]));
    }
    // Envelope fields too, several at once.
    const e = { ...envelope('roadmap'), revision: 0, locale: 'pt', id: 'not-a-uuid' };
    const answer = await submit(e);
    expect(answer.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['id', 'locale', 'revision']);
  });

  it('stores a valid record with a receipt, keeps unknown fields, and answers a replay with the original receipt', async () => {
    const payload = { ...PAYLOADS.roadmap(), futureField: { nested: [1, 2] } };
    const e = envelope('roadmap', { payload, deviceId });
    const key = randomUUID();
    const first = await submit(e, key);
    expect(first.status).toBe(201);
    expect(first.body.receipt).toEqual({
      idempotencyKey: key,
      portalRef: expect.stringMatching(/^LAIF-2026-\d{6}$/),
      kind: 'roadmap',
      id: e.id,
      revision: 1,
      receivedAt: clock.toISOString(),
    });
    const stored = portal.store.submissions().find((s) => s.idempotencyKey === key)!;
    expect(stored.portalRef).toBe(first.body.receipt.portalRef);
    clock = new Date(clock.getTime() + 60_000);
    const replay = await submit(e, key);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    // A resend from a re-paired device (other deviceId, same payload) is still a replay.
    const replay2 = await submit({ ...e, client: { ...e.client, deviceId: randomUUID() } }, key);
    expect(replay2.status).toBe(200);
    expect(replay2.body.receipt.portalRef).toBe(first.body.receipt.portalRef);
  });

  it('same key with another body → 409 idempotency_mismatch, nothing stored', async () => {
    const key = randomUUID();
    const e = envelope('compute_request');
    expect((await submit(e, key)).status).toBe(201);
    const before = portal.count();
    const other = envelope('compute_request', { id: e.id, payload: { ...e.payload, projectTitle: 'Something else' } });
    expectError(await submit(other, key), 409, 'idempotency_mismatch');
    expect(portal.count()).toBe(before);
  });

  it('a revision not above the stored one → 409 stale_revision with currentRevision', async () => {
    const id = randomUUID();
    expect((await submit(envelope('roadmap', { id, revision: 1 }))).status).toBe(201);
    const stale = await submit(envelope('roadmap', { id, revision: 1 }));
    expectError(stale, 409, 'stale_revision');
    expect(stale.body.error.details).toEqual({ currentRevision: 1 });
    expect((await submit(envelope('roadmap', { id, revision: 3 }))).status).toBe(201);
    expect((await submit(envelope('roadmap', { id, revision: 2 }))).body.error.details).toEqual({ currentRevision: 3 });
    // Revisions are per (kind, id): the same id under another kind is independent.
    expect((await submit(envelope('compute_request', { id, revision: 1 }))).status).toBe(201);
  });

  it('concurrent requests with one key store one record: one 201, replays for the rest', async () => {
    const e = envelope('compute_request');
    const key = randomUUID();
    const before = portal.count();
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(e, key)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.receipt.portalRef)).size).toBe(1);
    expect(portal.count()).toBe(before + 1);
  });

  it('two portal processes on one database file still store a key once (the UNIQUE index decides)', async () => {
    const second = await startPortal({ dataDir, now: () => clock });
    try {
      const e = envelope('roadmap');
      const key = randomUUID();
      const send = (url: string) =>
        fetch(`${url}/api/v1/submissions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': key, 'content-type': 'application/json' },
          body: JSON.stringify(e),
        }).then((r) => r.status);
      const statuses = await Promise.all([portal.url, second.url, portal.url, second.url].map(send));
      expect(statuses.sort()).toEqual([200, 200, 200, 201]);
      expect(portal.store.submissions().filter((s) => s.idempotencyKey === key)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('413 above 5 MiB; exactly 5 MiB is accepted', async () => {
    const e = envelope('roadmap');
    const base = JSON.stringify({ ...e, padding: '' });
    const exact = JSON.stringify({ ...e, padding: 'x'.repeat(MAX_BODY_BYTES - Buffer.byteLength(base)) });
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES);
    expect((await http('/api/v1/submissions', { raw: exact, key: randomUUID() })).status).toBe(201);
    const over = JSON.stringify({ ...envelope('roadmap'), padding: 'x'.repeat(MAX_BODY_BYTES) });
    expectError(await http('/api/v1/submissions', { raw: over, key: randomUUID() }), 413, 'payload_too_large');
    // The connection stays usable afterwards.
    expect((await http('/api/v1/health')).status).toBe(200);
  });

  it('a body that is not JSON is a 400 with the error body', async () => {
    expectError(await http('/api/v1/submissions', { raw: '{"kind": ', key: randomUUID() }), 400, 'invalid_json');
  });
});

describe('changes feed', () => {
  it('pages with an opaque cursor from the beginning, then reports status changes made by the admin', async () => {
    const fresh = await pairDevice('Feed reader');
    // A device of another advisor sees nothing of this advisor's records.
    const { code } = portal.admin.createPairingCode('Marc Weber');
    const stranger = (await http('/api/v1/devices/pair', { token: null, body: { code, deviceName: 'x', appVersion: '1' } })).body;

    const all: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const answer = await http(`/api/v1/changes${cursor ? `?since=${encodeURIComponent(cursor)}` : ''}`, { token: fresh.token });
      expect(answer.status).toBe(200);
      expect(answer.body.changes.length).toBeLessThanOrEqual(2); // pageSize 2
      expect(typeof answer.body.cursor).toBe('string');
      expect(answer.body.cursor).not.toMatch(/^\d+$/); // opaque, not a bare row number
      if (answer.body.changes.length === 0) {
        expect(answer.body.cursor).toBe(cursor);
        break;
      }
      all.push(...answer.body.changes);
      cursor = answer.body.cursor;
    }
    const stored = portal.store.submissions().filter((s) => s.kind !== 'assessment');
    expect(all).toHaveLength(stored.length);
    expect(all.every((c) => c.status === 'received')).toBe(true);
    const computeId = stored.find((s) => s.kind === 'compute_request')!.id;
    expect(all).toContainEqual({ kind: 'compute_request_status', id: computeId, revision: 1, status: 'received', allocation: null, message: null, at: expect.any(String) });
    expect(all.find((c) => c.kind === 'roadmap_status')).toEqual({ kind: 'roadmap_status', id: expect.any(String), revision: expect.any(Number), status: 'received', at: expect.any(String) });

    const admin = portalAdmin(portal.url, portal.adminToken);
    const allocation = { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };
    await admin.setComputeStatus(computeId, 'under_review', 'Checking the data plan');
    await admin.approve(computeId, allocation, 'Approved for Q2');
    const next = await http(`/api/v1/changes?since=${encodeURIComponent(cursor!)}`, { token: fresh.token });
    expect(next.body.changes).toEqual([
      expect.objectContaining({ kind: 'compute_request_status', id: computeId, status: 'under_review', message: 'Checking the data plan', allocation: null }),
      expect.objectContaining({ kind: 'compute_request_status', id: computeId, status: 'approved', allocation, message: 'Approved for Q2' }),
    ]);
    expect((await http('/api/v1/changes', { token: stranger.token })).body.changes).toEqual([]);
    expectError(await http('/api/v1/changes?since=garbage', { token: fresh.token }), 400, 'invalid_cursor');
  });

  it('an approval needs an allocation; unknown records are 404', async () => {
    const admin = portalAdmin(portal.url, portal.adminToken);
    const id = portal.store.submissions().find((s) => s.kind === 'compute_request')!.id;
    await expect(admin.setComputeStatus(randomUUID(), 'rejected')).rejects.toThrow(/404/);
    await expect(
      fetch(`${portal.url}/admin/compute-requests/${id}/status`, {
        method: 'POST',
        headers: { 'x-admin-token': portal.adminToken },
        body: JSON.stringify({ status: 'approved' }),
      }).then((r) => r.status),
    ).resolves.toBe(400);
    // Admin endpoints need the admin token.
    expect((await fetch(`${portal.url}/admin/submissions`)).status).toBe(401);
    expect((await fetch(`${portal.url}/admin/submissions`, { headers: { 'x-admin-token': 'wrong' } })).status).toBe(401);
  });
});

describe('peer benchmarks', () => {
  it('count only under 10 consenting companies; statistics from 10; filters by NACE section/division and size class', async () => {
    const send = (i: number, overrides: Record<string, unknown> = {}, companyOverrides: Record<string, unknown> = {}) =>
      submit(
        envelope('assessment', {
          payload: assessmentPayload({
            company: { ...company(`Company ${i}`), rcsNumber: `B${100000 + i}`, ...companyOverrides },
            overallScore: 30 + i,
            dimensions: [{ id: 'data', score: 20 + i, answered: 4, notApplicable: 0, unknown: 0 }],
            ...overrides,
          }),
        }),
      );
    const bench = (q: string) => http(`/api/v1/benchmarks?instrumentVersion=2026.1&${q}`);
    // 9 consenting small C10 companies + 3 that did not consent + 1 of another size.
    for (let i = 0; i < 9; i++) expect((await send(i)).status).toBe(201);
    for (let i = 20; i < 23; i++) await send(i, { consentToBenchmark: false });
    await send(30, {}, { sizeClass: 'medium' });
    let answer = await bench('nace=C10&sizeClass=small');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      instrumentVersion: '2026.1',
      filter: { nace: 'C10', sizeClass: 'small' },
      count: 9,
      overall: null,
      dimensions: [],
      computedAt: clock.toISOString(),
    });
    await send(9);
    answer = await bench('nace=C10&sizeClass=small');
    expect(answer.body.count).toBe(10);
    // Scores 30..39: mean 34.5, median 34.5, p25 32.25 → 32.3 (one decimal), p75 36.75 → 36.8.
    expect(answer.body.overall).toEqual({ mean: 34.5, median: 34.5, p25: 32.3, p75: 36.8 });
    expect(answer.body.dimensions).toEqual([{ id: 'data', mean: 24.5, median: 24.5, p25: 22.3, p75: 26.8 }]);
    expect((await bench('nace=C&sizeClass=small')).body.count).toBe(10);
    expect((await bench('nace=C&sizeClass=medium')).body.count).toBe(1);
    expect((await bench('nace=C11&sizeClass=small')).body.count).toBe(0);
    expect((await bench('nace=C')).body.count).toBe(11);
    // A company's newer assessment replaces its older one (no double counting).
    await send(9, { overallScore: 90 });
    answer = await bench('nace=C10&sizeClass=small');
    expect(answer.body.count).toBe(10);
    expect(answer.body.overall.mean).toBe(39.6);
    expectError(await bench('nace=C2x'), 400, 'invalid_filter');
  });
});

describe('fault injection', () => {
  it('each fault does what it says', async () => {
    portal.faults.add({ kind: 'html_login' });
    const html = await submit(envelope('roadmap'));
    expect(html.status).toBe(200);
    expect(html.type).toContain('text/html');

    portal.faults.add({ kind: 'error_500' }, { kind: 'unavailable_503', retryAfter: 7 }, { kind: 'too_many_429', retryAfter: 3 });
    expect((await submit(envelope('roadmap'))).status).toBe(500);
    const busy = await submit(envelope('roadmap'));
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '7']);
    const limited = await submit(envelope('roadmap'));
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);

    const before = portal.count();
    portal.faults.add({ kind: 'drop_after_commit' });
    await expect(submit(envelope('roadmap'))).rejects.toThrow();
    expect(portal.count()).toBe(before + 1); // committed, answer lost

    portal.faults.add({ kind: 'slow', delayMs: 300 });
    const t0 = Date.now();
    expect((await submit(envelope('roadmap'))).status).toBe(201);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);

    const victim = await pairDevice('Victim');
    portal.faults.add({ kind: 'revoke_token' });
    expect((await submit(envelope('roadmap'), randomUUID(), victim.token)).status).toBe(401);
    expect((await http('/api/v1/changes', { token: victim.token })).status).toBe(401);
    expect(portal.faults.pending()).toBe(0);
  });

  it('the canonical JSON helper matches the portal checksum for nested unicode payloads', async () => {
    const payload = { ...PAYLOADS.compute_request(), summary: 'Ënnerscheed, 𝔘nicode & "quotes"', z: { b: 1, a: [true, null] } };
    const e = envelope('compute_request', { payload });
    expect(e.sha256).toBe(sha256Hex(canonicalJson(payload)));
    expect((await submit(e)).status).toBe(201);
  });
});
