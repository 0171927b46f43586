import { describe, expect, it } from 'vitest';
import { parseDateText } from '@shared/date-input';
import { formatDate, formatMonth } from '@shared/format';
import { LOCALES } from '@shared/locale';

describe('one date rule: what the date fields read (the GPU start date, the sign-off date, …)', () => {
  it('reads day-first dates in any separator and ISO dates', () => {
    expect(parseDateText('01/04/2027')).toBe('2027-04-01');
    expect(parseDateText('1.4.2027')).toBe('2027-04-01');
    expect(parseDateText(' 15-11-2026 ')).toBe('2026-11-15');
    expect(parseDateText('2027-04-01')).toBe('2027-04-01');
    expect(parseDateText('')).toBeNull();
    expect(parseDateText('   ')).toBeNull();
  });

  it('reads month names of the UI language, with or without accents and dot', () => {
    expect(parseDateText('2 déc. 2026', 'day', 'fr')).toBe('2026-12-02');
    expect(parseDateText('2 dec 2026', 'day', 'fr')).toBe('2026-12-02');
    expect(parseDateText('2. Dez. 2026', 'day', 'de')).toBe('2026-12-02');
    expect(parseDateText('14. Mäerz 2026', 'day', 'lb')).toBe('2026-03-14');
    expect(parseDateText('14 March 2026', 'day', 'en')).toBe('2026-03-14');
    expect(parseDateText('1er mars 2026', 'day', 'fr')).toBe('2026-03-01');
    expect(parseDateText('2 Brumaire 2026', 'day', 'fr')).toBeUndefined();
  });

  it('reads back every date it shows, in all four languages and all twelve months', () => {
    for (const l of LOCALES) {
      for (let m = 1; m <= 12; m++) {
        const iso = `2026-${String(m).padStart(2, '0')}-02`;
        expect(parseDateText(formatDate(iso, l, 'medium'), 'day', l), `${l} ${iso}`).toBe(iso);
        expect(parseDateText(formatDate(iso, l, 'long'), 'day', l), `${l} ${iso}`).toBe(iso);
        expect(parseDateText(formatDate(iso, l, 'short'), 'day', l), `${l} ${iso}`).toBe(iso);
        expect(parseDateText(formatMonth(iso, l), 'month', l), `${l} ${iso}`).toBe(`2026-${String(m).padStart(2, '0')}-01`);
      }
    }
  });

  it('month fields take a month and a year', () => {
    expect(parseDateText('12.2026', 'month', 'de')).toBe('2026-12-01');
    expect(parseDateText('12/2026', 'month', 'fr')).toBe('2026-12-01');
    expect(parseDateText('2026-09', 'month', 'fr')).toBe('2026-09-01');
    expect(parseDateText('déc. 2026', 'month', 'fr')).toBe('2026-12-01');
    expect(parseDateText('Dezember 2026', 'month', 'lb')).toBe('2026-12-01');
    expect(parseDateText('13.2026', 'month', 'de')).toBeUndefined();
    expect(parseDateText('2.12.2026', 'month', 'de')).toBeUndefined();
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['31/04/2027', '29/02/2026', '00/01/2026', '12/13/2026', '2026-02-30', '04/01/27', 'demain', '1e18', '01/04/2027abc', '1.1.1066', '1.1.99999', 'x'.repeat(5000)]) {
      expect(parseDateText(bad), bad).toBeUndefined();
    }
    expect(parseDateText('29/02/2028')).toBe('2028-02-29');
  });

  it('shows dates in the UI language\'s order and month names', () => {
    expect(formatDate('2026-12-02', 'fr', 'medium')).toBe('2 déc. 2026');
    expect(formatDate('2026-12-02', 'de', 'medium')).toBe('2. Dez. 2026');
    expect(formatDate('2026-12-02', 'lb', 'medium')).toBe('2. Dez. 2026');
    expect(formatDate('2026-03-02', 'lb', 'medium')).toBe('2. Mäe. 2026');
    expect(formatDate('2026-12-02', 'en', 'medium')).toBe('2 Dec 2026');
    expect(formatMonth('2026-03-01', 'lb')).toBe('Mäerz 2026');
    expect(formatMonth('2026-12-01', 'fr')).toBe('décembre 2026');
    expect(formatMonth('garbage', 'fr')).toBe('—');
    expect(formatMonth(null, 'fr')).toBe('—');
  });
});
