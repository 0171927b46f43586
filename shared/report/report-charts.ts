/**
 * The report's two charts from its data (pure): the maturity radar and the roadmap timeline.
 * Kept apart from the document code so that a screen holding the same data draws the same chart.
 */
import { formatDate } from '../format';
import { monthAxis } from './charts/months';
import { PILLAR_COLORS } from './charts/palette';
import { radarChartSvg, type ChartSvg, type RadarSeries } from './charts/radar';
import { timelineChartSvg } from './charts/timeline';
import { REPORT_PILLARS, type ReportData, type ReportInitiative, type ReportPillar } from './report-data';
import type { Translate } from './translate';

export interface NumberedInitiative {
  /** 1-based, in pillar order then roadmap order: the numbering of the table and the timeline. */
  number: number;
  initiative: ReportInitiative;
}

/** Initiatives grouped by pillar (L-AIF order), numbered; unknown pillars come last. */
export function numberInitiatives(initiatives: readonly ReportInitiative[]): NumberedInitiative[] {
  const rank = (p: ReportPillar) => {
    const i = REPORT_PILLARS.indexOf(p);
    return i < 0 ? REPORT_PILLARS.length : i;
  };
  return initiatives
    .map((initiative, index) => ({ initiative, index }))
    .sort((a, b) => rank(a.initiative.pillar) - rank(b.initiative.pillar) || a.index - b.index)
    .map(({ initiative }, k) => ({ number: k + 1, initiative }));
}

export function reportRadarSvg(data: ReportData, t: Translate): ChartSvg {
  const a = data.assessment;
  const series: RadarSeries[] = [];
  if (a.previous) {
    const before = new Map(a.previous.dimensions.map((d) => [d.id, d.score]));
    series.push({
      kind: 'previous',
      label: t('report:results.seriesPrevious', { date: formatDate(a.previous.finalisedAt, data.locale, 'short') }),
      values: a.dimensions.map((d) => before.get(d.id) ?? null),
    });
  }
  series.push({ kind: 'target', label: t('report:results.seriesTarget'), values: a.dimensions.map((d) => d.target) });
  series.push({
    kind: 'score',
    label: t('report:results.seriesScore', { date: formatDate(a.finalisedAt, data.locale, 'short') }),
    values: a.dimensions.map((d) => d.score),
  });
  return radarChartSvg({
    title: t('report:results.radarTitle'),
    axes: a.dimensions.map((d) => d.title),
    series,
    emptyLabel: t('report:results.noData'),
  });
}

export function reportTimelineSvg(data: ReportData, t: Translate): ChartSvg {
  const r = data.roadmap;
  const axis = monthAxis(r.startsOn, r.horizonMonths, data.locale, (n) => t('report:roadmap.monthShort', { n }));
  return timelineChartSvg({
    title: t('report:roadmap.timelineTitle'),
    horizonMonths: r.horizonMonths,
    monthLabels: axis.monthLabels,
    yearLabels: axis.yearLabels,
    groups: REPORT_PILLARS.map((p) => ({ id: p, label: t(`domain:pillar.${p}.name`), color: PILLAR_COLORS[p] })),
    items: numberInitiatives(r.initiatives).map(({ number, initiative: i }) => ({
      groupId: i.pillar,
      label: i.title,
      number: String(number),
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
    })),
    emptyLabel: t('report:roadmap.empty'),
  });
}
