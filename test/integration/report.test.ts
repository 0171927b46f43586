/**
 * The Word report, end to end from plain data: a full report in each language, unzipped and
 * read back (client name, every initiative, the scores, the language), its structure (styles,
 * page fields, PNG charts), the optional sections, the progress callback, and LibreOffice
 * opening and converting it to PDF.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '@main/report';
import { formatMoney, formatNumber } from '@shared/format';
import { LOCALES, type Locale } from '@shared/locale';
import { REPORT_STEPS, type ReportData } from '@shared/report/report-data';
import { HOSTILE_COMPANY, initiativeTitles, reportFixture } from '../support/report-fixtures';
import { readZip, wordText } from '../support/zip';

/** A few words only that language's report would contain. */
const OWN_WORDS: Record<Locale, string[]> = {
  en: ['Executive summary', 'Maturity results', 'What to do first', 'Next steps and sign-off', 'Appendix: answers and notes'],
  fr: ['Synthèse', 'Résultats de maturité', 'Par quoi commencer', 'Prochaines étapes et validation', 'Niveau de risque', 'écarts'],
  de: ['Zusammenfassung', 'Reifegrad-Ergebnisse', 'Womit beginnen', 'Maßnahmen', 'Nächste Schritte und Freigabe', 'Risikostufe'],
  lb: ['Zesummefaassung', 'Reifegrad-Resultater', 'Wou ufänken', 'Moossnamen', 'Nächst Schrëtt a Fräigab', 'Äntwerten'],
};
/** The English report's own wording: none of it may leak into another language's report. */
const ENGLISH_ONLY = ['Executive summary', 'Maturity results', 'What to do first', 'Next steps', 'Appendix: answers', 'Funding scenarios', 'Risk tier', 'Benefit per year', 'Why:'];

interface Unpacked {
  files: Map<string, Buffer>;
  xml: string;
  text: string;
}

function unpack(bytes: Uint8Array): Unpacked {
  const files = readZip(bytes);
  const xml = files.get('word/document.xml')!.toString('utf8');
  return { files, xml, text: wordText(xml) };
}

async function build(data: ReportData): Promise<Unpacked & { bytes: Uint8Array }> {
  const bytes = await generateReport(data);
  return { bytes, ...unpack(bytes) };
}

const docs = new Map<Locale, Unpacked & { bytes: Uint8Array; data: ReportData }>();

beforeAll(async () => {
  for (const locale of LOCALES) {
    const data = reportFixture(locale);
    docs.set(locale, { data, ...(await build(data)) });
  }
});

