// @vitest-environment jsdom
/**
 * The peer benchmark panel in a DOM with the preload API replaced by a double: the filter it
 * asks for, the comparison with count and date from 10 peers, only the count below, the reason
 * when NACE or size class is missing (nothing asked then), and a hint to pair when never fetched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { BenchmarkView } from '@shared/contract/sync';
import type { Client } from '@shared/contract/clients';
import type { ResultsView } from '@shared/contract/assessments';

const calls: { name: string; input: Record<string, unknown> }[] = [];
let answer: BenchmarkView;
let paired = true;
let failNext = false;

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.api = {
    onEvent: () => () => {},
    'sync.status': async () => ({ ok: true, value: { paired, running: false, progress: null } }),
    'sync.benchmarks.get': async (input: Record<string, unknown>) => {
      calls.push({ name: 'sync.benchmarks.get', input });
      if (failNext) {
        failNext = false;
        return { ok: false, error: { code: 'transport_failed', message: 'server text', details: {} } };
      }
      return { ok: true, value: answer };
    },
  } as never;
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('en');
});
afterAll(() => {
  delete window.api;
});
beforeEach(() => {
  calls.length = 0;
});

const stats = (median: number) => ({ mean: median + 0.4, median, p25: median - 8, p75: median + 9.5 });

function benchmark(patch: Partial<BenchmarkView> = {}): BenchmarkView {
  return {
    state: 'ok',
    instrumentVersion: '2026.1',
    filter: { nace: 'C10', sizeClass: 'small' },
    count: 14,
    overall: stats(41.2),
    dimensions: [
      { id: 'strategy', ...stats(45) },
      { id: 'data', ...stats(33) },
    ],
    computedAt: '2026-03-02T09:41:00.000Z',
    fetchedAt: '2026-03-02T10:00:00.000Z',
    fromCache: false,
    ...patch,
  };
}

const baseClient = {
  id: '0195a3c4-8f1e-7c2a-9b3d-1e2f3a4b5c6d',
  name: 'Boulangerie Muller Sàrl',
  naceCode: 'C10.71',
  headcount: 23,
  turnoverCents: 410_000_000,
  balanceSheetCents: 180_000_000,
  related: [],
} as unknown as Client;

const results = {
  assessment: { id: 'a1', instrumentVersion: '2026.1' },
  result: {
    overall: 47.3,
    dimensions: [
      { id: 'strategy', score: 40 },
      { id: 'data', score: 33 },
    ],
  },
} as unknown as ResultsView;

async function render(client: Client = baseClient): Promise<{ host: HTMLElement; root: Root }> {
  const { PeerBenchmark } = await import('@renderer/features/sync/PeerBenchmark');
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(<PeerBenchmark client={client} view={results} />);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return { host, root };
}

const panel = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-testid="peer-benchmark"]')!;

describe('PeerBenchmark', () => {
  it('compares overall and per dimension with the peer count and date from 10 peers', async () => {
    answer = benchmark();
    const { host, root } = await render();
    expect(calls).toEqual([{ name: 'sync.benchmarks.get', input: { instrumentVersion: '2026.1', nace: 'C10', sizeClass: 'small', refresh: false } }]);
    expect(panel(host).dataset.state).toBe('ok');
    expect(host.querySelector('[data-testid="peer-basis"]')!.textContent).toBe('14 comparable companies (NACE C10 · Small enterprise) · figures of 2 March 2026');
    const rows = [...host.querySelectorAll<HTMLTableRowElement>('[data-testid^="peer-row-"]')];
    expect(rows.map((r) => r.dataset.testid)).toEqual(['peer-row-overall', 'peer-row-strategy', 'peer-row-data']);
    const cells = (r: HTMLTableRowElement) => [...r.cells].map((c) => c.textContent);
    expect(cells(rows[0])).toEqual(['Overall score', '47.3', '41.2', '33.2 – 50.7', '41.6', '', 'above the median']);
    expect(rows[1].dataset.position).toBe('below');
    expect(rows[2].dataset.position).toBe('at');
    expect(host.textContent).toContain('Fetched on 2 March 2026');
    act(() => root.unmount());
  });

  it('under 10 peers: the count and why, and not a single statistic', async () => {
    answer = benchmark({ state: 'too_few', count: 4, overall: null, dimensions: [] });
    const { host, root } = await render();
    expect(panel(host).dataset.state).toBe('too_few');
    expect(panel(host).textContent).toContain('Only 4 companies of the same sector and size (NACE C10 · Small enterprise) have shared');
    expect(panel(host).textContent).toContain('from 10 companies on');
    expect(host.querySelector('table')).toBeNull();
    expect(panel(host).textContent).not.toContain('median');

    act(() => root.unmount());
    answer = benchmark({ state: 'too_few', count: 1, overall: null, dimensions: [] });
    const one = await render();
    expect(panel(one.host).textContent).toContain('Only 1 company of the same sector and size');
    act(() => one.root.unmount());
  });

  it('a portal that sends statistics for 9 peers still gets no comparison', async () => {
    answer = benchmark({ count: 9 });
    const { host, root } = await render();
    expect(panel(host).dataset.state).toBe('too_few');
    expect(host.querySelector('table')).toBeNull();
    act(() => root.unmount());
  });

  it('says which of NACE code and size class is missing, and asks the portal nothing', async () => {
    const { host, root } = await render({ ...baseClient, naceCode: '', headcount: null } as Client);
    expect(calls).toEqual([]);
    expect(panel(host).dataset.state).toBe('missing');
    const items = [...host.querySelectorAll<HTMLLIElement>('[data-testid="peer-missing"] li')];
    expect(items.map((i) => i.dataset.missing)).toEqual(['nace', 'sizeClass']);
    expect(items[0].textContent).toContain('NACE code missing');
    expect(items[1].textContent).toBe('Size class unknown: staff headcount missing');
    expect(host.querySelector('a')!.getAttribute('href')).toBe(`#/clients/${baseClient.id}`);
    act(() => root.unmount());

    const onlyNace = await render({ ...baseClient, naceCode: '' } as Client);
    expect([...onlyNace.host.querySelectorAll<HTMLLIElement>('[data-missing]')].map((i) => i.dataset.missing)).toEqual(['nace']);
    act(() => onlyNace.root.unmount());
  });

  it('a failed load is shown translated with a retry that asks again', async () => {
    answer = benchmark();
    failNext = true;
    const { host, root } = await render();
    expect(panel(host).dataset.state).toBe('error');
    expect(host.querySelector('[data-testid="load-error"]')!.textContent).toContain('The app core did not answer.');
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="load-retry"]')!.click());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(panel(host).dataset.state).toBe('ok');
    expect(calls).toHaveLength(2);
    act(() => root.unmount());
  });

  it('never fetched: points to pairing when this computer is not paired', async () => {
    paired = false;
    const { refreshSyncStatus } = await import('@renderer/lib/sync-store');
    await refreshSyncStatus();
    answer = benchmark({ state: 'unavailable', count: null, overall: null, dimensions: [], computedAt: null, fetchedAt: null, fromCache: true });
    const { host, root } = await render();
    expect(panel(host).dataset.state).toBe('unavailable');
    expect(panel(host).textContent).toContain('not paired with the L-AIF portal');
    expect(host.querySelector('a[href="#/settings"]')).not.toBeNull();
    act(() => root.unmount());

    paired = true;
    await refreshSyncStatus();
    const again = await render();
    expect(panel(again.host).textContent).toContain('The portal could not be reached and no comparison for NACE C10 · Small enterprise is saved');
    act(() => again.root.unmount());
  });
});
