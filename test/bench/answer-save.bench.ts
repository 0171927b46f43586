/**
 * Benchmark: latency of saving one answer of a maturity check through the service (contract
 * validation in `dispatch`, the draft check, `validateAnswer`, one transaction with the upsert)
 * against a bare better-sqlite3 upsert on a table of the same shape, with the same pragmas
 * (WAL, synchronous=FULL …), in the same run. The two are interleaved save by save so disk and
 * CPU noise (other processes) hit both alike. Aim: service p95 ≤ 1.5 × bare p95.
 *
 * Alone: `npx tsx test/bench/answer-save.bench.ts [saves]`; from the suite: `runAnswerSaveBench()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createServices } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { applyPragmas } from '@main/db/open-database';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { devSecretStore } from '../support/secret-stores';

export interface LatencyStats {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface AnswerSaveBenchResult {
  name: 'answer-save';
  saves: number;
  service: LatencyStats;
  bare: LatencyStats;
  /** service ÷ bare at each percentile. */
  ratio: { p50: number; p95: number; p99: number };
  /** p95 ratio ≤ 1.5. */
  withinAim: boolean;
}

function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), meanMs: samples.reduce((s, x) => s + x, 0) / samples.length };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export async function runAnswerSaveBench(options: { saves?: number; warmup?: number } = {}): Promise<AnswerSaveBenchResult> {
  const saves = options.saves ?? 10_000;
  const warmup = options.warmup ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'laif-bench-answers-'));
  const services = await createServices({ dataDir: join(dir, 'app'), appVersion: 'bench', secrets: devSecretStore(join(dir, 'app')) });
  const bare = new Database(join(dir, 'bare.sqlite'));
  try {
    applyPragmas(bare);
    bare.exec(`CREATE TABLE answers (
      assessment_id TEXT NOT NULL, client_id TEXT NOT NULL, item_id TEXT NOT NULL, level INTEGER, checked_json TEXT,
      not_applicable INTEGER NOT NULL DEFAULT 0, unknown INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
      PRIMARY KEY (assessment_id, item_id)) STRICT, WITHOUT ROWID`);
    const bareUpsert = bare.prepare(
      `INSERT INTO answers (assessment_id, client_id, item_id, level, checked_json, not_applicable, unknown, updated_at)
       VALUES (?, ?, ?, ?, NULL, 0, 0, ?)
       ON CONFLICT (assessment_id, item_id) DO UPDATE SET level = excluded.level, updated_at = excluded.updated_at`,
    );

    const call = async (name: string, input: unknown) => {
      const r = await dispatch(services.handlers, name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as { id: string };
    };
    const client = await call('clients.create', { name: 'Bench Sàrl', reportLocale: 'fr' });
    const check = await call('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'fr' });
    const items = getInstrument(CURRENT_INSTRUMENT_VERSION).items.filter((i) => i.format.kind === 'scale').map((i) => i.id);

    const serviceMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = -warmup; i < saves; i++) {
      const itemId = items[(i + warmup) % items.length];
      const level = (i + warmup) % 6;
      let t = process.hrtime.bigint();
      await dispatch(services.handlers, 'assessments.saveAnswer', { id: check.id, itemId, level });
      const s = Number(process.hrtime.bigint() - t) / 1e6;
      t = process.hrtime.bigint();
      bareUpsert.run(check.id, client.id, itemId, level, new Date().toISOString());
      const b = Number(process.hrtime.bigint() - t) / 1e6;
      if (i >= 0) {
        serviceMs.push(s);
        bareMs.push(b);
      }
    }
    const service = stats(serviceMs);
    const bareStats = stats(bareMs);
    const ratio = {
      p50: round3(service.p50Ms / bareStats.p50Ms),
      p95: round3(service.p95Ms / bareStats.p95Ms),
      p99: round3(service.p99Ms / bareStats.p99Ms),
    };
    return { name: 'answer-save', saves, service, bare: bareStats, ratio, withinAim: ratio.p95 <= 1.5 };
  } finally {
    bare.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatAnswerSaveBench(r: AnswerSaveBenchResult): string {
  const row = (label: string, s: LatencyStats) =>
    `${label.padEnd(28)} p50 ${s.p50Ms.toFixed(3)} ms   p95 ${s.p95Ms.toFixed(3)} ms   p99 ${s.p99Ms.toFixed(3)} ms   mean ${s.meanMs.toFixed(3)} ms`;
  return [
    `Answer save latency over ${r.saves} saves (WAL, synchronous=FULL)`,
    row('service (dispatch → upsert)', r.service),
    row('bare better-sqlite3 upsert', r.bare),
    `ratio service/bare: p50 ${r.ratio.p50}×  p95 ${r.ratio.p95}×  p99 ${r.ratio.p99}×  (aim p95 ≤ 1.5×: ${r.withinAim ? 'met' : 'NOT met'})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const saves = Number(process.argv[2] ?? 10_000);
  runAnswerSaveBench({ saves }).then(
    (r) => {
      console.log(formatAnswerSaveBench(r));
      process.exit(0); // the sync scheduler's timer would keep the process alive
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
