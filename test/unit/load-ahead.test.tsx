// @vitest-environment jsdom
/**
 * Code loaded ahead (lib/load-ahead.ts, lib/load-on-first-use.tsx): the loaders wait for the
 * first screen, then run one at a time in idle moments; a component loaded ahead renders at
 * once, where one loaded on first use suspends (and React holds its reveal back), and the chart
 * components are among what the app loads ahead.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { lazyNamed } from '@renderer/lib/load-on-first-use';
import { loadAheadWhenIdle } from '@renderer/lib/load-ahead';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => vi.useRealTimers());

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** What the page shows right after the render is committed, before any promise settles. */
function firstPaint(node: React.ReactNode): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<Suspense fallback={<p>Loading</p>}>{node}</Suspense>));
  const text = host.textContent ?? '';
  act(() => root.unmount());
  return text;
}

describe('a component loaded on first use', () => {
  it('suspends when its code was not loaded ahead', () => {
    const Later = lazyNamed(async () => Hello);
    expect(firstPaint(<Later name="Esch" />)).toBe('Loading');
  });

  it('renders at once, without suspending, once loaded ahead', async () => {
    const load = vi.fn(async () => Hello);
    const Ahead = lazyNamed(load);
    await Ahead.preload();
    expect(firstPaint(<Ahead name="Esch" />)).toBe('Hello Esch');
    await Ahead.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const Flaky = lazyNamed(load);
    await expect(Flaky.preload()).rejects.toThrow('offline');
    await Flaky.preload();
    expect(firstPaint(<Flaky name="Wiltz" />)).toBe('Hello Wiltz');
  });
});

describe('loading ahead', () => {
  it('waits for the first screen, then runs the loaders one after the other, a failure included', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const loader = (name: string, fail = false) => async () => {
      order.push(`start ${name}`);
      await Promise.resolve();
      order.push(`end ${name}`);
      if (fail) throw new Error(name);
    };
    loadAheadWhenIdle([loader('charts', true), loader('results'), loader('progress')]);
    await vi.advanceTimersByTimeAsync(900);
    expect(order).toEqual([]); // the first screen has the first second to itself
    await vi.advanceTimersByTimeAsync(5000);
    expect(order).toEqual(['start charts', 'end charts', 'start results', 'end results', 'start progress', 'end progress']);
  });

  it('includes the chart components and the pages that show them', async () => {
    window.api = { onEvent: () => () => {} } as never; // the routes' modules expect the preload's API
    const { LOAD_AHEAD } = await import('@renderer/app/routes');
    const { preloadCharts } = await import('@renderer/features/assessment/lazy-charts');
    expect(LOAD_AHEAD).toContain(preloadCharts);
    expect(LOAD_AHEAD.length).toBeGreaterThanOrEqual(4);
  });

  it('draws the charts once out of sight and leaves nothing behind', async () => {
    const { initI18n } = await import('@renderer/lib/i18n');
    await initI18n('fr');
    const { warmUpCharts } = await import('@renderer/features/assessment/warm-up-charts');
    const before = document.body.innerHTML;
    const added: HTMLElement[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...([...r.addedNodes] as HTMLElement[]))));
    observer.observe(document.body, { childList: true });
    await act(() => warmUpCharts());
    observer.disconnect();
    expect(added).toHaveLength(1);
    expect(added[0].getAttribute('aria-hidden')).toBe('true');
    expect(added[0].style.visibility).toBe('hidden');
    expect(document.body.innerHTML).toBe(before);
  });
});
