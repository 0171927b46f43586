/**
 * The loopback test bridge: the same contract as the Electron preload, over HTTP on 127.0.0.1.
 * It serves the built renderer too, so a browser gets the real UI talking to the real services.
 * For tests and `npm run dev:browser` only: it is not part of the packaged app (nothing under
 * electron/ imports it).
 *
 * Any local program can reach 127.0.0.1, so nothing here answers without a session: the page
 * that was opened gets one by exchanging a one-time launch key (`launchUrl()`, printed by the
 * preview) for an HttpOnly SameSite=Strict cookie, and calls must also come from the bridge's own
 * origin (`Origin` checked). No secret is ever put into a page that another program could fetch.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '@main/dispatch';
import { isAppMethodName } from '@shared/contract';
import type { Services } from '@main/services/create-services';
import { CONTENT_SECURITY_POLICY } from '@shared/security';

const MAX_BODY = 16 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface Bridge {
  url: string;
  /** A one-time address that opens the app: its key is exchanged once for a session cookie. */
  launchUrl: (path?: string) => string;
  /** A session cookie for a browser context that tests or benchmarks set up themselves. */
  session: () => { name: string; value: string };
  close: () => Promise<void>;
}

const newSecret = () => randomBytes(24).toString('hex');

/** Constant-time membership: the secret is compared with every known one. */
function known(secrets: Set<string>, candidate: string | undefined | null): boolean {
  if (!candidate) return false;
  const x = Buffer.from(candidate);
  let found = false;
  for (const secret of secrets) {
    const y = Buffer.from(secret);
    if (x.length === y.length && timingSafeEqual(x, y)) found = true;
  }
  return found;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const NO_SESSION_PAGE = `<!doctype html><meta charset="utf-8"><title>L-AIF Workbench</title>
<p>Open the preview with the one-time link printed in its terminal (<code>npm run dev:browser</code>).</p>
<p lang="fr">Ouvrez l’aperçu avec le lien à usage unique affiché dans son terminal.</p>`;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A percent-decoded path part, or null when its encoding is broken ("%E0%A4%A" would throw). */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

export async function startBridge(options: { services: Services; staticDir: string; port?: number }): Promise<Bridge> {
  const { services, staticDir } = options;
  const launchKeys = new Set<string>();
  const sessions = new Set<string>();
  let host = '';
  // Cookies are per host, not per port: each bridge names its own, so two laptops in one browser stay apart.
  let cookieName = '';
  const hasSession = (req: IncomingMessage) => known(sessions, cookieValue(req, cookieName));
  // Browsers send Origin with every POST; an absent or foreign one is not our page.
  const fromOurPage = (req: IncomingMessage) => req.headers.origin === `http://${host}`;
  const startSession = () => {
    const value = newSecret();
    sessions.add(value);
    return value;
  };

  const server = createServer(async (req, res) => {
    try {
      // Loopback only, and only under our own host name (defeats DNS rebinding).
      if (req.headers.host !== host) return send(res, 421, { error: 'wrong host' });
      const url = new URL(req.url ?? '/', `http://${host}`);

      // The launch: a one-time key becomes a session cookie, and the key leaves the address bar.
      if (url.pathname === '/' && url.searchParams.has('launch')) {
        const key = url.searchParams.get('launch');
        if (!known(launchKeys, key)) return send(res, 403, NO_SESSION_PAGE, 'text/html; charset=utf-8');
        launchKeys.delete(key!);
        res.writeHead(303, {
          location: '/',
          'set-cookie': `${cookieName}=${startSession()}; HttpOnly; SameSite=Strict; Path=/`,
          'cache-control': 'no-store',
        });
        return res.end();
      }
      if (!hasSession(req)) {
        return url.pathname.startsWith('/rpc/') || url.pathname === '/events'
          ? send(res, 401, { ok: false, error: { code: 'bridge_unauthorized', message: 'No session', details: {} } })
          : send(res, 403, NO_SESSION_PAGE, 'text/html; charset=utf-8');
      }

      if (url.pathname.startsWith('/rpc/') && req.method === 'POST') {
        if (!fromOurPage(req)) {
          return send(res, 403, { ok: false, error: { code: 'bridge_unauthorized', message: 'Foreign origin', details: {} } });
        }
        let input: unknown;
        try {
          input = JSON.parse((await readBody(req)) || '{}');
        } catch (error) {
          const status = (error as { status?: number }).status === 413 ? 413 : 400;
          return send(res, status, { ok: false, error: { code: status === 413 ? 'too_large' : 'invalid_input', message: 'Unreadable body', details: {} } });
        }
        // A broken encoding is an unknown method, answered like any other (not a bridge failure).
        // The bridge exposes what the preload exposes: a test-only method is unknown here too.
        const name = decodePart(url.pathname.slice('/rpc/'.length)) ?? '';
        if (!isAppMethodName(name)) return send(res, 200, { ok: false, error: { code: 'unknown_method', message: 'Unknown method', details: {} } });
        return send(res, 200, await dispatch(services.handlers, name, input));
      }

      if (url.pathname === '/events' && req.method === 'GET') {
        if (req.headers.origin !== undefined && !fromOurPage(req)) return send(res, 403, { error: 'Foreign origin' });
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        const unsubscribe = services.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
        req.on('close', unsubscribe);
        return;
      }

      if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
      const relative = url.pathname === '/' ? 'index.html' : decodePart(url.pathname.slice(1));
      if (relative === null) return send(res, 404, 'not found', 'text/plain');
      const file = normalize(join(staticDir, relative));
      if (!file.startsWith(normalize(staticDir) + sep)) return send(res, 404, 'not found', 'text/plain');
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch {
        return send(res, 404, 'not found', 'text/plain');
      }
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      };
      if (file.endsWith('index.html')) {
        // A marker, not a secret: the page talks to the bridge with its session cookie.
        const html = content.toString('utf8').replace('<head>', '<head><meta name="laif-bridge" content="1">');
        res.writeHead(200, headers);
        return res.end(html);
      }
      res.writeHead(200, headers);
      res.end(content);
    } catch (error) {
      console.error('[bridge]', (error as Error).message);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Bridge failure', details: {} } });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  cookieName = `laif_session_${port}`;
  return {
    url: `http://${host}`,
    launchUrl: (path = '/clients') => {
      const key = newSecret();
      launchKeys.add(key);
      return `http://${host}/?launch=${key}#${path}`;
    },
    session: () => ({ name: cookieName, value: startSession() }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
