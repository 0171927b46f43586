// @vitest-environment jsdom
/**
 * SyncBadge in a DOM with the preload API replaced by a double: one batched `sync.records` call
 * for many badges, the state and portal reference shown, nothing for a record never queued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom } from '../support/render-dom';
import type { RecordSyncInfo } from '@shared/contract/sync';

const calls: { name: string; input: unknown }[] = [];
const infos: Record<string, RecordSyncInfo> = {};

beforeAll(() => {
  enableActEnvironment();
  const api: Record<string, unknown> = {
    onEvent: () => () => {},
    'sync.status': async () => ({ ok: true, value: { running: false, progress: null } }),
    'sync.records': async (input: { items: { recordId: string }[] }) => {
      calls.push({ name: 'sync.records', input });
      return { ok: true, value: input.items.map((i) => infos[i.recordId]) };
    },
  };
  window.api = api as never;
});
afterAll(() => {
  delete window.api;
});

const info = (recordId: string, patch: Partial<RecordSyncInfo>): RecordSyncInfo => ({
  kind: 'compute_request',
  recordId,
  revision: 1,
  state: 'pending',
  portalRef: null,
  deliveredAt: null,
  lastError: null,
  portalStatus: null,
  ...patch,
});

describe('SyncBadge', () => {
  it('shows each record’s state with one request for all badges, and nothing when never queued', async () => {
    infos.a = info('a', { state: 'delivered', portalRef: 'LAIF-2026-000123', portalStatus: { status: 'approved', allocation: { gpuHours: 2000, system: 'MeluXina-AI', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' }, message: null, at: 't' } });
    infos.b = info('b', { state: 'rejected', lastError: { code: 'too_large', message: '', httpStatus: 413, fields: [], currentRevision: null } });
    infos.c = info('c', { state: 'not_queued' });
    const { initI18n } = await import('@renderer/lib/i18n');
    await initI18n('en'); // the texts load before react-i18next is bound (lib/i18n.ts)
    const { SyncBadge } = await import('@renderer/components/SyncBadge');
    const { host, root } = await renderInDom(
      <>
        <SyncBadge kind="compute_request" recordId="a" />
        <SyncBadge kind="compute_request" recordId="b" />
        <SyncBadge kind="compute_request" recordId="c" />
      </>,
    );
    // The batched look-up goes out on the next macrotask; let it answer inside act.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(host.querySelectorAll('[data-testid="sync-badge"]')).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect((calls[0].input as { items: unknown[] }).items).toHaveLength(3);
    const [delivered, rejected] = [...host.querySelectorAll<HTMLAnchorElement>('[data-testid="sync-badge"]')];
    expect(delivered.dataset.state).toBe('delivered');
    expect(delivered.textContent).toBe('LAIF-2026-000123 · Approved: 2,000 GPU-hours on MeluXina-AI, 1 April 2026 – 30 June 2026');
    expect(delivered.getAttribute('href')).toBe('#/sync');
    expect(rejected.textContent).toBe('Not accepted by the portal');
    expect(rejected.getAttribute('aria-label')).toContain('too large for the portal');
    act(() => root.unmount());
  });
});
