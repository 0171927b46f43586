/**
 * The import aliases (`@shared/format` for `../../../shared/format`), read from tsconfig.json's
 * `paths`, the one list: TypeScript, Playwright and tsx read it themselves; the Vite builds
 * (main, preload, renderer), Vitest and the import-graph tests take it from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `{ prefix: '@shared/', dir: 'shared/' }` for `"@shared/*": ["./shared/*"]`. */
export interface PathAlias {
  prefix: string;
  dir: string;
}

export function pathAliases(root: string): PathAlias[] {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths?: Record<string, string[]> } };
  return Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([from, [to]]) => ({
    prefix: from.replace(/\*$/, ''),
    dir: to.replace(/^\.\//, '').replace(/\*$/, ''),
  }));
}

/** The same aliases for Vite's `resolve.alias` (absolute folders). */
export function viteAliases(root: string): { find: RegExp; replacement: string }[] {
  return pathAliases(root).map(({ prefix, dir }) => ({ find: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), replacement: join(root, dir) }));
}
