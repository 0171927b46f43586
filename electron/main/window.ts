import type { BrowserWindow as BrowserWindowType, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from '@shared/security';

/** The renderer is untrusted (architecture.md §6): these settings are asserted by tests. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    experimentalFeatures: false,
  };
}

/** Refuse every permission (camera, notifications, geolocation …) and send the CSP with every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/**
 * No navigation away from the app, no new windows; https links on the allow-list open in the
 * system browser instead.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export interface WindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  preloadPath: string;
  openExternal: (url: string) => void;
}

export function createMainWindow({ BrowserWindow, preloadPath, openExternal }: WindowDeps): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'L-AIF Workbench',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents, openExternal);
  window.once('ready-to-show', () => window.show());
  return window;
}
