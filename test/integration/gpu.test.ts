/**
 * GPU-hour budgets and compute requests through `dispatch` (the same validation as IPC and the
 * bridge), on a real SQLite file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { estimateGpuBudget, GpuBudgetInputError } from '@shared/domain/gpu-budget';
import { computeRequestPayloadSchema } from '@shared/contract/compute-request-payload';
import { workloadDraftSchema } from '@shared/contract/gpu';
import { canonicalJson } from '@shared/domain/canonical-json';
import { sha256Hex } from '@main/sync/submission-envelope';
import { defaultGpuBudgetSettings } from '@shared/reference/gpu/settings';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import type { FieldProblem } from '@shared/errors';

let s: TempServices;
let clock = new Date('2026-03-02T09:41:00Z');
beforeEach(async () => {
  clock = new Date('2026-03-02T09:41:00Z');
  s = await tempServices({ now: () => clock });
});
afterEach(() => s.cleanup());

const LORA_8B: WorkloadDraft = { label: 'Assistant SAV', type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 };

async function completeClient(name = 'Muller Logistique S.à r.l.') {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  // 12 staff, €3.2 M turnover → small enterprise (the payload needs a known size class).
  await s.ok('clients.update', { id: c.id, patch: { headcount: 12, turnoverCents: 320_000_000, rcsNumber: 'B123456', naceCode: 'H49.41' } });
  return c;
}

function fieldsOf(result: { ok: boolean; error?: { details?: Record<string, unknown> } }): FieldProblem[] {
  return ((result.error?.details?.fields as FieldProblem[] | undefined) ?? []) as FieldProblem[];
}

function outboxRows() {
  return s.db.prepare("SELECT * FROM outbox WHERE kind = 'compute_request' ORDER BY seq").all() as {
    record_id: string;
    revision: number;
    client_id: string;
    envelope_json: string;
    state: string;
  }[];
}

async function readyRequest() {
  const c = await completeClient();
  const b = await s.ok('gpu.budgets.create', { clientId: c.id, name: 'Assistant SAV', workloads: [LORA_8B] });
  const r = await s.ok('gpu.requests.create', { budgetId: b.budget.id });
  await s.ok('gpu.requests.update', {
    id: r.id,
    patch: {
      summary: 'Affiner Llama-3.1-8B sur 12 000 échanges du service client pour répondre en français et en allemand.',
      storageGiB: 200,
      justification: 'Le projet vise à automatiser les réponses de premier niveau; les données sont pseudonymisées.',
    },
  });
  return { client: c, budget: b, request: r };
}

describe('GPU budgets', () => {
  it('persists a budget and answers the estimate of the shared function', async () => {
    const c = await completeClient();
    const created = await s.ok('gpu.budgets.create', { clientId: c.id, name: 'Assistant SAV' });
    expect(created.budget.workloads).toEqual([]);
    expect(created.estimate).toBeNull();
    expect(created.problems).toEqual([expect.objectContaining({ path: 'workloads', code: 'required' })]);

    const updated = await s.ok('gpu.budgets.update', { id: created.budget.id, patch: { workloads: [LORA_8B], initiativeId: 'init-chatbot' } });
    const direct = estimateGpuBudget({
      hardwareId: 'meluxina-a100-40gb',
      precision: 'bf16',
      workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }],
      settings: defaultGpuBudgetSettings(),
    });
    expect(updated.estimate).toEqual(direct);
    expect(await s.ok('gpu.budgets.estimate', { id: created.budget.id })).toEqual(direct);

    // A fresh process on the same file sees the same budget.
    const dataDir = s.dataDir;
    s.close();
    const again = await tempServices({ dataDir, now: () => clock });
    try {
      const list = await again.ok('gpu.budgets.list', { clientId: c.id });
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ name: 'Assistant SAV', workloadCount: 1, initiativeId: 'init-chatbot', accessMode: 'playground' });
      expect(list[0].gpuHours?.expected).toBeCloseTo(direct.total.gpuHours.expected, 9);
      expect((await again.ok('gpu.budgets.get', { id: created.budget.id })).budget.workloads).toEqual([LORA_8B]);
    } finally {
      again.close();
    }
    s = await tempServices({ dataDir, now: () => clock }); // for afterEach's cleanup
  });

  it('refuses hostile numbers through the contract with the field path, keeping what was saved', async () => {
    const c = await completeClient();
    const b = await s.ok('gpu.budgets.create', { clientId: c.id, workloads: [LORA_8B] });
    const hostile: unknown[] = [-1, 0, Number.NaN, 1e18, '1000', Number.POSITIVE_INFINITY, {}];
    for (const field of ['tokens', 'epochs', 'runs', 'batchSize', 'gpusPerJob', 'servingHours'] as const) {
      for (const value of hostile) {
        const r = await s.call('gpu.budgets.update', { id: b.budget.id, patch: { workloads: [{ ...LORA_8B, [field]: value as number }] } });
        expect(r.ok, `${field} = ${String(value)}`).toBe(false);
        expect(r).toMatchObject({ error: { code: 'invalid_input' } });
        expect(fieldsOf(r).map((f) => f.path)).toContain(`patch.workloads.0.${field}`);
      }
    }
    // Overhead below 1, a custom model with a negative size, an unknown workload type.
    for (const bad of [{ ...LORA_8B, overhead: 0.5 }, { ...LORA_8B, model: { parameterCount: -7e9 } }, { ...LORA_8B, type: 'mining' }]) {
      const r = await s.call('gpu.budgets.update', { id: b.budget.id, patch: { workloads: [bad as WorkloadDraft] } });
      expect(r.ok).toBe(false);
    }
    expect((await s.ok('gpu.budgets.get', { id: b.budget.id })).budget.workloads).toEqual([LORA_8B]);

    // Settings: PUE below 1, a cashback above 100 %, text, NaN.
    for (const patch of [{ pue: 0.5 }, { cashbackRate: 2 }, { pricePerGpuHourCents: '103' }, { carbonLocationGPerKwh: Number.NaN }, { pricePerGpuHourCents: 1e18 }]) {
      const r = await s.call('gpu.settings.update', { patch: patch as never });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(fieldsOf(r)[0].path).toBe(`patch.${Object.keys(patch)[0]}`);
    }
    expect((await s.ok('gpu.settings.get', {})).overridden).toEqual([]);
  });

  it('maps the estimator’s refusals to invalid_input with their fields', async () => {
    const c = await completeClient();
    const tooLong = { ...LORA_8B, sequenceLength: 200_000 }; // Llama-3.1-8B supports 131,072 tokens
    const b = await s.ok('gpu.budgets.create', { clientId: c.id, workloads: [tooLong, { type: 'vision_training', model: 'llama-3.1-8b', images: 1000 }] });
    expect(b.estimate).toBeNull();
    expect(b.problems.map((p) => [p.path, p.code])).toEqual([
      ['workloads.0.sequenceLength', 'exceeds_model_context'],
      ['workloads.1.model', 'wrong_model_kind'],
    ]);
    const r = await s.call('gpu.budgets.estimate', { id: b.budget.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fieldsOf(r).map((f) => f.code)).toEqual(['exceeds_model_context', 'wrong_model_kind']);

    // A missing quantity is "required" for that workload type, not a crash.
    const incomplete = await s.ok('gpu.budgets.update', { id: b.budget.id, patch: { workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: null }] } });
    expect(incomplete.problems).toEqual([expect.objectContaining({ path: 'workloads.0.tokens', code: 'required' })]);

    // The estimator's settings rule (Playground ≤ Fast Lane) decides, reported on the input path.
    const s1 = await s.call('gpu.settings.update', { patch: { playgroundMaxGpuHours: 60_000 } });
    expect(fieldsOf(s1)[0]).toMatchObject({ path: 'patch.playgroundMaxGpuHours', code: 'too_large' });
  });

  it('never refuses for its size in the estimator a value the contract accepted', () => {
    // The contract's upper bounds must not exceed the estimator's limits (they mirror them).
    const shape = workloadDraftSchema.shape;
    const maxOf = (key: keyof typeof shape) => {
      const inner = (shape[key] as unknown as { unwrap: () => { unwrap: () => { maxValue: number } } }).unwrap().unwrap();
      return inner.maxValue;
    };
    const checks: [keyof typeof shape, WorkloadDraft][] = [
      ['tokens', { type: 'lora', model: 'llama-3.1-8b', tokens: 0 }],
      ['epochs', { type: 'lora', model: 'llama-3.1-8b', tokens: 1000, epochs: 0 }],
      ['runs', { type: 'lora', model: 'llama-3.1-8b', tokens: 1000, runs: 0 }],
      ['overhead', { type: 'lora', model: 'llama-3.1-8b', tokens: 1000, overhead: 0 }],
      ['batchSize', { type: 'lora', model: 'llama-3.1-8b', tokens: 1000, batchSize: 0 }],
      ['gpusPerJob', { type: 'lora', model: 'llama-3.1-8b', tokens: 1000, gpusPerJob: 0 }],
      ['images', { type: 'vision_training', model: 'resnet-50', images: 0 }],
      ['servingHours', { type: 'serving', model: 'mistral-7b-v0.3', servingHours: 0 }],
      ['concurrentUsers', { type: 'serving', model: 'mistral-7b-v0.3', servingHours: 1, concurrentUsers: 0 }],
      ['requests', { type: 'batch_inference', model: 'bert-base', requests: 0, tokensPerRequest: 100 }],
    ];
    for (const [key, workload] of checks) {
      const max = maxOf(key);
      expect(Number.isFinite(max), key).toBe(true);
      try {
        estimateGpuBudget({ hardwareId: 'b200', precision: 'bf16', workloads: [{ ...workload, [key]: max } as never] });
      } catch (error) {
        expect(error).toBeInstanceOf(GpuBudgetInputError);
        expect((error as GpuBudgetInputError).problems.filter((p) => p.code === 'too_large'), key).toEqual([]);
      }
    }
  });

  it('settings change the estimate, are listed as overridden and go back to the default with null', async () => {
    const c = await completeClient();
    const b = await s.ok('gpu.budgets.create', { clientId: c.id, workloads: [LORA_8B] });
    const before = b.estimate!.total.cost.beforeCashbackCents.expected;
    // Billed per node (the default); LORA_8B runs on one GPU of a 4-GPU node: billed × 4.
    const view = await s.ok('gpu.settings.update', { patch: { pricePerGpuHourCents: 206, carbonBasis: 'production', cashbackRate: 0.5 } });
    expect(view.overridden.sort()).toEqual(['carbonBasis', 'cashbackRate', 'pricePerGpuHourCents']);
    const after = (await s.ok('gpu.budgets.get', { id: b.budget.id })).estimate!;
    expect(after.total.cost.beforeCashbackCents.expected).toBe(Math.round(b.estimate!.total.gpuHours.expected * 4 * 206));
    expect(after.total.cost.beforeCashbackCents.expected).toBeGreaterThan(before);
    expect(after.carbonBasis).toBe('production');
    expect(after.total.co2eKg.expected).toBeCloseTo((after.total.energyKwh.expected * 105) / 1000, 9);
    const reset = await s.ok('gpu.settings.update', { patch: { pricePerGpuHourCents: null, cashbackRate: 0.8 } });
    expect(reset.overridden).toEqual(['carbonBasis']);
    expect(reset.settings.pricePerGpuHourCents).toBe(103);
  });
});

describe('compute requests', () => {
  it('starts a draft from the budget with the guided template in the client’s language', async () => {
    const c = await s.ok('clients.create', { name: 'Bäckerei Schmit', reportLocale: 'de' });
    const b = await s.ok('gpu.budgets.create', { clientId: c.id, name: 'Rezeptassistent', workloads: [LORA_8B] });
    const r = await s.ok('gpu.requests.create', { budgetId: b.budget.id, initiativeId: 'init-7' });
    expect(r.revision).toMatchObject({ revision: 1, supersedes: null, status: 'draft', locale: 'de' });
    expect(r.initiativeId).toBe('init-7');
    expect(r.revision.fields).toMatchObject({ projectTitle: 'Rezeptassistent', accessMode: 'playground', system: 'MeluXina', startDate: '2026-04-01', periodMonths: 3 });
    expect(r.revision.fields.justification).toContain('GPU-Stunden');
    expect(r.revision.fields.justification).toContain('1. Ausgangslage und Ziel');
    // Size class unknown (no figures) and template prompts left: both named before finalising.
    const paths = r.preview.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['company.sizeClass', 'company.headcount', 'justification', 'summary']));
    const refused = await s.call('gpu.requests.finalise', { id: r.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fieldsOf(refused).map((f) => f.path)).toEqual(expect.arrayContaining(['company.sizeClass', 'justification']));
    expect(outboxRows()).toEqual([]);
    expect((await s.ok('gpu.requests.get', { id: r.id })).revision.status).toBe('draft');
  });

  it('finalises: snapshot and exactly one outbox row; the payload passes the protocol schema', async () => {
    const { client, request } = await readyRequest();
    clock = new Date('2026-03-03T10:00:00Z');
    const done = await s.ok('gpu.requests.finalise', { id: request.id });
    expect(done.revision).toMatchObject({ revision: 1, status: 'finalised', finalisedAt: '2026-03-03T10:00:00.000Z' });
    expect(done.revision.snapshot?.budget.workloads).toEqual([LORA_8B]);
    expect(done.revision.queue).toMatchObject({ state: 'pending', portalRef: null, portalStatus: null, queuedAt: '2026-03-03T10:00:00.000Z' });

    const rows = outboxRows();
    expect(rows).toHaveLength(1);
    const envelope = JSON.parse(rows[0].envelope_json);
    expect(envelope).toMatchObject({ kind: 'compute_request', id: request.id, revision: 1, supersedes: null, locale: 'fr' });
    expect(rows[0].client_id).toBe(client.id);
    expect(envelope.sha256).toBe(sha256Hex(canonicalJson(envelope.payload)));
    expect(envelope.payload).toEqual(done.revision.snapshot?.payload);
    const parsed = computeRequestPayloadSchema.safeParse(envelope.payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(envelope.payload).toMatchObject({
      company: { name: 'Muller Logistique S.à r.l.', sizeClass: 'small', headcount: 12, rcsNumber: 'B123456' },
      accessMode: 'playground',
      system: 'MeluXina',
      gpuModel: 'NVIDIA A100-SXM4-40GB',
      storageGiB: 200,
      personalData: false,
    });
    const direct = estimateGpuBudget({ hardwareId: 'meluxina-a100-40gb', precision: 'bf16', workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }] });
    expect(envelope.payload.totalGpuHours).toBe(Math.ceil(direct.workloads[0].gpuHours.expected));

    // Finalising twice does not queue twice.
    expect(await s.call('gpu.requests.finalise', { id: request.id })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(outboxRows()).toHaveLength(1);
    const list = await s.ok('gpu.requests.list', { clientId: client.id });
    expect(list[0]).toMatchObject({ status: 'finalised', latestRevision: 1, queue: { state: 'pending', revision: 1 } });
  });

  it('writes neither snapshot nor queue row when the queue write fails in the same transaction', async () => {
    const { request } = await readyRequest();
    // Simulate a failure AFTER the snapshot update: the outbox insert aborts.
    s.db.exec("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;");
    const r = await s.call('gpu.requests.finalise', { id: request.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    const row = s.db.prepare('SELECT status, payload_json, estimate_json, finalised_at FROM compute_request_revisions WHERE request_id = ?').get(request.id);
    expect(row).toEqual({ status: 'draft', payload_json: null, estimate_json: null, finalised_at: null });
    expect(outboxRows()).toEqual([]);

    s.db.exec('DROP TRIGGER temp.fail_outbox');
    await s.ok('gpu.requests.finalise', { id: request.id });
    expect(outboxRows()).toHaveLength(1);
  });

  it('keeps a finalised revision immutable; edits make a new revision that supersedes it', async () => {
    const { client, budget, request } = await readyRequest();
    const first = await s.ok('gpu.requests.finalise', { id: request.id });
    const frozenPayload = first.revision.snapshot!.payload;

    expect(await s.call('gpu.requests.update', { id: request.id, patch: { projectTitle: 'Autre titre' } })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    expect(await s.call('gpu.requests.discardDraft', { id: request.id })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    // The database refuses it too, whatever the code path.
    expect(() => s.db.prepare("UPDATE compute_request_revisions SET fields_json = '{}' WHERE request_id = ?").run(request.id)).toThrow(/read_only/);

    // The budget changes: the finalised snapshot does not.
    await s.ok('gpu.budgets.update', { id: budget.budget.id, patch: { workloads: [{ ...LORA_8B, epochs: 6 }] } });
    expect((await s.ok('gpu.requests.get', { id: request.id, revision: 1 })).revision.snapshot!.payload).toEqual(frozenPayload);

    const second = await s.ok('gpu.requests.newRevision', { id: request.id });
    expect(second.revision).toMatchObject({ revision: 2, supersedes: 1, status: 'draft' });
    expect(second.revision.fields).toEqual(first.revision.fields);
    expect(await s.call('gpu.requests.newRevision', { id: request.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await s.ok('gpu.requests.update', { id: request.id, patch: { projectTitle: 'Assistant SAV, 6 époques' } });
    const done = await s.ok('gpu.requests.finalise', { id: request.id });
    expect(done.revision).toMatchObject({ revision: 2, supersedes: 1, status: 'finalised' });
    expect(done.revisions.map((r) => [r.revision, r.status, r.supersedes])).toEqual([
      [1, 'finalised', null],
      [2, 'finalised', 1],
    ]);
    expect((done.revision.snapshot!.payload as { totalGpuHours: number }).totalGpuHours).toBeGreaterThan((frozenPayload as { totalGpuHours: number }).totalGpuHours);

    const rows = outboxRows();
    expect(rows.map((r) => [r.record_id, r.revision])).toEqual([
      [request.id, 1],
      [request.id, 2],
    ]);
    expect(JSON.parse(rows[1].envelope_json)).toMatchObject({ id: request.id, revision: 2, supersedes: 1 });
    // Revision 1 is still readable as it was sent.
    const old = await s.ok('gpu.requests.get', { id: request.id, revision: 1 });
    expect(old.revision.fields.projectTitle).toBe('Assistant SAV');
    expect(old.preview.payload).toEqual(frozenPayload);
    expect(await s.call('gpu.requests.get', { id: request.id, revision: 3 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await s.ok('gpu.requests.revisions', { id: request.id })).map((r) => r.queue?.state)).toEqual(['pending', 'pending']);
    expect(client.id).toBeTruthy();
  });

  it('checks consistency and calendar dates before finalising', async () => {
    const { request } = await readyRequest();
    await s.ok('gpu.requests.update', { id: request.id, patch: { dataSensitivity: 'personal', personalData: false, startDate: '2026-02-30' } });
    const r = await s.call('gpu.requests.finalise', { id: request.id });
    expect(fieldsOf(r).map((f) => [f.path, f.code])).toEqual(
      expect.arrayContaining([
        ['startDate', 'invalid_date'],
        ['personalData', 'personal_data_mismatch'],
      ]),
    );
    // Hostile values for the request fields are refused by the contract.
    for (const patch of [{ periodMonths: 0 }, { periodMonths: 1.5 }, { storageGiB: -1 }, { storageGiB: Number.NaN }, { startDate: '1er avril' }, { accessMode: 'free' }]) {
      expect((await s.call('gpu.requests.update', { id: request.id, patch: patch as never })).ok).toBe(false);
    }
    expect(outboxRows()).toEqual([]);
  });

  it('survives a deleted budget: snapshots stay, the draft asks for another budget', async () => {
    const { client, budget, request } = await readyRequest();
    await s.ok('gpu.requests.finalise', { id: request.id });
    await s.ok('gpu.requests.newRevision', { id: request.id });
    await s.ok('gpu.budgets.delete', { id: budget.budget.id });
    const view = await s.ok('gpu.requests.get', { id: request.id });
    expect(view.budgetId).toBeNull();
    expect(view.preview.problems).toEqual([expect.objectContaining({ path: 'budgetId', code: 'required' })]);
    expect((await s.ok('gpu.requests.get', { id: request.id, revision: 1 })).revision.snapshot).not.toBeNull();

    const other = await s.ok('gpu.budgets.create', { clientId: client.id, name: 'Autre', workloads: [LORA_8B] });
    const relinked = await s.ok('gpu.requests.update', { id: request.id, patch: { budgetId: other.budget.id } });
    expect(relinked.preview.problems).toEqual([]);
    // A budget of another client cannot be linked.
    const stranger = await s.ok('clients.create', { name: 'Autre Sàrl', reportLocale: 'fr' });
    const foreign = await s.ok('gpu.budgets.create', { clientId: stranger.id, workloads: [LORA_8B] });
    expect(await s.call('gpu.requests.update', { id: request.id, patch: { budgetId: foreign.budget.id } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    // Discarding the open draft goes back to revision 1; a never-finalised request disappears.
    expect(await s.ok('gpu.requests.discardDraft', { id: request.id })).toEqual({ discarded: 'draft' });
    expect((await s.ok('gpu.requests.get', { id: request.id })).latestRevision).toBe(1);
    const fresh = await s.ok('gpu.requests.create', { budgetId: other.budget.id });
    expect(await s.ok('gpu.requests.discardDraft', { id: fresh.id })).toEqual({ discarded: 'request' });
    expect(await s.call('gpu.requests.get', { id: fresh.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('erasing the client removes its budgets, requests, revisions and queued rows', async () => {
    const { client, request } = await readyRequest();
    await s.ok('gpu.requests.finalise', { id: request.id });
    const keep = await completeClient('Garage Weber');
    await s.ok('gpu.budgets.create', { clientId: keep.id, workloads: [LORA_8B] });
    await s.ok('clients.erase', { id: client.id, confirmName: client.name });
    const count = (sql: string, ...args: string[]) => (s.db.prepare(sql).get(...args) as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM gpu_budgets WHERE client_id = ?', client.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM compute_requests WHERE client_id = ?', client.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM compute_request_revisions WHERE request_id = ?', request.id)).toBe(0);
    expect(count("SELECT count(*) AS n FROM outbox WHERE record_id = ?", request.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM gpu_budgets WHERE client_id = ?', keep.id)).toBe(1);
  });
});

describe('portal status', () => {
  it('shows the delivery and the portal’s decision through the sync feature’s lookup', async () => {
    const { client, request } = await readyRequest();
    await s.ok('gpu.requests.finalise', { id: request.id });
    // What the sync engine writes once the portal answered (portal-protocol.md): receipt, then a status change.
    s.db.prepare("UPDATE outbox SET state = 'delivered', portal_ref = 'LAIF-2026-000123', delivered_at = '2026-03-02T10:00:00Z' WHERE record_id = ?").run(request.id);
    s.db
      .prepare(
        `INSERT INTO portal_status (kind, record_id, revision, client_id, status, allocation_json, message, at, applied_at)
         VALUES ('compute_request', ?, 1, ?, 'approved', ?, 'Accordé pour le trimestre', '2026-03-10T08:00:00Z', '2026-03-10T08:05:00Z')`,
      )
      .run(request.id, client.id, JSON.stringify({ gpuHours: 2000, system: 'MeluXina', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' }));
    const view = await s.ok('gpu.requests.get', { id: request.id });
    expect(view.revision.queue).toMatchObject({
      state: 'delivered',
      portalRef: 'LAIF-2026-000123',
      portalStatus: { status: 'approved', message: 'Accordé pour le trimestre', allocation: { gpuHours: 2000, system: 'MeluXina' } },
    });
    const list = await s.ok('gpu.requests.list', { clientId: client.id });
    expect(list[0].queue).toMatchObject({ state: 'delivered', portalRef: 'LAIF-2026-000123', revision: 1 });
  });
});
