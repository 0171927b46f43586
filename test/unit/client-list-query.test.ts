/**
 * The first screen's list is asked for at start-up (renderer/src/features/clients/client-list-query.ts):
 * its answer serves the list's first render once, and only for the first list's query.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn();
vi.mock('@renderer/lib/api', () => ({ call: (...args: unknown[]) => call(...args) }));

const first = [{ id: 'a', name: 'Boulangerie Muller' }];
const later = [{ id: 'b', name: 'Garage Schmit' }];

beforeEach(() => {
  vi.resetModules();
  call.mockReset();
});

describe('the first list asked for early', () => {
  it('is shown by the first render when it has arrived, then never again', async () => {
    const q = await import('@renderer/features/clients/client-list-query');
    call.mockResolvedValueOnce(first).mockResolvedValue(later);
    q.askFirstListEarly();
    await Promise.resolve();
    await Promise.resolve();
    expect(q.takeFirstListIfArrived()).toBe(first);
    expect(q.takeFirstListIfArrived()).toBeNull();
    expect(await q.listClients(q.FIRST_LIST)).toBe(later); // a later visit asks again
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('answers the list’s first query once when it is still on its way, and no other query', async () => {
    const q = await import('@renderer/features/clients/client-list-query');
    let arrive!: (list: unknown) => void;
    call.mockReturnValueOnce(new Promise((done) => (arrive = done))).mockResolvedValue(later);
    q.askFirstListEarly();
    expect(q.takeFirstListIfArrived()).toBeNull();
    expect(await q.listClients({ ...q.FIRST_LIST, query: 'gar' })).toBe(later);
    const answer = q.listClients(q.FIRST_LIST);
    arrive(first);
    expect(await answer).toBe(first);
    expect(await q.listClients(q.FIRST_LIST)).toBe(later);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('asks again when the early query failed', async () => {
    const q = await import('@renderer/features/clients/client-list-query');
    call.mockRejectedValueOnce(new Error('busy')).mockResolvedValue(later);
    q.askFirstListEarly();
    expect(await q.listClients(q.FIRST_LIST)).toBe(later);
  });
});
