/**
 * Code loaded ahead of its first use. A page with charts waits on first visit for the chart
 * code (recharts, ~430 KB to download and compile: ~0.8 s measured); loading it while the app
 * is idle, after the first screen, makes that visit as quick as the next ones
 * (test/bench/renderer.bench.ts, "chart page first visit").
 */

/** How long the first screen gets for itself (its data, its first paint) before any loading ahead. */
const AFTER_START_MS = 1000;

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 0);

/**
 * Runs each loader (a dynamic import) in its own idle moment, one after the other, so that
 * typing or scrolling never waits behind a compilation. A failure is ignored: the import runs
 * again, with its error shown, when the page is really opened.
 */
export function loadAheadWhenIdle(loaders: readonly (() => Promise<unknown>)[]): void {
  const next = (i: number) => {
    if (i >= loaders.length) return;
    whenIdle(() => {
      loaders[i]()
        .catch(() => undefined)
        .finally(() => next(i + 1));
    });
  };
  setTimeout(() => next(0), AFTER_START_MS);
}
