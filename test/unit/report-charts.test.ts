/** The report's SVG charts: escaped text, robust geometry, month axis, and they rasterise. */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { radarChartSvg, timelineChartSvg } from '@shared/report/charts';
import { monthAxis, shortMonthNames } from '@shared/charts/months';
import type { TimelineItem } from '@shared/charts/timeline';
import { radarDefinition } from '@shared/charts/radar';
import { SERIES_COLORS } from '@shared/charts/palette';
import { graphemes, textWidth, truncate, wrap } from '@shared/charts/text';
import { LOCALES } from '@shared/locale';

const HOSTILE = `Müller & Fils <Précision> "Lux" 'SA' 🚀\u0001\uD800`;

/** Every coordinate and size in the SVG (percentages aside). */
const numbersIn = (svg: string) =>
  [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|points)="([^"%]*)"/g)].flatMap((m) => m[1].split(/[ ,]/).filter(Boolean).map(Number));
const render = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render();

/** Echoes the key (and its date), so a label says where it came from. */
const echo = (key: string, vars?: Record<string, string | number>) => (vars?.date ? `${key} ${vars.date}` : key);

/** A radar definition as the report and the screen get it; `values` override per series kind. */
function radar(values: Partial<Record<'score' | 'target', (number | null)[]>> = {}, axes = ['Strategy', 'Foundations', 'People', 'Data', 'AI use']) {
  const score = values.score ?? [45, 62.5, 30, 28, 22.5];
  const target = values.target ?? [70, 75, 60, 60, 55];
  return radarDefinition(
    { dimensions: axes.map((label, i) => ({ label, score: score[i] ?? null, target: target[i] ?? null, previous: null })), heldOn: '2026-03-12', previousHeldOn: null, locale: 'en' },
    echo,
  );
}
const SCORE = SERIES_COLORS.score;

describe('radar chart', () => {
  it('escapes every text and drops characters XML cannot hold', () => {
    const chart = radar();
    const { svg } = radarChartSvg({ ...chart, title: HOSTILE, axes: [HOSTILE, ...chart.axes.slice(1)], series: [{ ...chart.series[1], label: HOSTILE }] });
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&lt;Précision&gt;');
    expect(svg).toContain('&quot;Lux&quot;');
    expect(svg).not.toContain('<Précision>');
    expect(svg).not.toMatch(/[\u0001]|\uD800(?![\uDC00-\uDFFF])/);
    expect(() => render(svg)).not.toThrow(); // well-formed XML
  });

  it('draws one polygon vertex per axis and a marker per scored dimension', () => {
    const { svg } = radarChartSvg(radar());
    const score = new RegExp(`<polygon points="([^"]+)" fill="${SCORE}"`).exec(svg)!;
    expect(score[1].split(' ')).toHaveLength(5);
    expect(svg.match(/<circle /g)).toHaveLength(5);
  });

  it('leaves out missing values instead of drawing them as zero', () => {
    const { svg } = radarChartSvg(radar({ score: [45, null, 30, Number.NaN, 22.5], target: [] }));
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).not.toMatch(new RegExp(`<polygon points="[^"]+" fill="${SCORE}"`)); // no closed outline through the gaps
    // Only the neighbours that both have a value are joined: 0–? no, 2–? no, 4–0 yes.
    expect(svg.match(new RegExp(`<line [^>]*stroke="${SCORE}"`, 'g'))).toHaveLength(1);
  });

  it('keeps every coordinate finite and inside the picture, whatever the values', () => {
    const chart = radarChartSvg(radar({ score: [150, -20, Infinity, -Infinity, 1e300] }));
    const numbers = numbersIn(chart.svg);
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.every(Number.isFinite)).toBe(true);
    const circles = [...chart.svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of circles) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(chart.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(chart.height);
    }
  });

  it('says so when there is nothing to draw', () => {
    const { svg, height } = radarChartSvg(radar({}, []));
    expect(svg).toContain('>report:results.noData</text>');
    expect(height).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(radarChartSvg(radar()).svg).toBe(radarChartSvg(radar()).svg);
  });
});

