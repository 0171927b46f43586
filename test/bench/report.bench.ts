/**
 * Benchmark (issue 4): Word report for a 40-initiative roadmap with both charts, generated
 * 20 times; median time and document size. Exported for the bench runner; runnable alone:
 *   npx tsx test/bench/report.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { generateReport } from '@main/report';
import type { Locale } from '@shared/locale';
import { REPORT_STEPS, type ReportStep } from '@shared/report/report-data';
import { reportFixture } from '../support/report-fixtures';
import type { BenchModule } from './bench-kit';

export interface ReportBenchResult {
  medianMs: number;
  /** Median CPU time of the process per report (all threads): less sensitive to a busy machine than wall time. */
  medianCpuMs: number;
  sizeBytes: number;
  /** Median time of each generation step, for finding what to optimise. */
  stepsMedianMs: Record<ReportStep, number>;
  runs: number;
  initiatives: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchReport(options: { runs?: number; initiatives?: number; locale?: Locale } = {}): Promise<ReportBenchResult> {
  const runs = options.runs ?? 20;
  const initiatives = options.initiatives ?? 40;
  const data = reportFixture(options.locale ?? 'fr', { initiativeCount: initiatives });
  if (data.roadmap.initiatives.length !== initiatives) throw new Error('fixture did not produce the requested roadmap');

  await generateReport(data); // warm-up: module loading, JIT, font scan
  const times: number[] = [];
  const cpu: number[] = [];
  const steps = Object.fromEntries(REPORT_STEPS.map((s) => [s, [] as number[]])) as Record<ReportStep, number[]>;
  let sizeBytes = 0;
  for (let i = 0; i < runs; i++) {
    let last = performance.now();
    let current: ReportStep | null = null;
    const start = last;
    const cpuStart = process.cpuUsage();
    const bytes = await generateReport(data, {
      onProgress: (_done, _total, step) => {
        const now = performance.now();
        if (current) steps[current].push(now - last);
        current = step;
        last = now;
      },
    });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    sizeBytes = bytes.byteLength;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    medianMs: round(median(times)),
    medianCpuMs: round(median(cpu)),
    sizeBytes,
    stepsMedianMs: Object.fromEntries(REPORT_STEPS.map((s) => [s, round(median(steps[s]))])) as Record<ReportStep, number>,
    runs,
    initiatives,
  };
}

/** For the registry (registry.ts): `reportBench` in BENCHES. */
export const reportBench: BenchModule = {
  id: 'report',
  title: 'Word report: 40-initiative roadmap with both charts',
  async run(ctx) {
    const r = await benchReport({ runs: ctx.short ? 3 : 20 });
    ctx.log(`report steps (median ms): ${REPORT_STEPS.map((s) => `${s} ${r.stepsMedianMs[s]}`).join(', ')}`);
    return [
      { bench: 'report', metric: `generateReport, median of ${r.runs}`, value: r.medianMs, unit: 'ms', note: `${r.medianCpuMs} ms CPU per report` },
      { bench: 'report', metric: 'document size', value: Math.round(r.sizeBytes / 1024), unit: 'KB' },
    ];
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchReport();
  console.log(`report: ${r.initiatives} initiatives, both charts, ${r.runs} runs`);
  console.log(`  median ${r.medianMs} ms wall (${r.medianCpuMs} ms CPU), size ${r.sizeBytes} bytes (${(r.sizeBytes / 1024).toFixed(0)} KiB)`);
  console.log(`  steps (median ms): ${REPORT_STEPS.map((s) => `${s} ${r.stepsMedianMs[s]}`).join(', ')}`);
}
