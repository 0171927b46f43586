/**
 * The maturity radar, defined once: which series (score, target, previous check), in which
 * order, their values, labels, colours and line styles, the scale with a ring per maturity
 * level, and the legend. The results screen (recharts, renderer/src/features/assessment/charts.tsx)
 * and the Word report (SVG, shared/report/charts/radar.ts) both draw only what this returns, so
 * the two cannot disagree.
 */
import { levelBands } from '../domain/scoring';
import { formatDate } from '../format';
import type { Locale } from '../locale';
import { SERIES_COLORS } from './palette';

/** Drawing order: later series on top, the score last. */
const RADAR_SERIES_KINDS = ['previous', 'target', 'score'] as const;
export type RadarSeriesKind = (typeof RADAR_SERIES_KINDS)[number];

export interface RadarLineStyle {
  colour: string;
  /** SVG stroke-dasharray; null = solid. Series differ by line style, never by colour alone. */
  dash: string | null;
  /** Filled area (the score) or an outline only. */
  fillOpacity: number | null;
  /** A dot on each value. */
  marker: boolean;
  /** The main series: drawn with the thicker stroke of its medium. */
  emphasis: boolean;
}

export const RADAR_STYLES: Readonly<Record<RadarSeriesKind, RadarLineStyle>> = {
  score: { colour: SERIES_COLORS.score, dash: null, fillOpacity: 0.28, marker: true, emphasis: true },
  target: { colour: SERIES_COLORS.target, dash: '10 6', fillOpacity: null, marker: false, emphasis: false },
  previous: { colour: SERIES_COLORS.previous, dash: '3 5', fillOpacity: null, marker: false, emphasis: false },
};

export interface RadarSeries extends RadarLineStyle {
  kind: RadarSeriesKind;
  /** Translated legend and tooltip label. */
  label: string;
  /** One per axis, 0..max; null = no value (no point; the outline leaves a gap, never a zero). */
  values: (number | null)[];
}

export interface RadarDefinition {
  /** Translated accessible name of the chart. */
  title: string;
  /** Translated text shown instead of a chart without dimensions. */
  emptyLabel: string;
  /** Dimension titles, clockwise from the top. */
  axes: string[];
  /** In drawing order (RADAR_SERIES_KINDS). */
  series: RadarSeries[];
  /** Legend entries, the main series first. */
  legend: RadarSeries[];
  max: number;
  /** A ring at the upper bound of each maturity level of the check's scoring rules. */
  rings: number[];
}

export interface RadarDimension {
  /** Title in the language of the chart. */
  label: string;
  score: number | null;
  target: number | null;
  /** The previous check's score of this dimension; null without one. */
  previous: number | null;
}

export interface RadarInput {
  dimensions: readonly RadarDimension[];
  /** Workshop date of this check, and of the previous one (null without a previous check). */
  heldOn: string;
  previousHeldOn: string | null;
  /** The check's scoring rules (their level cut-offs make the rings); absent = current. */
  scoringVersion?: string;
  locale: Locale;
}

/** The screen's i18next `t` and the report's lookup both fit. */
export type ChartTranslate = (key: string, vars?: Record<string, string | number>) => string;

const RADAR_MAX = 100;

function value(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(RADAR_MAX, Math.max(0, v)) : null;
}

/** `t` resolves `report:` keys: the screen's i18next and the report's lookup alike. */
export function radarDefinition(input: RadarInput, t: ChartTranslate): RadarDefinition {
  const date = (iso: string) => formatDate(iso, input.locale, 'short');
  const labels: Record<RadarSeriesKind, string> = {
    score: t('report:results.seriesScore', { date: date(input.heldOn) }),
    target: t('report:results.seriesTarget'),
    previous: input.previousHeldOn ? t('report:results.seriesPrevious', { date: date(input.previousHeldOn) }) : '',
  };
  const series = RADAR_SERIES_KINDS.map((kind) => ({
    kind,
    label: labels[kind],
    values: input.dimensions.map((d) => value(d[kind])),
    ...RADAR_STYLES[kind],
  }))
    // The score always; a target or a previous check only where there is one.
    .filter((s) => s.kind === 'score' || (s.values.some((v) => v !== null) && (s.kind !== 'previous' || input.previousHeldOn !== null)));
  return {
    title: t('report:results.radarTitle'),
    emptyLabel: t('report:results.noData'),
    axes: input.dimensions.map((d) => d.label),
    series,
    legend: [...series].reverse(),
    max: RADAR_MAX,
    rings: levelBands(input.scoringVersion).map((b) => b.to),
  };
}
