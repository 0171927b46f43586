export { radarChartSvg } from './radar';
export type { ChartSvg } from './svg';
export { timelineChartSvg, type TimelineChartInput, type TimelineGroup, type TimelineItem } from './timeline';
export { monthAxis, shortMonthNames, type MonthAxis } from './months';
export { CHART_FONT } from './text';
