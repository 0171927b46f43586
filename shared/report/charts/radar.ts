/**
 * The report's radar ("spider") chart as SVG text: it draws a RadarDefinition
 * (shared/charts/radar.ts: series, values, labels, colours, line styles, rings, legend), the
 * same definition the results screen draws with recharts. Only the layout of the page lives
 * here: sizes, fonts, label placement. The report rasterises it to PNG; every text is escaped.
 */
import type { RadarDefinition } from '../../charts/radar';
import { GRID, GRID_STRONG, INK, MUTED, PAPER } from '../../charts/palette';
import { escapeXml } from '../xml-text';
import { CHART_FONT, n, textWidth, wrap } from '../../charts/text';
import { svgDocument, svgText as text, type ChartSvg } from './svg';

export type { ChartSvg };

const WIDTH = 820;
const RADIUS = 205;
const LABEL_FONT = 15;
const LABEL_WIDTH = 170;
const LABEL_GAP = 16;
const LINE = 18;
const LEGEND_FONT = 14;

/** Stroke widths on paper: the main series thicker. */
const STROKE = { emphasis: 3, normal: 2.5 };

function emptyChart(title: string, label: string): ChartSvg {
  const height = 200;
  return svgDocument(title, WIDTH, height, [
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
    text(WIDTH / 2, height / 2, label, `text-anchor="middle" font-family="${CHART_FONT}" font-size="16" fill="${MUTED}"`),
  ]);
}

export function radarChartSvg(chart: RadarDefinition): ChartSvg {
  const axes = chart.axes;
  const count = axes.length;
  if (count === 0) return emptyChart(chart.title, chart.emptyLabel);
  const max = chart.max;
  const rings = chart.rings.filter((r) => r > 0 && r <= max);

  const labelLines = axes.map((a) => wrap(a, LABEL_WIDTH, LABEL_FONT, 3, true));
  const topSpace = Math.max(...labelLines.map((l) => l.length)) * LINE + LABEL_GAP + 8;
  const cx = WIDTH / 2;
  const cy = topSpace + RADIUS;
  const legendY = cy + RADIUS + topSpace + 10;
  const height = Math.round(legendY + 34);

  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const point = (i: number, value: number) => {
    const r = (value / max) * RADIUS;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  };
  const polygon = (value: number) =>
    Array.from({ length: count }, (_, i) => point(i, value))
      .map(([x, y]) => `${n(x)},${n(y)}`)
      .join(' ');

  const parts: string[] = [];
  parts.push(`<rect width="100%" height="100%" fill="${PAPER}"/>`);

  // Level bands, alternately tinted, then the rings and spokes.
  const bands = [...rings].sort((a, b) => b - a);
  bands.forEach((r, k) => {
    parts.push(`<polygon points="${polygon(r)}" fill="${k % 2 === 0 ? '#F4F6F9' : PAPER}" stroke="${r === max ? GRID_STRONG : GRID}" stroke-width="${r === max ? 1.5 : 1}"/>`);
  });
  for (let i = 0; i < count; i++) {
    const [x, y] = point(i, max);
    parts.push(`<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(x)}" y2="${n(y)}" stroke="${GRID}" stroke-width="1"/>`);
  }
  for (const r of rings) {
    const [, y] = point(0, r);
    parts.push(text(cx + 5, y + 13, String(r), `font-family="${CHART_FONT}" font-size="11" fill="${MUTED}"`));
  }

  // Series.
  for (const series of chart.series) {
    const color = series.colour;
    const values = axes.map((_, i) => series.values[i] ?? null);
    const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
    const width = series.emphasis ? STROKE.emphasis : STROKE.normal;
    const common = `stroke="${color}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"${dash}`;
    parts.push(`<g><title>${escapeXml(series.label)}</title>`);
    if (values.every((v) => v !== null)) {
      const pts = values.map((v, i) => point(i, v!)).map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
      const fill = series.fillOpacity === null ? 'fill="none"' : `fill="${color}" fill-opacity="${series.fillOpacity}"`;
      parts.push(`<polygon points="${pts}" ${fill} ${common}/>`);
    } else {
      // Missing values: connect only neighbours that both have a value.
      for (let i = 0; i < count; i++) {
        const j = (i + 1) % count;
        if (j === i || values[i] === null || values[j] === null) continue;
        const [x1, y1] = point(i, values[i]!);
        const [x2, y2] = point(j, values[j]!);
        parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ${common}/>`);
      }
    }
    if (series.marker || values.filter((v) => v !== null).length === 1) {
      values.forEach((v, i) => {
        if (v === null) return;
        const [x, y] = point(i, v);
        parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${color}" stroke="${PAPER}" stroke-width="1.5"/>`);
      });
    }
    parts.push(`</g>`);
  }

  // Axis labels, anchored away from the chart.
  labelLines.forEach((lines, i) => {
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const x = cx + (RADIUS + LABEL_GAP) * cos;
    const y = cy + (RADIUS + LABEL_GAP) * sin;
    const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    const block = lines.length * LINE;
    const firstBaseline = sin < -0.5 ? y - block + LINE - 4 : sin > 0.5 ? y + LINE - 2 : y - block / 2 + LINE - 4;
    lines.forEach((line, k) => {
      parts.push(
        text(x, firstBaseline + k * LINE, line, `text-anchor="${anchor}" font-family="${CHART_FONT}" font-size="${LABEL_FONT}" font-weight="bold" fill="${INK}"`),
      );
    });
  });

  // Legend, centred under the chart.
  const items = chart.legend.map((s) => ({ s, w: 34 + textWidth(s.label, LEGEND_FONT) }));
  const gap = 28;
  let x = cx - (items.reduce((sum, it) => sum + it.w, 0) + gap * Math.max(0, items.length - 1)) / 2;
  for (const { s, w } of items) {
    const color = s.colour;
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    const width = s.emphasis ? STROKE.emphasis : STROKE.normal;
    if (s.fillOpacity !== null) parts.push(`<rect x="${n(x)}" y="${n(legendY - 9)}" width="26" height="14" fill="${color}" fill-opacity="${s.fillOpacity}" stroke="${color}" stroke-width="2"/>`);
    else parts.push(`<line x1="${n(x)}" y1="${n(legendY - 2)}" x2="${n(x + 26)}" y2="${n(legendY - 2)}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"${dash}/>`);
    parts.push(text(x + 34, legendY + 3, s.label, `font-family="${CHART_FONT}" font-size="${LEGEND_FONT}" fill="${INK}"`));
    x += w + gap;
  }

  return svgDocument(chart.title, WIDTH, height, parts);
}
