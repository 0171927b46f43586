/** Every key exists, non-empty, in en, fr, de and lb, with the same {{placeholders}}. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../shared/locale';

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
  return out;
}

function load(lng: string) {
  const keys = new Map<string, unknown>();
  for (const file of readdirSync(join('locales', lng))) {
    const ns = file.replace(/\.json$/, '');
    for (const [k, v] of flatten(JSON.parse(readFileSync(join('locales', lng, file), 'utf8')))) keys.set(`${ns}:${k}`, v);
  }
  return keys;
}

/** i18next plural keys differ by language (lb/de/en/fr all have _one/_other; fr also _many). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const en = load('en');
  it('English has keys', () => expect(en.size).toBeGreaterThan(50));
  for (const lng of LOCALES) {
    it(`${lng}: every key present and non-empty, placeholders kept`, () => {
      const keys = load(lng);
      const problems: string[] = [];
      const enBases = new Set([...en.keys()].map(base));
      for (const [k, v] of en) {
        if (!keys.has(k)) problems.push(`missing ${k}`);
        else if (typeof keys.get(k) !== 'string' || (keys.get(k) as string).trim() === '') problems.push(`empty ${k}`);
        else if (typeof v === 'string' && placeholders(v).join() !== placeholders(keys.get(k) as string).join()) problems.push(`placeholders differ in ${k}`);
      }
      for (const k of keys.keys()) if (!enBases.has(base(k))) problems.push(`extra ${k}`);
      expect(problems).toEqual([]);
    });
    if (lng !== 'en') {
      it(`${lng}: translated, not copied from English (at most 20 % identical, as the team's checker)`, () => {
        const keys = load(lng);
        const strings = [...en].filter(([, v]) => typeof v === 'string' && /[a-z]{4,}/i.test(v));
        const same = strings.filter(([k, v]) => keys.get(k) === v).length;
        expect(same / strings.length).toBeLessThanOrEqual(0.2);
      });
    }
  }
});
