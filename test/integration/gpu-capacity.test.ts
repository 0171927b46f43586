/**
 * A budget beyond what the chosen system can provide is estimated and explained, and its compute
 * request cannot be finalised until each challenge is confirmed; changing the input asks again.
 * Billing per GPU or per node is a setting the cost follows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import type { FieldProblem } from '@shared/errors';

let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ now: () => new Date('2026-12-02T09:00:00Z') });
});
afterEach(() => s.cleanup());

async function request(workloads: WorkloadDraft[]) {
  const c = await s.ok('clients.create', { name: 'Präzisionsteile Weber S.A.', reportLocale: 'de' });
  await s.ok('clients.update', { id: c.id, patch: { headcount: 60, turnoverCents: 900_000_000, rcsNumber: 'B654321', naceCode: 'C25.62' } });
  const b = await s.ok('gpu.budgets.create', { clientId: c.id, name: 'Qualitätsprüfung', workloads });
  const r = await s.ok('gpu.requests.create', { budgetId: b.budget.id });
  await s.ok('gpu.requests.update', {
    id: r.id,
    patch: { summary: 'Feinabstimmung eines Sprachmodells für Prüfberichte.', storageGiB: 100, justification: 'Begründung ohne Platzhalter.' },
  });
  return { budget: b, request: r };
}

const fields = (r: { ok: boolean; error?: { details?: Record<string, unknown> } }) => (r.error?.details?.fields as FieldProblem[] | undefined) ?? [];

describe('compute request: challenges block finalising until confirmed', () => {
  it('10^15 tokens: estimated, explained, refused until every challenge is confirmed', async () => {
    const { budget, request: r } = await request([{ type: 'lora', model: 'llama-3.1-8b', tokens: 1e15 }]);
    const view = await s.ok('gpu.budgets.get', { id: budget.budget.id });
    const codes = view.estimate!.challenges.map((c) => c.code).sort();
    expect(codes).toEqual(['run_longer_than_allocation', 'tokens_beyond_largest_corpus', 'total_exceeds_system_year']);

    const preview = await s.ok('gpu.requests.get', { id: r.id });
    const blocking = preview.preview.problems.filter((p) => p.code === 'challenge_unconfirmed');
    expect(blocking).toHaveLength(3);
    const refused = await s.call('gpu.requests.finalise', { id: r.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fields(refused).filter((p) => p.code === 'challenge_unconfirmed')).toHaveLength(3);
    expect(s.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });

    // Confirming is recorded; the request still cannot go: the portal protocol carries at most
    // 10^12 tokens per workload, and the refusal names that field — never "required".
    const keys = view.estimate!.challenges.map((c) => c.key);
    await s.ok('gpu.requests.update', { id: r.id, patch: { confirmedChallenges: keys } });
    const still = fields(await s.call('gpu.requests.finalise', { id: r.id }));
    expect(still.map((p) => [p.path, p.code])).toEqual([['workloads.0.tokens', 'too_big']]);
    expect(still.some((p) => p.code === 'required')).toBe(false);
  });

  it('a changed input is a new challenge: the old confirmation does not carry over', async () => {
    const { budget, request: r } = await request([{ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, gpusPerJob: 900 }]);
    const first = (await s.ok('gpu.budgets.get', { id: budget.budget.id })).estimate!.challenges;
    expect(first.map((c) => [c.code, c.value, c.limit])).toEqual([['gpus_exceed_system', 900, 800]]);
    expect((await s.call('gpu.requests.finalise', { id: r.id })).ok).toBe(false);
    await s.ok('gpu.requests.update', { id: r.id, patch: { confirmedChallenges: [first[0].key] } });
    expect((await s.ok('gpu.requests.get', { id: r.id })).preview.problems).toEqual([]);
    await s.ok('gpu.budgets.update', { id: budget.budget.id, patch: { workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, gpusPerJob: 1200 }] } });
    const again = (await s.ok('gpu.requests.get', { id: r.id })).preview.problems;
    expect(again.map((p) => p.code)).toEqual(['challenge_unconfirmed']);
    // Confirmed again: it finalises, and the snapshot keeps what was confirmed.
    const key = (await s.ok('gpu.budgets.get', { id: budget.budget.id })).estimate!.challenges[0].key;
    await s.ok('gpu.requests.update', { id: r.id, patch: { confirmedChallenges: [key] } });
    const done = await s.ok('gpu.requests.finalise', { id: r.id });
    expect(done.revision.status).toBe('finalised');
    expect(done.revision.fields.confirmedChallenges).toEqual([key]);
  });

  it('refuses a hostile confirmation list (not text, too long, too many)', async () => {
    const { request: r } = await request([{ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8 }]);
    for (const bad of [[42], ['x'.repeat(201)], Array.from({ length: 101 }, (_, i) => `k${i}`), 'gpus_exceed_system:0:900', [null]]) {
      const out = await s.call('gpu.requests.update', { id: r.id, patch: { confirmedChallenges: bad as never } });
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('a plain budget has no challenge and finalises as before', async () => {
    const { request: r } = await request([{ type: 'lora', model: 'llama-3.1-8b', tokens: 5e7, epochs: 3 }]);
    expect((await s.ok('gpu.requests.get', { id: r.id })).preview.problems).toEqual([]);
    expect((await s.ok('gpu.requests.finalise', { id: r.id })).revision.status).toBe('finalised');
  });
});

describe('billing per GPU or per node is a setting the cost follows', () => {
  it('a one-GPU serving job costs a whole node by default, a quarter of it per GPU', async () => {
    const { budget } = await request([{ type: 'serving', model: 'llama-3.1-8b', servingHours: 100, concurrentUsers: 1 }]);
    const perNode = (await s.ok('gpu.budgets.get', { id: budget.budget.id })).estimate!;
    // 100 h × 1 GPU; billed 1 node × 4 GPUs × 100 h = 400 GPU-hours × €1.03.
    expect(perNode.total.gpuHours.expected).toBe(100);
    expect(perNode.total.cost.beforeCashbackCents.expected).toBe(400 * 103);
    expect(perNode.total.nodeHours).toBe(100);
    const settings = await s.ok('gpu.settings.update', { patch: { billingUnit: 'gpu' } });
    expect(settings.overridden).toContain('billingUnit');
    const perGpu = (await s.ok('gpu.budgets.get', { id: budget.budget.id })).estimate!;
    expect(perGpu.total.cost.beforeCashbackCents.expected).toBe(100 * 103);
    expect(perGpu.total.nodeHours).toBe(25);
    expect(await s.call('gpu.settings.update', { patch: { billingUnit: 'rack' as never } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
