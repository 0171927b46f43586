/**
 * A hostile-input campaign on the sync methods of the contract (the renderer is untrusted): random
 * and crafted inputs to every read and per-item method, crafted portal URLs to check and pair
 * (none leaves 127.0.0.1), and random answers from a "portal" to the engine's classification and
 * feed parsing. Each input is refused cleanly (a known error code, never `internal`) or answered;
 * the outbox and the connection are the same afterwards; no delivery without the echoed key.
 * Prints the counts for the team note.
 */
import { afterAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { syncHarness, type SyncHarness } from './sync-harness';
import { enqueue } from '../portal/samples';
import { classifySubmission } from '@main/sync/submission-answer';
import { parseChange } from '@main/sync/changes-feed';
import type { HttpResult } from '@main/sync/portal-client';

let h: SyncHarness;
afterAll(async () => h?.close());

const CLEAN = new Set(['invalid_input', 'not_found', 'sync_not_retryable', 'sync_not_acknowledgeable', 'portal_url_invalid', 'portal_url_insecure', 'portal_unreachable']);

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', "1' OR '1'='1", '<script>alert(1)</script>', 'x'.repeat(100_000), '\ud800', '__proto__'),
  fc.constantFrom(Number.NaN, -1, 0, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
);
const hostileObject = fc.oneof(
  fc.dictionary(fc.constantFrom('outboxId', 'filter', 'limit', 'items', 'wait', 'kind', 'recordId', 'revision', 'nace', 'sizeClass', 'instrumentVersion', 'refresh', '__proto__', 'constructor', 'extra'), hostileValue),
  hostileValue,
);

it('sync methods: hostile inputs refused cleanly or answered, nothing changed', { timeout: 120_000 }, async () => {
  h = await syncHarness();
  await h.pair();
  for (const kind of ['roadmap', 'compute_request', 'assessment'] as const) enqueue(h.app.db, kind);
  const refused = enqueue(h.app.db, 'compute_request');
  await h.sync();
  h.app.db.prepare("UPDATE outbox SET state = 'rejected' WHERE id = ?").run(refused.outboxId);
  const snapshot = () =>
    JSON.stringify([h.app.db.prepare('SELECT * FROM outbox ORDER BY seq').all(), h.app.db.prepare('SELECT * FROM portal_connection').all(), h.app.db.prepare('SELECT * FROM portal_status').all()]);
  const before = snapshot();

  const counts = { tried: 0, refused: 0, answered: 0 };
  const codes: Record<string, number> = {};
  const send = async (method: string, input: unknown) => {
    counts.tried += 1;
    const r = await h.app.call(method as never, input as never);
    if (r.ok) counts.answered += 1;
    else {
      counts.refused += 1;
      codes[r.error.code] = (codes[r.error.code] ?? 0) + 1;
      expect(CLEAN.has(r.error.code), `${method} ${r.error.code}`).toBe(true);
      expect(JSON.stringify(r.error)).not.toContain(h.app.dataDir);
    }
  };

  // Random inputs to every method that reads or acts on one item (not unpair/now/wake: valid calls change state by design).
  for (const method of ['sync.status', 'sync.list', 'sync.records', 'sync.retry', 'sync.acknowledge', 'sync.portal.get', 'sync.benchmarks.get']) {
    for (const input of fc.sample(hostileObject, 150)) await send(method, input);
  }
  // Crafted: ids that exist but in the wrong state, lists at and over their caps.
  const delivered = h.rows().find((r) => r.state === 'delivered')!;
  await send('sync.acknowledge', { outboxId: delivered.id });
  await send('sync.retry', { outboxId: refused.outboxId });
  await send('sync.records', { items: Array.from({ length: 10_000 }, () => ({ kind: 'roadmap', recordId: randomUUID() })) });
  await send('sync.list', { filter: 'all', limit: 1001 });
  await send('sync.list', { filter: 'all; DROP TABLE outbox', limit: 10 });
  // Crafted portal URLs: refused before any request, or (loopback only) answered as unreachable.
  const urls = ['javascript:alert(1)', 'file:///etc/passwd', 'http://10.0.0.1:4400', 'http://127.0.0.1.evil.example', 'https://user:pass@127.0.0.1:4400', 'http://127.0.0.1:1', 'http://[::1]:1/x?y#z', 'ftp://127.0.0.1', ' ', 'http://%31%32%37.0.0.1:1'];
  for (const baseUrl of urls) {
    await send('sync.portal.check', { baseUrl });
    await send('sync.portal.pair', { baseUrl, code: 'ABCD-2345', deviceName: 'x' });
  }
  for (const input of fc.sample(hostileObject, 150)) await send('sync.portal.pair', input);

  expect(snapshot()).toBe(before);
  expect(h.portal.count()).toBe(4);
  console.log(`[sync-hostile] contract: ${counts.tried} inputs, ${counts.refused} refused cleanly (${JSON.stringify(codes)}), ${counts.answered} answered, 0 changed`);
});

it('random portal answers: classification and feed parsing never throw, and only an echoed key is a delivery', () => {
  const key = randomUUID();
  let tried = 0;
  let delivered = 0;
  fc.assert(
    fc.property(
      fc.oneof(fc.constantFrom(200, 201), fc.integer({ min: 100, max: 599 })),
      fc.oneof(fc.anything(), fc.record({ receipt: fc.record({ idempotencyKey: fc.oneof(fc.constant(key), fc.string()), portalRef: fc.anything() }, { requiredKeys: [] }) })),
      fc.boolean(),
      (status, json, isJson) => {
        tried += 1;
        const result: HttpResult = { kind: 'response', status, json, isJson, retryAfterMs: null };
        const outcome = classifySubmission(result, key);
        if (outcome.type === 'delivered') {
          delivered += 1;
          expect([200, 201]).toContain(status);
          expect((json as { receipt: { idempotencyKey: string } }).receipt.idempotencyKey).toBe(key);
          expect(outcome.portalRef.length).toBeGreaterThan(0);
          expect(outcome.portalRef.length).toBeLessThanOrEqual(100);
        }
        parseChange(json);
      },
    ),
    { numRuns: 3_000 },
  );
  console.log(`[sync-hostile] portal answers: ${tried} tried, ${delivered} taken as delivered (each with the echoed key), no exception`);
});