describe('timeline chart', () => {
  const groups = [
    { id: 'assess', label: 'Assess & Accelerate', color: '#1B365D' },
    { id: 'upskill', label: 'Upskill & Train', color: '#2A7F9E' },
    { id: 'fund', label: 'Fund', color: '#C08A1E' },
  ];
  const items: TimelineItem[] = [
    { groupId: 'assess', label: 'Data inventory', startMonth: 0, durationMonths: 3, number: '1' },
    { groupId: 'upskill', label: HOSTILE, startMonth: 2, durationMonths: 4, number: '2' },
  ];
  const months = Array.from({ length: 18 }, (_, i) => `M${i + 1}`);
  const bars = (svg: string) => [...svg.matchAll(/<rect x="([^"]+)" y="[^"]+" width="([^"]+)" height="[^"]+" rx="3"/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('escapes labels and renders', () => {
    const { svg } = timelineChartSvg({ title: HOSTILE, groups, items, horizonMonths: 18, monthLabels: months });
    expect(svg).toContain('&amp;');
    expect(svg).not.toContain('<Précision>');
    expect(() => render(svg)).not.toThrow();
  });

  it('one bar per item; groups without items are left out; unknown groups are kept, not dropped', () => {
    const { svg } = timelineChartSvg({ title: 't', groups, items: [...items, { groupId: 'mystery', label: 'Orphan', startMonth: 1, durationMonths: 1 }], horizonMonths: 18, monthLabels: months });
    expect(bars(svg)).toHaveLength(3);
    expect(svg).not.toContain('>Fund</text>');
    expect(svg).toContain('>Orphan</text>');
    expect(svg).toContain('>mystery</text>');
  });

  it('keeps bars inside the horizon whatever the months', () => {
    const wild: TimelineItem[] = [
      { groupId: 'assess', label: 'a', startMonth: -5, durationMonths: 100 },
      { groupId: 'assess', label: 'b', startMonth: 30, durationMonths: 3 },
      { groupId: 'assess', label: 'c', startMonth: Number.NaN, durationMonths: Number.NaN },
      { groupId: 'assess', label: 'd', startMonth: 17, durationMonths: -2 },
    ];
    const chart = timelineChartSvg({ title: 't', groups, items: wild, horizonMonths: 18, monthLabels: months });
    const found = bars(chart.svg);
    expect(found).toHaveLength(4);
    for (const [x, w] of found) {
      expect(x).toBeGreaterThanOrEqual(330);
      expect(x + w).toBeLessThanOrEqual(chart.width - 14 + 0.01);
      expect(w).toBeGreaterThan(0);
    }
    expect(numbersIn(chart.svg).every(Number.isFinite)).toBe(true);
  });

  it('thins month labels out when they would collide', () => {
    const long = Array.from({ length: 120 }, (_, i) => `M${i + 1}`);
    const dense = timelineChartSvg({ title: 't', groups, items, horizonMonths: 120, monthLabels: long }).svg;
    const sparse = timelineChartSvg({ title: 't', groups, items, horizonMonths: 12, monthLabels: long }).svg;
    const count = (svg: string) => (svg.match(/>M\d+<\/text>/g) ?? []).length;
    expect(count(sparse)).toBe(12);
    expect(count(dense)).toBeLessThan(40);
    expect(count(dense)).toBeGreaterThan(5);
  });

  it('says so when the roadmap is empty', () => {
    const { svg } = timelineChartSvg({ title: 't', groups, items: [], horizonMonths: 12, monthLabels: [], emptyLabel: 'Nothing planned' });
    expect(svg).toContain('>Nothing planned</text>');
    expect(bars(svg)).toHaveLength(0);
  });
});

describe('month axis', () => {
  it('starts at the roadmap month and prints the year where it changes', () => {
    expect(monthAxis('2026-11-01', 4, 'en', (n) => `M${n}`)).toEqual({ monthLabels: ['Nov', 'Dec', 'Jan', 'Feb'], yearLabels: ['2026', null, '2027', null] });
    expect(monthAxis('2026-03-15', 2, 'lb', (n) => `M${n}`).monthLabels).toEqual(['Mäe', 'Abr']);
  });

  it('falls back to numbered months without a usable start date', () => {
    for (const start of [null, '', 'soon', '2026-13-01', '2026-00-10']) {
      expect(monthAxis(start, 3, 'fr', (n) => `M${n}`)).toEqual({ monthLabels: ['M1', 'M2', 'M3'], yearLabels: [null, null, null] });
    }
    expect(monthAxis('2026-01-01', Number.NaN, 'fr', (n) => `M${n}`).monthLabels).toEqual([]);
  });

  it('short month names tell all twelve apart in every language', () => {
    for (const locale of LOCALES) {
      const names = shortMonthNames(locale);
      expect(new Set(names).size, locale).toBe(12);
      for (const n of names) expect(graphemes(n).length).toBeGreaterThanOrEqual(3);
    }
    expect(shortMonthNames('fr').slice(5, 7)).toEqual(['Juin', 'Juil']);
    expect(shortMonthNames('de')[2]).toBe('Mär');
  });
});

describe('chart text layout', () => {
  it('never splits an emoji or an accented letter', () => {
    expect(graphemes('👩🏽‍🔧é')).toEqual(['👩🏽‍🔧', 'é']);
    expect(truncate('👩🏽‍🔧👩🏽‍🔧👩🏽‍🔧👩🏽‍🔧', 30, 12)).toBe('👩🏽‍🔧…');
  });

  it('shortens to the width it is given', () => {
    const label = 'Computer-vision quality-control pilot on one production line';
    for (const width of [40, 120, 200]) expect(textWidth(truncate(label, width, 13), 13)).toBeLessThanOrEqual(width);
    expect(truncate('Short', 200, 13)).toBe('Short');
  });

  it('wraps into at most the given number of lines, each within the width', () => {
    const lines = wrap('Usage de l’IA et de l’automatisation dans les processus métier de l’entreprise', 120, 15, 3, true);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(textWidth(line, 15, true)).toBeLessThanOrEqual(120);
    expect(wrap('', 100, 12, 2)).toEqual([]);
  });
});
