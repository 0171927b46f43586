// @vitest-environment jsdom
/**
 * Portal answers you can't miss, in a DOM with the preload API replaced by a double: the count
 * on the navigation's "Sync" tab (portal decisions + records the portal would not take), the
 * client page's list of that client's decisions with the reviewer's message, and an approval of
 * an earlier revision kept in sight on the GPU panel after a later revision is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom as render } from '../support/render-dom';
import type { PortalDecision, PortalDecisions } from '@shared/contract/sync';

const decision = (patch: Partial<PortalDecision>): PortalDecision => ({
  kind: 'compute_request',
  recordId: crypto.randomUUID(),
  revision: 1,
  latestRevision: 1,
  clientId: 'client-a',
  clientName: 'Boulangerie Muller',
  title: 'Assistant SAV',
  status: 'needs_information',
  allocation: null,
  message: null,
  at: '2026-03-05T08:00:00Z',
  ...patch,
});

const approvedId = crypto.randomUUID();
let decisions: PortalDecisions = { attention: [], approved: [] };
let attentionCount = 0;

beforeAll(async () => {
  enableActEnvironment();
  window.api = {
    onEvent: () => () => {},
    'sync.status': async () => ({ ok: true, value: { running: false, progress: null, counts: { waiting: 0, sending: 0, delivered: 3, attention: attentionCount } } }),
    'sync.decisions': async () => ({ ok: true, value: decisions }),
  } as never;
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('en');
});
afterAll(() => {
  delete window.api;
});

async function refreshed() {
  const { refreshSyncStatus } = await import('@renderer/lib/sync-store');
  await act(async () => {
    await refreshSyncStatus();
  });
}

describe('portal decisions in the UI', () => {
  it('counts what needs the advisor on the navigation tab, and shows nothing when all is done', async () => {
    const { SyncNavBadge } = await import('@renderer/features/sync/PortalDecisions');
    const { host, root } = await render(<SyncNavBadge />);
    await refreshed();
    expect(host.querySelector('[data-testid="nav-sync-badge"]')).toBeNull();

    decisions = { attention: [decision({}), decision({ status: 'rejected', clientId: 'client-b' })], approved: [] };
    attentionCount = 1;
    await refreshed();
    const badge = host.querySelector<HTMLElement>('[data-testid="nav-sync-badge"]')!;
    expect(badge.dataset.count).toBe('3');
    expect(badge.textContent).toContain('3');
    expect(badge.querySelector('.visually-hidden')!.textContent).toBe('3 portal answers or records need you');

    decisions = { attention: [], approved: [] };
    attentionCount = 0;
    await refreshed();
    expect(host.querySelector('[data-testid="nav-sync-badge"]')).toBeNull();
    act(() => root.unmount());
  });

  it('lists on a client’s page only that client’s decisions, with the status word, the message and a link', async () => {
    const mine = decision({ message: 'Which data volume?', title: 'Chatbot' });
    decisions = { attention: [mine, decision({ clientId: 'client-b', status: 'rejected' })], approved: [] };
    const { ClientPortalDecisions } = await import('@renderer/features/sync/PortalDecisions');
    const { host, root } = await render(<ClientPortalDecisions clientId="client-a" />);
    await refreshed();
    const items = host.querySelectorAll<HTMLElement>('[data-testid="portal-decision"]');
    expect(items).toHaveLength(1);
    expect(items[0].dataset.status).toBe('needs_information');
    expect(items[0].textContent).toContain('Information requested');
    expect(items[0].textContent).toContain('Which data volume?');
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe(`#/gpu/requests/${mine.recordId}`);

    const { host: other, root: otherRoot } = await render(<ClientPortalDecisions clientId="client-c" />);
    expect(other.querySelector('[data-testid="client-decisions"]')).toBeNull();
    act(() => root.unmount());
    act(() => otherRoot.unmount());
  });

  it('keeps an earlier approval visible when a later revision is the one shown', async () => {
    decisions = {
      attention: [],
      approved: [decision({ recordId: approvedId, status: 'approved', revision: 1, latestRevision: 2, allocation: { gpuHours: 2000, system: 'MeluXina', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' } })],
    };
    await refreshed();
    const { EarlierApproval } = await import('@renderer/features/gpu/GpuClientPanel');
    const { host, root } = await render(<EarlierApproval requestId={approvedId} shownRevision={2} />);
    const line = host.querySelector<HTMLElement>('[data-testid="earlier-approval"]')!;
    expect(line.dataset.revision).toBe('1');
    expect(line.textContent).toMatch(/^Approved for revision 1, still valid: 2,000 GPU-hours on MeluXina/);
    // The approved revision itself is the one shown: its own status line says it, no repetition.
    const { host: same, root: sameRoot } = await render(<EarlierApproval requestId={approvedId} shownRevision={1} />);
    expect(same.querySelector('[data-testid="earlier-approval"]')).toBeNull();
    act(() => root.unmount());
    act(() => sameRoot.unmount());
  });
});
