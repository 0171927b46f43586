/**
 * Where the window loads the UI from. The dev server URL (electron-vite sets
 * ELECTRON_RENDERER_URL for `npm run dev`) is honoured only in an unpackaged app and only on
 * loopback: the loaded page gets the whole contract, so a packaged app started with that
 * variable pointing at a remote page must still load its own files.
 */
import { isLoopbackHost } from './sync/portal-url';

export type RendererLocation = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export function rendererLocation(env: Record<string, string | undefined>, isPackaged: boolean, file: string): RendererLocation {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl) {
    try {
      const url = new URL(devUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)) return { kind: 'url', url: devUrl };
    } catch {
      // Not a URL: fall through to the built files.
    }
  }
  return { kind: 'file', path: file };
}
