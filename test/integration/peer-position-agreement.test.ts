/**
 * The peer position is one rule (shared/domain/peer-benchmarks.ts): the screen's comparison
 * rows and the Word report's peer table say the same thing for the same scores, also where the
 * raw values differ but the printed ones (one decimal) do not.
 */
import { describe, expect, it } from 'vitest';
import { generateReport } from '@main/report';
import { comparisonRows } from '@renderer/features/sync/peer-benchmark-model';
import type { BenchmarkView } from '@shared/contract/sync';
import type { ReportData } from '@shared/report/report-data';
import { reportFixture } from '../support/report-fixtures';
import { readZip, wordText } from '../support/zip';

const WORDS = { above: 'above the median', below: 'below the median', at: 'at the median' } as const;

/** Client score vs peer median per dimension: near ties that raw comparison would call above or below. */
const PAIRS: [number, number][] = [
  [45.04, 45], // printed 45.0 / 45.0
  [44.96, 45], // printed 45.0 / 45.0
  [45.06, 45],
  [44.9, 45],
  [30, 30.04],
  [70.2, 12],
];

async function reportPositions(data: ReportData): Promise<string[]> {
  const text = wordText(readZip(await generateReport(data)).get('word/document.xml')!.toString('utf8'));
  const lines = text.split('\n');
  const start = lines.indexOf('Comparison with peer companies');
  expect(start).toBeGreaterThan(-1);
  // Each row of the peer table: title, client, median, range, position (one paragraph per cell).
  return data.assessment.dimensions.map((d) => lines[lines.indexOf(d.title, start) + 4]);
}

describe('peer position: the screen and the report agree', () => {
  it('compares the figures as printed, on both sides', async () => {
    const base = reportFixture('en');
    const dims = base.assessment.dimensions.slice(0, PAIRS.length).map((d, i) => ({ ...d, score: PAIRS[i][0] }));
    const peerDims = dims.map((d, i) => ({ id: d.id, mean: 50, median: PAIRS[i][1], p25: 10, p75: 90 }));
    const data: ReportData = {
      ...base,
      assessment: { ...base.assessment, dimensions: dims },
      peers: { count: 12, computedAt: '2026-02-25T08:00:00Z', overall: { mean: 50, median: 50, p25: 10, p75: 90 }, dimensions: peerDims },
    };
    const view: BenchmarkView = {
      state: 'ok',
      instrumentVersion: '2026.1',
      filter: { nace: 'C25', sizeClass: 'small' },
      count: 12,
      overall: data.peers!.overall!,
      dimensions: peerDims,
      computedAt: '2026-02-25T08:00:00Z',
      fetchedAt: '2026-02-25T09:00:00Z',
      fromCache: false,
    };
    const screen = comparisonRows(view, { overall: base.assessment.overall, dimensions: dims }, dims.map((d) => d.id)).slice(1);
    const report = await reportPositions(data);
    expect(report).toEqual(screen.map((r) => WORDS[r.position!]));
    expect(screen.map((r) => r.position)).toEqual(['at', 'at', 'above', 'below', 'at', 'above']);
  });
});
