/** The report's file name is safe on Windows, macOS and Linux whatever the company is called. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILE_NAME_COMPANY_MAX, fileNameSlug, reportFileName } from '@shared/report/file-name';

const SHAPE = /^(\d{4}-\d{2}-\d{2}|undated)_[A-Za-z0-9]+(-[A-Za-z0-9]+)*_AI-roadmap_r\d+_(fr|de|en|lb)\.docx$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const name = (companyName: string) => reportFileName({ date: '2026-03-02', companyName, revision: 2, locale: 'fr' });

describe('reportFileName', () => {
  it('builds date_company_AI-roadmap_rN_locale.docx', () => {
    expect(reportFileName({ date: '2026-03-02', companyName: 'Müller Sàrl', revision: 2, locale: 'fr' })).toBe('2026-03-02_Muller-Sarl_AI-roadmap_r2_fr.docx');
    expect(reportFileName({ date: '2026-11-25T23:59:00Z', companyName: 'Kass SA', revision: 14, locale: 'lb' })).toBe('2026-11-25_Kass-SA_AI-roadmap_r14_lb.docx');
    expect(reportFileName({ date: new Date(Date.UTC(2026, 0, 5)), companyName: 'X', revision: 0, locale: 'de' })).toBe('2026-01-05_X_AI-roadmap_r0_de.docx');
  });

  it('transliterates letters and drops everything else', () => {
    expect(name('Straßenbau Œuvre Ørsted Łódź Þór')).toBe('2026-03-02_Strassenbau-OEuvre-Orsted-Lodz-Thor_AI-roadmap_r2_fr.docx');
    expect(name('Müller & Fils <Précision> "Lux" \'SA\' 🚀 👩🏽‍🔧')).toBe('2026-03-02_Muller-Fils-Precision-Lux-SA_AI-roadmap_r2_fr.docx');
    expect(name('S.à r.l.')).toBe('2026-03-02_S-a-r-l_AI-roadmap_r2_fr.docx');
  });

  it('never lets a path, a forbidden character or a control character through', () => {
    for (const hostile of ['../../etc/passwd', '..\\..\\Windows\\System32', 'a/b\\c:d*e?f"g<h>i|j', 'tab\there\nnewline\u0000nul', 'C:\\temp\\x', '~/.ssh/id_rsa']) {
      const file = name(hostile);
      expect(file, hostile).toMatch(SHAPE);
      expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]|\.\./);
    }
  });

  it('avoids Windows device names, empty names and trailing dots', () => {
    expect(fileNameSlug('CON')).toBe('CON-client');
    expect(fileNameSlug('nul')).toBe('nul-client');
    expect(fileNameSlug('com1')).toBe('com1-client');
    expect(fileNameSlug('Lpt9')).toBe('Lpt9-client');
    expect(fileNameSlug('')).toBe('client');
    expect(fileNameSlug('   ...   ')).toBe('client');
    expect(fileNameSlug('🚀🚀🚀')).toBe('client');
    expect(fileNameSlug('中国公司')).toBe('client');
    expect(fileNameSlug('Acme Corp.')).toBe('Acme-Corp');
    expect(fileNameSlug(undefined as unknown as string)).toBe('client');
  });

  it('caps the length, cutting at a word boundary', () => {
    const long = 'Luxembourg Precision Engineering and Industrial Automation Solutions International Holding'.repeat(3);
    const slug = fileNameSlug(long);
    expect(slug.length).toBeLessThanOrEqual(FILE_NAME_COMPANY_MAX);
    expect(slug).not.toMatch(/-$/);
    expect(long.replace(/ /g, '-').startsWith(slug)).toBe(true);
    expect(fileNameSlug('x'.repeat(500))).toBe('x'.repeat(FILE_NAME_COMPANY_MAX));
  });

  it('falls back for impossible dates, revisions and languages', () => {
    const base = { date: '2026-03-02', companyName: 'Kass', revision: 2, locale: 'fr' };
    expect(reportFileName({ ...base, date: '2026-02-31' })).toMatch(/^undated_/);
    expect(reportFileName({ ...base, date: 'yesterday' })).toMatch(/^undated_/);
    expect(reportFileName({ ...base, date: new Date(NaN) })).toMatch(/^undated_/);
    for (const revision of [NaN, -1, 1.5, Infinity, 1e300]) expect(reportFileName({ ...base, revision })).toContain('_r0_');
    expect(reportFileName({ ...base, locale: 'xx' })).toMatch(/_fr\.docx$/);
    expect(reportFileName({ ...base, locale: '../../' })).toMatch(/_fr\.docx$/);
  });

  it('is safe for any company name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        for (const companyName of [a, b]) {
          const file = name(companyName);
          expect(file).toMatch(SHAPE);
          expect(Buffer.byteLength(file)).toBeLessThanOrEqual(120);
          const company = file.split('_')[1];
          expect(WINDOWS_RESERVED.test(company)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
