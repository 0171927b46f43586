/**
 * Text layout for the SVG charts (the report's, and the timeline the roadmap screen shows)
 * without a font engine: an estimate of the width of a string in Arial-like sans-serif fonts
 * (Arial / Liberation Sans / Helvetica share metrics), enough to wrap and shorten labels so that they never overrun. Deterministic, so the same data always
 * gives the same SVG.
 */

/** The font stack of every chart (unquoted: resvg ignores quoted names in a list). Arial on Windows/macOS, its metric twin Liberation Sans on Linux. */
export const CHART_FONT = 'Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';

const NARROW = new Set([...'iljI.,:;|!\'`ftr()[] ·']);
const WIDE = new Set([...'mwMW@%']);

/** Splits into user-perceived characters, so that an emoji or an accented letter is never cut in half. */
export function graphemes(text: string): string[] {
  const Segmenter = (Intl as unknown as { Segmenter?: new (l?: string, o?: { granularity: string }) => { segment(t: string): Iterable<{ segment: string }> } }).Segmenter;
  if (Segmenter) return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return Array.from(text);
}

function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.85;
  if (ch.length > 1 || ch.codePointAt(0)! > 0x2000) return 1; // emoji, symbols
  if (ch >= 'A' && ch <= 'Z') return 0.65;
  if (ch >= '0' && ch <= '9') return 0.556;
  return 0.51;
}

/** Estimated width in user units of `text` at `fontSize` (bold is ~8 % wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const g of graphemes(text)) em += charEm(g);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** The text shortened with "…" to fit `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const gs = graphemes(clean);
  let out = '';
  for (const g of gs) {
    if (textWidth(`${out}${g}…`, fontSize, bold) > maxWidth) break;
    out += g;
  }
  return `${out.trimEnd()}…`;
}

/** Word-wraps into at most `maxLines` lines of `maxWidth`; the last line is shortened with "…" when needed. */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = words[i];
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current) lines.push(current);
  return lines.slice(0, maxLines).map((line) => truncate(line, maxWidth, fontSize, bold));
}

/** A number as SVG wants it: at most two decimals, no "-0". */
export function n(value: number): string {
  const r = Math.round(value * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}
