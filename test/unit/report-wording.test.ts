/**
 * The report's wording rules (issue 11, "The report and the rest"): French spacing before
 * `: ; ! ?` and inside guillemets, a company name ending in "." never followed by a second
 * full stop, "revision" never doubled ("révision r1"), the AI Act synthesis that says what the
 * triage found, participants on the cover, the file name in the report's language, and the
 * report's section reader that fails loudly instead of dropping a section.
 */
import { describe, expect, it } from 'vitest';
import { frenchSpacing, typographic, typographicDeep } from '@shared/report/typography';
import { interpolate } from '@shared/report/translate';
import { reportFileName } from '@shared/report/file-name';
import { buildExecutiveSummary } from '@shared/report/summary';
import type { ReportData } from '@shared/report/report-data';
import { reportTranslator } from '@main/report/texts';
import { generateReport } from '@main/report';
import { reportFixture } from '../support/report-fixtures';
import { readZip, wordText } from '../support/zip';

const NB = '\u00a0';

describe('French spacing', () => {
  it('puts a no-break space before : ; ! ? » and after «, whether the space was missing or plain', () => {
    expect(frenchSpacing('Interdit: Pratique')).toBe(`Interdit${NB}: Pratique`);
    expect(frenchSpacing('Motif : Données')).toBe(`Motif${NB}: Données`);
    expect(frenchSpacing('Part (%); Référents')).toBe(`Part (%)${NB}; Référents`);
    expect(frenchSpacing('Vraiment ? Oui !')).toBe(`Vraiment${NB}? Oui${NB}!`);
    expect(frenchSpacing('« répondre plus vite »')).toBe(`«${NB}répondre plus vite${NB}»`);
    expect(frenchSpacing('fin :')).toBe(`fin${NB}:`);
  });

  it('leaves addresses, times, dates and abbreviations alone, and is idempotent', () => {
    for (const text of ['https://guichet.public.lu/fr?x=1', '10:30', '2026-03-10T09:30:00Z', 'Art. 5(1)(g)', 'S.à r.l.', '', 'x :y']) {
      expect(frenchSpacing(text)).toBe(text);
    }
    const once = frenchSpacing('a: b; c ? « d »');
    expect(frenchSpacing(once)).toBe(once);
  });

  it('applies to French only, and to every string of the data', () => {
    expect(typographic('Verboten: x', 'de')).toBe('Verboten: x');
    expect(typographic('Interdit: x', 'fr')).toBe(`Interdit${NB}: x`);
    const data = { a: ['x: y'], b: { c: 'z; w', n: 3, d: null } };
    expect(typographicDeep(data, 'fr')).toEqual({ a: [`x${NB}: y`], b: { c: `z${NB}; w`, n: 3, d: null } });
    expect(typographicDeep(data, 'en')).toBe(data);
  });
});

describe('interpolation', () => {
  it('lets a value ending a sentence take the template’s full stop ("S.à r.l." not "S.à r.l..")', () => {
    expect(interpolate('Établi pour {{client}}. Suite', { client: 'Muller S.à r.l.' })).toBe('Établi pour Muller S.à r.l. Suite');
    expect(interpolate('Établi pour {{client}}. Suite', { client: 'Muller SA' })).toBe('Établi pour Muller SA. Suite');
    expect(interpolate('{{a}}.{{b}}.', { a: 'x.', b: 'y' })).toBe('x.y.');
    expect(interpolate('{{missing}}.', {})).toBe('{{missing}}.');
  });
});

