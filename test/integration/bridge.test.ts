/**
 * The loopback bridge of the browser preview and the tests. Any local program can reach
 * 127.0.0.1, so only the page that was opened with the one-time launch key gets a session, and
 * calls must come from the bridge's own origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../support/bridge';
import { tempServices, type TempServices } from '../support/temp-services';

let s: TempServices;
let bridge: Bridge;
const staticDir = mkdtempSync(join(tmpdir(), 'laif-static-'));

beforeAll(async () => {
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  s = await tempServices({ sync: { autoStart: false } });
  bridge = await startBridge({ services: s, staticDir });
});
afterAll(async () => {
  await bridge.close();
  s.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

const rpc = (name: string, headers: Record<string, string> = {}) =>
  fetch(`${bridge.url}/rpc/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

/** The cookie a browser would keep from the launch redirect. */
async function launch(): Promise<string> {
  const answer = await fetch(bridge.launchUrl('/clients'), { redirect: 'manual' });
  expect(answer.status).toBe(303);
  expect(answer.headers.get('location')).toBe('/');
  const cookie = answer.headers.get('set-cookie')!;
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0];
}

describe('the bridge hands its session to the opened page only', () => {
  it('gives another local program neither a page with a secret nor an answer', async () => {
    const page = await fetch(`${bridge.url}/`);
    expect(page.status).toBe(403);
    const body = await page.text();
    expect(body).not.toMatch(/[0-9a-f]{32,}/);
    expect(body).toContain('npm run dev:browser');
    expect((await rpc('clients.list')).status).toBe(401);
    expect((await fetch(`${bridge.url}/events`)).status).toBe(401);
    expect((await fetch(`${bridge.url}/assets/index.js`)).status).toBe(403);
  });

  it('exchanges a launch key once for a session cookie; the page it serves carries no secret', async () => {
    const url = bridge.launchUrl('/settings');
    expect(url).toMatch(/\?launch=[0-9a-f]{48}#\/settings$/);
    const first = await fetch(url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(403); // used up
    expect((await fetch(`${bridge.url}/?launch=${'0'.repeat(48)}`, { redirect: 'manual' })).status).toBe(403);

    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    const page = await fetch(`${bridge.url}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<meta name="laif-bridge" content="1">');
    expect(html).not.toContain(cookie.split('=')[1]);
  });

  it('answers calls with the session from its own origin only', async () => {
    const cookie = await launch();
    const own = { cookie, origin: bridge.url };
    expect(await (await rpc('clients.list', own)).json()).toEqual({ ok: true, value: [] });
    expect((await rpc('clients.list', { cookie })).status).toBe(403); // no Origin: not a page of ours
    expect((await rpc('clients.list', { cookie, origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('clients.list', { cookie, origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await rpc('clients.list', { origin: bridge.url, cookie: 'laif_session_1=forged' })).status).toBe(401);
    expect((await fetch(`${bridge.url}/events`, { headers: { cookie, origin: 'http://evil.example' } })).status).toBe(403);
  });

  it('exposes what the preload exposes: a test-only method is unknown over the bridge', async () => {
    const own = { cookie: await launch(), origin: bridge.url };
    const client = await s.ok('clients.create', { name: 'Bridge Sàrl', reportLocale: 'fr' });
    // Reachable through dispatch (the tests' own path) …
    expect(await s.ok('assessments.listFinalised', { clientId: client.id })).toEqual([]);
    // … not through the bridge, whatever the input.
    expect(await (await rpc('assessments.listFinalised', own)).json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await (await rpc('votes.listVoters', own)).json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses another host name (DNS rebinding)', async () => {
    const cookie = await launch();
    const port = new URL(bridge.url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/rpc/clients.list', method: 'POST', headers: { host: `evil.example:${port}`, cookie, origin: bridge.url } }, (res) => done(res.statusCode ?? 0));
      req.on('error', fail);
      req.end('{}');
    });
    expect(status).toBe(421);
  });
});
