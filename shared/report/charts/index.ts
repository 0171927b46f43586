export { radarChartSvg, type ChartSvg, type RadarChartInput, type RadarSeries, type RadarSeriesKind } from './radar';
export { timelineChartSvg, type TimelineChartInput, type TimelineGroup, type TimelineItem } from './timeline';
export { monthAxis, shortMonthNames, type MonthAxis } from './months';
export { PILLAR_COLORS, SERIES_COLORS } from './palette';
export { CHART_FONT } from './text';
