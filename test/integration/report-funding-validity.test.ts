/**
 * The report's funding section states how long the scheme rules hold, and after that date says they
 * must be rechecked (GBER ends 31 Dec 2026); a report without a validity says nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { generateReport } from '@main/report';
import type { ReportData } from '@shared/report/report-data';
import { reportFixture } from '../support/report-fixtures';
import { readZip, wordText } from '../support/zip';

async function text(data: ReportData): Promise<string> {
  const files = readZip(await generateReport(data));
  return wordText(files.get('word/document.xml')!.toString('utf8'));
}

function withValidity(locale: 'en' | 'de', expired: boolean | null): ReportData {
  const data = reportFixture(locale);
  const scenarios = data.funding!.scenarios.map((sc, i) =>
    expired === null ? sc : { ...sc, rulesValidUntil: '2026-12-31', rulesExpired: expired && i === 1 },
  );
  return { ...data, funding: { scenarios } };
}

describe('report: validity of the funding rules', () => {
  it('before the date: the rules are valid until 31 December 2026', async () => {
    const t = await text(withValidity('en', false));
    expect(t).toContain('The scheme rules used are valid until 31 December 2026');
    expect(t).not.toContain('Recheck before relying on these figures');
  });

  it('after the date: one scenario on expired rules makes the section say they must be rechecked (de)', async () => {
    const t = await text(withValidity('de', true));
    expect(t).toContain('Vor jeder Verwendung dieser Beträge erneut prüfen');
    expect(t).toContain('31. Dezember 2026');
  });

  it('without a validity date: no validity line', async () => {
    const t = await text(withValidity('en', null));
    expect(t).not.toContain('valid until');
  });
});
