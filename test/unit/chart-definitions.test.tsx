// @vitest-environment jsdom
/**
 * Each chart has one definition (shared/charts/), and the screen and the Word report draw only
 * what it says. The radar: its rules (series, order, gaps, rings per maturity level, labels,
 * colours, legend), then the same definition drawn by recharts in a DOM and by the report's SVG
 * builder, read back and compared. The timeline: screen and report number and group alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { readFileSync } from 'node:fs';
import { radarDefinition, RADAR_STYLES, type RadarDefinition, type RadarInput } from '@shared/charts/radar';
import { numberInitiatives, timelineDefinition } from '@shared/charts/timeline';
import { SERIES_COLORS } from '@shared/charts/palette';
import { radarChartSvg } from '@shared/report/charts';
import { reportTranslator } from '@main/report/texts';

const INPUT: RadarInput = {
  dimensions: [
    { label: 'Stratégie', score: 45, target: 70, previous: 40 },
    { label: 'Données', score: 62.5, target: 75, previous: 50 },
    { label: 'Personnes', score: null, target: 60, previous: 20 },
    { label: 'Usage de l’IA', score: 28, target: null, previous: null },
    { label: 'Gouvernance', score: 22.5, target: 55, previous: 25 },
  ],
  heldOn: '2026-03-12',
  previousHeldOn: '2025-09-30',
  scoringVersion: '2026.2',
  locale: 'fr',
};
/** Every value present: each series is one closed outline in both drawings. */
const FULL: RadarInput = { ...INPUT, dimensions: INPUT.dimensions.map((d, i) => ({ ...d, score: d.score ?? 33, target: d.target ?? 50 + i, previous: d.previous ?? 10 })) };
const echo = (key: string, vars?: Record<string, string | number>) => (vars?.date ? `${key} ${vars.date}` : key);

describe('the radar definition', () => {
  const chart = radarDefinition(INPUT, echo);

  it('draws the previous check, the target, then the score on top; the legend leads with the score', () => {
    expect(chart.series.map((s) => s.kind)).toEqual(['previous', 'target', 'score']);
    expect(chart.legend.map((s) => s.kind)).toEqual(['score', 'target', 'previous']);
  });

  it('keeps a missing value missing (a gap, never a zero) and one value per axis', () => {
    const score = chart.series.find((s) => s.kind === 'score')!;
    expect(score.values).toEqual([45, 62.5, null, 28, 22.5]);
    expect(chart.series.find((s) => s.kind === 'target')!.values).toEqual([70, 75, 60, null, 55]);
    expect(chart.axes).toEqual(INPUT.dimensions.map((d) => d.label));
  });

  it('shows a target or a previous check only when there is one, the score always', () => {
    const bare = radarDefinition({ ...INPUT, previousHeldOn: null, dimensions: INPUT.dimensions.map((d) => ({ ...d, score: null, target: null })) }, echo);
    expect(bare.series.map((s) => s.kind)).toEqual(['score']);
  });

  it('puts a ring at the top of each maturity level of the check’s scoring rules', () => {
    expect(chart.max).toBe(100);
    expect(chart.rings).toEqual([30, 50, 70, 90, 100]);
    expect(radarDefinition({ ...INPUT, scoringVersion: '2026.1' }, echo).rings).toEqual([20, 40, 60, 80, 100]);
  });

  it('labels the series through the report keys, dated by the workshops', () => {
    expect(chart.series.map((s) => s.label)).toEqual([
      'report:results.seriesPrevious 30/09/2025',
      'report:results.seriesTarget',
      'report:results.seriesScore 12/03/2026',
    ]);
    expect(chart.title).toBe('report:results.radarTitle');
  });

  it('takes its colours from the palette, which the screens’ design tokens repeat', () => {
    for (const s of chart.series) expect(s.colour).toBe(SERIES_COLORS[s.kind]);
    const css = readFileSync('renderer/src/styles.css', 'utf8');
    const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1].toLowerCase();
    expect([token('--chart-1'), token('--chart-3'), token('--chart-5')]).toEqual([SERIES_COLORS.score, SERIES_COLORS.target, SERIES_COLORS.previous].map((c) => c.toLowerCase()));
  });
});

/** What a drawing says about each series, in drawing order. */
interface Drawn {
  label: string;
  stroke: string;
  dash: string | null;
  fill: string;
  fillOpacity: string | null;
}

/** The report's SVG: each series is a <g> with its <title>, then its outline. */
function readSvg(svg: string): Drawn[] {
  return [...svg.matchAll(/<g><title>([^<]*)<\/title><polygon points="[^"]+" ([^>]*)\/>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(m[2])?.[1] ?? null;
    return { label: m[1], stroke: attr('stroke')!, dash: attr('stroke-dasharray'), fill: attr('fill')!, fillOpacity: attr('fill-opacity') };
  });
}

