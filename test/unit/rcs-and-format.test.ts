import { describe, expect, it } from 'vitest';
import { isValidRcs, normaliseRcs } from '@shared/domain/rcs';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, monthName, dayName, parseNumberInput } from '@shared/format';
import { pickLocale } from '@shared/locale';

describe('RCS numbers', () => {
  it.each(['B123456', 'b123456', 'B 123 456', 'B123.456', 'A12345', 'F1234', 'B1'])('accepts %s', (v) => expect(isValidRcs(v)).toBe(true));
  it.each(['', '123456', 'BB123', 'B', 'B0123', 'B12345678', 'B12a45', 'B-<script>', '1B2345'])('refuses %s', (v) => expect(isValidRcs(v)).toBe(false));
  it('normalises what people type', () => expect(normaliseRcs(' b 123.456 ')).toBe('B123456'));
});

describe('formatting in four languages (lb uses de-LU conventions and its own month names)', () => {
  it('money', () => {
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatMoney(123456789, 'lb', { cents: true }))).toBe('1.234.567,89 €');
    expect(plain(formatMoney(123456789, 'de', { cents: true }))).toBe('1.234.567,89 €');
    expect(formatMoney(123456789, 'en', { cents: true })).toBe('€1,234,567.89');
    expect(plain(formatMoney(123456789, 'fr', { cents: true }))).toBe('1.234.567,89 €'); // fr-LU groups with dots (format.ts says why)
    expect(formatMoney(null, 'fr')).toBe('—');
    expect(formatMoney(Number.NaN, 'fr')).toBe('—');
  });
  it('short money for sentences', () => {
    expect(formatMoneyShort(410_000_000, 'en')).toBe('€4.1 M');
    expect(formatMoneyShort(410_000_000, 'fr').replace(/\s/g, ' ')).toBe('4,1 M€');
    expect(formatMoneyShort(410_000_000, 'lb')).toBe('4,1 Mio. €');
  });
  it('dates, with Luxembourgish month names', () => {
    expect(formatDate('2026-03-14', 'lb')).toBe('14. Mäerz 2026');
    expect(formatDate('2026-03-14', 'de')).toBe('14. März 2026');
    expect(formatDate('2026-03-14', 'fr')).toBe('14 mars 2026');
    expect(formatDate('2026-03-14', 'en')).toBe('14 March 2026');
    expect(formatDate('2026-03-14', 'lb', 'short')).toBe('14.03.2026');
    expect(formatDate('not a date', 'fr')).toBe('—');
    expect(monthName(3, 'lb')).toBe('Abrëll');
    expect(dayName(5, 'lb')).toBe('Freideg');
  });
  it('numbers: large figures grouped in every language (jobs, tokens, GPUs, nodes)', () => {
    expect(formatNumber(1234.56, 'lb')).toBe('1.234,6');
    expect(formatNumber(1234, 'fr')).toBe('1.234'); // fr-LU, as in the report
    expect(formatNumber(12_500_000_000, 'fr', 0)).toBe('12.500.000.000');
    expect(formatNumber(12_500_000_000, 'de', 0)).toBe('12.500.000.000');
    expect(formatNumber(12_500_000_000, 'en', 0)).toBe('12,500,000,000');
    expect(formatNumber(2048, 'lb', 0)).toBe('2.048');
    expect(formatNumber(Infinity, 'en')).toBe('—');
  });
  it('parses what people type', () => {
    expect(parseNumberInput('1.234,5', 'de')).toBe(1234.5);
    expect(parseNumberInput('1 234,5', 'fr')).toBe(1234.5);
    expect(parseNumberInput('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumberInput('', 'fr')).toBeNull();
    expect(parseNumberInput('douze', 'fr')).toBeNaN();
    expect(parseNumberInput('1e18', 'en')).toBe(1e18); // understood: see number-input.test.ts
    expect(parseNumberInput('1.2', 'fr')).toBeNaN(); // ambiguous, never 12
  });
});

describe('initial language', () => {
  it('takes the system language when it is one of the four, French otherwise', () => {
    expect(pickLocale(['de-LU', 'en'])).toBe('de');
    expect(pickLocale(['lb-LU'])).toBe('lb');
    expect(pickLocale(['pt-PT', 'es'])).toBe('fr');
    expect(pickLocale(['pt-PT', 'en-GB'])).toBe('en');
    expect(pickLocale([])).toBe('fr');
  });
});

describe('numbers inside sentences follow the same rule, in the app and the report', () => {
  it('groups counts of jobs, tokens, GPUs and nodes put into a text', async () => {
    const { formatInterpolated } = await import('@shared/format');
    const { createTranslator } = await import('@shared/report/translate');
    expect(formatInterpolated(2048, 'fr')).toBe('2.048');
    expect(formatInterpolated(2048, 'lb')).toBe('2.048');
    expect(formatInterpolated(2048, 'en')).toBe('2,048');
    expect(formatInterpolated(0.57, 'de')).toBe('0,57');
    expect(formatInterpolated(Number.NaN, 'de')).toBe('—');
    expect(formatInterpolated('2026.2', 'de')).toBe('2026.2'); // text stays text (versions, codes)
    const t = createTranslator('fr', { report: { jobs: '{{gpus}} GPU, {{nodes}} nœuds, {{jobs}} tâches' } });
    expect(t('report:jobs', { gpus: 2048, nodes: 512, jobs: 12_500 })).toBe('2.048 GPU, 512 nœuds, 12.500 tâches');
  });
  it('the Word report formats numbers through format.ts (fr-LU grouping, like the app)', async () => {
    const { reportContext } = await import('@main/report/context');
    const ctx = reportContext({ locale: 'fr' } as never, ((k: string) => k) as never);
    expect(ctx.num(1_234_567)).toBe('1.234.567');
    expect(ctx.money(123_456_789).replace(/\s/g, ' ')).toBe('1.234.568 €');
    expect(ctx.date('2026-12-02')).toBe('2 décembre 2026');
  });
});
