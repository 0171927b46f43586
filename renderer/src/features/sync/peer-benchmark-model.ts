/**
 * What the peer benchmark panel may show, as pure functions (tested without a DOM): the rows
 * comparing the client's scores with the peers' (the filter asked for a client is the domain's
 * benchmarkRequestOf, shared with the report). No row ever exists with fewer than
 * MIN_BENCHMARK_PEERS (10) peers (portal-protocol.md, "Peer benchmarks"; domain.md §2).
 */
import type { BenchmarkStats, BenchmarkView } from '@shared/contract/sync';
import { hasPeerStatistics, peerPositionOf, type PeerPosition } from '@shared/domain/peer-benchmarks';

export interface ComparisonRow {
  /** A dimension id, or 'overall'. */
  id: string;
  score: number | null;
  peers: BenchmarkStats;
  position: PeerPosition | null;
}

/** True only when statistics may be shown: state ok and the domain's rule (at least 10 peers, an overall figure). */
export function isComparable(view: BenchmarkView | null | undefined): view is BenchmarkView & { count: number; overall: BenchmarkStats } {
  return !!view && view.state === 'ok' && hasPeerStatistics(view);
}

/**
 * Overall first, then the dimensions in the instrument's order (`order`); a dimension the
 * portal has no figures for, or one the instrument does not know, has no row.
 */
export function comparisonRows(
  view: BenchmarkView,
  result: { overall: number | null; dimensions: { id: string; score: number | null }[] },
  order: readonly string[],
): ComparisonRow[] {
  if (!isComparable(view)) return [];
  const peers = new Map(view.dimensions.map((d) => [d.id, d]));
  const scores = new Map(result.dimensions.map((d) => [d.id, d.score]));
  const rows: ComparisonRow[] = [{ id: 'overall', score: result.overall, peers: view.overall, position: peerPositionOf(result.overall, view.overall.median) }];
  for (const id of order) {
    const p = peers.get(id);
    if (!p) continue;
    const score = scores.get(id) ?? null;
    rows.push({ id, score, peers: { mean: p.mean, median: p.median, p25: p.p25, p75: p.p75 }, position: peerPositionOf(score, p.median) });
  }
  return rows;
}

/** Percent (0–100) of a score on the 0–100 scale, clamped, for drawing. */
export const scalePercent = (v: number) => Math.max(0, Math.min(100, Number.isFinite(v) ? v : 0));
