/**
 * Peer benchmarks (portal-protocol.md): fetched per (instrument version, NACE, size class),
 * cached for offline use with the date, and never shown with fewer than 10 peers — even if a
 * portal were to send statistics for a smaller group.
 */
import type { BenchmarkStats, BenchmarkView } from '@shared/contract/sync';
import { hasPeerStatistics, naceDivisionOf } from '@shared/domain/peer-benchmarks';
import type { BenchmarkCache } from './benchmark-cache';

export interface BenchmarkFilter {
  instrumentVersion: string;
  nace: string;
  sizeClass: string;
}

const isStats = (v: unknown): v is BenchmarkStats =>
  !!v && typeof v === 'object' && ['mean', 'median', 'p25', 'p75'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number' && Number.isFinite((v as Record<string, number>)[k]));

/** Checks a portal answer; null when it is not the protocol's shape. */
export function parseBenchmarkAnswer(json: unknown): { count: number; overall: BenchmarkStats | null; dimensions: ({ id: string } & BenchmarkStats)[]; computedAt: string | null } | null {
  const body = json as { count?: unknown; overall?: unknown; dimensions?: unknown; computedAt?: unknown } | null;
  if (!body || typeof body !== 'object' || !Number.isInteger(body.count) || (body.count as number) < 0) return null;
  const pick = ({ mean, median, p25, p75 }: BenchmarkStats): BenchmarkStats => ({ mean, median, p25, p75 });
  const overall = isStats(body.overall) ? pick(body.overall) : null;
  const dimensions = Array.isArray(body.dimensions)
    ? body.dimensions
        .filter((d): d is { id: string } & BenchmarkStats => isStats(d) && typeof (d as { id?: unknown }).id === 'string')
        .map((d) => ({ id: d.id, ...pick(d) }))
    : [];
  return { count: body.count as number, overall, dimensions, computedAt: typeof body.computedAt === 'string' ? body.computedAt : null };
}

/** The view shown to the advisor; statistics only from 10 peers up. */
export function benchmarkView(
  filter: BenchmarkFilter,
  answer: ReturnType<typeof parseBenchmarkAnswer>,
  fetchedAt: string | null,
  fromCache: boolean,
): BenchmarkView {
  const base = { instrumentVersion: filter.instrumentVersion, filter: { nace: filter.nace, sizeClass: filter.sizeClass }, fetchedAt, fromCache };
  if (!answer) return { ...base, state: 'unavailable', count: null, overall: null, dimensions: [], computedAt: null };
  if (!hasPeerStatistics(answer)) {
    return { ...base, state: 'too_few', count: answer.count, overall: null, dimensions: [], computedAt: answer.computedAt };
  }
  return { ...base, state: 'ok', count: answer.count, overall: answer.overall, dimensions: answer.dimensions, computedAt: answer.computedAt };
}

/** For the report (offline): the cached view for a client's sector and size, or null. */
export function cachedBenchmarkView(cache: BenchmarkCache, filter: BenchmarkFilter): BenchmarkView | null {
  const normalised = { ...filter, nace: naceDivisionOf(filter.nace) };
  const cached = cache.get(normalised);
  return cached ? benchmarkView(normalised, cached.answer, cached.fetchedAt, true) : null;
}
