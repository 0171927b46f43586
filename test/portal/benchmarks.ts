/**
 * Peer benchmarks as the portal computes them (portal-protocol.md, "Peer benchmarks"): from
 * finalised `assessment` submissions of companies that consented (`consentToBenchmark: true`),
 * one per company (its latest), filtered by NACE section or division and size class; only the
 * count when fewer than 10 companies match.
 */
import { MIN_BENCHMARK_PEERS as MIN_PEERS } from '@shared/domain/peer-benchmarks';

export { MIN_PEERS };

export interface Stats {
  mean: number;
  median: number;
  p25: number;
  p75: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Linear interpolation between closest ranks (Hyndman & Fan type 7, the default of R and NumPy). */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function stats(values: number[]): Stats | null {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return { mean: round1(mean), median: round1(quantile(xs, 0.5)), p25: round1(quantile(xs, 0.25)), p75: round1(quantile(xs, 0.75)) };
}

/** "C" matches every C code; "C25" matches C25 and C25.xx; an empty filter matches all. */
export function naceMatches(code: unknown, filter: string): boolean {
  if (!filter) return true;
  if (typeof code !== 'string') return false;
  const c = code.trim().toUpperCase();
  if (/^[A-U]$/.test(filter)) return c.startsWith(filter);
  return c === filter || c.startsWith(`${filter}.`);
}

interface AssessmentLike {
  seq: number;
  payload: Record<string, unknown>;
}

function companyKey(a: AssessmentLike, fallback: string): string {
  const company = (a.payload.company ?? {}) as { rcsNumber?: unknown };
  const rcs = typeof company.rcsNumber === 'string' ? company.rcsNumber.replace(/\s/g, '').toUpperCase() : '';
  return rcs || fallback;
}

export function computeBenchmarks(
  assessments: (AssessmentLike & { recordId?: string })[],
  filter: { instrumentVersion: string; nace: string; sizeClass: string },
  computedAt: string,
) {
  // One entry per company: its latest assessment decides (withdrawn consent removes it).
  const latest = new Map<string, AssessmentLike>();
  for (const a of assessments) {
    const key = companyKey(a, a.recordId ?? `seq:${a.seq}`);
    const prev = latest.get(key);
    if (!prev || prev.seq < a.seq) latest.set(key, a);
  }
  const peers = [...latest.values()].filter((a) => {
    const company = (a.payload.company ?? {}) as { naceCode?: unknown; sizeClass?: unknown };
    return (
      a.payload.consentToBenchmark === true &&
      naceMatches(company.naceCode, filter.nace) &&
      (!filter.sizeClass || company.sizeClass === filter.sizeClass)
    );
  });
  const base = {
    instrumentVersion: filter.instrumentVersion,
    filter: { nace: filter.nace, sizeClass: filter.sizeClass },
    count: peers.length,
    computedAt,
  };
  if (peers.length < MIN_PEERS) return { ...base, overall: null, dimensions: [] };

  const dimensionIds: string[] = [];
  const byDimension = new Map<string, number[]>();
  for (const p of peers) {
    for (const d of (p.payload.dimensions ?? []) as { id?: unknown; score?: unknown }[]) {
      if (typeof d.id !== 'string' || typeof d.score !== 'number') continue;
      if (!byDimension.has(d.id)) {
        byDimension.set(d.id, []);
        dimensionIds.push(d.id);
      }
      byDimension.get(d.id)!.push(d.score);
    }
  }
  return {
    ...base,
    overall: stats(peers.map((p) => p.payload.overallScore as number)),
    dimensions: dimensionIds.map((id) => ({ id, ...stats(byDimension.get(id)!)! })),
  };
}
