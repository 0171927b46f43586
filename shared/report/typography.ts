/**
 * French typography for the report: a no-break space before `: ; ! ?` and `»`, and after `«`,
 * so "Motif : …" never loses its space (catalogue lists joined with "; ", code that writes
 * "Interdit: …") and a colon or guillemet never wraps alone onto the next line. One rule,
 * applied to every text of a French report (its wording and its data); other languages are left
 * as they are. Idempotent: applying it twice gives the same text.
 */
import type { Locale } from '../locale';
import type { Translate } from './translate';

const NBSP = '\u00a0';

/** `x: y` / `x : y` / `x; y` → `x\u00a0: y`; `« x »` with no-break spaces inside. URLs and times (`https://`, `10:30`) are untouched. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/([^\s:;!?])[ \u00a0\u202f]?([:;!?»])(?=\s|$|[),.;:!?])/gu, `$1${NBSP}$2`)
    .replace(/«[ \u00a0\u202f]?(?=\S)/gu, `«${NBSP}`);
}

/** The text as the report's language writes it. */
export function typographic(text: string, locale: Locale): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
}

/** A translator whose every sentence follows the language's typography. */
export function typographicTranslator(t: Translate, locale: Locale): Translate {
  return locale === 'fr' ? (key, vars) => frenchSpacing(t(key, vars)) : t;
}

/** Every string of a plain-data value in the language's typography (a copy; ISO dates and ids have no such marks). */
export function typographicDeep<T>(value: T, locale: Locale): T {
  if (locale !== 'fr') return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return frenchSpacing(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
