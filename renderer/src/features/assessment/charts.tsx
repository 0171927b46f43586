/**
 * The charts of the results and progress screens (recharts). Loaded lazily with React.lazy so
 * recharts stays out of the initial bundle. Sized and lettered for a projector: large ticks,
 * thick strokes, a legend in words. Every chart sits next to a table with the same figures.
 * Every chart has a tooltip, on hover and on keyboard focus (recharts' accessibility layer: Tab
 * to the chart, then ←/→). Text drawn over data (radar labels, radius ticks) has a white halo and
 * sits above the series; level-band names stand in the right margin, outside the plot, so a
 * point's value label can never run into them.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useYAxisScale,
} from 'recharts';
import type { Locale } from '@shared/locale';
import type { RadarDefinition } from '@shared/charts/radar';
import { formatNumber } from '@shared/format';
import { levelBands } from '@shared/domain/scoring';
import { useLocale } from '@renderer/lib/use-locale';
import { cssColour } from '@renderer/lib/css-colour';

export interface DimensionPoint {
  id: string;
  label: string;
  score: number | null;
  target: number | null;
  previous: number | null;
}

const TICK = { fontSize: 16, fill: '#1b2430' };
const INK = '#1b2430';
/** A white outline behind text that crosses lines or fills, so it stays readable. */
const HALO = { stroke: '#ffffff', strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
/** Above the series and their dots (recharts' default z-index of dots is 600). */
const Z_LABELS = 700;

/** The tooltip of every chart: dark text on white, values with one decimal in the UI language. */
function chartTooltip(locale: Locale) {
  return (
    <Tooltip
      // "Score : 58,2" in French (narrow no-break space before the colon), "Punktzahl: 58,2" elsewhere.
      separator={locale === 'fr' ? '\u202f: ' : ': '}
      formatter={(value: unknown, name: unknown) => [typeof value === 'number' ? formatNumber(value, locale, 1) : '—', String(name)]}
      contentStyle={{ fontSize: 15, borderRadius: 8, border: '1px solid #98a2ae' }}
      labelStyle={{ fontWeight: 700, color: INK }}
      itemStyle={{ color: INK }}
      isAnimationActive={false}
    />
  );
}

/** Legend entries in dark text (recharts colours them like their series, too pale for a projector). */
const legendText = (value: unknown) => <span className="chart-legend-text">{String(value)}</span>;

/** Splits a label into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface AngleTickProps {
  x?: number;
  y?: number;
  cx?: number;
  cy?: number;
  payload?: { value: string };
}

/** Side margins of the radar: a dimension name must fit in them (see AngleTick). */
const RADAR_SIDE = 150;

function AngleTick({ x = 0, y = 0, cx = 0, cy = 0, payload }: AngleTickProps) {
  const lines = wrap(payload?.value ?? '', 16);
  // A word longer than a line ("Verantwortungsvolle") gets smaller type rather than leave the chart
  // (about 0.6 em per bold character, inside the side margin).
  const longest = Math.max(...lines.map((l) => l.length));
  const size = Math.max(11, Math.min(15, Math.floor((RADAR_SIDE - 12) / (0.6 * longest))));
  const step = Math.round(size * 1.27);
  const anchor = Math.abs(x - cx) < 8 ? 'middle' : x > cx ? 'start' : 'end';
  const above = y < cy - 8;
  const dy = above ? -(lines.length - 1) * step : 6;
  return (
    <text x={x} y={y + dy} textAnchor={anchor} fontSize={size} fontWeight={600} fill={INK} {...HALO} className="radar-axis-label">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : step}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** Stroke widths on a projector: thicker than on paper, the main series thickest. */
const RADAR_STROKE = { emphasis: 4, normal: 3 };

/**
 * The maturity radar of the results screen: draws the shared RadarDefinition (series, values,
 * labels, colours, line styles, rings) that the Word report draws too; only sizes live here.
 */
export function ResultsRadar({ chart, height = 480 }: { chart: RadarDefinition; height?: number }) {
  const locale = useLocale();
  // One row per axis; a series' key is its kind. A null value stays null: recharts leaves a gap.
  const data = chart.axes.map((label, i) => ({ label, ...Object.fromEntries(chart.series.map((s) => [s.kind, s.values[i]])) }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={data} outerRadius="78%" margin={{ top: 36, right: RADAR_SIDE, bottom: 36, left: RADAR_SIDE }}>
        {/* A ring per maturity level, as a share of the outer radius. */}
        <PolarGrid stroke="#b9c1cb" polarRadius={chart.rings.map((r) => `${(100 * r) / chart.max}%` as const)} />
        <PolarAngleAxis dataKey="label" tick={<AngleTick />} zIndex={Z_LABELS} />
        {/* Between the first two spokes, not on one: the scale never sits on a data point or under the top label. */}
        <PolarRadiusAxis
          domain={[0, chart.max]}
          ticks={[0, ...chart.rings]}
          angle={90 - 180 / Math.max(3, chart.axes.length)}
          tick={{ fontSize: 12, fill: '#5a6573', ...HALO, strokeWidth: 3 }}
          axisLine={false}
          zIndex={Z_LABELS}
        />
        {chart.series.map((s) => (
          <Radar
            key={s.kind}
            name={s.label}
            dataKey={s.kind}
            stroke={s.colour}
            strokeWidth={s.emphasis ? RADAR_STROKE.emphasis : RADAR_STROKE.normal}
            strokeDasharray={s.dash ?? undefined}
            fill={s.fillOpacity === null ? 'none' : s.colour}
            fillOpacity={s.fillOpacity ?? undefined}
            dot={s.marker ? { r: 5, fill: s.colour } : false}
            isAnimationActive={false}
          />
        ))}
        {chartTooltip(locale)}
      </RadarChart>
    </ResponsiveContainer>
  );
}

/** Score bar per dimension, and stacked on it the gap up to the target (when there is one). */
export function GapBars({
  points,
  labels,
  locale,
}: {
  points: DimensionPoint[];
  labels: { score: string; gap: string };
  locale: Locale;
}) {
  const data = points.map((p) => ({
    label: p.label,
    score: p.score ?? 0,
    gap: p.target !== null && p.score !== null ? Math.max(0, p.target - p.score) : 0,
  }));
  const fmt = (v: unknown) => (typeof v === 'number' && v > 0 ? formatNumber(v, locale, 1) : '');
  return (
    <ResponsiveContainer width="100%" height={Math.max(300, points.length * 58 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} barCategoryGap="22%">
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={TICK} />
        <YAxis type="category" dataKey="label" width={190} tick={<CategoryTick />} interval={0} />
        <Bar dataKey="score" name={labels.score} stackId="s" fill={cssColour('--chart-1')} isAnimationActive={false}>
          <LabelList dataKey="score" position="insideRight" fill="#ffffff" fontSize={16} fontWeight={700} formatter={fmt} />
        </Bar>
        <Bar
          dataKey="gap"
          name={labels.gap}
          stackId="s"
          fill="#fbe3d3"
          stroke={cssColour('--chart-3')}
          strokeDasharray="6 4"
          strokeWidth={2}
          isAnimationActive={false}
        >
          <LabelList dataKey="gap" position="right" fill={cssColour('--chart-3')} fontSize={16} fontWeight={700} formatter={fmt} />
        </Bar>
        <Legend formatter={legendText} />
        {chartTooltip(locale)}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A category label of a horizontal bar chart, on up to three lines, right-aligned. */
function CategoryTick({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrap(payload?.value ?? '', 20);
  return (
    <text x={x - 6} y={y - ((lines.length - 1) * 18) / 2 + 5} textAnchor="end" fontSize={15} fontWeight={600} fill={INK}>
      {lines.map((l, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? 0 : 18}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export interface ProgressSeriesPoint {
  label: string;
  overall: number | null;
}

const BAND_FILLS = ['#fdecea', '#fff4e0', '#eef4fb', '#e7f5ea', '#dff1ee'];

/**
 * The level bands behind the progress line: each band across the whole plot, its name in the
 * right margin (outside the plot, where no point or value label is drawn).
 */
function LevelBands({ bounds, labels }: { bounds: (readonly [number, number])[]; labels: string[] }) {
  const plot = usePlotArea();
  const y = useYAxisScale();
  if (!plot || !y) return null;
  return (
    <g className="level-bands">
      {bounds.map(([from, to], i) => {
        const top = y(to) ?? 0;
        const bottom = y(from) ?? 0;
        return (
          <g key={i}>
            <rect x={plot.x} y={top} width={plot.width} height={Math.max(0, bottom - top)} fill={BAND_FILLS[i]} />
            <text x={plot.x + plot.width + 10} y={(top + bottom) / 2} dominantBaseline="central" fontSize={15} fill="#5a6573" data-testid="band-label">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Overall score over the checks (T0 → T1 → T2 …) on the five level bands. */
export function ProgressLine({
  points,
  levelLabels,
  locale,
  scoringVersion,
}: {
  points: ProgressSeriesPoint[];
  levelLabels: string[];
  locale: Locale;
  /** Whose level cut-offs the bands show (the page says which). */
  scoringVersion?: string;
}) {
  const bounds = levelBands(scoringVersion).map((b) => [b.from, b.to] as const);
  return (
    <ResponsiveContainer width="100%" height={380}>
      <LineChart data={points} margin={{ top: 24, right: 110, bottom: 8, left: 8 }}>
        <LevelBands bounds={bounds} labels={levelLabels} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 18, fontWeight: 700, fill: INK }} padding={{ left: 60, right: 60 }} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={TICK} width={44} />
        <Line
          dataKey="overall"
          stroke={cssColour('--chart-1')}
          strokeWidth={5}
          dot={{ r: 8, fill: cssColour('--chart-1') }}
          isAnimationActive={false}
          connectNulls
        >
          <LabelList dataKey="overall" position="top" offset={14} fontSize={18} fontWeight={700} fill="#1b2430" {...HALO} formatter={(v: unknown) => formatNumber(typeof v === 'number' ? v : null, locale, 1)} />
        </Line>
        {chartTooltip(locale)}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Each dimension's score at each check, side by side (the latest check in the strongest colour). */
export function ProgressBars({
  rows,
  series,
  locale,
}: {
  rows: Record<string, string | number | null>[];
  series: { key: string; label: string }[];
  locale: Locale;
}) {
  const others = ['--chart-2', '--chart-6', '--chart-4', '--chart-3'];
  const colours = series.map((_, i) =>
    cssColour(i === series.length - 1 ? '--chart-1' : i === 0 ? '--chart-5' : others[(i - 1) % others.length]),
  );
  return (
    <ResponsiveContainer width="100%" height={Math.max(320, rows.length * (24 + series.length * 16) + 70)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} barCategoryGap="20%">
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={TICK} />
        <YAxis type="category" dataKey="label" width={190} tick={<CategoryTick />} interval={0} />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={colours[i]} isAnimationActive={false}>
            {i === series.length - 1 && <LabelList dataKey={s.key} position="right" fontSize={14} fontWeight={700} fill={INK} formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v, locale, 1) : '')} />}
          </Bar>
        ))}
        <Legend formatter={legendText} />
        {chartTooltip(locale)}
      </BarChart>
    </ResponsiveContainer>
  );
}
