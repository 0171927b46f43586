/**
 * The peer-benchmark cache (table benchmark_cache): the portal's last answer per (instrument
 * version, NACE division, size class) with when it was fetched, for offline use.
 */
import type { Db } from '../db/open-database';
import { parseBenchmarkAnswer, type BenchmarkFilter } from './benchmarks';

export function createBenchmarkCache(db: Db) {
  const read = db.prepare<[string, string, string], { response_json: string; fetched_at: string }>(
    'SELECT response_json, fetched_at FROM benchmark_cache WHERE instrument_version = ? AND nace = ? AND size_class = ?',
  );
  const write = db.prepare(
    `INSERT INTO benchmark_cache (instrument_version, nace, size_class, response_json, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (instrument_version, nace, size_class) DO UPDATE SET response_json = excluded.response_json, fetched_at = excluded.fetched_at`,
  );
  return {
    get(filter: BenchmarkFilter): { answer: NonNullable<ReturnType<typeof parseBenchmarkAnswer>>; fetchedAt: string } | null {
      const row = read.get(filter.instrumentVersion, filter.nace, filter.sizeClass);
      if (!row) return null;
      const answer = parseBenchmarkAnswer(JSON.parse(row.response_json));
      return answer ? { answer, fetchedAt: row.fetched_at } : null;
    },
    put(filter: BenchmarkFilter, json: unknown, fetchedAt: Date) {
      write.run(filter.instrumentVersion, filter.nace, filter.sizeClass, JSON.stringify(json), fetchedAt.toISOString());
    },
  };
}

export type BenchmarkCache = ReturnType<typeof createBenchmarkCache>;
