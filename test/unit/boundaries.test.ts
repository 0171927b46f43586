/**
 * A file's folder says where it may run (architecture.md): shared/ is pure, renderer/ has no
 * Node or Electron, electron/ has no React, and nothing shipped imports the test bridge.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const patterns = [/^\s*import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm, /^\s*import\s+['"]([^'"]+)['"]/gm, /^\s*export\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1]);
  return found;
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
