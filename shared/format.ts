/**
 * The one formatting helper for numbers, money and dates, used by the renderer and by the
 * report generator. Chromium ships no Luxembourgish number/date data (toolchain.md): Intl
 * silently falls back to en-US for `lb`. So `lb` numbers use de-LU conventions (identical:
 * 1.234.567,89 €) and lb month/day names come from the table below, whatever the runtime.
 */
import type { Locale } from './locale';
import { roundToTenth } from './rounding';

/**
 * French numbers follow fr-LU, not fr-FR: "1.234.567,89 €" rather than "1 234 567,89 €". Decided
 * once, for the app and the Word report alike (both format through this file): the clients are
 * Luxembourg companies, fr-LU is how CLDR and Luxembourg's administration write French figures,
 * and it matches the de-LU/lb style, so a report switched between the three Luxembourg languages
 * shows the same figures. It also keeps one grouping mark (the dot) for what advisors type in
 * fr, de and lb (number-input.ts). Spaces are still accepted when typed.
 */
const NUMBER_LOCALE: Record<Locale, string> = { fr: 'fr-LU', de: 'de-LU', en: 'en-GB', lb: 'de-LU' };

const LB_MONTHS = ['Januar', 'Februar', 'Mäerz', 'Abrëll', 'Mee', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/**
 * Abbreviated month names for dates in the UI ("2 déc. 2026", "2. Dez. 2026", "2 Dec 2026").
 * A table rather than Intl: Chromium has none for lb, and Node's and Chromium's ICU differ in
 * small ways (de "Mär" vs "März"), which would make the app and the report disagree.
 */
export const MONTHS_SHORT: Record<Locale, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  lb: ['Jan.', 'Feb.', 'Mäe.', 'Abr.', 'Mee', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'],
};
const LB_DAYS = ['Sonndeg', 'Méindeg', 'Dënschdeg', 'Mëttwoch', 'Donneschdeg', 'Freideg', 'Samschdeg'];

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[locale], options);
    cache.set(key, f);
  }
  return f;
}

/** Spaces in French grouping are narrow no-break spaces; keep them so numbers never wrap. */
export function formatNumber(value: number | null | undefined, locale: Locale, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A score (0–100) as shown everywhere, on screen and in the report: one decimal at most, "—" when none. */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  return formatNumber(value, locale, 1);
}

/**
 * A change between two scores: rounded to the tenth first (so the sign agrees with the figure
 * shown), with a true minus sign: "+4,5", "−3". `zero` is what stands before an unchanged
 * figure: the screens write "±0", the report plain "0".
 */
export function formatDelta(value: number | null | undefined, locale: Locale, zero: '' | '±' = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = roundToTenth(value);
  const text = formatNumber(Math.abs(rounded), locale, 1);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : `${zero}${text}`;
}

/**
 * A value put into a sentence ("{{gpus}} GPUs", "{{count}} jobs"): numbers are written the app's
 * way, so large figures are grouped in every text of the app and the report alike ("2.048 GPUs",
 * never "2048"); anything else is its own text. Used by the renderer's i18next and the report's
 * translator, so no caller has to remember to format a count.
 */
export function formatInterpolated(value: unknown, locale: Locale): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, locale, 2) : '—';
  return value === null || value === undefined ? '' : String(value);
}

export function formatPercent(fraction: number | null | undefined, locale: Locale): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Money in integer cents → "1.234,50 €" (whole euros unless `cents` is asked for). */
export function formatMoney(valueCents: number | null | undefined, locale: Locale, options: { cents?: boolean } = {}): string {
  if (valueCents === null || valueCents === undefined || !Number.isFinite(valueCents)) return '—';
  const digits = options.cents ? 2 : 0;
  return numberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    valueCents / 100,
  );
}

/** Short money for sentences and chart axes: "€4.1 M" / "4,1 M€" / "4,1 Mio. €". */
export function formatMoneyShort(valueCents: number | null | undefined, locale: Locale): string {
  if (valueCents === null || valueCents === undefined || !Number.isFinite(valueCents)) return '—';
  const euros = valueCents / 100;
  const abs = Math.abs(euros);
  const [scaled, unit] = abs >= 1e6 ? [euros / 1e6, 'M'] : abs >= 1e3 ? [euros / 1e3, 'k'] : [euros, ''];
  const n = formatNumber(scaled, locale, 1);
  if (!unit) return formatMoney(valueCents, locale);
  switch (locale) {
    case 'en':
      return `€${n} ${unit}`;
    case 'fr':
      return `${n} ${unit === 'M' ? 'M€' : 'k€'}`;
    default:
      return `${n} ${unit === 'M' ? 'Mio. €' : 'T€'}`;
  }
}

function parseDate(value: string | Date): Date | null {
  const d = typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "14 mars 2026", "14. März 2026", "14 March 2026", "14. Mäerz 2026" (in UTC: dates are calendar
 * dates); 'medium' abbreviates the month ("2 déc. 2026", "2. Dez. 2026"): the date fields show it.
 */
export function formatDate(value: string | Date | null | undefined, locale: Locale, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (value === null || value === undefined) return '—';
  const d = parseDate(value);
  if (!d) return '—';
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  if (style === 'short') {
    const dd = String(day).padStart(2, '0');
    const mm = String(month + 1).padStart(2, '0');
    return locale === 'en' ? `${dd}/${mm}/${year}` : locale === 'fr' ? `${dd}/${mm}/${year}` : `${dd}.${mm}.${year}`;
  }
  if (style === 'medium') return locale === 'fr' || locale === 'en' ? `${day} ${MONTHS_SHORT[locale][month]} ${year}` : `${day}. ${MONTHS_SHORT[locale][month]} ${year}`;
  if (locale === 'lb') return `${day}. ${LB_MONTHS[month]} ${year}`;
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  const d = parseDate(value);
  if (!d) return '—';
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
  return `${formatDate(local, locale)}, ${time}`;
}

export function monthName(monthIndex: number, locale: Locale): string {
  if (locale === 'lb') return LB_MONTHS[monthIndex];
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, monthIndex, 15));
}

/** "décembre 2026", "Dezember 2026", "Dezember 2026" (lb), "December 2026": a month field's value. */
export function formatMonth(value: string | null | undefined, locale: Locale): string {
  const m = value ? /^(\d{4})-(\d{2})/.exec(value) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return '—';
  return `${monthName(Number(m[2]) - 1, locale)} ${m[1]}`;
}

export function dayName(dayIndex: number, locale: Locale): string {
  if (locale === 'lb') return LB_DAYS[dayIndex];
  // 2026-03-01 is a Sunday.
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 1 + dayIndex));
}

/** Reading typed numbers is its own rule: see number-input.ts (re-exported for existing callers). */
export { parseNumberInput } from './number-input';
