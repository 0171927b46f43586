/** Every key exists, non-empty, in en, fr, de and lb, with the same {{placeholders}}, and is translated. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, localeProblems } from '../../scripts/check-locales';

describe('locale files', () => {
  it('English has keys', () => expect(loadLocale('.', 'en')!.size).toBeGreaterThan(50));

  it('every language has every key, non-empty, placeholders kept, translated', () => {
    expect(localeProblems('.')).toEqual([]);
  });
});

describe('the locale checker finds what it must', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A copy of the project's locales with one file edited. */
  function copyWith(lng: string, ns: string, edit: (json: Record<string, unknown>) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'laif-locales-'));
    dirs.push(root);
    cpSync('locales', join(root, 'locales'), { recursive: true });
    const file = join(root, 'locales', lng, `${ns}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(json);
    writeFileSync(file, JSON.stringify(json));
    return root;
  }

  it('a missing, an empty, an extra key and a lost placeholder', () => {
    const key = Object.keys(JSON.parse(readFileSync('locales/en/common.json', 'utf8')))[0];
    expect(localeProblems(copyWith('lb', 'common', (j) => delete j[key]))).toContain(`lb: missing common:${key}`);
    expect(localeProblems(copyWith('de', 'common', (j) => (j.zzz = 'x')))).toContain('de: extra common:zzz');
    const emptied = copyWith('fr', 'common', (j) => {
      for (const k of Object.keys(j)) if (typeof j[k] === 'string') j[k] = ' ';
    });
    expect(localeProblems(emptied).some((p) => p.startsWith('fr: empty common:'))).toBe(true);
    expect(localeProblems(copyWith('de', 'clients', (j) => (j.eraseTitle = 'Kunden endgültig löschen?')))).toContain('de: placeholders differ in clients:eraseTitle');
  });

  it('a language copied from English', () => {
    const root = mkdtempSync(join(tmpdir(), 'laif-locales-'));
    dirs.push(root);
    cpSync('locales', join(root, 'locales'), { recursive: true });
    rmSync(join(root, 'locales', 'lb'), { recursive: true });
    cpSync(join('locales', 'en'), join(root, 'locales', 'lb'), { recursive: true });
    expect(localeProblems(root).some((p) => /^lb: \d+ of \d+ strings identical to English/.test(p))).toBe(true);
  });

  it('a missing language folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'laif-locales-'));
    dirs.push(root);
    cpSync('locales', join(root, 'locales'), { recursive: true });
    rmSync(join(root, 'locales', 'de'), { recursive: true });
    expect(localeProblems(root)).toContain('de: missing folder');
  });
});
