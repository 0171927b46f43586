/**
 * The renderer in Chromium (Playwright), talking to the real services through the bridge, on
 * the seeded dataset — against an empty React page (baseline-page/) measured the same way:
 * - time to first meaningful screen: navigation start → first client row in the DOM
 *   (Performance API time origin; a MutationObserver notes the moment);
 * - search as you type: per keystroke, input event → the list showing that query's results
 *   (the list says which query it shows in data-results-for), and → the next animation frame;
 * - opening a client's page (title shown) — the seeded clients have up to a dozen checks;
 * - a page with charts (a client's progress): its first visit in the session, which waits for
 *   the chart code unless the app loaded it ahead, against the same page's later visits;
 * - memory after browsing: the renderer's JS heap and the main process (services + bridge, in
 *   a child process) after garbage collection, next to the same for the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '@main/services/create-services';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromiumExecutable } from '../support/chromium';
import { median, percentile, round, type BenchContext, type BenchModule } from './bench-kit';
import { TYPED_QUERIES } from './client-search.bench';

interface Server {
  url: string;
  /** A bridge session, set on every browser context that opens this server's page. */
  cookie: { name: string; value: string };
  memory: () => Promise<{ rss: number; heapUsed: number }>;
  stop: () => Promise<void>;
}

async function startServer(dataDir: string, staticDir: string): Promise<Server> {
  const proc: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', resolve('test/bench/bench-server.ts'), dataDir, staticDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () =>
    new Promise<string>((ok, fail) => {
      waiting.push(ok);
      proc.once('exit', (code) => fail(new Error(`bench server exited (${code})`)));
    });
  const { url, cookie } = JSON.parse(await next()) as Pick<Server, 'url' | 'cookie'>;
  return {
    url,
    cookie,
    memory: async () => {
      const answer = next();
      proc.stdin!.write('mem\n');
      return JSON.parse(await answer);
    },
    stop: () =>
      new Promise<void>((done) => {
        proc.once('exit', () => done());
        proc.stdin!.end();
      }),
  };
}

async function buildBaseline(outDir: string): Promise<void> {
  await build({
    root: resolve('test/bench/baseline-page'),
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  });
}

/** Notes when the first element matching the selector appears, in Performance API time. */
function markFirst(selector: string) {
  return `(() => {
    const marks = (window.__laifMarks = {});
    const check = () => { if (marks.first === undefined && document.querySelector(${JSON.stringify(selector)})) marks.first = performance.now(); };
    new MutationObserver(check).observe(document, { subtree: true, childList: true });
  })();`;
}

async function firstScreen(browser: Browser, server: Server, path: string, selector: string): Promise<number> {
  const context = await browser.newContext({ locale: 'fr-LU' });
  await context.addCookies([{ ...server.cookie, url: server.url }]);
  const page = await context.newPage();
  await page.addInitScript(markFirst(selector));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { __laifMarks: { first?: number } }).__laifMarks.first !== undefined, null, { timeout: 30_000 });
  const first = await page.evaluate(() => (window as unknown as { __laifMarks: { first: number } }).__laifMarks.first);
  await context.close();
  return first;
}

/**
 * Types each query letter by letter; per keystroke: to the matching results in the DOM, and to
 * the next frame. Kept as plain page-side source: tsx's transform would otherwise wrap inner
 * functions with a helper that does not exist in the page.
 */
const TYPE_IN_PAGE = `async (qs) => {
  const input = document.querySelector('[data-testid="client-search"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const shown = () => document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
  const until = (value) => new Promise((done) => {
    if (shown() === value) return done();
    const observer = new MutationObserver(() => {
      if (shown() === value) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'] });
  });
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const type = (value) => { setValue.call(input, value); input.dispatchEvent(new Event('input', { bubbles: true })); };
  const samples = [];
  for (const q of qs) {
    type('');
    await until('');
    await frame();
    for (let i = 1; i <= q.length; i++) {
      const value = q.slice(0, i);
      const t0 = performance.now();
      type(value);
      await until(value);
      const t1 = performance.now();
      await frame();
      samples.push({ commit: t1 - t0, frame: performance.now() - t0 });
    }
  }
  return samples;
}`;

