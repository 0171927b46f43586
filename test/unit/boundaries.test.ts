/**
 * A file's folder says where it may run (architecture.md): shared/ is pure, renderer/ has no
 * Node or Electron, electron/ has no React, and nothing shipped imports the test bridge.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { expandAlias, importsOf as allImportsOf, ROOT, sourceFiles } from '../support/import-graph';

/** What a file imports at run time (type-only imports are free), aliases spelled out: `@renderer/x` → `renderer/src/x`. */
function importsOf(file: string): string[] {
  return allImportsOf(join(ROOT, file))
    .filter((i) => !i.typeOnly)
    .map((i) => expandAlias(i.spec));
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|net$|url$|util$|stream$|worker_threads$)/;

const RULES: { folder: string; forbidden: RegExp[]; why: string }[] = [
  { folder: 'shared', forbidden: [NODE_BUILTINS, /^electron$/, /^react/, /^better-sqlite3$/, /(^|\/)electron\//, /(^|\/)renderer\//, /(^|\/)test\//], why: 'shared/ is pure: no I/O, Electron, React' },
  { folder: 'renderer', forbidden: [NODE_BUILTINS, /^electron$/, /^better-sqlite3$/, /(^|\/)electron\//, /(^|\/)test\//], why: 'renderer/ runs in the sandboxed page' },
  // Contract schemas (zod) are for the main process; the renderer takes types and zod-free constants.
  { folder: 'renderer', forbidden: [/^zod$/, /shared\/contract(\/(index|define|common|clients|settings|assessments|roadmaps|funding|gpu|sync|data-safety|[\w-]*-payload))?$/], why: 'renderer/ imports no validation schemas (type imports only)' },
  { folder: 'electron', forbidden: [/^react/, /(^|\/)renderer\//, /(^|\/)test\//], why: 'electron/ has no React and never ships the test bridge' },
];

describe('import boundaries', () => {
  it('reads an alias as the folder it names (tsconfig.json paths)', () => {
    const electron = RULES.find((r) => r.folder === 'electron')!;
    const shared = RULES.find((r) => r.folder === 'shared')!;
    expect(electron.forbidden.some((re) => re.test(expandAlias('@renderer/lib/api')))).toBe(true);
    expect(shared.forbidden.some((re) => re.test(expandAlias('@main/services/context')))).toBe(true);
    expect(shared.forbidden.some((re) => re.test(expandAlias('@shared/format')))).toBe(false);
  });

  for (const rule of RULES) {
    it(`${rule.folder}/: ${rule.why}`, () => {
      const offences = sourceFiles(rule.folder).flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbidden.some((re) => re.test(spec)))
          .map((spec) => `${file} imports ${spec}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it('only the Electron entry point and preload import electron at run time', () => {
    const users = sourceFiles('electron').filter((f) => importsOf(f).includes('electron'));
    expect(users.every((f) => /electron\/(main\/index|main\/electron-|preload\/)/.test(f))).toBe(true);
  });
});
