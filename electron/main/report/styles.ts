/**
 * The report's look, as named styles in word/styles.xml, so that a client can restyle the whole
 * document from Word's Styles pane (change "Heading 1" once, every chapter follows). The body
 * uses styles only; the few exceptions are table column widths and bullets (Word's own list
 * mechanism). Arial is on every Windows and macOS machine and LibreOffice maps it to the
 * metric-compatible Liberation Sans, so pages break the same everywhere.
 *
 * Element order inside each style follows the OOXML schema (Word refuses files that do not).
 */
import type { Locale } from '@shared/locale';

const COLOR = {
  brand: '1B365D',
  accent: '2A7F9E',
  ink: '1F2933',
  muted: '5F6B7A',
  rule: 'D5DCE4',
  tint: 'F4F6F9',
  band: 'F5F7FA',
  total: 'E8EDF3',
  flag: 'B42318',
  warn: 'D9822B',
  warnTint: 'FFF4E5',
} as const;

/** A4 portrait, in twips (1/20 pt). */
export const PAGE = { width: 11906, height: 16838, top: 1247, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 510 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 9638 twips = 17 cm
/** Images are sized in CSS pixels (96 per inch = 15 twips each). */
export const CONTENT_WIDTH_PX = Math.floor(CONTENT_WIDTH / 15);
/** Room for a figure on a page below a heading, in CSS pixels. */
export const MAX_FIGURE_HEIGHT_PX = 840;

/** Style ids used by the generator. */
export const S = {
  title: 'Title',
  subtitle: 'Subtitle',
  kicker: 'Kicker',
  tagline: 'Tagline',
  coverStatus: 'CoverStatus',
  coverNote: 'CoverNote',
  h1: 'Heading1',
  h2: 'Heading2',
  h3: 'Heading3',
  body: 'Normal',
  lead: 'Lead',
  bullet: 'ReportBullet',
  note: 'Note',
  callout: 'Callout',
  figure: 'Figure',
  caption: 'Caption',
  tableText: 'TableText',
  tableRight: 'TableTextRight',
  tableCenter: 'TableTextCenter',
  tableGroup: 'TableGroup',
  tableNote: 'TableNote',
  keyValue: 'KeyFigureValue',
  keyLabel: 'KeyFigureLabel',
  header: 'Header',
  footer: 'Footer',
  strong: 'ReportStrong',
  flag: 'ReportFlag',
  muted: 'ReportMuted',
  table: 'ReportTable',
  keyTable: 'KeyFigureTable',
  coverTable: 'CoverTable',
  signatureTable: 'SignatureTable',
  signatureLine: 'SignatureLine',
} as const;

/** BCP 47 tag of the document's language (spelling and hyphenation in Word). */
export const DOCUMENT_LANGUAGE: Record<Locale, string> = { fr: 'fr-LU', de: 'de-LU', en: 'en-GB', lb: 'lb-LU' };

interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  link?: string;
  priority?: number;
  quick?: boolean;
  pPr?: string;
  rPr?: string;
}

function paragraphStyle(s: StyleDef): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    `<w:uiPriority w:val="${s.priority ?? 20}"/>` +
    (s.quick === false ? '' : '<w:qFormat/>') +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    `</w:style>`
  );
}

function characterStyle(id: string, name: string, rPr: string): string {
  return `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/><w:rPr>${rPr}</w:rPr></w:style>`;
}

const spacing = (before: number, after: number, line?: number) =>
  `<w:spacing w:before="${before}" w:after="${after}"${line ? ` w:line="${line}" w:lineRule="auto"` : ''}/>`;
