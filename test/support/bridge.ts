/**
 * The loopback test bridge: the same contract as the Electron preload, over HTTP on 127.0.0.1,
 * guarded by a random token per run. It serves the built renderer too, so a browser gets the
 * real UI talking to the real services. For tests and `npm run dev:browser` only: it is not
 * part of the packaged app (nothing under electron/ imports it).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../electron/main/dispatch';
import type { Services } from '../../electron/main/services/create-services';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

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
  token: string;
  close: () => Promise<void>;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

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

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

export async function startBridge(options: { services: Services; staticDir: string; port?: number; token?: string }): Promise<Bridge> {
  const { services, staticDir } = options;
  const token = options.token ?? randomBytes(24).toString('hex');
  let host = '';

  const server = createServer(async (req, res) => {
    try {
      // Loopback only, and only under our own host name (defeats DNS rebinding).
      if (req.headers.host !== host) return send(res, 421, { error: 'wrong host' });
      const url = new URL(req.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/rpc/') && req.method === 'POST') {
        if (!sameToken(req.headers['x-laif-bridge-token'] as string | undefined, token)) {
          return send(res, 401, { ok: false, error: { code: 'bridge_unauthorized', message: 'Bad bridge token', details: {} } });
        }
        let input: unknown;
        try {
          input = JSON.parse((await readBody(req)) || '{}');
        } catch (error) {
          const status = (error as { status?: number }).status === 413 ? 413 : 400;
          return send(res, status, { ok: false, error: { code: status === 413 ? 'too_large' : 'invalid_input', message: 'Unreadable body', details: {} } });
        }
        const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        return send(res, 200, await dispatch(services.handlers, name, input));
      }

      if (url.pathname === '/events' && req.method === 'GET') {
        if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(res, 401, { error: 'Bad bridge token' });
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        const unsubscribe = services.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
        req.on('close', unsubscribe);
        return;
      }

      if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
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
        const html = content.toString('utf8').replace('<head>', `<head><meta name="laif-bridge-token" content="${token}">`);
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
  return {
    url: `http://${host}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
