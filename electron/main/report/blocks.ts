/** Small builders over `docx`, so the sections read as content, not as OOXML plumbing. */
import { BuilderElement, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { RenderedChart } from './charts';
import { CONTENT_WIDTH, S } from './styles';

export const BULLETS = 'report-bullets';

export type Inline = string | { text: string; style?: string };

function toRuns(parts: readonly Inline[]): ParagraphChild[] {
  return parts.filter((p) => (typeof p === 'string' ? p !== '' : p.text !== '')).map((p) => (typeof p === 'string' ? new TextRun(p) : new TextRun({ text: p.text, style: p.style })));
}

export function para(style: string, ...parts: Inline[]): Paragraph {
  return new Paragraph({ style, children: toRuns(parts) });
}

export const body = (...parts: Inline[]) => para(S.body, ...parts);
export const strong = (text: string): Inline => ({ text, style: S.strong });
export const flag = (text: string): Inline => ({ text, style: S.flag });
export const muted = (text: string): Inline => ({ text, style: S.muted });

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return para(level === 1 ? S.h1 : level === 2 ? S.h2 : S.h3, text);
}

export function bullet(...parts: Inline[]): Paragraph {
  return new Paragraph({ style: S.bullet, numbering: { reference: BULLETS, level: 0 }, children: toRuns(parts) });
}

/**
 * A rendered chart at its page size, and its caption. `drawingId` must be unique in the
 * document; given explicitly so that the same data gives the same file (docx would otherwise
 * count drawings across every document of the process).
 */
export function figure(chart: RenderedChart, drawingId: number, altTitle: string, caption: string): Paragraph[] {
  return [
    new Paragraph({
      style: S.figure,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: chart.display,
          altText: { id: String(drawingId), name: altTitle, title: altTitle, description: caption },
        }),
      ],
    }),
    para(S.caption, caption),
  ];
}

/** A table cell: text (in the column's style), paragraphs, or either spanning several columns. */
export type Cell = string | Paragraph[] | { content: string | Paragraph[]; span?: number; style?: string };

export interface TableSpec {
  /** Column widths in twips; scaled to the text width. */
  columns: readonly number[];
  header?: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Paragraph style per column for text cells (default: TableText). */
  styles?: readonly string[];
  /** Table style (default: Report Table). */
  style?: string;
  /** The last row is a totals row (bold, ruled). */
  totals?: boolean;
  /** Style flags: first column formatting (cover table). */
  firstColumn?: boolean;
  banded?: boolean;
}

export function table(spec: TableSpec): Table {
  const sum = spec.columns.reduce((a, b) => a + b, 0);
  const widths = spec.columns.map((w) => Math.floor((w / sum) * CONTENT_WIDTH));
  const styleOf = (col: number) => spec.styles?.[col] ?? S.tableText;
  const makeRow = (cells: readonly Cell[], header: boolean) => {
    let col = 0;
    const children = cells.map((cell) => {
      const spec1 = typeof cell === 'object' && !Array.isArray(cell) ? cell : { content: cell };
      const span = Math.max(1, spec1.span ?? 1);
      // Header cells take their column's alignment; their colour comes from the table style.
      const style = spec1.style ?? styleOf(col);
      const content = typeof spec1.content === 'string' ? [para(style, spec1.content)] : spec1.content.length ? spec1.content : [para(style, '')];
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return new TableCell({ children: content, columnSpan: span > 1 ? span : undefined, width: { size: width, type: WidthType.DXA } });
    });
    return new TableRow({ children, tableHeader: header || undefined, cantSplit: true });
  };
  const rows = [...(spec.header ? [makeRow(spec.header, true)] : []), ...spec.rows.map((r) => makeRow(r, false))];
  const result = new Table({
    style: spec.style ?? S.table,
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
  appendTableLook(result, {
    firstRow: !!spec.header,
    lastRow: !!spec.totals,
    firstColumn: !!spec.firstColumn,
    noHBand: spec.banded === false,
  });
  return result;
}

/**
 * Which conditional parts of the table style apply (header row, totals row, banding). Written
 * the way Word writes it: the `w:val` bit mask (Word 2007, LibreOffice read only this) AND the
 * named attributes (Word 2010+). docx writes only the latter, so LibreOffice would ignore the
 * totals row and the banding switch; the element is added here instead (last child of w:tblPr,
 * as the schema orders it).
 */
function appendTableLook(target: Table, look: { firstRow: boolean; lastRow: boolean; firstColumn: boolean; noHBand: boolean }): void {
  const mask = (look.firstRow ? 0x20 : 0) | (look.lastRow ? 0x40 : 0) | (look.firstColumn ? 0x80 : 0) | (look.noHBand ? 0x200 : 0) | 0x400;
  const bit = (on: boolean) => (on ? '1' : '0');
  const element = new BuilderElement({
    name: 'w:tblLook',
    attributes: {
      val: { key: 'w:val', value: mask.toString(16).toUpperCase().padStart(4, '0') },
      firstRow: { key: 'w:firstRow', value: bit(look.firstRow) },
      lastRow: { key: 'w:lastRow', value: bit(look.lastRow) },
      firstColumn: { key: 'w:firstColumn', value: bit(look.firstColumn) },
      lastColumn: { key: 'w:lastColumn', value: '0' },
      noHBand: { key: 'w:noHBand', value: bit(look.noHBand) },
      noVBand: { key: 'w:noVBand', value: '1' },
    },
  });
  const children = (target as unknown as { root: { rootKey?: string; root?: unknown[] }[] }).root;
  const tblPr = children.find((c) => c?.rootKey === 'w:tblPr');
  tblPr?.root?.push(element);
}

/** Space after a table (a table cannot carry paragraph spacing of its own). */
export const spacer = () => para(S.note, '');
