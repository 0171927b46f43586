/**
 * The packaged binary's lock-down lives in electron-builder.yml and in the Electron entry point;
 * neither runs here (no Electron binary), so these tests read what they would do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../electron/main/renderer-location';

/** The `electronFuses:` block as key → value (the file is flat YAML; no parser needed). */
function fuses(): Record<string, string> {
  const yml = readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?: {2}\S.*\n?)+)/m.exec(yml);
  if (!block) return {};
  return Object.fromEntries(
    block[1]
      .split('\n')
      .filter(Boolean)
      .map((line) => line.trim().split(/:\s*/) as [string, string]),
  );
}

describe('electron fuses', () => {
  it('turns off every way to run the binary as a general Node runtime and pins the app to its asar', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });
});

describe('where the window loads the renderer from', () => {
  const file = '/opt/laif/resources/app.asar/out/renderer/index.html';

  it('ignores ELECTRON_RENDERER_URL in a packaged app (a remote page would get the whole contract)', () => {
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, true, file)).toEqual({ kind: 'file', path: file });
  });

  it('uses the dev server only when unpackaged, and only on loopback', () => {
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false, file)).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false, file)).toEqual({ kind: 'url', url: 'http://127.0.0.1:5173' });
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false, file)).toEqual({ kind: 'file', path: file });
    expect(rendererLocation({ ELECTRON_RENDERER_URL: 'not a url' }, false, file)).toEqual({ kind: 'file', path: file });
    expect(rendererLocation({}, false, file)).toEqual({ kind: 'file', path: file });
  });
});
