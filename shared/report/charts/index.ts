export { radarChartSvg } from './radar';
export type { ChartSvg } from './svg';
export { timelineChartSvg } from './timeline';
