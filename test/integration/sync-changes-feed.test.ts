/**
 * The changes-feed pull on its own (changes-feed.ts), over a real database and a scripted
 * portal: a page's statuses and its cursor are stored together, records of other computers are
 * skipped, the next pull is one interval after the last one ASKED, a failed pull is tried again
 * within PULL_RETRY_MAX_MS unless Retry-After says more, a 401 pauses the queue, and pulls never
 * overlap.
 */
import { describe, expect, it } from 'vitest';
import { createChangesPuller, PULL_RETRY_MAX_MS } from '@main/sync/changes-feed';
import { enqueueSubmission } from '@main/sync/outbox';
import { createSyncStore } from '@main/sync/sync-store';
import type { HttpResult, PortalClient } from '@main/sync/portal-client';
import { repositoryFixture } from '../support/repository-fixture';

const INTERVAL = 60_000;
const ok = (changes: unknown[], cursor: string): HttpResult => ({ kind: 'response', status: 200, json: { changes, cursor }, isJson: true, retryAfterMs: null });
const change = (id: string, status: string, at = '2026-03-05T08:00:00Z') => ({ kind: 'compute_request_status', id, revision: 1, status, at });

const f = repositoryFixture(createSyncStore);

function setup(pages: (HttpResult | (() => Promise<HttpResult>))[]) {
  let clock = Date.parse('2026-03-05T09:00:00Z');
  const asked: (string | null)[] = [];
  const events: unknown[] = [];
  const store = f.repo;
  store.updateConnection({ base_url: 'http://127.0.0.1:4400', device_id: 'dev-1' });
  const client = () =>
    ({
      changes: async (_token: string, cursor: string | null) => {
        asked.push(cursor);
        clock += 1_000; // each answer takes a second
        const next = pages.shift() ?? ok([], cursor ?? '');
        return typeof next === 'function' ? next() : next;
      },
    }) as unknown as PortalClient;
  const feed = createChangesPuller({
    db: f.services.db,
    store,
    now: () => new Date(clock),
    emit: (e) => events.push(e),
    random: () => 1, // the longest jittered wait
    pullIntervalMs: INTERVAL,
    client,
    credentials: () => ({ token: 't', deviceId: 'dev-1', baseUrl: 'http://127.0.0.1:4400' }),
    alive: () => true,
    onSettled: () => {},
  });
  const queue = (recordId: string) =>
    enqueueSubmission(f.services.db, {
      kind: 'compute_request',
      recordId,
      revision: 1,
      locale: 'fr',
      clientId: f.clientId,
      payload: { projectTitle: recordId },
      instrumentVersion: 'test',
      appVersion: 'test',
      createdAt: new Date(clock),
      newId: () => crypto.randomUUID(),
    });
  return { feed, store, asked, events, queue, now: () => clock, advance: (ms: number) => (clock += ms) };
}

describe('changes feed pull', () => {
  it("applies this computer's records of every page with its cursor, skips the others, and pulls again one interval after it asked", async () => {
    const t = setup([ok([change('mine', 'approved'), change('elsewhere', 'approved')], 'c1'), ok([change('mine', 'under_review')], 'c2'), ok([], 'c2')]);
    t.queue('mine');
    const startedAt = t.now();
    expect(await t.feed.pull()).toEqual({ ok: true, applied: 2, auth: false });
    expect(t.asked).toEqual([null, 'c1', 'c2']);
    expect(t.store.connection().changes_cursor).toBe('c2');
    expect(t.store.portalStatus('compute_request', 'mine', 1)?.status).toBe('under_review');
    expect(t.store.portalStatus('compute_request', 'elsewhere', 1)).toBeNull();
    expect(t.now()).toBe(startedAt + 3_000);
    expect(t.feed.nextPullAt()).toBe(startedAt + INTERVAL);
    expect(t.events).toContainEqual({ type: 'changed', entity: 'portal_status', id: 'mine' });
  });

  it('a failed pull is asked again within PULL_RETRY_MAX_MS, or after a longer Retry-After; the cursor stays', async () => {
    const t = setup([{ kind: 'network', message: 'ECONNRESET' }, { kind: 'response', status: 503, json: {}, isJson: true, retryAfterMs: 30_000 }]);
    t.store.updateConnection({ changes_cursor: 'kept' });
    expect((await t.feed.pull()).ok).toBe(false);
    expect(t.feed.nextPullAt() - t.now()).toBeLessThanOrEqual(PULL_RETRY_MAX_MS);
    expect((await t.feed.pull()).ok).toBe(false);
    expect(t.feed.nextPullAt() - t.now()).toBe(30_000);
    expect(t.store.connection().changes_cursor).toBe('kept');
    t.feed.dueNow();
    expect(t.feed.nextPullAt()).toBe(0);
  });

  it('a page beyond any portal paging is refused whole; a 401 pauses the queue for pairing', async () => {
    const huge = Array.from({ length: 1_001 }, (_, i) => change(`r${i}`, 'received'));
    const t = setup([ok(huge, 'c9'), { kind: 'response', status: 401, json: { error: { code: 'unauthorized', message: 'revoked' } }, isJson: true, retryAfterMs: null }]);
    expect(await t.feed.pull()).toEqual({ ok: false, applied: 0, auth: false });
    expect(t.store.connection().changes_cursor).toBeNull();
    expect(await t.feed.pull()).toEqual({ ok: false, applied: 0, auth: true });
    expect(t.store.connection().needs_auth).toBe(1);
  });

  it('pulls never overlap: a second caller waits for the first and then asks with its cursor', async () => {
    let release!: () => void;
    const held = () => new Promise<HttpResult>((resolve) => (release = () => resolve(ok([], 'c1'))));
    const t = setup([held, ok([], 'c2')]);
    const first = t.feed.pull();
    const second = t.feed.pull();
    expect(t.feed.idle()).toBe(false);
    await new Promise((r) => setTimeout(r, 10));
    expect(t.asked).toEqual([null]); // the second has not asked yet
    release();
    await Promise.all([first, second]);
    expect(t.asked).toEqual([null, 'c1']); // the first pull's cursor, stored before the second asked
    expect(t.feed.idle()).toBe(true);
  });
});
