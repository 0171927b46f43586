/**
 * The report's two charts from its data (pure): the maturity radar and the roadmap timeline.
 * What each chart shows is defined once in shared/charts/ (the screens use the same
 * definitions); this maps the report's data onto them and draws the SVG.
 */
import { radarDefinition, type RadarDefinition } from '../charts/radar';
import { timelineDefinition } from '../charts/timeline';
import { radarChartSvg, type ChartSvg } from './charts/radar';
import { timelineChartSvg } from './charts/timeline';
import type { ReportData } from './report-data';
import type { Translate } from './translate';

function reportRadarDefinition(data: ReportData, t: Translate): RadarDefinition {
  const a = data.assessment;
  const before = new Map(a.previous?.dimensions.map((d) => [d.id, d.score]));
  return radarDefinition(
    {
      dimensions: a.dimensions.map((d) => ({ label: d.title, score: d.score, target: d.target, previous: before.get(d.id) ?? null })),
      heldOn: a.heldOn,
      // A check is dated by its workshop; older data has only the finalisation date.
      previousHeldOn: a.previous ? (a.previous.heldOn ?? a.previous.finalisedAt) : null,
      scoringVersion: a.scoringVersion,
      locale: data.locale,
    },
    t,
  );
}

export function reportRadarSvg(data: ReportData, t: Translate): ChartSvg {
  return radarChartSvg(reportRadarDefinition(data, t));
}

export function reportTimelineSvg(data: ReportData, t: Translate): ChartSvg {
  const r = data.roadmap;
  return timelineChartSvg(timelineDefinition({ startsOn: r.startsOn, horizonMonths: r.horizonMonths, initiatives: r.initiatives, locale: data.locale }, t));
}
