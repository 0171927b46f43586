/**
 * Peer benchmark rules (domain.md §2; portal-protocol.md "Peer benchmarks"), one place for the
 * screens, the Word report, the sync engine and the reference portal.
 */
import { roundToTenth } from '../rounding';
import { sizeClassOf, type ClientSizeFields, type SizeClass, type SizeFigure } from './sme-size';

/**
 * Peer comparison is shown only with at least this many comparable companies, never with
 * invented numbers.
 */
export const MIN_BENCHMARK_PEERS = 10;

/** The benchmark filter of a NACE code: its division (C25.62 → C25), or the section letter alone; '' when none. */
export function naceDivisionOf(code: string | null | undefined): string {
  const m = /^([A-U])(\d{2})?/.exec((code ?? '').trim().toUpperCase());
  return m ? `${m[1]}${m[2] ?? ''}` : '';
}

export type BenchmarkRequest =
  | { ok: true; nace: string; sizeClass: SizeClass }
  /** `sizeFigures`: the figures whose absence leaves the size class unknown. */
  | { ok: false; missing: ('nace' | 'sizeClass')[]; sizeFigures: SizeFigure[] };

/**
 * The benchmark filter a client gets (NACE division × EU size class), or what is missing to ask:
 * the screen's panel and the report's peer section ask for the same one.
 */
export function benchmarkRequestOf(client: { naceCode: string | null } & ClientSizeFields): BenchmarkRequest {
  const nace = naceDivisionOf(client.naceCode);
  const size = sizeClassOf(client);
  if (!nace || size.sizeClass === 'unknown') {
    const missing: ('nace' | 'sizeClass')[] = [];
    if (!nace) missing.push('nace');
    if (size.sizeClass === 'unknown') missing.push('sizeClass');
    return { ok: false, missing, sizeFigures: size.missing };
  }
  return { ok: true, nace, sizeClass: size.sizeClass };
}

/**
 * True only when statistics may be shown: at least MIN_BENCHMARK_PEERS peers and an overall
 * figure (even if a portal were to send statistics for a smaller group).
 */
export function hasPeerStatistics(peers: { count: number | null; overall: unknown } | null | undefined): boolean {
  return !!peers && typeof peers.count === 'number' && Number.isFinite(peers.count) && peers.count >= MIN_BENCHMARK_PEERS && peers.overall !== null;
}

/** Where a score stands against the peers' median. */
export type PeerPosition = 'above' | 'below' | 'at';

/**
 * Compares the figures as they are displayed (one decimal, portal-protocol.md), so the position never contradicts
 * the two numbers printed beside it (45.04 vs 45 shows "45.0 / 45.0": at the median).
 */
export function peerPositionOf(score: number | null | undefined, median: number | null | undefined): PeerPosition | null {
  if (typeof score !== 'number' || !Number.isFinite(score) || typeof median !== 'number' || !Number.isFinite(median)) return null;
  const a = roundToTenth(score);
  const b = roundToTenth(median);
  return a > b ? 'above' : a < b ? 'below' : 'at';
}
