/**
 * The reference portal: a real HTTP server on 127.0.0.1 implementing every endpoint and rule of
 * portal-protocol.md (version 1) with its own SQLite database, plus loopback-only admin
 * endpoints (pairing codes, compute-request decisions, token revocation, fault injection).
 * Used by the sync tests, the benchmark and `npm run portal`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { canonicalJson } from '@shared/domain/canonical-json';
import { computeBenchmarks } from './benchmarks';
import { createFaults, type Fault, type FaultRoute, type RandomFaults } from './faults';
import { validateSubmission } from './schemas';
import { createStore, normalisePairingCode, openPortalDb, sha256Hex, type DeviceRow, type PortalStore } from './store';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Bodies up to this size are read (and discarded) to answer 413 cleanly; beyond, the socket is closed. */
const DRAIN_LIMIT = 64 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const COMPUTE_STATUSES = ['received', 'under_review', 'approved', 'rejected', 'needs_information'] as const;
export const ROADMAP_STATUSES = ['received', 'acknowledged'] as const;

export interface PortalOptions {
  /** Folder of the portal's database (`portal.sqlite`); a temp in-memory database when omitted. */
  dataDir?: string;
  port?: number;
  now?: () => Date;
  /** Changes returned per page of /api/v1/changes (default 100). */
  pageSize?: number;
  /** apiVersion answered by /health (tests set 2 to check the client refuses it). */
  apiVersion?: number;
  adminToken?: string;
  advisorName?: string;
}

export interface Allocation {
  gpuHours: number;
  system: string;
  accessMode: string;
  validFrom: string;
  validUntil: string;
}

export interface Portal {
  url: string;
  port: number;
  adminToken: string;
  store: PortalStore;
  faults: ReturnType<typeof createFaults>;
  /** 'request' ({route}), 'stored' ({receipt}) — hooks for tests. */
  events: EventEmitter;
  /** How many submission rows the portal holds. */
  count: () => number;
  admin: {
    createPairingCode: (advisorName?: string) => { code: string; expiresAt: string };
    setComputeStatus: (input: {
      id: string;
      status: (typeof COMPUTE_STATUSES)[number];
      allocation?: Allocation | null;
      message?: string | null;
      revision?: number;
    }) => Record<string, unknown>;
    setRoadmapStatus: (input: { id: string; status: (typeof ROADMAP_STATUSES)[number]; revision?: number }) => Record<string, unknown>;
    revokeDevice: (deviceId: string) => boolean;
    revokeAll: () => number;
  };
  close: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed || res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, e: HttpError) {
  sendJson(res, e.status, { error: { code: e.code, message: e.message, details: e.details } }, e.headers);
}

/** Reads the body; over 5 MiB → 413 (after draining, so the client sees the answer). */
async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT) {
    req.socket.destroy();
    throw new HttpError(413, 'payload_too_large', 'Body larger than 5 MiB');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT) {
      req.socket.destroy();
      throw new HttpError(413, 'payload_too_large', 'Body larger than 5 MiB');
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new HttpError(413, 'payload_too_large', `Body of ${size} bytes is larger than 5 MiB`, { maxBytes: MAX_BODY_BYTES });
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage, emptyAs?: unknown): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '' && emptyAs !== undefined) return emptyAs;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not JSON');
  }
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; s?: unknown };
    return value.v === 1 && Number.isSafeInteger(value.s) && (value.s as number) >= 0 ? (value.s as number) : null;
  } catch {
    return null;
  }
}

const LOGIN_PAGE = `<!doctype html><html><head><title>Sign in – Guest Wi-Fi</title></head>
<body><form method="post" action="/login"><h1>Welcome</h1><p>Please sign in to use the network.</p>
<input name="user"><input name="password" type="password"><button>Sign in</button></form></body></html>`;

