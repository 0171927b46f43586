import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalsOf, parseDecimal, parseNumberInput, shiftDecimal, toNumber } from '@shared/number-input';
import { formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';

const value = (text: string, locale: Locale) => parseNumberInput(text, locale);
const problem = (text: string, locale: Locale) => {
  const p = parseDecimal(text, locale);
  return p.ok ? null : p.problem;
};

describe('reading typed numbers: one rule for fr, de, lb (decimal comma) and en (decimal point)', () => {
  it.each(['fr', 'de', 'lb'] as const)('%s: "1.2" is refused as ambiguous, never read as 12', (l) => {
    expect(problem('1.2', l)).toBe('ambiguous');
    expect(problem('0.5', l)).toBe('ambiguous');
    expect(problem('1.25', l)).toBe('ambiguous');
    expect(problem('12.5', l)).toBe('ambiguous');
    expect(value('1.2', l)).toBeNaN();
  });
  it.each(['fr', 'de', 'lb'] as const)('%s: "1,2", "1 200", "1.200" are read as written', (l) => {
    expect(value('1,2', l)).toBe(1.2);
    expect(value('1 200', l)).toBe(1200);
    expect(value('1\u202f200', l)).toBe(1200); // narrow no-break space, as the app writes it in fr-FR style
    expect(value('1\u00a0200,50', l)).toBe(1200.5);
    expect(value('1.200', l)).toBe(1200);
    expect(value('1.234.567,89', l)).toBe(1234567.89);
    expect(value('0,57', l)).toBe(0.57);
  });
  it('en mirrors the rule: "1,2" is ambiguous, "1,200" and "1 200" are 1200', () => {
    expect(problem('1,2', 'en')).toBe('ambiguous');
    expect(value('1,200', 'en')).toBe(1200);
    expect(value('1 200', 'en')).toBe(1200);
    expect(value('1,234.5', 'en')).toBe(1234.5);
    expect(value('1.2', 'en')).toBe(1.2);
  });
  it('badly grouped digits are refused, not guessed', () => {
    expect(problem('1.2345', 'fr')).toBe('ambiguous');
    expect(problem('1.234.5', 'de')).toBe('grouping');
    expect(problem('12 34', 'fr')).toBe('grouping');
    expect(problem('1234.567,5', 'de')).toBe('grouping');
    expect(problem('1,234,567', 'fr')).toBe('ambiguous'); // an English habit in French
    expect(problem('1,2.3', 'fr')).toBe('notANumber');
  });
  it('scientific notation is understood, with the language\'s decimal mark', () => {
    expect(value('1e6', 'fr')).toBe(1_000_000);
    expect(value('1E15', 'de')).toBe(1e15);
    expect(value('2,5e15', 'fr')).toBe(2.5e15);
    expect(value('1.5e15', 'en')).toBe(1.5e15);
    expect(value('1e-3', 'lb')).toBe(0.001);
    expect(value('-2e3', 'en')).toBe(-2000);
    expect(problem('1.5e15', 'fr')).toBe('ambiguous');
    expect(problem('1e99999', 'en')).toBe('notANumber');
    expect(problem('1e400', 'en')).toBe('tooLarge');
    expect(problem('9'.repeat(400), 'de')).toBe('tooLarge');
  });
  it('signs, units, empty and hostile input', () => {
    expect(value('', 'fr')).toBeNull();
    expect(value('   ', 'fr')).toBeNull();
    expect(value('-12,5', 'fr')).toBe(-12.5);
    expect(value('−12,5', 'fr')).toBe(-12.5); // typographic minus
    expect(value('-0', 'fr')).toBe(0);
    expect(Object.is(value('-0', 'fr'), -0)).toBe(false);
    expect(value('1.200 €', 'fr')).toBe(1200);
    expect(value('57 %', 'fr')).toBe(57);
    for (const bad of ['douze', 'NaN', 'Infinity', '0x10', '1_000', '12,', ',5', '.', ',', '-', '--1', '1-', '<script>', '1e', 'e5', '١٢']) {
      expect(value(bad, 'fr'), bad).toBeNaN();
      expect(value(bad, 'en'), bad).toBeNaN();
    }
  });
  it('keeps decimal digits exact when scaling (57 % is 0.57, 12,34 € is 1234 cents)', () => {
    const p = parseDecimal('57', 'fr');
    if (!p.ok || p.empty) throw new Error('parsed');
    expect(toNumber(p, -2)).toBe(0.57);
    expect(57 * 0.01).not.toBe(0.57); // what the old field stored
    const money = parseDecimal('12,34', 'fr');
    if (!money.ok || money.empty) throw new Error('parsed');
    expect(toNumber(money, 2)).toBe(1234);
    expect(decimalsOf(money)).toBe(2);
    const round = parseDecimal('12,50', 'fr');
    if (!round.ok || round.empty) throw new Error('parsed');
    expect(decimalsOf(round)).toBe(1);
    expect(shiftDecimal(0.57, 2)).toBe(57);
    expect(shiftDecimal(0.07, 2)).toBe(7);
    expect(shiftDecimal(1e-7, 2)).toBe(1e-5);
    for (const pct of [7, 14, 29, 57, 58, 70, 0.1, 12.5, 99.99]) {
      const parsed = parseDecimal(String(pct).replace('.', ','), 'fr');
      if (!parsed.ok || parsed.empty) throw new Error('parsed');
      expect(toNumber(parsed, -2)).toBe(Number(`${pct}e-2`));
      expect(shiftDecimal(toNumber(parsed, -2), 2)).toBe(pct);
    }
  });
  it('reads back whatever the app writes, in every language (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom<Locale>('fr', 'de', 'en', 'lb'), (whole, cents, l) => {
        const v = whole + Math.sign(whole || 1) * cents / 100;
        const shown = formatNumber(v, l, 2);
        expect(value(shown, l)).toBeCloseTo(v, 2);
      }),
    );
  });
});
