/**
 * The one rule for reading a date a person typed. Every date field (components/fields.tsx
 * DateField) uses it instead of the browser's <input type="date">, whose language and order
 * follow the operating system rather than the app.
 *
 * Day first, as all four UI languages write dates: "2.12.2026", "02/12/2026", "2-12-2026",
 * "2 déc. 2026", "2. Dez. 2026", "2 December 2026", "2. Dezember 2026"; also ISO "2026-12-02"
 * (what the field shows is always in the UI language). Month names are read in any of the four
 * languages, with or without accents and the abbreviation dot. Two-digit years are refused:
 * "02/12/26" could be 1926 or 2026. A month field takes "12.2026", "déc. 2026", "2026-12".
 */
import { LOCALES, type Locale } from './locale';
import { MONTHS_SHORT, monthName } from './format';

export type DateMode = 'day' | 'month';

/** ISO string ("2026-12-02", or "2026-12-01" for a month), null when empty, undefined when not a date. */
export function parseDateText(text: string, mode: DateMode = 'day', locale?: Locale): string | null | undefined {
  const v = text.trim().replace(/\s+/g, ' ');
  if (v === '') return null;
  if (v.length > 40) return undefined;
  if (mode === 'month') {
    const iso = /^(\d{4})-(\d{1,2})$/.exec(v);
    const numeric = /^(\d{1,2}) ?[./-] ?(\d{4})$/.exec(v);
    const words = /^(\p{L}+\.?) ?(\d{4})$/u.exec(v);
    if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), 1);
    if (numeric) return calendarDate(Number(numeric[2]), Number(numeric[1]), 1);
    if (words) {
      const m = monthFromName(words[1], locale);
      return m ? calendarDate(Number(words[2]), m, 1) : undefined;
    }
    return undefined;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const numeric = /^(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{4})$/.exec(v);
  const words = /^(\d{1,2})(?:\.|er)? (\p{L}+\.?) (\d{4})$/u.exec(v); // "1er mars 2026" too
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (numeric) return calendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  if (words) {
    const m = monthFromName(words[2], locale);
    return m ? calendarDate(Number(words[3]), m, Number(words[1])) : undefined;
  }
  return undefined;
}

function calendarDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** 1–12 for a month name or abbreviation; the UI language is tried first. */
function monthFromName(name: string, locale?: Locale): number | undefined {
  const wanted = fold(name);
  const order = locale ? [locale, ...LOCALES.filter((l) => l !== locale)] : [...LOCALES];
  for (const l of order) {
    for (let m = 0; m < 12; m++) {
      if (fold(MONTHS_SHORT[l][m]) === wanted || fold(monthName(m, l)) === wanted) return m + 1;
    }
  }
  return undefined;
}
