// @vitest-environment jsdom
/**
 * Start-up asks for what the first screen waits for before the app's code has been evaluated
 * (renderer/src/early.ts → app/first-requests.ts): the settings once, the client list only when
 * the list is the screen opening, and main.tsx takes the same settings request instead of a second.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn();
vi.mock('@renderer/lib/api', () => ({ call: (...args: unknown[]) => call(...args) }));
const prefetched: string[] = [];
vi.mock('@renderer/lib/language-files', () => ({ prefetchLanguage: (l: string) => prefetched.push(l) }));

beforeEach(() => {
  vi.resetModules();
  call.mockReset().mockResolvedValue({ locale: null });
  prefetched.length = 0;
});

describe('the first requests', () => {
  it('on the client list: settings, the first list and the likely texts, each once', async () => {
    window.location.hash = '#/clients';
    const first = await import('@renderer/app/first-requests');
    first.askFirstRequests();
    first.askFirstRequests();
    expect(call.mock.calls.map((c) => c[0])).toEqual(['settings.get', 'clients.list']);
    expect(prefetched).toHaveLength(1);
    await expect(first.settingsAtStart()).resolves.toEqual({ locale: null });
    expect(call).toHaveBeenCalledTimes(2); // main.tsx took the early answer
  });

  it('on another screen: no client list', async () => {
    window.location.hash = '#/sync';
    const first = await import('@renderer/app/first-requests');
    await first.settingsAtStart(); // early.ts did not run: asked now
    expect(call.mock.calls.map((c) => c[0])).toEqual(['settings.get']);
  });

  it('a failed settings request reaches main.tsx, which opens the window all the same', async () => {
    call.mockRejectedValue(new Error('transport failed'));
    const first = await import('@renderer/app/first-requests');
    first.askFirstRequests();
    await expect(first.settingsAtStart()).rejects.toThrow('transport failed');
  });
});
