/** The report's charts as PNG images for the document. */
import type { ChartSvg } from '@shared/report/charts/radar';
import { svgToPng } from './raster';
import { CONTENT_WIDTH_PX, MAX_FIGURE_HEIGHT_PX } from './styles';

export interface RenderedChart extends ChartSvg {
  png: Uint8Array;
  /** Size on the page in CSS pixels (96 per inch). */
  display: { width: number; height: number };
}

/** Size on the page: `maxWidthPx` wide at most, never taller than a page allows. */
function displaySize(chart: { width: number; height: number }, maxWidthPx: number): { width: number; height: number } {
  let width = Math.min(maxWidthPx, CONTENT_WIDTH_PX);
  let height = (chart.height / chart.width) * width;
  if (height > MAX_FIGURE_HEIGHT_PX) {
    width *= MAX_FIGURE_HEIGHT_PX / height;
    height = MAX_FIGURE_HEIGHT_PX;
  }
  return { width: Math.round(width), height: Math.round(height) };
}

export async function renderChart(chart: ChartSvg, maxWidthPx: number, dpi?: number): Promise<RenderedChart> {
  const display = displaySize(chart, maxWidthPx);
  return { ...chart, display, png: await svgToPng(chart.svg, chart.width, display.width, dpi) };
}
