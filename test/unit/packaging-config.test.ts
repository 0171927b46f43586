/**
 * The packaged binary's lock-down lives in electron-builder.yml and in the Electron entry point;
 * neither runs here (no Electron binary), so these tests read what they would do.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '@main/renderer-location';

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

/** Every .ts file under a folder. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a bare specifier names (`@resvg/resvg-js/x` → `@resvg/resvg-js`), or null for a relative path or a Node built-in. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  // Path aliases of the tree (`@shared/…`, `@main/…`): folders, not packages.
  if (/^@(shared|main|renderer|locales|preload|test)\//.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('what the packaged app carries', () => {
  it('`dependencies` hold exactly the packages the main process and shared/ import at run time', () => {
    // electron-vite leaves `dependencies` outside the main bundle (externalizeDeps) and the
    // packaged app ships them; renderer-only libraries are bundled by Vite, so they are devDependencies.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const used = new Set<string>();
    for (const file of [...sourcesUnder('electron'), ...sourcesUnder('shared')]) {
      const text = readFileSync(file, 'utf8');
      const specifiers = [
        // Value imports and re-exports (a type-only import is erased at build time).
        ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]),
        ...[...text.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => m[1]),
        ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]),
        ...[...text.matchAll(/\brequire\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]),
      ];
      for (const s of specifiers) {
        const name = packageOf(s);
        if (name && name !== 'electron') used.add(name);
      }
    }
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...used].sort());
    for (const rendererOnly of ['react', 'react-dom', 'react-i18next', 'recharts', 'zustand', 'i18next']) {
      expect(pkg.dependencies, rendererOnly).not.toHaveProperty(rendererOnly);
    }
  });
});
