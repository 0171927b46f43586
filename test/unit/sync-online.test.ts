// @vitest-environment jsdom
/**
 * The window going back online asks the main process to probe the portal and pull its status at
 * once (sync.wake), so a decision made while the laptop was offline shows without waiting for
 * the next probe or pull interval.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

const calls: string[] = [];

beforeAll(() => {
  const answer = (value: unknown) => async () => ({ ok: true, value });
  window.api = {
    onEvent: () => () => {},
    'sync.status': async () => {
      calls.push('sync.status');
      return { ok: true, value: { running: false, progress: null, counts: { attention: 0 } } };
    },
    'sync.decisions': answer({ attention: [], approved: [] }),
    'sync.wake': async () => {
      calls.push('sync.wake');
      return { ok: false, error: { code: 'internal', message: 'x', details: {} } }; // a failure must not throw out of the listener
    },
  } as never;
});
afterAll(() => {
  delete window.api;
});

it('an online event calls sync.wake once per event, and only after the sync events are wired', async () => {
  const { ensureSyncEvents } = await import('@renderer/lib/sync-store');
  window.dispatchEvent(new Event('online'));
  await new Promise((r) => setTimeout(r, 0));
  expect(calls.filter((c) => c === 'sync.wake')).toHaveLength(0);
  ensureSyncEvents();
  ensureSyncEvents(); // idempotent: one listener
  window.dispatchEvent(new Event('offline'));
  window.dispatchEvent(new Event('online'));
  await new Promise((r) => setTimeout(r, 0));
  expect(calls.filter((c) => c === 'sync.wake')).toHaveLength(1);
  window.dispatchEvent(new Event('online'));
  await new Promise((r) => setTimeout(r, 0));
  expect(calls.filter((c) => c === 'sync.wake')).toHaveLength(2);
});
