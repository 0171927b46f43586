/**
 * The circuit breaker on its own (circuit.ts): a streak of failures opens it, a failing health
 * probe keeps it open with a delay that doubles up to its maximum, a good probe closes it, and
 * a Retry-After seen during the streak holds the whole queue (`not_before`).
 */
import { describe, expect, it } from 'vitest';
import { createCircuit } from '@main/sync/circuit';
import type { HttpResult, PortalClient } from '@main/sync/portal-client';
import type { SyncStore } from '@main/sync/sync-store';

const healthy: HttpResult = { kind: 'response', status: 200, json: { status: 'ok', apiVersion: '1.0' }, isJson: true, retryAfterMs: null };
const down: HttpResult = { kind: 'network', message: 'ECONNREFUSED' };

function setup(threshold = 3) {
  let clock = 1_000_000;
  let health: HttpResult = down;
  const updates: Record<string, unknown>[] = [];
  const events: unknown[] = [];
  const store = { connection: () => ({ base_url: 'http://127.0.0.1:4400' }), updateConnection: (f: Record<string, unknown>) => updates.push(f) } as unknown as SyncStore;
  const client = () => ({ health: async () => health }) as unknown as PortalClient;
  const circuit = createCircuit({ store, emit: (e) => events.push(e), ms: () => clock, client, alive: () => true, probeMinMs: 2_000, probeMaxMs: 8_000, threshold });
  return {
    circuit,
    updates,
    events,
    advance: (ms: number) => (clock += ms),
    now: () => clock,
    answer: (r: HttpResult) => (health = r),
  };
}

describe('circuit breaker', () => {
  it('opens only after `threshold` consecutive failures; an answer in between ends the streak', () => {
    const { circuit, now } = setup(3);
    circuit.recordFailure(now(), null);
    circuit.recordFailure(now(), null);
    expect(circuit.tooManyFailures()).toBe(false);
    circuit.markReachable();
    circuit.recordFailure(now(), null);
    circuit.recordFailure(now(), null);
    expect(circuit.tooManyFailures()).toBe(false);
    circuit.recordFailure(now(), null);
    expect(circuit.tooManyFailures()).toBe(true);
  });

  it('a failing probe opens it and the next probe waits 2 s, 4 s, 8 s, 8 s; a good probe closes it', async () => {
    const { circuit, now, answer, events } = setup();
    expect(circuit.reachable()).toBeNull();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = now();
      expect(await circuit.probe()).toBe(false);
      waits.push(circuit.nextProbeAt() - at);
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 8_000]);
    expect(circuit.reachable()).toBe(false);
    answer(healthy);
    expect(await circuit.probe()).toBe(true);
    expect(circuit.reachable()).toBe(true);
    expect(events).toHaveLength(2); // one change to unreachable, one back: not one per probe
    // Closed again: the next opening starts from the shortest delay.
    const at = now();
    circuit.open();
    expect(circuit.nextProbeAt() - at).toBe(2_000);
  });

  it("holds the queue until the streak's latest Retry-After when it opens", () => {
    const { circuit, now, updates } = setup();
    circuit.recordFailure(now(), 30_000);
    circuit.recordFailure(now(), 10_000);
    circuit.open();
    expect(circuit.nextProbeAt()).toBe(now() + 30_000);
    expect(updates).toEqual([{ not_before: new Date(now() + 30_000).toISOString() }]);
  });

  it('an incompatible portal counts as unreachable, with the reason recorded', async () => {
    const { circuit, answer, updates } = setup();
    answer({ ...healthy, json: { status: 'ok', apiVersion: '2.0' } } as HttpResult);
    expect(await circuit.probe()).toBe(false);
    expect(circuit.reachable()).toBe(false);
    expect(JSON.parse(updates[0].last_error_json as string)).toMatchObject({ code: 'portal_incompatible' });
  });

  it('after pairing and on wake it probes at once', async () => {
    const { circuit } = setup();
    await circuit.probe();
    expect(circuit.nextProbeAt()).toBeGreaterThan(0);
    circuit.wake();
    expect([circuit.nextProbeAt(), circuit.reachable()]).toEqual([0, null]);
    await circuit.probe();
    circuit.reset();
    expect([circuit.nextProbeAt(), circuit.reachable()]).toEqual([0, null]);
  });
});
