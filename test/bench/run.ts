/**
 * `npm run bench [-- --short] [--only id,id] [--no-build] [--enforce]`
 *
 * Runs every module of the registry on a freshly seeded dataset, prints one table (each figure
 * with its same-run baseline, the ratio, and its budget) and writes the rows as JSON to
 * bench-results/<time>.json and bench-results/latest.json.
 * --short: small data and few iterations, for CI: checks that the benchmarks still run; the
 *          figures are not meaningful and budgets are not judged.
 * --enforce: exit 1 when a budget is exceeded (full mode only).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBenchContext, round, type BenchRow } from './bench-kit';
import { BENCHES } from './registry';

const argv = process.argv.slice(2);
const short = argv.includes('--short');
const enforce = argv.includes('--enforce') && !short;
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set(argv[onlyArg + 1]?.split(',')) : null;
const selected = BENCHES.filter((b) => !only || only.has(b.id));

interface Judged extends BenchRow {
  ratio: number | null;
  withinBudget: boolean | null;
}

function judge(row: BenchRow): Judged {
  const ratio = row.baseline && row.baseline.value > 0 ? round(row.value / row.baseline.value, 2) : null;
  return { ...row, ratio, withinBudget: row.budget === undefined || short ? null : row.value <= row.budget };
}

function table(rows: Judged[]): string {
  const head = ['bench', 'metric', 'value', 'baseline', 'ratio', 'budget', ''];
  const body = rows.map((r) => [
    r.bench,
    r.metric,
    `${r.value} ${r.unit}`,
    r.baseline ? `${r.baseline.value} ${r.unit} (${r.baseline.label})` : '—',
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.budget === undefined ? '—' : `≤ ${r.budget} ${r.unit}`,
    r.withinBudget === null ? '' : r.withinBudget ? 'ok' : 'OVER',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main() {
  const log = (m: string) => console.log(`[bench] ${m}`);
  if (selected.some((b) => b.needs?.includes('renderer')) && !argv.includes('--no-build')) {
    log('building the renderer (electron-vite build)…');
    execFileSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'ignore' });
  }
  const ctx = await createBenchContext({ short, log, rendererOut: resolve('out/renderer') });
  const rows: Judged[] = [];
  const failures: string[] = [];
  try {
    for (const bench of selected) {
      log(`${bench.id}: ${bench.title}`);
      const started = Date.now();
      try {
        rows.push(...(await bench.run(ctx)).map(judge));
      } catch (error) {
        failures.push(`${bench.id}: ${(error as Error).stack ?? error}`);
      }
      log(`${bench.id} done in ${Date.now() - started} ms`);
    }
  } finally {
    ctx.dispose();
  }
  console.log(`\n${table(rows)}\n`);
  const dir = resolve('bench-results');
  mkdirSync(dir, { recursive: true });
  const result = {
    at: new Date().toISOString(),
    mode: short ? 'short' : 'full',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    dataset: ctx.seededCounts,
    rows,
    failures,
  };
  const file = join(dir, `${result.at.replace(/[:.]/g, '-')}${short ? '-short' : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(join(dir, short ? 'latest-short.json' : 'latest.json'), JSON.stringify(result, null, 2));
  log(`written to ${file}`);
  for (const f of failures) console.error(`[bench] FAILED ${f}`);
  const over = rows.filter((r) => r.withinBudget === false);
  if (over.length > 0) log(`over budget: ${over.map((r) => `${r.bench} / ${r.metric}`).join('; ')}`);
  // Exit explicitly: timers of the services (sync scheduler) must not keep the process alive.
  process.exit(failures.length > 0 || (enforce && over.length > 0) ? 1 : 0);
}

void main();
