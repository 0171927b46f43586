/**
 * The Word report: plain `ReportData` in, DOCX bytes out. No database, no file system, no clock
 * (the date comes with the data): the roadmap service gathers the data, calls this, and writes
 * the bytes where the advisor chose.
 */
import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { isLocale, DEFAULT_LOCALE } from '@shared/locale';
import { reportRadarSvg, reportTimelineSvg } from '@shared/report/report-charts';
import { REPORT_STEPS, type ReportData, type ReportProgress, type ReportStep } from '@shared/report/report-data';
import { escapeXml, xmlSafeDeep } from '@shared/report/xml-text';
import { typographicDeep, typographicTranslator } from '@shared/report/typography';
import { BULLETS } from './blocks';
import { renderChart } from './charts';
import { reportContext, type ReportContext } from './context';
import { appendixSection, fundingSection, gpuSection, signOffSection } from './section-annex';
import { coverSection, summarySection } from './section-front';
import { resultsSection } from './section-results';
import { disagreementSection } from './section-disagreement';
import { aiActSection, roadmapSection } from './section-roadmap';
import { CONTENT_WIDTH, CONTENT_WIDTH_PX, DOCUMENT_LANGUAGE, PAGE, S, stylesXml } from './styles';

/** The radar is narrower than the text so that its labels stay readable next to the table. */
const RADAR_WIDTH_PX = 560;
import { reportTranslator } from './texts';

export interface GenerateReportOptions {
  /**
   * Called as each step starts, with the number of steps done so far, and once more at the end
   * with done === total. Step labels: `report:progress.<step>`.
   */
  onProgress?: ReportProgress;
  /** Print resolution of the chart images (default 200 dpi at their size on the page). */
  chartDpi?: number;
}

/** "Page {{page}} of {{total}}" → text runs with the two page fields in place. */
function pageRuns(template: string): TextRun[] {
  return template
    .split(/({{\s*page\s*}}|{{\s*total\s*}})/)
    .filter((part) => part !== '')
    .map((part) =>
      /{{\s*page\s*}}/.test(part)
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : /{{\s*total\s*}}/.test(part)
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
}

function headerAndFooter(ctx: ReportContext) {
  const { t, data } = ctx;
  const header = new Header({
    children: [
      new Paragraph({
        style: S.header,
        children: [
          new TextRun(t('report:header.title', { client: data.client.name, revision: data.roadmap.revision })),
          new TextRun({ children: ['\t', t('report:header.confidential')] }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: S.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [new TextRun(t('report:footer.generated', { date: ctx.date(data.generatedAt) })), new TextRun('\t'), ...pageRuns(t('report:footer.page'))],
      }),
    ],
  });
  const empty = () => ({ children: [new Paragraph({ style: S.footer, children: [] })] });
  return { header, footer, firstHeader: new Header(empty()), firstFooter: new Footer(empty()) };
}

/**
 * docProps/core.xml written here rather than by docx, which stamps it with the clock: the
 * report's own date makes the file reproducible (same data → same document).
 */
function coreXml(p: { title: string; subject: string; creator: string; description: string; revision: number; language: string; date: string }): string {
  const at = Number.isNaN(Date.parse(p.date)) ? null : new Date(p.date).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamp = (tag: string) => (at ? `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${at}</dcterms:${tag}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(p.title)}</dc:title><dc:subject>${escapeXml(p.subject)}</dc:subject><dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<cp:keywords>L-AIF, AI maturity, roadmap</cp:keywords><dc:description>${escapeXml(p.description)}</dc:description>` +
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy><cp:revision>${p.revision}</cp:revision><dc:language>${p.language}</dc:language>` +
    `${stamp('created')}${stamp('modified')}</cp:coreProperties>`
  );
}

export async function generateReport(input: ReportData, options: GenerateReportOptions = {}): Promise<Uint8Array> {
  const total = REPORT_STEPS.length;
  let done = 0;
  const step = (name: ReportStep) => options.onProgress?.(done++, total, name);

  step('prepare');
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  // Every text, wording and data alike, in the language's typography (French spacing before ':').
  const data: ReportData = typographicDeep(xmlSafeDeep({ ...input, locale }), locale);
  const t = typographicTranslator(reportTranslator(locale), locale);
  const ctx = reportContext(data, t);

  // Both charts render in parallel off the main thread; progress still reports them in order.
  step('radar');
  const radarJob = renderChart(reportRadarSvg(data, t), RADAR_WIDTH_PX, options.chartDpi);
  const timelineJob = data.roadmap.initiatives.length ? renderChart(reportTimelineSvg(data, t), CONTENT_WIDTH_PX, options.chartDpi) : null;
  timelineJob?.catch(() => undefined); // awaited below; no unhandled rejection if the radar fails first
  const radar = await radarJob;
  step('timeline');
  const timeline = await timelineJob;

  step('document');
  const hf = headerAndFooter(ctx);
  const children = [
    ...coverSection(ctx),
    ...summarySection(ctx),
    ...resultsSection(ctx, radar),
    ...disagreementSection(ctx),
    ...roadmapSection(ctx, timeline),
    ...aiActSection(ctx),
    ...fundingSection(ctx),
    ...gpuSection(ctx),
    ...signOffSection(ctx),
    ...appendixSection(ctx),
  ];
  const properties = {
    title: `${t('report:documentTitle')} – ${data.client.name}`,
    subject: t('report:tagline'),
    creator: data.advisorName,
    description: t('report:header.title', { client: data.client.name, revision: data.roadmap.revision }),
    revision: Math.max(1, Number.isSafeInteger(data.roadmap.revision) ? data.roadmap.revision : 1),
  };
  const doc = new Document({
    ...properties,
    lastModifiedBy: data.advisorName,
    externalStyles: stylesXml(data.locale),
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 357, hanging: 227 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: { default: hf.header, first: hf.firstHeader },
        footers: { default: hf.footer, first: hf.firstFooter },
        children,
      },
    ],
  });

  step('pack');
  const core = coreXml({ ...properties, language: DOCUMENT_LANGUAGE[data.locale], date: data.generatedAt });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  options.onProgress?.(total, total, 'pack');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
