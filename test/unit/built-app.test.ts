/**
 * What the build ships. `npm test` builds before the unit tests, so a missing build is a failure
 * here, never a silent pass: each check would otherwise pass on an empty folder.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '@shared/contract';
import { CONTENT_SECURITY_POLICY_META } from '@shared/security';

function built(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
}

describe('the built app', () => {
  it('puts the CSP meta tag into the built page', () => {
    const html = built('out/renderer/index.html');
    expect(html.replace(/&#39;/g, "'")).toContain(`content="${CONTENT_SECURITY_POLICY_META}"`);
  });

  it('gives the preload the method names only, not the zod schemas', () => {
    const preload = built('out/preload/index.cjs');
    expect(statSync('out/preload/index.cjs').size).toBeLessThan(16 * 1024); // 233 KB when it bundled the schemas
    expect(preload).not.toMatch(/safeParse|ZodError|\$ZodType/);
    for (const name of METHOD_NAMES) expect(preload).toContain(JSON.stringify(name));
  });

  it('leaves the plain-file secret store of the preview and tests out of the desktop main bundle', () => {
    const main = built('out/main/index.cjs');
    expect(main).not.toMatch(/createFileSecretStore|createMemorySecretStore|secrets\.dev\.json/);
    expect(main).toContain('safeStorage');
  });

  it('the main process requires only Electron, Node and the packaged `dependencies`', () => {
    // A renderer-only library (devDependencies) is not in the packaged app: main must never need it.
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const files = readdirSync('out/main').filter((f) => f.endsWith('.cjs'));
    expect(files).toContain('index.cjs');
    const required = new Set<string>();
    for (const file of files) {
      for (const m of built(`out/main/${file}`).matchAll(/require\(["']([^"'.][^"']*)["']\)/g)) {
        const parts = m[1].split('/');
        required.add(m[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
    const outside = [...required].filter((r) => r !== 'electron' && !r.startsWith('node:') && !builtinModules.includes(r) && !(r in dependencies));
    expect(outside).toEqual([]);
    expect(required).toContain('better-sqlite3');
  });
});