describe('file name', () => {
  it('names the document in the report’s language, file-safe', () => {
    const base = { date: '2026-03-10', companyName: 'Boulangerie Muller S.à r.l.', revision: 1 };
    expect(reportFileName({ ...base, locale: 'fr', title: reportTranslator('fr')('report:fileTitle') })).toBe('2026-03-10_Boulangerie-Muller-S-a-r-l_Feuille-de-route-IA_r1_fr.docx');
    expect(reportFileName({ ...base, locale: 'de', title: reportTranslator('de')('report:fileTitle') })).toBe('2026-03-10_Boulangerie-Muller-S-a-r-l_KI-Roadmap_r1_de.docx');
    expect(reportFileName({ ...base, locale: 'en', title: reportTranslator('en')('report:fileTitle') })).toMatch(/_AI-roadmap_r1_en\.docx$/);
    // A hostile title cannot climb out of the folder or vanish.
    expect(reportFileName({ ...base, locale: 'fr', title: '../../etc/passwd' })).toBe('2026-03-10_Boulangerie-Muller-S-a-r-l_etc-passwd_r1_fr.docx');
    expect(reportFileName({ ...base, locale: 'fr', title: '///' })).toContain('_AI-roadmap_r1_');
  });
});

describe('AI Act synthesis follows the triage', () => {
  const triaged = (locale: 'en' | 'fr', risks: ('limited' | 'minimal' | 'unclassified' | 'high')[]): ReportData => {
    const data = reportFixture(locale);
    const ai = risks.map((risk) => ({ risk, ref: null, obligations: [] }));
    let k = 0;
    return { ...data, roadmap: { ...data.roadmap, initiatives: data.roadmap.initiatives.map((i) => (i.aiAct ? { ...i, aiAct: ai[k++] ?? null } : i)) } };
  };

  it('a triaged initiative is not called "to be classified"; the tiers found are named with their counts', () => {
    const data = triaged('fr', ['limited', 'minimal', 'minimal']);
    const text = buildExecutiveSummary(data, reportTranslator('fr')).attention.join(' ');
    expect(text).toContain('3 initiatives développent ou utilisent un système d’IA.');
    expect(text).toContain('Risque limité (1) et Risque minimal (2)');
    expect(text).not.toMatch(/doivent être classées|pas encore classée/);
  });

  it('an unclassified initiative is still flagged, next to what the triage found', () => {
    const data = triaged('en', ['limited', 'unclassified']);
    const text = buildExecutiveSummary(data, reportTranslator('en')).attention.join(' ');
    expect(text).toContain('Limited risk (1)');
    expect(text).toContain('1 of them is not classified yet');
  });
});

describe('the generated French report', () => {
  it('lists the participants, never doubles "révision", never writes "r.l..", and spaces every colon', async () => {
    const data = reportFixture('fr', { companyName: 'Boulangerie Muller S.à r.l.' });
    const files = readZip(await generateReport(data, { chartDpi: 72 }));
    const text = wordText(files.get('word/document.xml')!.toString('utf8'));
    const header = [...files.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => wordText(files.get(k)!.toString('utf8'))).join('\n');
    expect(text).toContain('Participants');
    expect(text).toContain('Anne Muller (Gérante), Paul Weber');
    expect(text).toContain('Atelier tenu le');
    expect(`${text}\n${header}`).not.toMatch(/révision r\d/i);
    expect(header).toMatch(/Feuille de route IA, révision \d/);
    expect(text).not.toContain('r.l..');
    expect(text).toContain('Boulangerie Muller S.à r.l. Les résultats');
    // No colon or semicolon glued to the word before it, none after a plain (breakable) space.
    expect(text).not.toMatch(/[^\s\u00a0][:;](\s|$)/u);
    expect(text).not.toMatch(/ [:;!?»]/u);
  });

  it('leaves the participants row honest when none were recorded', async () => {
    const data = reportFixture('de');
    const bare = { ...data, assessment: { ...data.assessment, participants: [] } };
    const text = wordText(readZip(await generateReport(bare, { chartDpi: 72 })).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Teilnehmende');
    expect(text).toContain('nicht erfasst');
  });
});

describe('French texts of the portal, client and report namespaces', () => {
  it('use a no-break space before : ; ! ? » and after «, so no colon wraps alone', async () => {
    const { readFileSync } = await import('node:fs');
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
    for (const ns of ['sync', 'clients', 'report']) {
      const plain = strings(JSON.parse(readFileSync(`locales/fr/${ns}.json`, 'utf8'))).filter((s) => / [:;!?»]|« /.test(s));
      expect(plain, ns).toEqual([]);
    }
  });
});
