/**
 * Month axis labels for the timeline, from the month names of shared/format.ts (which knows
 * Luxembourgish even where Intl does not).
 */
import { monthName } from '../format';
import type { Locale } from '../locale';
import { graphemes } from './text';

/**
 * Twelve short month names: the shortest prefix of at least three letters that tells each month
 * apart ("Jan", "Fév", …, "Juin", "Juil" in French), capitalised.
 */
export function shortMonthNames(locale: Locale): string[] {
  const names = Array.from({ length: 12 }, (_, m) => graphemes(monthName(m, locale)));
  return names.map((g) => {
    let len = Math.min(3, g.length);
    while (len < g.length && names.some((other) => other !== g && other.slice(0, len).join('') === g.slice(0, len).join(''))) len++;
    const prefix = g.slice(0, len).join('');
    return prefix.charAt(0).toLocaleUpperCase(locale) + prefix.slice(1);
  });
}

export interface MonthAxis {
  monthLabels: string[];
  /** The year above the first month and above each January; null elsewhere. */
  yearLabels: (string | null)[];
}

/**
 * Labels for `horizon` months starting at `startsOn` (an ISO date; its month is month 1).
 * Without a (valid) start date: `fallback(1)`, `fallback(2)`, … and no years.
 */
export function monthAxis(startsOn: string | null, horizon: number, locale: Locale, fallback: (monthNumber: number) => string): MonthAxis {
  const count = Math.max(0, Math.min(120, Math.round(Number.isFinite(horizon) ? horizon : 0)));
  const match = startsOn ? /^(\d{4})-(\d{2})/.exec(startsOn) : null;
  const startMonth = match ? Number(match[2]) - 1 : NaN;
  if (!match || startMonth < 0 || startMonth > 11) {
    return { monthLabels: Array.from({ length: count }, (_, m) => fallback(m + 1)), yearLabels: Array.from({ length: count }, () => null) };
  }
  const short = shortMonthNames(locale);
  const startYear = Number(match[1]);
  const monthLabels: string[] = [];
  const yearLabels: (string | null)[] = [];
  for (let m = 0; m < count; m++) {
    const abs = startMonth + m;
    monthLabels.push(short[abs % 12]);
    yearLabels.push(m === 0 || abs % 12 === 0 ? String(startYear + Math.floor(abs / 12)) : null);
  }
  return { monthLabels, yearLabels };
}
