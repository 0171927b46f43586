// @vitest-environment jsdom
/**
 * A failed load is shown, translated, with a retry (lib/use-load.ts + components/ErrorText.tsx:
 * LoadError), never swallowed: the roadmap's revision list and the funding panel against a
 * preload double whose answers the test scripts; and a slow answer for a record no longer shown
 * never overwrites the newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom as render } from '../support/render-dom';
import type { ErrorCode, Result } from '@shared/errors';

type Answer = () => Promise<Result<unknown>>;
const answers = new Map<string, Answer[]>();
const calls: string[] = [];
/** The next answers of a method, in order; the last one repeats. */
const script = (method: string, ...next: Answer[]) => answers.set(method, next);
const ok = (value: unknown): Answer => async () => ({ ok: true, value });
const fail = (code: ErrorCode): Answer => async () => ({ ok: false, error: { code, message: 'server text, never shown', details: {} } });

beforeAll(async () => {
  enableActEnvironment();
  window.api = new Proxy({ onEvent: () => () => {} } as Record<string, unknown>, {
    get(target, name: string) {
      if (name in target) return target[name];
      return () => {
        calls.push(name);
        const queue = answers.get(name) ?? [fail('not_found')];
        const next = queue.length > 1 ? queue.shift()! : queue[0];
        return next();
      };
    },
  }) as never;
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('en');
});
afterAll(() => {
  delete window.api;
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const revision = { revision: 1, status: 'draft', outboxId: null, signOff: null, initiativeCount: 4, totalCostCents: 150_000 };

describe('a failed load', () => {
  it('shows the translated message (not the server text) and a retry that loads again', async () => {
    script('roadmaps.revisions', fail('not_found'), ok([revision]));
    const { RevisionList } = await import('@renderer/features/roadmap/RevisionList');
    const view = { id: 'r-1', revision: 1, latestRevision: 1, status: 'draft' } as never;
    const { host, root } = await render(<RevisionList view={view} />);
    await settle();
    const alert = host.querySelector('[data-testid="load-error"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('This record no longer exists (it may have been erased).');
    expect(alert.textContent).not.toContain('server text');
    const retry = host.querySelector<HTMLButtonElement>('[data-testid="load-retry"]')!;
    expect(retry.textContent).toBe('Try again');

    await act(async () => retry.click());
    await settle();
    expect(host.querySelector('[data-testid="load-error"]')).toBeNull();
    expect(host.querySelectorAll('[data-testid="revision-row"]')).toHaveLength(1);
    expect(calls.filter((c) => c === 'roadmaps.revisions')).toHaveLength(2);
    act(() => root.unmount());
  });

  it('uses the feature’s wording where it has one, in the UI language, and a transport failure reads as one', async () => {
    const { setLanguage } = await import('@renderer/lib/i18n');
    const { default: i18n } = await import('i18next');
    script('funding.listScenarios', fail('transport_failed'));
    const { FundingPanel } = await import('@renderer/features/funding/FundingPanel');
    await act(async () => setLanguage('fr'));
    const { host, root } = await render(<FundingPanel client={{ id: 'c-1' } as never} onClientChange={() => {}} />);
    await settle();
    expect(host.querySelector('[data-testid="load-error"]')!.textContent).toContain('Le cœur de l’application n’a pas répondu.');
    expect(host.querySelector('[data-testid="load-retry"]')!.textContent).toBe('Réessayer');

    script('funding.listScenarios', ok([]));
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="load-retry"]')!.click());
    await settle();
    expect(host.querySelector('[data-testid="load-error"]')).toBeNull();
    expect(host.textContent).toContain(i18n.t('funding:panel.empty'));
    act(() => root.unmount());
    await act(async () => setLanguage('en'));
  });
});

describe('the client list', () => {
  it('shows a failed list with a retry, and the list once it loads', async () => {
    script('clients.list', fail('transport_failed'), ok([]));
    const { ClientListPage } = await import('@renderer/features/clients/ClientListPage');
    const { host, root } = await render(<ClientListPage />);
    await settle();
    expect(host.querySelector('[data-testid="load-error"]')!.textContent).toContain('The app core did not answer.');
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="load-retry"]')!.click());
    await settle();
    expect(host.querySelector('[data-testid="load-error"]')).toBeNull();
    expect(host.querySelector('.empty')!.textContent).toBeTruthy();
    act(() => root.unmount());
  });
});

describe('useLoad', () => {
  it('drops an answer that arrives after the inputs changed', async () => {
    const { useLoad } = await import('@renderer/lib/use-load');
    const pending = new Map<string, (v: string) => void>();
    function Shows({ id }: { id: string }) {
      const { data } = useLoad(() => new Promise<string>((resolve) => pending.set(id, resolve)), [id]);
      return <span>{data ?? 'none'}</span>;
    }
    const { host, root } = await render(<Shows id="a" />);
    await act(async () => root.render(<Shows id="b" />));
    await act(async () => pending.get('b')!('record b'));
    await act(async () => pending.get('a')!('record a'));
    expect(host.textContent).toBe('record b');
    act(() => root.unmount());
  });
});
