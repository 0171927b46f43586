/**
 * The peer benchmark's rules without a DOM: which filter a client gets (NACE division × size
 * class) or what is missing, where a score stands against the median, and that no comparison
 * row ever exists with fewer than 10 peers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparisonRows, isComparable, scalePercent } from '@renderer/features/sync/peer-benchmark-model';
import { benchmarkRequestOf, naceDivisionOf, peerPositionOf as positionOf } from '@shared/domain/peer-benchmarks';
import { MIN_BENCHMARK_PEERS, type BenchmarkView } from '@shared/contract/sync';
import { DIMENSION_IDS } from '@shared/reference/instrument/types';

const stats = (median: number) => ({ mean: median + 1, median, p25: median - 10, p75: median + 10 });

function view(patch: Partial<BenchmarkView> = {}): BenchmarkView {
  return {
    state: 'ok',
    instrumentVersion: '2026.1',
    filter: { nace: 'C10', sizeClass: 'small' },
    count: 14,
    overall: stats(41),
    dimensions: [
      { id: 'data', ...stats(33) },
      { id: 'strategy', ...stats(45) },
      { id: 'unknown_dimension', ...stats(50) },
    ],
    computedAt: '2026-03-02T09:41:00.000Z',
    fetchedAt: '2026-03-02T10:00:00.000Z',
    fromCache: false,
    ...patch,
  };
}

const client = (patch: Record<string, unknown> = {}) => ({
  naceCode: 'C10.71',
  headcount: 23,
  turnoverCents: 410_000_000,
  balanceSheetCents: 180_000_000,
  related: [],
  ...patch,
});

describe('naceDivisionOf', () => {
  it('keeps the division (or the section letter alone) and nothing invalid', () => {
    expect(naceDivisionOf('C25.62')).toBe('C25');
    expect(naceDivisionOf(' c25.6 ')).toBe('C25');
    expect(naceDivisionOf('J62')).toBe('J62');
    expect(naceDivisionOf('C')).toBe('C');
    expect(naceDivisionOf('')).toBe('');
    expect(naceDivisionOf(null)).toBe('');
    expect(naceDivisionOf(undefined)).toBe('');
    expect(naceDivisionOf('Z99')).toBe(''); // sections run A to U
    expect(naceDivisionOf('25.62')).toBe('');
  });
});

describe('benchmarkRequestOf', () => {
  it('asks for the NACE division and the EU size class of a complete client', () => {
    expect(benchmarkRequestOf(client())).toEqual({ ok: true, nace: 'C10', sizeClass: 'small' });
    expect(benchmarkRequestOf(client({ headcount: 4, turnoverCents: 50_000_000 }))).toEqual({ ok: true, nace: 'C10', sizeClass: 'micro' });
    expect(benchmarkRequestOf(client({ headcount: 400 }))).toMatchObject({ ok: true, sizeClass: 'large' });
  });

  it('says which of NACE and size class is missing, and which figures the size class needs', () => {
    expect(benchmarkRequestOf(client({ naceCode: '' }))).toEqual({ ok: false, missing: ['nace'], sizeFigures: [] });
    expect(benchmarkRequestOf(client({ headcount: null }))).toEqual({ ok: false, missing: ['sizeClass'], sizeFigures: ['headcount'] });
    expect(benchmarkRequestOf(client({ naceCode: '', headcount: null, turnoverCents: null, balanceSheetCents: null }))).toEqual({
      ok: false,
      missing: ['nace', 'sizeClass'],
      sizeFigures: ['headcount', 'turnover', 'balanceSheet'],
    });
    // A related enterprise whose share is unknown leaves the class unknown too.
    const related = [{ name: 'Holding', headcount: 100, turnoverCents: 1, balanceSheetCents: 1, sharePercent: null }];
    expect(benchmarkRequestOf(client({ related }))).toEqual({ ok: false, missing: ['sizeClass'], sizeFigures: ['share'] });
  });
});

describe('positionOf', () => {
  it('compares to one decimal, as the scores are shown', () => {
    expect(positionOf(45.04, 45)).toBe('at');
    expect(positionOf(44.96, 45)).toBe('at');
    expect(positionOf(45.06, 45)).toBe('above');
    expect(positionOf(44.9, 45)).toBe('below');
    expect(positionOf(0, 0)).toBe('at');
    expect(positionOf(100, 0)).toBe('above');
  });

  it('has no position without a score or with a broken figure', () => {
    expect(positionOf(null, 40)).toBeNull();
    expect(positionOf(undefined, 40)).toBeNull();
    expect(positionOf(Number.NaN, 40)).toBeNull();
    expect(positionOf(40, Number.NaN)).toBeNull();
    expect(positionOf(Number.POSITIVE_INFINITY, 40)).toBeNull();
  });

  it('is antisymmetric: a above b exactly when b below a', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const ab = positionOf(a, b);
        const ba = positionOf(b, a);
        expect(ab === 'above').toBe(ba === 'below');
        expect(ab === 'at').toBe(ba === 'at');
      }),
    );
  });
});

describe('isComparable and comparisonRows', () => {
  const result = {
    overall: 38.5,
    dimensions: [
      { id: 'strategy', score: 50 },
      { id: 'data', score: 20.4 },
      { id: 'people', score: 60 },
    ],
  };

  it('overall first, then the dimensions in the instrument order; none the portal has no figures for', () => {
    const rows = comparisonRows(view(), result, DIMENSION_IDS);
    expect(rows.map((r) => r.id)).toEqual(['overall', 'strategy', 'data']);
    expect(rows[0]).toEqual({ id: 'overall', score: 38.5, peers: stats(41), position: 'below' });
    expect(rows[1]).toMatchObject({ score: 50, position: 'above' });
    expect(rows[2]).toMatchObject({ score: 20.4, peers: stats(33), position: 'below' });
  });

  it('a dimension without a client score keeps the peers’ figures and has no position', () => {
    const rows = comparisonRows(view(), { overall: null, dimensions: [{ id: 'data', score: null }] }, DIMENSION_IDS);
    expect(rows.find((r) => r.id === 'data')).toMatchObject({ score: null, position: null });
    expect(rows[0]).toMatchObject({ id: 'overall', score: null, position: null });
  });

  it('nothing comparative below 10 peers, without statistics, or when not fetched', () => {
    expect(MIN_BENCHMARK_PEERS).toBe(10);
    expect(isComparable(view({ count: 10 }))).toBe(true);
    expect(isComparable(view({ count: 9 }))).toBe(false); // even if a portal sent statistics
    expect(isComparable(view({ state: 'too_few', count: 3, overall: null, dimensions: [] }))).toBe(false);
    expect(isComparable(view({ overall: null }))).toBe(false);
    expect(isComparable(view({ state: 'unavailable', count: null }))).toBe(false);
    expect(isComparable(null)).toBe(false);
    expect(comparisonRows(view({ count: 9 }), result, DIMENSION_IDS)).toEqual([]);
    expect(comparisonRows(view({ count: 0 }), result, DIMENSION_IDS)).toEqual([]);
  });

  it('for any peer count under 10 there is never a row; from 10 there always is the overall one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), (count) => {
        const rows = comparisonRows(view({ count }), result, DIMENSION_IDS);
        expect(rows.length > 0).toBe(count >= 10);
      }),
    );
  });
});

describe('scalePercent', () => {
  it('clamps to the 0–100 strip', () => {
    expect(scalePercent(-3)).toBe(0);
    expect(scalePercent(42.5)).toBe(42.5);
    expect(scalePercent(130)).toBe(100);
    expect(scalePercent(Number.NaN)).toBe(0);
  });
});