describe('screen and report draw the same radar', () => {
  const restore: (() => void)[] = [];
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    // jsdom has no layout: give recharts' container a size and a silent ResizeObserver.
    const rect = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = () => ({ width: 900, height: 480, top: 0, left: 0, right: 900, bottom: 480, x: 0, y: 0, toJSON: () => ({}) });
    const observer = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as never;
    restore.push(() => (HTMLElement.prototype.getBoundingClientRect = rect), () => (globalThis.ResizeObserver = observer));
    const { initI18n } = await import('@renderer/lib/i18n');
    await initI18n('fr');
  });
  afterAll(() => restore.forEach((r) => r()));

  async function screen(chart: RadarDefinition): Promise<{ drawn: Drawn[]; paths: string[]; legend: string[]; rings: number[] }> {
    const { ResultsRadar } = await import('@renderer/features/assessment/charts');
    const { RadarLegend } = await import('@renderer/features/assessment/RadarLegend');
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <>
          <ResultsRadar chart={chart} />
          <RadarLegend chart={chart} />
        </>,
      ),
    );
    const paths = [...host.querySelectorAll('.recharts-radar-polygon path')].map((p) => p.getAttribute('d')!);
    const drawn = [...host.querySelectorAll('.recharts-radar')].map((g) => {
      const path = g.querySelector('.recharts-radar-polygon path')!;
      return {
        label: '',
        stroke: path.getAttribute('stroke')!,
        dash: path.getAttribute('stroke-dasharray'),
        fill: path.getAttribute('fill')!,
        fillOpacity: path.getAttribute('fill-opacity'),
      };
    });
    const legend = [...host.querySelectorAll('[data-testid="radar-legend"] li')].map((li) => li.textContent!.trim());
    // The grid's rings as a share of the outer one (recharts writes each ring's radius).
    const radii = [...host.querySelectorAll('.recharts-polar-grid-concentric-polygon')].map((p) => Number(p.getAttribute('radius')));
    const rings = radii.map((r) => Math.round((100 * r) / Math.max(...radii)));
    act(() => root.unmount());
    host.remove();
    return { drawn, paths, legend, rings };
  }

  it('with the same series, colours, line styles and labels, in French as the report says them', async () => {
    const i18next = (await import('i18next')).default;
    const screenChart = radarDefinition(FULL, (key, vars) => i18next.t(key, vars));
    const reportChart = radarDefinition(FULL, reportTranslator('fr'));
    // The same keys give the same words in the renderer's i18next and the report's lookup.
    expect(screenChart).toEqual(reportChart);
    expect(screenChart.legend[0].label).toBe('Score du 12/03/2026');

    const fromScreen = await screen(screenChart);
    const fromReport = readSvg(radarChartSvg(reportChart).svg);
    expect(fromReport.map((d) => d.label)).toEqual(reportChart.series.map((s) => s.label));
    // recharts does not write the series name into the SVG: compare the strokes and fills.
    expect(fromScreen.drawn).toEqual(fromReport.map((d) => ({ ...d, label: '' })));
    expect(fromScreen.drawn.map((d) => d.stroke)).toEqual(['previous', 'target', 'score'].map((k) => RADAR_STYLES[k as 'score'].colour));
    expect(fromScreen.legend).toEqual(reportChart.legend.map((s) => s.label));
    // The scale: a ring per maturity level (2026.2: 30, 50, 70, 90) and the outer one.
    expect(fromScreen.rings).toEqual([30, 50, 70, 90, 100]);
    expect(radarChartSvg(reportChart).svg).toMatch(/>30<\/text>.*>50<\/text>.*>70<\/text>.*>90<\/text>.*>100<\/text>/);
  });

  it('leaves a gap where a dimension has no score, as the report does', async () => {
    const chart = radarDefinition(INPUT, echo);
    const { paths } = await screen(chart);
    const score = paths[chart.series.findIndex((s) => s.kind === 'score')];
    // Axis 2 has no score: the outline is two open runs (0–1 and 3–4), never a point at the centre.
    expect(score.match(/M/g)).toHaveLength(2);
    expect(score).not.toMatch(/Z/);
  });
});

describe('the timeline definition', () => {
  const initiatives = [
    { pillar: 'fund', title: 'Subsidy', startMonth: 2, durationMonths: 3 },
    { pillar: 'assess', title: 'Check', startMonth: 0, durationMonths: 1 },
    { pillar: 'fund', title: 'Loan', startMonth: 6, durationMonths: 2 },
    { pillar: 'upskill', title: 'Course', startMonth: 1, durationMonths: 4 },
  ];

  it('numbers by pillar in L-AIF order, then in roadmap order', () => {
    expect(numberInitiatives(initiatives).map((n) => `${n.number}. ${n.initiative.title}`)).toEqual(['1. Check', '2. Course', '3. Subsidy', '4. Loan']);
  });

  it('gives the screen and the report the same chart, pillar colours and month names', () => {
    const input = { startsOn: '2026-11-01', horizonMonths: 12, initiatives, locale: 'de' as const };
    return import('i18next').then(async ({ default: i18next }) => {
      await i18next.changeLanguage('de');
      const { setLanguage } = await import('@renderer/lib/i18n');
      await setLanguage('de');
      const screenChart = timelineDefinition(input, (key, vars) => i18next.t(key, vars));
      expect(screenChart).toEqual(timelineDefinition(input, reportTranslator('de')));
      expect(screenChart.monthLabels.slice(0, 3)).toEqual(['Nov', 'Dez', 'Jan']);
      expect(screenChart.yearLabels?.slice(0, 3)).toEqual(['2026', null, '2027']);
      expect(screenChart.items.map((i) => `${i.number}. ${i.label}`)).toEqual(['1. Check', '2. Course', '3. Subsidy', '4. Loan']);
    });
  });
});
