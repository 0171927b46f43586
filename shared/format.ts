/**
 * The one formatting helper for numbers, money and dates, used by the renderer and by the
 * report generator. Chromium ships no Luxembourgish number/date data (toolchain.md): Intl
 * silently falls back to en-US for `lb`. So `lb` numbers use de-LU conventions (identical:
 * 1.234.567,89 €) and lb month/day names come from the table below, whatever the runtime.
 */
import type { Locale } from './locale';

const NUMBER_LOCALE: Record<Locale, string> = { fr: 'fr-LU', de: 'de-LU', en: 'en-GB', lb: 'de-LU' };

const LB_MONTHS = ['Januar', 'Februar', 'Mäerz', 'Abrëll', 'Mee', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
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

/** "14 mars 2026", "14. März 2026", "14 March 2026", "14. Mäerz 2026" (in UTC: dates are calendar dates). */
export function formatDate(value: string | Date | null | undefined, locale: Locale, style: 'long' | 'short' = 'long'): string {
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

export function dayName(dayIndex: number, locale: Locale): string {
  if (locale === 'lb') return LB_DAYS[dayIndex];
  // 2026-03-01 is a Sunday.
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 1 + dayIndex));
}

/** Parses what a person types as a number in their language ("1.234,5", "1 234,5", "1,234.5"). */
export function parseNumberInput(text: string, locale: Locale): number | null {
  const trimmed = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (trimmed === '') return null;
  const decimalComma = locale !== 'en';
  const normalised = decimalComma ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}
