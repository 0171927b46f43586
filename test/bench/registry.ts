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

export const BENCHES: BenchModule[] = [
  startupBench,
  clientSearchBench,
  bundleSizeBench,
  rendererBench,
  answerSaveBench,
  // (report generation bench)
  // (sync drain bench)
];
