/**
 * The Electron shell with the `electron` module replaced by test doubles (the real binary
 * cannot run here). Asserts every rule of "the renderer is untrusted" (architecture.md §6).
 */
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, hardenSession, hardenWebContents, secureWebPreferences } from '@main/window';
import { isTrustedSender, registerIpc } from '@main/ipc';
import { METHOD_NAMES, channelOf, EVENT_CHANNEL } from '@shared/contract';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from '@shared/security';
import { tempServices } from '../support/temp-services';

vi.mock('electron', () => {
  const exposed: Record<string, unknown> = {};
  return {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
    ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })), on: vi.fn(), removeListener: vi.fn() },
    __exposed: exposed,
  };
});

class FakeContents {
  handlers: Record<string, (...args: unknown[]) => void> = {};
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers[event] = handler;
    return this;
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

describe('main window', () => {
  it('uses secure webPreferences', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('creates the window with those preferences and guards its contents', () => {
    const created: { options?: { webPreferences: unknown } } = {};
    class FakeWindow {
      webContents = new FakeContents();
      constructor(options: { webPreferences: unknown }) {
        created.options = options;
      }
      once() {}
    }
    const win = createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: '/p.cjs', openExternal: () => {} });
    expect(created.options?.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    const contents = (win as unknown as FakeWindow).webContents;
    expect(Object.keys(contents.handlers)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });

  it('refuses navigation, redirects, webviews and new windows; opens only allow-listed https links outside', () => {
    const contents = new FakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as never, (url) => opened.push(url));
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.handlers[event](e, 'https://evil.example');
      expect(e.preventDefault).toHaveBeenCalled();
    }
    expect(contents.openHandler!({ url: 'https://evil.example/phish' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://www.luxinnovation.lu/fit-4-ai' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'http://www.luxinnovation.lu/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.luxinnovation.lu/fit-4-ai']);
    expect(isAllowedExternalUrl('https://user:pw@guichet.public.lu/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('denies every permission request and check, and sends the CSP header', () => {
    let requestHandler: (wc: unknown, p: string, cb: (ok: boolean) => void) => void = () => {};
    let checkHandler: () => boolean = () => true;
    let headersHandler: (d: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void = () => {};
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onHeadersReceived: (h: typeof headersHandler) => (headersHandler = h) },
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      requestHandler({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(checkHandler()).toBe(false);
    let headers: Record<string, string[]> = {};
    headersHandler({ responseHeaders: { 'x-a': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('has a strict CSP: no inline or remote script, no eval, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('IPC', () => {
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
  const appUrl = 'file:///opt/laif/resources/app/out/renderer/index.html';

  it('accepts only the app page as sender, and only its top frame', () => {
    expect(isTrustedSender(frame(appUrl) as never, appUrl)).toBe(true);
    expect(isTrustedSender(frame(`${appUrl}#/clients/1`) as never, appUrl)).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/') as never, appUrl)).toBe(false);
    expect(isTrustedSender(frame('file:///tmp/other.html') as never, appUrl)).toBe(false);
    expect(isTrustedSender(frame(appUrl, {}) as never, appUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never, appUrl)).toBe(false);
  });

  it('registers one handler per contract method, validates input and refuses foreign senders', async () => {
    const s = await tempServices();
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    registerIpc({ handle: (channel: string, h: never) => handlers.set(channel, h) } as never, s.handlers, () => appUrl);
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());

    const create = handlers.get(channelOf('clients.create'))!;
    expect(await create(frame(appUrl), { name: 'Muller', reportLocale: 'fr' })).toMatchObject({ ok: true, value: { name: 'Muller' } });
    expect(await create(frame(appUrl), { name: 'Muller', reportLocale: 'fr', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await create(frame('https://evil.example/'), { name: 'Evil', reportLocale: 'fr' })).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect((await s.ok('clients.list', {})).map((c) => c.name)).toEqual(['Muller']);
    s.cleanup();
  });
});

describe('preload', () => {
  it('exposes exactly the contract methods and one event subscription, nothing else', async () => {
    const electron = (await import('electron')) as unknown as { __exposed: Record<string, Record<string, unknown>>; ipcRenderer: { on: ReturnType<typeof vi.fn> } };
    vi.stubGlobal('__LAIF_METHOD_NAMES__', METHOD_NAMES); // what electron.vite.config.ts defines at build time
    await import('../../electron/preload/index');
    const api = electron.__exposed.api;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(await (api['clients.list'] as (i: unknown) => Promise<unknown>)({ query: 'x' })).toEqual({ channel: 'laif:clients.list', input: { query: 'x' } });
    (api.onEvent as (l: () => void) => void)(() => {});
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });
});
