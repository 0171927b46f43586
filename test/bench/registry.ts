/**
 * Every benchmark `npm run bench` runs, in this order. A feature adds its module here: export a
 * `BenchModule` (bench-kit.ts) from test/bench/<name>.bench.ts and add one line. A module
 * written before this registry existed can be adapted in place, as answer-save is below.
 */
import type { BenchModule } from './bench-kit';
import { startupBench } from './startup.bench';
import { clientSearchBench } from './client-search.bench';
import { bundleSizeBench } from './bundle-size.bench';
import { rendererBench } from './renderer.bench';
import { runAnswerSaveBench } from './answer-save.bench';
import { reportBench } from './report.bench';
import { runSyncDrainBench } from './sync-drain';
import { runFlakyDrainBench } from './sync-flaky';

const answerSaveBench: BenchModule = {
  id: 'answer-save',
  title: 'Answer save latency (service vs bare upsert)',
  async run(ctx) {
    const r = await runAnswerSaveBench({ saves: ctx.short ? 200 : 5_000, warmup: ctx.short ? 20 : 200 });
    return [
      {
        bench: 'answer-save',
        metric: `saveAnswer through dispatch, p95 of ${r.saves}`,
        value: r.service.p95Ms,
        unit: 'ms',
        baseline: { label: 'bare better-sqlite3 upsert', value: r.bare.p95Ms },
        note: 'aim: ≤ 1.5 × bare',
      },
    ];
  },
};

const syncDrainBench: BenchModule = {
  id: 'sync-drain',
  title: 'Outbox drain into the local reference portal (engine vs bare keep-alive loop)',
  async run(ctx) {
    const r = await runSyncDrainBench({ records: ctx.short ? 50 : 1_000 });
    return [
      {
        bench: 'sync-drain',
        metric: `drain ${r.records} queued records`,
        value: r.engineMs,
        unit: 'ms',
        baseline: { label: 'bare loop of the same HTTP requests', value: r.bareMs },
        note: 'aim: ≤ 1.5 × bare',
      },
    ];
  },
};

const syncFlakyBench: BenchModule = {
  id: 'sync-flaky',
  title: 'Outbox drain into a portal failing 30 % of requests (engine on its scheduler vs a per-item retrier; scaled time)',
  async run(ctx) {
    const r = await runFlakyDrainBench({ records: ctx.short ? 60 : 300 });
    const e = r.engine;
    const note = `seed ${r.seed}, time ×${r.speed}; attempts engine ${e.attempts} / baseline ${r.baseline.attempts}`;
    return [
      {
        bench: 'sync-flaky',
        metric: `drain ${r.records} records under faults (scaled ms)`,
        value: Math.round(e.drainMs),
        unit: 'ms',
        baseline: { label: 'per-item retrier, same faults', value: Math.round(r.baseline.drainMs) },
        budget: Math.round(2 * r.baseline.drainMs),
        note: `aim: ≤ 2 × baseline; ${note}`,
      },
      { bench: 'sync-flaky', metric: 'records stored twice on the portal', value: e.duplicates, unit: 'count', budget: 0 },
      { bench: 'sync-flaky', metric: 'records never delivered', value: e.lost, unit: 'count', budget: 0 },
      {
        bench: 'sync-flaky',
        metric: `approval made mid-drain shown after (scaled ms)`,
        value: Math.round(e.approvalMs ?? Number.POSITIVE_INFINITY),
        unit: 'ms',
        budget: e.pullIntervalMs,
        note: 'aim: within one pull interval',
      },
    ];
  },
};

export const BENCHES: BenchModule[] = [
  startupBench,
  clientSearchBench,
  bundleSizeBench,
  rendererBench,
  answerSaveBench,
  reportBench,
  syncDrainBench,
  syncFlakyBench,
];
