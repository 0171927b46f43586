/**
 * What every benchmark module shares: its shape (so `run.ts` can print one table), timing and
 * percentile helpers, and the seeded data folder they measure on.
 *
 * A module exports a `BenchModule`; the registry (registry.ts) lists them. Each row is one
 * figure, next to a baseline measured in the same run where one exists (the ratio is what
 * travels between machines) and a budget where the project has one.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFolder } from './seed';

export interface BenchRow {
  /** Module id, e.g. 'startup'. */
  bench: string;
  metric: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'count' | '×';
  baseline?: { label: string; value: number };
  /** The figure must stay at or below this. */
  budget?: number;
  note?: string;
}

export interface BenchContext {
  /** CI mode: small data, few iterations; figures are not meaningful, only that it runs. */
  short: boolean;
  /** A fresh copy of the seeded data folder (the template is seeded once per run). */
  seededCopy: () => string;
  seededCounts: { clients: number; checks: number };
  /**
   * A private copy of the built renderer (out/renderer), taken right after the build so a
   * concurrent build in the same checkout cannot pull files from under a running benchmark.
   */
  rendererDir: string;
  /** A temporary folder removed at the end of the run. */
  tempDir: (prefix?: string) => string;
  log: (message: string) => void;
}

export interface BenchModule {
  id: string;
  title: string;
  /** 'renderer': needs the built renderer (out/renderer) and Chromium. */
  needs?: ('renderer')[];
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
}

export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples: number[]) => percentile(samples, 0.5);
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function timeMs<T>(fn: () => T): { ms: number; value: T } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

export async function timeMsAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

/** Creates the per-run context: seeds one template folder, hands out copies. */
export async function createBenchContext(options: { short: boolean; log: (m: string) => void; rendererOut: string }): Promise<BenchContext & { dispose: () => void }> {
  const temps: string[] = [];
  const tempDir = (prefix = 'laif-bench-') => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    temps.push(d);
    return d;
  };
  const counts = options.short ? { clients: 120, checks: 300 } : { clients: 1000, checks: 5000 };
  const rendererDir = tempDir('laif-bench-renderer-');
  if (existsSync(join(options.rendererOut, 'index.html'))) cpSync(options.rendererOut, rendererDir, { recursive: true });
  const template = tempDir('laif-bench-seed-');
  options.log(`seeding ${counts.clients} clients and ${counts.checks} checks…`);
  const seeded = await seedFolder({ ...counts, data: template, seed: 20260302, force: false });
  options.log(`seeded in ${seeded.ms} ms`);
  return {
    short: options.short,
    seededCounts: counts,
    rendererDir,
    tempDir,
    log: options.log,
    seededCopy: () => {
      const copy = tempDir('laif-bench-data-');
      cpSync(template, copy, { recursive: true });
      return copy;
    },
    dispose: () => temps.forEach((d) => existsSync(d) && rmSync(d, { recursive: true, force: true })),
  };
}