/** Page-side: sets the hash, resolves with the ms until `count` elements match the selector. */
const NAVIGATE_IN_PAGE = `(hash, selector, count) => new Promise((done) => {
  const t0 = performance.now();
  const ready = () => document.querySelectorAll(selector).length >= count;
  const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); done(performance.now() - t0); } });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  window.location.hash = hash;
})`;

async function timeNavigation(page: Page, hash: string, selector: string, count: number): Promise<number> {
  return page.evaluate(`(${NAVIGATE_IN_PAGE})(${JSON.stringify(hash)}, ${JSON.stringify(selector)}, ${count})`);
}

async function typeQueries(page: Page, queries: string[]): Promise<{ commit: number; frame: number }[]> {
  return page.evaluate(`(${TYPE_IN_PAGE})(${JSON.stringify(queries)})`);
}

async function jsHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}

const MB = 2 ** 20;

export const rendererBench: BenchModule = {
  id: 'renderer',
  title: 'Renderer in Chromium through the bridge',
  needs: ['renderer'],
  async run(ctx: BenchContext) {
    const runs = ctx.short ? 1 : 11;
    const rounds = ctx.short ? 1 : 3;
    const baselineOut = ctx.tempDir('laif-bench-baseline-');
    await buildBaseline(baselineOut);
    const appDir = ctx.seededCopy();
    // The clients with the most maturity checks (the seed gives some a dozen), for the client-page figures.
    const busiest = (() => {
      const db = new Database(join(appDir, DATABASE_FILE), { readonly: true });
      const rows = db
        .prepare("SELECT client_id AS id, count(*) AS checks, sum(status = 'finalised') AS finalised FROM assessments GROUP BY client_id ORDER BY checks DESC, client_id LIMIT ?")
        .all(ctx.short ? 2 : 6) as { id: string; checks: number; finalised: number }[];
      db.close();
      return rows;
    })();
    const app = await startServer(appDir, ctx.rendererDir);
    const empty = await startServer(ctx.tempDir('laif-bench-empty-'), baselineOut);
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      ctx.log('first meaningful screen…');
      // App and baseline in turns, so a busy moment of the machine weighs on both alike.
      const appFirst: number[] = [];
      const baseFirst: number[] = [];
      for (let i = 0; i < runs; i++) {
        appFirst.push(await firstScreen(browser, app, '/#/clients', '[data-testid="client-link"]'));
        baseFirst.push(await firstScreen(browser, empty, '/', '[data-first-screen]'));
      }

      ctx.log('typing…');
      const context = await browser.newContext({ locale: 'fr-LU', viewport: { width: 1366, height: 860 } });
      await context.addCookies([app, empty].map((server) => ({ ...server.cookie, url: server.url })));
      const page = await context.newPage();
      await page.goto(`${app.url}/#/clients`);
      await page.locator('[data-testid="client-link"]').first().waitFor();
      const measureTyping = async (p: Page) => {
        if (!ctx.short) await typeQueries(p, TYPED_QUERIES); // warm-up round, not counted
        const samples: { commit: number; frame: number }[] = [];
        for (let r = 0; r < rounds; r++) samples.push(...(await typeQueries(p, TYPED_QUERIES)));
        return samples;
      };
      const appTyping = await measureTyping(page);
      const basePage = await context.newPage();
      await basePage.goto(`${empty.url}/`);
      await basePage.locator('[data-first-screen]').waitFor();
      const baseTyping = await measureTyping(basePage);

      ctx.log('browsing client pages…');
      await page.evaluate(() => (window.location.hash = '#/clients'));
      await page.locator('[data-testid="client-search"]').fill('');
      await page.locator('[data-testid="client-link"]').first().waitFor();
      const ids = (await page.evaluate(
        `[...document.querySelectorAll('[data-testid="client-link"]')].slice(0, 20).map((a) => a.getAttribute('href').split('/').pop())`,
      )) as string[];
      const opens: number[] = [];
      for (const id of ids) {
        const t0 = Date.now();
        await page.evaluate((clientId) => (window.location.hash = `#/clients/${clientId}`), id);
        await page.locator('[data-testid="client-title"]').waitFor();
        opens.push(Date.now() - t0);
        await page.evaluate(() => (window.location.hash = '#/clients'));
        await page.locator('[data-testid="client-link"]').first().waitFor();
      }
      ctx.log('clients with the most checks, and their progress charts…');
      const clientPages: number[] = [];
      const chartPages: number[] = [];
      for (const c of busiest) {
        await page.evaluate(() => (window.location.hash = '#/clients'));
        await page.locator('[data-testid="client-link"]').first().waitFor();
        clientPages.push(await timeNavigation(page, `#/clients/${c.id}`, '[data-testid="check-row"]', c.checks));
        // Both charts drawn (recharts' SVG surfaces); the first visit also loads the charts chunk.
        chartPages.push(await timeNavigation(page, `#/clients/${c.id}/progress`, '.recharts-surface', 2));
      }
      await page.evaluate(() => (window.location.hash = '#/clients'));
      await page.locator('[data-testid="client-link"]').first().waitFor();
      await page.mouse.wheel(0, 20_000);
      const rendererHeap = await jsHeapMb(page);
      const baseHeap = await jsHeapMb(basePage);
      const mainMem = await app.memory();
      const baseMem = await empty.memory();
      await context.close();

      const p95 = (xs: number[]) => round(percentile(xs, 0.95), 1);
      return [
        {
          bench: 'renderer',
          metric: `first meaningful screen, ${ctx.seededCounts.clients} clients (median of ${runs}, in turns with the baseline)`,
          value: round(median(appFirst), 0),
          unit: 'ms',
          baseline: { label: 'empty React page', value: round(median(baseFirst), 0) },
          budget: 1000,
        },
        {
          bench: 'renderer',
          metric: `keystroke → results on screen (next frame), p95 of ${appTyping.length}`,
          value: p95(appTyping.map((s) => s.frame)),
          unit: 'ms',
          baseline: { label: 'empty React page', value: p95(baseTyping.map((s) => s.frame)) },
          budget: 50,
        },
        {
          bench: 'renderer',
          metric: 'keystroke → results in the DOM, p95',
          value: p95(appTyping.map((s) => s.commit)),
          unit: 'ms',
          baseline: { label: 'empty React page', value: p95(baseTyping.map((s) => s.commit)) },
        },
        { bench: 'renderer', metric: `open a client page (title shown), median of ${opens.length}`, value: round(median(opens), 0), unit: 'ms' },
        {
          bench: 'renderer',
          metric: `open a client with ${busiest.map((c) => c.checks).join('/')} checks: all check rows shown, median`,
          value: round(median(clientPages), 0),
          unit: 'ms',
        },
        {
          bench: 'renderer',
          metric: 'chart page first visit: progress page, both charts drawn',
          value: round(chartPages[0] ?? Number.NaN, 0),
          unit: 'ms',
          baseline: { label: `same page once visited, median of ${Math.max(0, chartPages.length - 1)}`, value: round(median(chartPages.slice(1)), 0) },
          budget: 300,
        },
        {
          bench: 'renderer',
          metric: 'its progress page with both charts drawn, median',
          value: round(median(chartPages), 0),
          unit: 'ms',
        },
        {
          bench: 'memory',
          metric: `renderer JS heap after browsing ${ids.length} clients`,
          value: round(rendererHeap, 1),
          unit: 'MB',
          baseline: { label: 'empty React page', value: round(baseHeap, 1) },
        },
        {
          bench: 'memory',
          metric: 'main process (services + bridge) RSS after browsing',
          value: round(mainMem.rss / MB, 1),
          unit: 'MB',
          baseline: { label: 'services on an empty folder', value: round(baseMem.rss / MB, 1) },
        },
        {
          bench: 'memory',
          metric: 'main process JS heap after browsing',
          value: round(mainMem.heapUsed / MB, 1),
          unit: 'MB',
          baseline: { label: 'services on an empty folder', value: round(baseMem.heapUsed / MB, 1) },
        },
      ];
    } finally {
      await browser.close();
      await app.stop();
      await empty.stop();
    }
  },
};
