/**
 * SVG → PNG in the main process with resvg (Rust, N-API; no browser needed). Rendering runs on
 * libuv's thread pool (`renderAsync`), so a large timeline never freezes the main process, and
 * the two charts render in parallel.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Print resolution of the charts at their size on the page. */
const CHART_DPI = 200;

const FONT: ResvgRenderOptions['font'] = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'Liberation Sans' };

/** Renders `svg` (of width `svgWidth`) for display at `displayWidthPx` CSS pixels on the page, at `dpi`. */
export async function svgToPng(svg: string, svgWidth: number, displayWidthPx: number, dpi = CHART_DPI): Promise<Uint8Array> {
  const scale = Math.max(0.5, Math.min(4, (displayWidthPx * dpi) / 96 / svgWidth));
  const image = await renderAsync(svg, { font: FONT, shapeRendering: 2, textRendering: 1, fitTo: { mode: 'zoom', value: scale } });
  return image.asPng();
}
