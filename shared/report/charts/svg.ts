/** The frame every report chart shares: an SVG document with its accessible title, and a text element. */
import { escapeXml } from '../xml-text';
import { n } from '../../charts/text';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export function svgText(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** `parts` are SVG elements already escaped; the title is escaped here. */
export function svgDocument(title: string, width: number, height: number, parts: readonly string[]): ChartSvg {
  const name = escapeXml(title);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${name}">` +
    `<title>${name}</title>${parts.join('')}</svg>`;
  return { svg, width, height };
}
