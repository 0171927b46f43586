/**
 * The locale rules, in one place: every language has the keys of English (plural forms aside),
 * none empty, the same {{placeholders}}, and at most 20 % of its strings identical to English.
 * `npm run lint` runs it (and never skips: it reads the repo's own locales/), and
 * test/unit/locales.test.ts asserts it finds nothing.
 *   npx tsx scripts/check-locales.ts [project-root]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALES } from '../shared/locale';

/** Above this share of strings identical to English, a language counts as untranslated. */
export const MAX_COPIED_FROM_ENGLISH = 0.2;

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
  return out;
}

/** All keys of one language as "namespace:dotted.key" → value. */
export function loadLocale(root: string, lng: string): Map<string, unknown> | null {
  const dir = join(root, 'locales', lng);
  if (!existsSync(dir)) return null;
  const keys = new Map<string, unknown>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    for (const [k, v] of flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')))) keys.set(`${ns}:${k}`, v);
  }
  return keys;
}

/** i18next plural suffixes differ by language (fr also has _many). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]).sort();

/** Every problem found, as one line each; [] when the locales are consistent. */
export function localeProblems(root = '.'): string[] {
  const en = loadLocale(root, 'en');
  if (!en || en.size === 0) return ['en: no locale files'];
  const enBases = new Set([...en.keys()].map(base));
  const problems: string[] = [];
  for (const lng of LOCALES) {
    const keys = loadLocale(root, lng);
    if (!keys) {
      problems.push(`${lng}: missing folder`);
      continue;
    }
    for (const [k, v] of en) {
      const value = keys.get(k);
      if (!keys.has(k)) problems.push(`${lng}: missing ${k}`);
      else if (typeof value !== 'string' || value.trim() === '') problems.push(`${lng}: empty ${k}`);
      else if (typeof v === 'string' && placeholders(v).join() !== placeholders(value).join()) problems.push(`${lng}: placeholders differ in ${k}`);
    }
    for (const k of keys.keys()) if (!enBases.has(base(k))) problems.push(`${lng}: extra ${k}`);
    if (lng !== 'en') {
      const strings = [...en].filter(([, v]) => typeof v === 'string' && /[a-z]{4,}/i.test(v));
      const same = strings.filter(([k, v]) => keys.get(k) === v).length;
      if (same / strings.length > MAX_COPIED_FROM_ENGLISH) problems.push(`${lng}: ${same} of ${strings.length} strings identical to English — translate them`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? '.';
  const problems = localeProblems(root);
  for (const line of problems.slice(0, 60)) console.log(line);
  if (problems.length > 60) console.log(`… and ${problems.length - 60} more`);
  const count = loadLocale(root, 'en')?.size ?? 0;
  console.log(problems.length ? `locales: ${problems.length} problem(s)` : `locales: ${count} keys, consistent in ${LOCALES.join(', ')}`);
  process.exit(problems.length ? 1 : 0);
}
