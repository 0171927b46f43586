/**
 * The report's Gantt-style timeline of a roadmap as SVG text (its input: TimelineChartInput,
 * built by shared/charts/timeline.ts), grouped by pillar: a month axis on top (month names passed
 * in, with the year where it changes), one row per initiative with its bar, one header row per
 * group. Data in, SVG text out. Rows are numbered like the roadmap table, so a label that had
 * to be shortened can still be matched with its full title.
 */
import { escapeXml } from '../xml-text';
import { CHART_FONT, n, textWidth, truncate } from '../../charts/text';
import type { TimelineChartInput, TimelineGroup } from '../../charts/timeline';
import { GRID, GRID_STRONG, INK, MUTED, PAPER } from '../../charts/palette';
import { svgDocument, type ChartSvg } from './svg';

const WIDTH = 880;
const PAD = 14;
const LABEL_X = PAD;
const CHART_X0 = 330;
const CHART_X1 = WIDTH - PAD;
const HEADER = 50;
const GROUP_ROW = 28;
const ITEM_ROW = 23;
const ITEM_FONT = 13;
const GROUP_FONT = 13.5;
const MONTH_FONT = 11.5;
const MAX_MONTHS = 120;

const finite = (v: number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function timelineChartSvg(input: TimelineChartInput): ChartSvg {
  const horizon = Math.min(MAX_MONTHS, Math.max(1, Math.round(finite(input.horizonMonths, 12))));
  const monthW = (CHART_X1 - CHART_X0) / horizon;
  const xOf = (month: number) => CHART_X0 + month * monthW;

  // Groups in the given order, then any group an item names that was not given (never drop an item).
  const groups: TimelineGroup[] = [...input.groups];
  for (const item of input.items) {
    if (!groups.some((g) => g.id === item.groupId)) groups.push({ id: item.groupId, label: item.groupId, color: MUTED });
  }
  const rows = groups
    .map((g) => ({ group: g, items: input.items.filter((i) => i.groupId === g.id) }))
    .filter((r) => r.items.length > 0);

  const bodyHeight = rows.reduce((sum, r) => sum + GROUP_ROW + r.items.length * ITEM_ROW, 0);
  const height = Math.round(HEADER + Math.max(bodyHeight, 60) + 16);
  const bodyTop = HEADER;
  const bodyBottom = HEADER + Math.max(bodyHeight, 60);
  const parts: string[] = [`<rect width="100%" height="100%" fill="${PAPER}"/>`];

  // Month grid; a stronger line where a year starts (or every quarter without calendar months).
  const years = input.yearLabels ?? [];
  for (let m = 0; m <= horizon; m++) {
    const strong = m === 0 || m === horizon || (years.length ? !!years[m] : m % 3 === 0);
    parts.push(
      `<line x1="${n(xOf(m))}" y1="${n(bodyTop - 6)}" x2="${n(xOf(m))}" y2="${n(bodyBottom)}" stroke="${strong ? GRID_STRONG : GRID}" stroke-width="${strong ? 1.2 : 0.8}"/>`,
    );
  }
  // Month labels, thinned out when they would collide.
  const labels = Array.from({ length: horizon }, (_, m) => input.monthLabels[m] ?? `M${m + 1}`);
  const widest = Math.max(...labels.map((l) => textWidth(l, MONTH_FONT)));
  const step = [1, 2, 3, 4, 6, 12].find((k) => k * monthW >= widest + 6) ?? 12;
  labels.forEach((label, m) => {
    if (m % step !== 0) return;
    const cx = step === 1 ? xOf(m) + monthW / 2 : xOf(m) + 3;
    const anchor = step === 1 ? 'middle' : 'start';
    parts.push(`<text x="${n(cx)}" y="${HEADER - 12}" text-anchor="${anchor}" font-family="${CHART_FONT}" font-size="${MONTH_FONT}" fill="${MUTED}">${escapeXml(label)}</text>`);
  });
  years.forEach((year, m) => {
    if (!year || m >= horizon) return;
    parts.push(`<text x="${n(xOf(m) + 3)}" y="${HEADER - 30}" font-family="${CHART_FONT}" font-size="12" font-weight="bold" fill="${INK}">${escapeXml(year)}</text>`);
  });

  if (rows.length === 0) {
    parts.push(
      `<text x="${n((CHART_X0 + CHART_X1) / 2)}" y="${n(bodyTop + 36)}" text-anchor="middle" font-family="${CHART_FONT}" font-size="14" fill="${MUTED}">${escapeXml(input.emptyLabel ?? '—')}</text>`,
    );
  }

  let y = bodyTop;
  for (const { group, items } of rows) {
    parts.push(`<rect x="${PAD / 2}" y="${n(y + 3)}" width="${WIDTH - PAD}" height="${GROUP_ROW - 6}" fill="${group.color}" fill-opacity="0.10"/>`);
    parts.push(`<rect x="${PAD / 2}" y="${n(y + 3)}" width="4" height="${GROUP_ROW - 6}" fill="${group.color}"/>`);
    parts.push(
      `<text x="${LABEL_X + 4}" y="${n(y + GROUP_ROW / 2 + 5)}" font-family="${CHART_FONT}" font-size="${GROUP_FONT}" font-weight="bold" fill="${group.color}">${escapeXml(truncate(group.label, CHART_X0 - LABEL_X - 12, GROUP_FONT, true))}</text>`,
    );
    y += GROUP_ROW;
    for (const item of items) {
      const start = Math.min(horizon, Math.max(0, finite(item.startMonth, 0)));
      const end = Math.min(horizon, Math.max(start, start + Math.max(0, finite(item.durationMonths, 0))));
      const label = `${item.number ? `${item.number}. ` : ''}${item.label}`;
      parts.push(`<g><title>${escapeXml(label)}</title>`);
      parts.push(
        `<text x="${LABEL_X + 14}" y="${n(y + ITEM_ROW / 2 + 4.5)}" font-family="${CHART_FONT}" font-size="${ITEM_FONT}" fill="${INK}">${escapeXml(truncate(label, CHART_X0 - LABEL_X - 24, ITEM_FONT))}</text>`,
      );
      const barW = Math.max(3, xOf(end) - xOf(start) - 2);
      const barX = Math.min(xOf(start) + 1, CHART_X1 - barW);
      parts.push(`<rect x="${n(barX)}" y="${n(y + 4)}" width="${n(barW)}" height="${ITEM_ROW - 8}" rx="3" fill="${group.color}"/>`);
      parts.push(`</g>`);
      y += ITEM_ROW;
    }
  }
  parts.push(`<line x1="${CHART_X0}" y1="${n(bodyTop - 6)}" x2="${CHART_X1}" y2="${n(bodyTop - 6)}" stroke="${GRID_STRONG}" stroke-width="1.2"/>`);
  parts.push(`<line x1="${PAD / 2}" y1="${n(bodyBottom)}" x2="${CHART_X1}" y2="${n(bodyBottom)}" stroke="${GRID_STRONG}" stroke-width="1.2"/>`);

  return svgDocument(input.title, WIDTH, height, parts);
}