const color = (c: string) => `<w:color w:val="${c}"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const border = (side: string, sz: number, c: string, space = 0) => `<w:${side} w:val="single" w:sz="${sz}" w:space="${space}" w:color="${c}"/>`;
const noBorders = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const cellMargins = (tb: number, lr: number) =>
  `<w:tblCellMar><w:top w:w="${tb}" w:type="dxa"/><w:left w:w="${lr}" w:type="dxa"/><w:bottom w:w="${tb}" w:type="dxa"/><w:right w:w="${lr}" w:type="dxa"/></w:tblCellMar>`;
const shade = (fill: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;

function tableStyle(id: string, name: string, tblPr: string, tcPr: string, conditional: string): string {
  return (
    `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>` +
    `<w:pPr>${spacing(0, 0, 240)}</w:pPr>` +
    `<w:tblPr>${tblPr}</w:tblPr>` +
    (tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : '') +
    conditional +
    `</w:style>`
  );
}

/** The whole word/styles.xml, with the document language set for spelling and hyphenation. */
export function stylesXml(locale: Locale): string {
  const lang = DOCUMENT_LANGUAGE[locale];
  const arial = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';
  const right = `<w:tabs><w:tab w:val="right" w:pos="${CONTENT_WIDTH}"/></w:tabs>`;
  const paragraphs: StyleDef[] = [
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Subtitle', priority: 10, pPr: spacing(0, 160, 228), rPr: `<w:b/>${color(COLOR.brand)}${size(60)}` },
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', priority: 11, pPr: spacing(0, 480), rPr: `${color(COLOR.accent)}${size(34)}` },
    { id: S.kicker, name: 'Kicker', basedOn: 'Normal', next: 'Title', pPr: spacing(1800, 360), rPr: `<w:b/><w:caps/>${color(COLOR.muted)}<w:spacing w:val="20"/>${size(18)}` },
    { id: S.tagline, name: 'Tagline', basedOn: 'Normal', pPr: spacing(0, 720), rPr: `${color(COLOR.ink)}${size(24)}` },
    { id: S.coverStatus, name: 'Cover Status', basedOn: 'Normal', pPr: `<w:pBdr>${border('left', 24, COLOR.brand, 8)}</w:pBdr>${spacing(480, 120)}<w:ind w:left="170"/>`, rPr: `<w:b/>${color(COLOR.brand)}${size(22)}` },
    { id: S.coverNote, name: 'Cover Note', basedOn: 'Normal', pPr: spacing(1440, 0, 252), rPr: `${color(COLOR.muted)}${size(16)}` },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', priority: 9, pPr: `<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:pBdr>${border('bottom', 8, COLOR.brand, 6)}</w:pBdr>${spacing(0, 280)}<w:outlineLvl w:val="0"/>`, rPr: `<w:b/>${color(COLOR.brand)}${size(36)}` },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', priority: 9, pPr: `<w:keepNext/><w:keepLines/>${spacing(320, 120)}<w:outlineLvl w:val="1"/>`, rPr: `<w:b/>${color(COLOR.brand)}${size(26)}` },
    { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'Normal', priority: 9, pPr: `<w:keepNext/><w:keepLines/>${spacing(240, 80)}<w:outlineLvl w:val="2"/>`, rPr: `<w:b/>${color(COLOR.accent)}${size(21)}` },
    { id: S.lead, name: 'Lead', basedOn: 'Normal', pPr: spacing(0, 200, 276), rPr: `${size(22)}` },
    { id: S.bullet, name: 'Report Bullet', basedOn: 'Normal', pPr: `${spacing(0, 60)}<w:ind w:left="357" w:hanging="227"/>` },
    { id: S.note, name: 'Note', basedOn: 'Normal', pPr: spacing(60, 120, 252), rPr: `${color(COLOR.muted)}${size(16)}` },
    { id: S.callout, name: 'Callout', basedOn: 'Normal', pPr: `<w:pBdr>${border('left', 24, COLOR.warn, 8)}</w:pBdr>${shade(COLOR.warnTint)}${spacing(120, 160)}<w:ind w:left="198" w:right="113"/>` },
    { id: S.figure, name: 'Figure', basedOn: 'Normal', next: 'Caption', pPr: `<w:keepNext/>${spacing(160, 40)}<w:jc w:val="center"/>` },
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', priority: 35, pPr: `${spacing(40, 240)}<w:jc w:val="center"/>`, rPr: `<w:i/>${color(COLOR.muted)}${size(17)}` },
    { id: S.tableText, name: 'Table Text', basedOn: 'Normal', pPr: spacing(0, 0, 240), rPr: size(17) },
    { id: S.tableRight, name: 'Table Text Right', basedOn: S.tableText, pPr: '<w:jc w:val="right"/>' },
    { id: S.tableCenter, name: 'Table Text Centre', basedOn: S.tableText, pPr: '<w:jc w:val="center"/>' },
    { id: S.tableGroup, name: 'Table Group', basedOn: S.tableText, pPr: `<w:keepNext/>${spacing(80, 20, 240)}`, rPr: `<w:b/>${color(COLOR.brand)}${size(19)}` },
    { id: S.tableNote, name: 'Table Note', basedOn: S.tableText, pPr: spacing(20, 0, 240), rPr: `${color(COLOR.muted)}${size(15)}` },
    { id: S.keyValue, name: 'Key Figure Value', basedOn: 'Normal', pPr: `${spacing(0, 0)}<w:jc w:val="center"/>`, rPr: `<w:b/>${color(COLOR.brand)}${size(32)}` },
    { id: S.keyLabel, name: 'Key Figure Label', basedOn: 'Normal', pPr: `${spacing(0, 0)}<w:jc w:val="center"/>`, rPr: `${color(COLOR.muted)}${size(16)}` },
    { id: S.signatureLine, name: 'Signature Line', basedOn: S.tableText, pPr: `<w:pBdr>${border('bottom', 6, COLOR.ink, 1)}</w:pBdr>${spacing(520, 60, 240)}` },
    { id: 'Header', name: 'header', basedOn: 'Normal', priority: 99, quick: false, pPr: `<w:pBdr>${border('bottom', 4, COLOR.rule, 4)}</w:pBdr>${right}${spacing(0, 0)}`, rPr: `${color(COLOR.muted)}${size(16)}` },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', priority: 99, quick: false, pPr: `${right}${spacing(0, 0)}`, rPr: `${color(COLOR.muted)}${size(16)}` },
  ];

  const report = tableStyle(
    S.table,
    'Report Table',
    `<w:tblStyleRowBandSize w:val="1"/><w:tblBorders>${border('top', 8, COLOR.brand)}${border('bottom', 8, COLOR.brand)}${border('insideH', 4, COLOR.rule)}</w:tblBorders>${cellMargins(57, 85)}`,
    '',
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/>${color('FFFFFF')}</w:rPr><w:trPr><w:tblHeader/></w:trPr><w:tcPr>${shade(COLOR.brand)}</w:tcPr></w:tblStylePr>` +
      `<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>${border('top', 8, COLOR.brand)}</w:tcBorders>${shade(COLOR.total)}</w:tcPr></w:tblStylePr>` +
      `<w:tblStylePr w:type="band1Horz"><w:tcPr>${shade(COLOR.band)}</w:tcPr></w:tblStylePr>`,
  );
  const keyFigures = tableStyle(
    S.keyTable,
    'Key Figure Table',
    `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="24" w:space="0" w:color="FFFFFF"/><w:insideV w:val="single" w:sz="24" w:space="0" w:color="FFFFFF"/></w:tblBorders>${cellMargins(113, 85)}`,
    shade(COLOR.tint),
    '',
  );
  const cover = tableStyle(
    S.coverTable,
    'Cover Table',
    `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>${border('insideH', 4, COLOR.rule)}<w:insideV w:val="nil"/></w:tblBorders>${cellMargins(57, 57)}`,
    '',
    `<w:tblStylePr w:type="firstCol"><w:rPr>${color(COLOR.muted)}</w:rPr></w:tblStylePr>`,
  );
  const signature = tableStyle(S.signatureTable, 'Signature Table', `${noBorders}${cellMargins(57, 85)}`, '', '');

  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${arial}${color(COLOR.ink)}${size(20)}<w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl/>${spacing(0, 120, 264)}</w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:uiPriority w:val="0"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>${cellMargins(0, 108)}</w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    paragraphs.map(paragraphStyle).join('') +
    characterStyle(S.strong, 'Report Strong', '<w:b/><w:bCs/>') +
    characterStyle(S.flag, 'Report Flag', `<w:b/><w:bCs/>${color(COLOR.flag)}`) +
    characterStyle(S.muted, 'Report Muted', color(COLOR.muted)) +
    report +
    keyFigures +
    cover +
    signature +
    `</w:styles>`
  );
}