describe.each(LOCALES)('full report in %s', (locale) => {
  it('is a DOCX package with the main parts', () => {
    const { files } = docs.get(locale)!;
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) {
      expect(files.has(part), part).toBe(true);
    }
  });

  it('keeps a company name with & < > " \' and emoji intact (escaped in the XML)', () => {
    const { xml, text, files } = docs.get(locale)!;
    expect(text).toContain(HOSTILE_COMPANY);
    expect(xml).toContain('Müller &amp; Fils &lt;Précision&gt;');
    expect(xml).not.toContain('<Précision>');
    const header = [...files.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => wordText(files.get(k)!.toString('utf8')));
    expect(header.join('\n')).toContain(HOSTILE_COMPANY);
  });

  it('names every initiative, with its cost', () => {
    const { text, data } = docs.get(locale)!;
    for (const title of initiativeTitles(data)) expect(text).toContain(title);
    for (const i of data.roadmap.initiatives) expect(text).toContain(formatMoney(i.costCents, locale));
    expect(text).toContain(formatMoney(data.roadmap.totals.costCents, locale));
  });

  it('shows every dimension with its score and target, and the overall score', () => {
    const { text, data } = docs.get(locale)!;
    const lines = text.split('\n');
    for (const d of data.assessment.dimensions) {
      const row = lines.indexOf(d.title);
      expect(row, d.title).toBeGreaterThanOrEqual(0);
      // The results table: title, score, target, gap as consecutive cells.
      expect(lines.slice(row + 1, row + 3)).toEqual([formatNumber(d.score, locale, 1), formatNumber(d.target, locale, 1)]);
    }
    expect(text).toContain(formatNumber(data.assessment.overall, locale, 1));
  });

  it(`is written in ${locale}, with no English report wording left`, () => {
    const { text } = docs.get(locale)!;
    for (const word of OWN_WORDS[locale]) expect(text).toContain(word);
    if (locale !== 'en') for (const english of ENGLISH_ONLY) expect(text).not.toContain(english);
    expect(text).not.toMatch(/\b(report|domain):[a-zA-Z]/); // no untranslated key
  });

  it('formats through styles: headings, table styles, no direct fonts, sizes or colours', () => {
    const { xml, files } = docs.get(locale)!;
    const styles = files.get('word/styles.xml')!.toString('utf8');
    for (const id of ['Heading1', 'Heading2', 'TableText', 'Caption', 'ReportTable', 'KeyFigureTable', 'ReportFlag']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:tblStyle w:val="ReportTable"/>');
    expect(xml).not.toMatch(/<w:rFonts|<w:sz |<w:color |<w:b\/>|<w:shd /);
    // Word 2007 and LibreOffice read the table look from its bit mask only.
    expect(xml).toMatch(/<w:tblLook w:val="0[0-9A-F]{3}"/);
    // The document language follows the client's language (spelling, hyphenation).
    expect(styles).toContain({ fr: 'fr-LU', de: 'de-LU', en: 'en-GB', lb: 'lb-LU' }[locale]);
  });

  it('has page numbers in the footer and a cover without header', () => {
    const { files, xml } = docs.get(locale)!;
    const footers = [...files.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => files.get(k)!.toString('utf8'));
    expect(footers.some((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(xml).toContain('<w:titlePg/>');
  });

  it('embeds the two charts as real PNG images, sharp enough for print', () => {
    const { files, xml } = docs.get(locale)!;
    const media = [...files.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const widths = media.map((m) => {
      const png = files.get(m)!;
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      return png.readUInt32BE(16);
    });
    // Size on the page (EMU, 914,400 per inch) against pixels: about 200 dpi each.
    const inches = [...xml.matchAll(/<wp:extent cx="(\d+)"/g)].map((m) => Number(m[1]) / 914_400);
    expect(inches).toHaveLength(2);
    const dpi = widths.sort((a, b) => a - b).map((w, i) => w / inches.sort((a, b) => a - b)[i]);
    for (const d of dpi) expect(d).toBeGreaterThanOrEqual(190);
  });
});

describe('report sections follow the data', () => {
  it('leaves out funding, compute and peers when absent, and says the roadmap is not signed off', async () => {
    const data: ReportData = { ...reportFixture('en', { companyName: 'Kass SA' }), funding: null, gpu: null, peers: null, signOff: null };
    const { text } = await build(data);
    expect(text).not.toContain('Funding scenarios');
    expect(text).not.toContain('Compute budget');
    expect(text).not.toContain('Comparison with peer companies');
    expect(text).toContain('Draft: not yet signed off by the company');
    expect(text).toContain('Not yet signed off.');
    expect(text).toContain('Signature');
  });

  it('shows peers only with at least 10 of them and real statistics, with their count and date', async () => {
    const base = reportFixture('en', { companyName: 'Kass SA' });
    const nine = await build({ ...base, peers: { ...base.peers!, count: 9 } });
    expect(nine.text).not.toContain('Comparison with peer companies');
    const noStats = await build({ ...base, peers: { ...base.peers!, count: 40, overall: null, dimensions: [] } });
    expect(noStats.text).not.toContain('Comparison with peer companies');
    const ten = await build({ ...base, peers: { ...base.peers!, count: 10 } });
    expect(ten.text).toContain('Comparison with peer companies');
    expect(ten.text).toContain('Based on 10 companies');
    expect(ten.text).toContain('25 February 2026');
  });

  it('flags a sign-off that belongs to an older revision', async () => {
    const base = reportFixture('fr', { companyName: 'Kass SA' });
    const { text } = await build({ ...base, signOff: { ...base.signOff!, revision: 1 } });
    expect(text).toContain('La validation porte sur la révision 1. La présente révision 2 a changé depuis');
  });

  it('flags unclassified AI Act triage visibly and lists the legal basis', () => {
    const { text, xml } = docs.get('en')!;
    expect(text).toContain('Not yet classified: answer the triage questions before work starts.');
    expect(text).toContain('Annex III, 4(a)');
    expect(text).toContain('Art. 50(1)');
    expect(xml).toContain('<w:rStyle w:val="ReportFlag"/>');
  });

  it('shows funding scenarios side by side with unconfirmed figures marked, and the compute request', () => {
    const { text } = docs.get('de')!;
    expect(text).toContain('Nur Fit 4 AI');
    expect(text).toContain('Fit 4 AI + Cashback');
    expect(text).toContain(`${formatMoney(5_000_000, 'de')} *`);
    expect(text).toContain('Betrag beruht auf einem Parameter, der noch nicht');
    expect(text).toContain('Zugeteilt: 2.000 GPU-Stunden auf MeluXina-AI');
  });

  it('still produces a complete document from an empty roadmap and check', async () => {
    const base = reportFixture('lb', { companyName: 'Eidel Sàrl' });
    const data: ReportData = {
      ...base,
      assessment: { ...base.assessment, overall: null, level: null, dmaBand: null, dimensions: [], strongestId: null, weakestId: null, previous: null, progress: [] },
      roadmap: { ...base.roadmap, initiatives: [], totals: { costCents: 0, benefitCentsPerYear: null, paybackMonths: null } },
      peers: null,
      funding: null,
      gpu: null,
      appendix: [],
    };
    const { text, files } = await build(data);
    expect(text).toContain('Et ass nach keng Moossnam geplangt.');
    expect(text).toContain('Et goufen ze wéineg Froe beäntwert');
    expect(text).toContain('Et gouf keng Äntwert festgehalen.');
    // The radar says there is no score; no timeline without initiatives.
    expect([...files.keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(1);
  });

  it('removes characters XML cannot hold instead of writing a broken file', async () => {
    const { xml, text } = await build(reportFixture('en', { companyName: 'Bad\u0001Name\u0008 \uD800SA\uFFFF' }));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(text).toContain('BadName SA');
  });

  it('reports progress step by step, ending at total', async () => {
    const calls: [number, number, string][] = [];
    await generateReport(reportFixture('en'), { onProgress: (done, total, step) => calls.push([done, total, step]) });
    const total = REPORT_STEPS.length;
    expect(calls.map((c) => c[2])).toEqual([...REPORT_STEPS, 'pack']);
    expect(calls.map((c) => c[0])).toEqual([...REPORT_STEPS.keys(), total]);
    expect(calls.every((c) => c[1] === total)).toBe(true);
  });

  it('is reproducible: same data, same package parts (no clock, no process-wide counters)', async () => {
    const again = await build(reportFixture('fr'));
    const first = docs.get('fr')!.files;
    expect([...again.files.keys()]).toEqual([...first.keys()]);
    const differing = [...first.keys()].filter((k) => !first.get(k)!.equals(again.files.get(k)!));
    expect(differing).toEqual([]);
    expect(first.get('docProps/core.xml')!.toString('utf8')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T10:30:00Z</dcterms:created>');
  });
});

describe('LibreOffice opens and converts the report', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const available = soffice.status === 0;
  if (!available) console.log('SKIPPED LibreOffice conversion: `soffice` is not installed (CI installs libreoffice-writer-nogui).');

  it.skipIf(!available)('converts the fr and lb reports to PDF with a plausible page count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lo-'));
    try {
      for (const locale of ['fr', 'lb'] as const) writeFileSync(join(dir, `${locale}.docx`), docs.get(locale)!.bytes);
      // One LibreOffice run for both files, with its own profile (no lock clash with a running office).
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'fr.docx'), join(dir, 'lb.docx')],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
      expect(pdfs).toEqual(['fr.pdf', 'lb.pdf']);
      for (const pdf of pdfs) {
        const pages = pageCount(join(dir, pdf));
        // Cover, summary, results (2), roadmap (2), AI Act, funding, compute, next steps, appendix (2–3).
        expect(pages, pdf).toBeGreaterThanOrEqual(10);
        expect(pages, pdf).toBeLessThanOrEqual(16);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  if (info.status === 0) return Number(/Pages:\s+(\d+)/.exec(info.stdout)![1]);
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
