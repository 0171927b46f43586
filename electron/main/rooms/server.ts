/**
 * The HTTP server of one open room. It serves exactly five routes under `/r/<roomId>` and
 * nothing else (404): the page, its script, join, the room's questions, an answer. No file is
 * ever read from disk, no other method is accepted, bodies are JSON of at most 16 KB, the Host
 * header must name the advertised address (a DNS-rebinding page cannot reach it), the secret
 * from the URL fragment must come in `x-room-secret` (403), and each remote address and each
 * participant is rate-limited (429). Closing it drops every connection: the port then refuses.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, timingSafeEqual } from 'node:crypto';
import { isLocale, pickLocale, type Locale } from '@shared/locale';
import { createLimiter, MAX_BODY_BYTES, type RoomLimits } from './limits';
import { PAGE_CSP, renderPage } from './page';
import { PARTICIPANT_SCRIPT } from './participant-script';

/** What the room does with a request once it passed the checks above (the rooms service). */
export interface RoomActions {
  /** The check's language: the page's language when the browser names none of the four. */
  defaultLocale: () => Locale;
  anonymous: boolean;
  join: (body: unknown) => Promise<Reply>;
  questions: (locale: Locale, participantToken: string | null) => Promise<Reply>;
  answer: (participantToken: string | null, body: unknown, remote: string) => Promise<Reply>;
}

export interface Reply {
  status: number;
  body: unknown;
}

export interface RoomServerOptions {
  roomId: string;
  secret: string;
  bindHost: string;
  advertisedHost: string;
  port: number;
  limits: RoomLimits;
  now: () => number;
  actions: RoomActions;
}

export interface RoomServer {
  /** The port the OS gave (or the one asked for). */
  port: number;
  close: () => Promise<void>;
}

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, contentType: string, body: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison (both sides hashed to the same length first). */
function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), expected);
}

class BodyError extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

/** Reads a JSON body of at most MAX_BODY_BYTES; 413 beyond (and stops reading), 415 for another type, 400 for bad JSON. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new BodyError(415);
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw new BodyError(413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BodyError(400);
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { roomId, actions } = options;
  const base = `/r/${roomId}`;
  const expectedSecret = digest(options.secret);
  const requests = createLimiter(options.limits.requestsPerAddress, options.now);
  const joins = createLimiter(options.limits.joinsPerAddress, options.now);
  let expectedHost = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const remote = req.socket.remoteAddress ?? 'unknown';
    // The Host must be the address in the QR code: a page on another name (DNS rebinding) is refused.
    if (req.headers.host !== expectedHost) return sendJson(res, 421, { error: 'host' });
    if (!requests.hit(remote)) return sendJson(res, 429, { error: 'rate' });

    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${expectedHost}`);
    } catch {
      return sendJson(res, 404, { error: 'not_found' });
    }
    const route = `${req.method} ${url.pathname}`;
    const search = url.searchParams;
    const onlyLang = [...search.keys()].every((k) => k === 'lang') && search.getAll('lang').length <= 1;
    if (!onlyLang) return sendJson(res, 404, { error: 'not_found' });
    const langParam = search.get('lang');
    if (langParam !== null && !isLocale(langParam)) return sendJson(res, 400, { error: 'lang' });

    if (route === `GET ${base}`) {
      const accept = (req.headers['accept-language'] ?? '').split(',').map((p) => p.split(';')[0].trim()).filter(Boolean);
      const locale = langParam ?? (accept.some((tag) => isLocale(tag.toLowerCase().split(/[-_]/)[0])) ? pickLocale(accept) : actions.defaultLocale());
      return send(res, 200, 'text/html; charset=utf-8', renderPage(locale, base, actions.anonymous), { 'content-security-policy': PAGE_CSP });
    }
    if (route === `GET ${base}/app.js`) {
      return send(res, 200, 'text/javascript; charset=utf-8', PARTICIPANT_SCRIPT);
    }
    const api = route === `POST ${base}/join` || route === `GET ${base}/questions` || route === `POST ${base}/answer`;
    if (!api) return sendJson(res, 404, { error: 'not_found' });
    if (!sameSecret(req.headers['x-room-secret'], expectedSecret)) return sendJson(res, 403, { error: 'secret' });
    const participant = header(req, 'x-room-participant');

    let reply: Reply;
    if (route === `GET ${base}/questions`) {
      reply = await actions.questions(langParam ?? actions.defaultLocale(), participant);
    } else if (route === `POST ${base}/join`) {
      if (!joins.hit(remote)) return sendJson(res, 429, { error: 'rate' });
      reply = await actions.join(await readJson(req));
    } else {
      reply = await actions.answer(participant, await readJson(req), remote);
    }
    return sendJson(res, reply.status, reply.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyError) {
        sendJson(res, error.status, { error: 'body' });
        // Stop reading an oversized body: answer, then drop the connection.
        if (error.status === 413) res.on('finish', () => req.destroy());
        return;
      }
      // Never the request or its body: they may hold a participant's name.
      console.error('[laif] room request failed:', (error as Error)?.message ?? 'unknown');
      sendJson(res, 500, { error: 'internal' });
    });
  });
  // Slow or idle clients cannot hold the room: short timeouts, a bound on connections and headers.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 50;
  server.maxConnections = 300;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  expectedHost = `${options.advertisedHost}:${port}`;

  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets too: after close the port refuses at once
      }),
  };
}
