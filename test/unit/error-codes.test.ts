/**
 * `ErrorCode` is a closed list (shared/errors.ts): every code the main process can answer has a
 * translated message in the four languages, where the renderer looks for it
 * (components/ErrorText.tsx: `errors:<code>`, else `<namespace>:errors.<code>`), and no code is
 * thrown that the list does not hold.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, errorMessageKey, isErrorCode, type ErrorCode } from '@shared/errors';
import { CHANGED_ENTITIES, type AppEvent } from '@shared/contract/events';
import { LOCALES } from '@shared/locale';

const ROOT = join(__dirname, '..', '..');
const locale = (lng: string, ns: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('error codes', () => {
  it.each(LOCALES)('every code has its message in %s', (lng) => {
    const missing: string[] = [];
    for (const [ns, codes] of Object.entries(ERROR_CODES)) {
      const texts = ns === 'errors' ? locale(lng, 'errors') : ((locale(lng, ns).errors ?? {}) as Record<string, unknown>);
      for (const code of codes) {
        const text = texts[code];
        const key = `${ns}:${ns === 'errors' ? '' : 'errors.'}${code}`;
        expect(errorMessageKey(code)).toBe(key); // where the renderer looks it up
        if (typeof text !== 'string' || text.trim() === '') missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists each code once', () => {
    const all = Object.values(ERROR_CODES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((c) => isErrorCode(c))).toBe(true);
    expect(isErrorCode('made_up')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });

  it('every code the main process writes as a literal is in the list', () => {
    // The type checker refuses an unknown code (below); this catches a code built outside AppError
    // (an `{ ok: false, error: { code } }` answer written by hand in a transport).
    const unknown = new Set<string>();
    for (const file of [...sources(join(ROOT, 'electron')), ...sources(join(ROOT, 'shared')), join(ROOT, 'renderer/src/lib/api.ts')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new AppError\('([a-z_]+)'|error: \{ code: '([a-z_]+)'/g)) {
        const code = m[1] ?? m[2];
        if (!isErrorCode(code)) unknown.add(`${code} (${file.slice(ROOT.length + 1)})`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it('is a checked union', () => {
    const known: ErrorCode = 'not_found';
    // @ts-expect-error an unknown code fails the type check (typecheck is part of npm test)
    const unknown: ErrorCode = 'made_up';
    expect(new AppError(known, 'x').code).toBe('not_found');
    expect(unknown).toBe('made_up');
  });
});

describe('changed events', () => {
  it('name only entities that a service emits', () => {
    const emitted = new Set<string>();
    for (const file of sources(join(ROOT, 'electron'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/type: 'changed', entity: '([a-z_]+)'/g)) emitted.add(m[1]);
    }
    expect([...emitted].sort()).toEqual([...CHANGED_ENTITIES].sort());
    // @ts-expect-error an entity no service emits fails the type check
    const event: AppEvent = { type: 'changed', entity: 'nothing' };
    expect(event.type).toBe('changed');
  });
});