/** Unref'd, so a held answer never keeps a test process alive. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const now = options.now ?? (() => new Date());
  const db = openPortalDb(options.dataDir ? join(options.dataDir, 'portal.sqlite') : ':memory:');
  const store = createStore(db, now);
  const faults = createFaults();
  const events = new EventEmitter();
  const adminToken = options.adminToken ?? randomBytes(18).toString('base64url');
  const advisorName = options.advisorName ?? 'Jeanne Muller';
  const pageSize = options.pageSize ?? 100;
  const apiVersion = options.apiVersion ?? 1;
  const sockets = new Set<Socket>();

  function authenticate(req: IncomingMessage): DeviceRow {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const device = match ? store.deviceForToken(match[1]) : null;
    if (!device) throw new HttpError(401, 'unauthorized', 'Unknown or revoked token: pair this device again');
    return device;
  }

  function revokeCaller(req: IncomingMessage) {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const device = match ? store.deviceForToken(match[1]) : null;
    if (device) store.revokeDevice(device.id);
  }

  /** Answers a fault that replaces the normal answer; returns false when the route must still run. */
  function preFault(res: ServerResponse, fault: Fault | null): boolean {
    if (!fault) return false;
    switch (fault.kind) {
      case 'error_500':
        sendJson(res, 500, { error: { code: 'internal', message: 'Injected failure', details: {} } });
        return true;
      case 'unavailable_503':
      case 'too_many_429': {
        const status = fault.kind === 'too_many_429' ? 429 : 503;
        sendJson(res, status, { error: { code: status === 429 ? 'rate_limited' : 'unavailable', message: 'Try again later', details: {} } }, {
          'retry-after': String(fault.retryAfter ?? 1),
        });
        return true;
      }
      case 'html_login':
        if (!res.headersSent) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(LOGIN_PAGE) });
          res.end(LOGIN_PAGE);
        }
        return true;
      default:
        return false;
    }
  }

  /** Faults that act after the work is done: the answer is lost or late. */
  async function respond(res: ServerResponse, fault: Fault | null, status: number, body: unknown) {
    if (fault?.kind === 'drop_after_commit') {
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 1500);
    sendJson(res, status, body);
  }

  async function submissions(req: IncomingMessage, res: ServerResponse, fault: Fault | null) {
    // Rule 1, in the protocol's order: auth, key, (size), checksum, schema.
    const device = authenticate(req);
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim() === '') {
      throw new HttpError(400, 'missing_idempotency_key', 'The Idempotency-Key header is required');
    }
    if (!UUID.test(key)) throw new HttpError(400, 'invalid_idempotency_key', 'The Idempotency-Key must be a UUID');
    const body = await readJson(req);
    if (preFault(res, fault)) return;
    const raw = body as { payload?: unknown; sha256?: unknown } | null;
    if (raw && typeof raw === 'object' && raw.payload && typeof raw.payload === 'object' && typeof raw.sha256 === 'string') {
      let actual: string | null = null;
      try {
        actual = sha256Hex(canonicalJson(raw.payload));
      } catch {
        actual = null;
      }
      if (actual !== raw.sha256) {
        throw new HttpError(422, 'checksum_mismatch', 'sha256 does not match the canonical JSON of the payload', { expected: actual });
      }
    }
    const checked = validateSubmission(body);
    if (!checked.ok) throw new HttpError(422, 'validation_failed', 'The submission does not match the schema', { fields: checked.fields });
    const envelope = checked.value;
    const result = store.submit({
      key,
      kind: envelope.kind,
      id: envelope.id,
      revision: envelope.revision,
      supersedes: envelope.supersedes,
      sha256: envelope.sha256,
      envelopeJson: JSON.stringify(body),
      device,
    });
    switch (result.outcome) {
      case 'idempotency_mismatch':
        throw new HttpError(409, 'idempotency_mismatch', 'This Idempotency-Key was used for another body');
      case 'stale_revision':
        throw new HttpError(409, 'stale_revision', `Revision ${result.currentRevision} or later is already stored`, {
          currentRevision: result.currentRevision,
        });
      case 'replay':
        return respond(res, fault, 200, { receipt: result.receipt });
      case 'stored':
        events.emit('stored', { receipt: result.receipt });
        return respond(res, fault, 201, { receipt: result.receipt });
    }
  }

  async function pair(req: IncomingMessage, res: ServerResponse, fault: Fault | null) {
    const body = (await readJson(req)) as { code?: unknown; deviceName?: unknown; appVersion?: unknown } | null;
    if (preFault(res, fault)) return;
    const code = normalisePairingCode(body?.code);
    const deviceName = typeof body?.deviceName === 'string' ? body.deviceName.trim().slice(0, 200) : '';
    const appVersion = typeof body?.appVersion === 'string' ? body.appVersion.slice(0, 50) : '';
    if (!deviceName || !appVersion) {
      throw new HttpError(400, 'invalid_request', 'deviceName and appVersion are required');
    }
    const paired = code ? store.pair(code, deviceName, appVersion) : null;
    if (!paired) throw new HttpError(400, 'invalid_pairing_code', 'Wrong, used or expired pairing code');
    return respond(res, fault, 201, paired);
  }

  async function changes(req: IncomingMessage, res: ServerResponse, url: URL, fault: Fault | null) {
    const device = authenticate(req);
    if (preFault(res, fault)) return;
    const since = url.searchParams.get('since');
    const sinceSeq = since === null || since === '' ? 0 : decodeCursor(since);
    if (sinceSeq === null) throw new HttpError(400, 'invalid_cursor', 'Unknown cursor: start again without `since`');
    const limitParam = Number(url.searchParams.get('limit') ?? pageSize);
    const limit = Number.isInteger(limitParam) && limitParam >= 1 ? Math.min(limitParam, 1000) : pageSize;
    const page = store.changesSince(device.advisor_id, sinceSeq, limit);
    const last = page.length > 0 ? page[page.length - 1].seq : sinceSeq;
    return respond(res, fault, 200, { changes: page.map((p) => p.change), cursor: encodeCursor(last) });
  }

  async function benchmarks(req: IncomingMessage, res: ServerResponse, url: URL, fault: Fault | null) {
    authenticate(req);
    if (preFault(res, fault)) return;
    const instrumentVersion = url.searchParams.get('instrumentVersion') ?? '';
    const nace = (url.searchParams.get('nace') ?? '').toUpperCase();
    const sizeClass = url.searchParams.get('sizeClass') ?? '';
    const fields: { path: string; message: string }[] = [];
    if (!instrumentVersion) fields.push({ path: 'instrumentVersion', message: 'required' });
    if (nace && !/^[A-U](\d{2})?$/.test(nace)) fields.push({ path: 'nace', message: 'a section letter (C) or a division (C25)' });
    if (sizeClass && !['micro', 'small', 'medium', 'large'].includes(sizeClass)) fields.push({ path: 'sizeClass', message: 'micro, small, medium or large' });
    if (fields.length > 0) throw new HttpError(400, 'invalid_filter', 'Bad benchmark filter', { fields });
    const body = computeBenchmarks(store.latestAssessments(instrumentVersion), { instrumentVersion, nace, sizeClass }, now().toISOString());
    return respond(res, fault, 200, body);
  }

  const admin: Portal['admin'] = {
    createPairingCode: (name = advisorName) => {
      const { code, expiresAt } = store.createPairingCode(name);
      return { code, expiresAt };
    },
    setComputeStatus: ({ id, status, allocation = null, message = null, revision }) => {
      if (!(COMPUTE_STATUSES as readonly string[]).includes(status)) throw new HttpError(400, 'invalid_status', `Unknown status ${status}`);
      if (status === 'approved' && !allocation) throw new HttpError(400, 'allocation_required', 'An approval needs an allocation');
      const change = store.addStatusChange('compute_request', id, { status, allocation: status === 'approved' ? allocation : null, message }, revision);
      if (!change) throw new HttpError(404, 'not_found', 'No such compute request');
      return change;
    },
    setRoadmapStatus: ({ id, status, revision }) => {
      if (!(ROADMAP_STATUSES as readonly string[]).includes(status)) throw new HttpError(400, 'invalid_status', `Unknown status ${status}`);
      const change = store.addStatusChange('roadmap', id, { status }, revision);
      if (!change) throw new HttpError(404, 'not_found', 'No such roadmap');
      return change;
    },
    revokeDevice: (deviceId) => store.revokeDevice(deviceId),
    revokeAll: () => store.revokeAll(),
  };

  async function adminRoute(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!isLoopback(req.socket.remoteAddress)) throw new HttpError(403, 'forbidden', 'Admin endpoints are loopback only');
    if (!sameSecret(req.headers['x-admin-token'] as string | undefined, adminToken)) {
      throw new HttpError(401, 'unauthorized', 'Missing or wrong X-Admin-Token');
    }
    const path = url.pathname.slice('/admin'.length);
    const body = req.method === 'POST' ? (((await readJson(req, {})) as Record<string, unknown> | null) ?? {}) : {};
    let m: RegExpExecArray | null;
    if (req.method === 'POST' && path === '/pairing-codes') {
      return sendJson(res, 201, admin.createPairingCode(typeof body.advisorName === 'string' ? body.advisorName : undefined));
    }
    if (req.method === 'POST' && (m = /^\/compute-requests\/([^/]+)\/status$/.exec(path))) {
      return sendJson(res, 201, admin.setComputeStatus({ id: m[1], ...(body as object) } as never));
    }
    if (req.method === 'POST' && (m = /^\/roadmaps\/([^/]+)\/status$/.exec(path))) {
      return sendJson(res, 201, admin.setRoadmapStatus({ id: m[1], ...(body as object) } as never));
    }
    if (req.method === 'POST' && path === '/revoke') {
      const revoked = typeof body.deviceId === 'string' ? Number(admin.revokeDevice(body.deviceId)) : admin.revokeAll();
      return sendJson(res, 200, { revoked });
    }
    if (req.method === 'POST' && path === '/faults') {
      faults.add(...((body.faults as Fault[]) ?? []));
      if (body.random !== undefined) faults.random(body.random as RandomFaults | null);
      return sendJson(res, 200, { pending: faults.pending() });
    }
    if (req.method === 'DELETE' && path === '/faults') {
      faults.clear();
      return sendJson(res, 200, { pending: 0 });
    }
    if (req.method === 'GET' && path === '/submissions') return sendJson(res, 200, store.submissions());
    if (req.method === 'GET' && path === '/devices') return sendJson(res, 200, store.devices());
    throw new HttpError(404, 'not_found', 'No such admin endpoint');
  }

  const routeOf = (pathname: string): FaultRoute | null =>
    pathname === '/api/v1/submissions'
      ? 'submissions'
      : pathname === '/api/v1/changes'
        ? 'changes'
        : pathname === '/api/v1/benchmarks'
          ? 'benchmarks'
          : pathname === '/api/v1/health'
            ? 'health'
            : pathname === '/api/v1/devices/pair'
              ? 'pair'
              : null;

  const server = createServer(async (req, res) => {
    let fault: Fault | null = null;
    try {
      const url = new URL(req.url ?? '/', 'http://portal.invalid');
      if (url.pathname.startsWith('/admin/')) return await adminRoute(req, res, url);
      const route = routeOf(url.pathname);
      if (!route) throw new HttpError(404, 'not_found', 'No such endpoint');
      const allowed = route === 'submissions' || route === 'pair' ? 'POST' : 'GET';
      if (req.method !== allowed) throw new HttpError(405, 'method_not_allowed', `Use ${allowed}`, {}, { allow: allowed });
      events.emit('request', { route });
      fault = faults.take(route);
      if (fault?.kind === 'revoke_token') revokeCaller(req);
      switch (route) {
        case 'health':
          if (preFault(res, fault)) return;
          return await respond(res, fault, 200, { status: 'ok', apiVersion });
        case 'pair':
          return await pair(req, res, fault);
        case 'submissions':
          return await submissions(req, res, fault);
        case 'changes':
          return await changes(req, res, url, fault);
        case 'benchmarks':
          return await benchmarks(req, res, url, fault);
      }
    } catch (error) {
      // Let the unread body go so the keep-alive connection stays usable.
      if (!req.complete && !req.destroyed) req.resume();
      if (error instanceof HttpError) return sendError(res, error);
      console.error('[portal]', (error as Error).stack ?? String(error));
      sendError(res, new HttpError(500, 'internal', 'Unexpected error'));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions');

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    adminToken,
    store,
    faults,
    events,
    count: () => count.get()!.n,
    admin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
