/**
 * The GPU repository's row builders: each record written through the repository reads back
 * identically, nulls included, and a finalised revision is never rewritten.
 */
import { describe, expect, it } from 'vitest';
import { repositoryFixture } from '../support/repository-fixture';
import { createGpuRepository, type ComputeRequestRecord, type RequestRevisionRecord } from '@main/services/gpu/gpu-repository';
import type { GpuBudget } from '@shared/contract/gpu';
import type { ComputeRequestFields } from '@shared/domain/compute-request';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';

const f = repositoryFixture(createGpuRepository, { name: 'Row Builders SA', reportLocale: 'de' });

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';

const budget = (over: Partial<GpuBudget> = {}): GpuBudget => ({
  id: 'b-1',
  clientId: f.clientId,
  name: 'Assistant',
  hardwareId: 'meluxina-a100-40gb',
  precision: 'fp8',
  workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }] as GpuBudget['workloads'],
  initiativeId: 'init-1',
  createdAt: T1,
  updatedAt: T2,
  ...over,
});

const request = (over: Partial<ComputeRequestRecord> = {}): ComputeRequestRecord => ({
  id: 'r-1',
  clientId: f.clientId,
  budgetId: 'b-1',
  initiativeId: null,
  createdAt: T1,
  updatedAt: T1,
  ...over,
});

const fields = { projectTitle: 'Pilot', accessMode: 'playground', periodMonths: null, startDate: null, justification: '' } as unknown as ComputeRequestFields;

const revision = (over: Partial<RequestRevisionRecord> = {}): RequestRevisionRecord => ({
  requestId: 'r-1',
  clientId: f.clientId,
  revision: 1,
  supersedes: null,
  status: 'draft',
  locale: 'de',
  fields,
  budget: null,
  estimate: null,
  payload: null,
  finalisedAt: null,
  createdAt: T1,
  updatedAt: T1,
  ...over,
});

const finalised = (): RequestRevisionRecord =>
  revision({
    status: 'finalised',
    budget: { name: 'Assistant', hardwareId: 'meluxina-a100-40gb', precision: 'bf16', workloads: [] },
    estimate: { total: { gpuHours: { low: 1, expected: 2, high: 3 } } } as unknown as GpuBudgetEstimate,
    payload: { totalGpuHours: 2, company: { name: 'Row Builders SA', rcsNumber: null } },
    finalisedAt: T2,
    updatedAt: T2,
  });

describe('GPU repository row builders', () => {
  it('a setting reads back as written (number and text), and a default has no row', () => {
    f.repo.saveSetting({ key: 'pue', value: 1.35, updatedAt: T1 });
    f.repo.saveSetting({ key: 'carbonBasis', value: 'market', updatedAt: T1 });
    f.repo.saveSetting({ key: 'pue', value: 1.2, updatedAt: T2 }); // an upsert, not a second row
    expect(f.repo.settings()).toEqual([
      { key: 'carbonBasis', value: 'market', updatedAt: T1 },
      { key: 'pue', value: 1.2, updatedAt: T2 },
    ]);
    f.repo.deleteSetting('pue');
    expect(f.repo.settings().map((r) => r.key)).toEqual(['carbonBasis']);
  });

  it('a budget reads back as written, with and without its initiative', () => {
    f.repo.insertBudget(budget());
    f.repo.insertBudget(budget({ id: 'b-2', initiativeId: null, workloads: [], name: '', updatedAt: T1 }));
    expect(f.repo.budget('b-1')).toEqual(budget());
    expect(f.repo.budget('b-2')).toEqual(budget({ id: 'b-2', initiativeId: null, workloads: [], name: '', updatedAt: T1 }));
    expect(f.repo.budgetsOf(f.clientId).map((b) => b.id)).toEqual(['b-1', 'b-2']); // last changed first
    f.repo.updateBudget(budget({ name: 'Renamed', precision: 'bf16', initiativeId: null }));
    expect(f.repo.budget('b-1')).toEqual(budget({ name: 'Renamed', precision: 'bf16', initiativeId: null }));
  });

  it('a request reads back as written; deleting its budget leaves budgetId null', () => {
    f.repo.insertBudget(budget());
    f.repo.insertRequest(request());
    f.repo.insertRequest(request({ id: 'r-2', budgetId: null, initiativeId: 'init-9' }));
    expect(f.repo.request('r-1')).toEqual(request());
    expect(f.repo.request('r-2')).toEqual(request({ id: 'r-2', budgetId: null, initiativeId: 'init-9' }));
    f.repo.deleteBudget('b-1');
    expect(f.repo.request('r-1')).toEqual(request({ budgetId: null }));
  });

  it('a draft and a finalised revision read back as written; a finalised one is never rewritten', () => {
    f.repo.insertRequest(request({ budgetId: null }));
    f.repo.insertRevision(finalised());
    const next = revision({ revision: 2, supersedes: 1, locale: 'lb' });
    f.repo.insertRevision(next);
    expect(f.repo.revisions('r-1')).toEqual([finalised(), next]);
    expect(f.repo.latestRevision('r-1')).toEqual(next);
    // A draft's snapshot columns are SQL NULL (the table's CHECK tells drafts from finalised rows by them).
    const columns = f.services.db
      .prepare('SELECT budget_json, estimate_json, payload_json, finalised_at FROM compute_request_revisions WHERE request_id = ? AND revision = 2')
      .get('r-1');
    expect(columns).toEqual({ budget_json: null, estimate_json: null, payload_json: null, finalised_at: null });

    f.repo.updateDraft({ ...finalised(), fields: { ...fields, projectTitle: 'Changed' } });
    expect(f.repo.revisions('r-1')[0]).toEqual(finalised());

    const edited = { ...next, fields: { ...fields, projectTitle: 'Changed' }, updatedAt: T2 };
    f.repo.updateDraft(edited);
    expect(f.repo.latestRevision('r-1')).toEqual(edited);
    f.repo.deleteDraft('r-1', 2);
    expect(f.repo.revisions('r-1')).toEqual([finalised()]);
  });
});
