/**
 * Every SQL statement of the GPU feature (tables of migrations 0007 and 0011) and the mapping
 * between their rows and typed records. One row builder per table (`*ToRow`) feeds every insert
 * and update of that table and one reader (`*FromRow`) maps it back. No rules here.
 */
import type { ComputeRequestRevision, GpuBudget } from '@shared/contract/gpu';
import type { ComputeRequestFields } from '@shared/domain/compute-request';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';
import type { HardwareId, Precision } from '@shared/reference/gpu/hardware';
import type { NumericSettingKey } from '@shared/reference/gpu/settings';
import type { Locale } from '@shared/locale';
import type { Db } from '@main/db/open-database';
import { insertSql, mapRow } from '@main/db/sql-rows';

export type GpuSettingKey = NumericSettingKey | 'carbonBasis' | 'billingUnit';

/** An advisor setting that differs from the shipped default (a default has no row). */
export interface GpuSettingRecord {
  key: GpuSettingKey;
  value: number | string;
  updatedAt: string;
}

export interface ComputeRequestRecord {
  id: string;
  clientId: string;
  /** Null once the budget is deleted: finalised snapshots keep their own copy. */
  budgetId: string | null;
  initiativeId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type BudgetSnapshot = NonNullable<ComputeRequestRevision['snapshot']>['budget'];

/** One revision of a compute request: a draft, or finalised with its frozen snapshot. */
export interface RequestRevisionRecord {
  requestId: string;
  clientId: string;
  revision: number;
  supersedes: number | null;
  status: 'draft' | 'finalised';
  locale: Locale;
  fields: ComputeRequestFields;
  /** The snapshot: all null on a draft, all set once finalised (a CHECK of the table). */
  budget: BudgetSnapshot | null;
  estimate: GpuBudgetEstimate | null;
  payload: Record<string, unknown> | null;
  finalisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GpuSettingRow {
  key: string;
  value_json: string;
  updated_at: string;
}

export interface BudgetRow {
  id: string;
  client_id: string;
  name: string;
  hardware_id: string;
  precision: string;
  workloads_json: string;
  initiative_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RequestRow {
  id: string;
  client_id: string;
  budget_id: string | null;
  initiative_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RevisionRow {
  request_id: string;
  client_id: string;
  revision: number;
  supersedes: number | null;
  status: 'draft' | 'finalised';
  locale: string;
  fields_json: string;
  budget_json: string | null;
  estimate_json: string | null;
  payload_json: string | null;
  finalised_at: string | null;
  created_at: string;
  updated_at: string;
}

const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));
const parseOrNull = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

function settingToRow(s: GpuSettingRecord): GpuSettingRow {
  return { key: s.key, value_json: JSON.stringify(s.value), updated_at: s.updatedAt };
}

function settingFromRow(row: GpuSettingRow): GpuSettingRecord {
  return { key: row.key as GpuSettingKey, value: JSON.parse(row.value_json) as number | string, updatedAt: row.updated_at };
}

function budgetToRow(b: GpuBudget): BudgetRow {
  return {
    id: b.id,
    client_id: b.clientId,
    name: b.name,
    hardware_id: b.hardwareId,
    precision: b.precision,
    workloads_json: JSON.stringify(b.workloads),
    initiative_id: b.initiativeId,
    created_at: b.createdAt,
    updated_at: b.updatedAt,
  };
}

function budgetFromRow(row: BudgetRow): GpuBudget {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    hardwareId: row.hardware_id as HardwareId,
    precision: row.precision as Precision,
    workloads: JSON.parse(row.workloads_json) as WorkloadDraft[],
    initiativeId: row.initiative_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function requestToRow(r: ComputeRequestRecord): RequestRow {
  return {
    id: r.id,
    client_id: r.clientId,
    budget_id: r.budgetId,
    initiative_id: r.initiativeId,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

function requestFromRow(row: RequestRow): ComputeRequestRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    budgetId: row.budget_id,
    initiativeId: row.initiative_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function revisionToRow(r: RequestRevisionRecord): RevisionRow {
  return {
    request_id: r.requestId,
    client_id: r.clientId,
    revision: r.revision,
    supersedes: r.supersedes,
    status: r.status,
    locale: r.locale,
    fields_json: JSON.stringify(r.fields),
    budget_json: jsonOrNull(r.budget),
    estimate_json: jsonOrNull(r.estimate),
    payload_json: jsonOrNull(r.payload),
    finalised_at: r.finalisedAt,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export function revisionFromRow(row: RevisionRow): RequestRevisionRecord {
  return {
    requestId: row.request_id,
    clientId: row.client_id,
    revision: row.revision,
    supersedes: row.supersedes,
    status: row.status,
    locale: row.locale as Locale,
    fields: JSON.parse(row.fields_json) as ComputeRequestFields,
    budget: parseOrNull<BudgetSnapshot>(row.budget_json),
    estimate: parseOrNull<GpuBudgetEstimate>(row.estimate_json),
    payload: parseOrNull<Record<string, unknown>>(row.payload_json),
    finalisedAt: row.finalised_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createGpuRepository(db: Db) {
  const q = {
    settings: db.prepare<[], GpuSettingRow>('SELECT key, value_json, updated_at FROM gpu_settings ORDER BY key'),
    saveSetting: db.prepare(
      `${insertSql('gpu_settings', settingToRow)} ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ),
    deleteSetting: db.prepare('DELETE FROM gpu_settings WHERE key = ?'),

    budget: db.prepare<[string], BudgetRow>('SELECT * FROM gpu_budgets WHERE id = ?'),
    budgetsOf: db.prepare<[string], BudgetRow>('SELECT * FROM gpu_budgets WHERE client_id = ? ORDER BY updated_at DESC, id'),
    insertBudget: db.prepare(insertSql('gpu_budgets', budgetToRow)),
    updateBudget: db.prepare(
      `UPDATE gpu_budgets SET name = @name, hardware_id = @hardware_id, precision = @precision, workloads_json = @workloads_json,
         initiative_id = @initiative_id, updated_at = @updated_at
       WHERE id = @id`,
    ),
    deleteBudget: db.prepare('DELETE FROM gpu_budgets WHERE id = ?'),

    request: db.prepare<[string], RequestRow>('SELECT * FROM compute_requests WHERE id = ?'),
    requestsOf: db.prepare<[string], RequestRow>('SELECT * FROM compute_requests WHERE client_id = ? ORDER BY updated_at DESC, id'),
    insertRequest: db.prepare(insertSql('compute_requests', requestToRow)),
    updateRequest: db.prepare('UPDATE compute_requests SET budget_id = @budget_id, initiative_id = @initiative_id, updated_at = @updated_at WHERE id = @id'),
    deleteRequest: db.prepare('DELETE FROM compute_requests WHERE id = ?'),

    revisions: db.prepare<[string], RevisionRow>('SELECT * FROM compute_request_revisions WHERE request_id = ? ORDER BY revision'),
    latestRevision: db.prepare<[string], RevisionRow>(
      'SELECT * FROM compute_request_revisions WHERE request_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    insertRevision: db.prepare(insertSql('compute_request_revisions', revisionToRow)),
    // Only a draft changes: a finalised revision is frozen (and a trigger of migration 0007 refuses it).
    updateDraft: db.prepare(
      `UPDATE compute_request_revisions
          SET status = @status, locale = @locale, fields_json = @fields_json, budget_json = @budget_json, estimate_json = @estimate_json,
              payload_json = @payload_json, finalised_at = @finalised_at, updated_at = @updated_at
        WHERE request_id = @request_id AND revision = @revision AND status = 'draft'`,
    ),
    deleteDraft: db.prepare("DELETE FROM compute_request_revisions WHERE request_id = ? AND revision = ? AND status = 'draft'"),
  };

  return {
    /** Runs `fn` in one transaction (a call inside another joins it). */
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),

    /** The advisor's settings that differ from the defaults, by key. */
    settings: (): GpuSettingRecord[] => q.settings.all().map(settingFromRow),
    saveSetting: (s: GpuSettingRecord): void => void q.saveSetting.run(settingToRow(s)),
    deleteSetting: (key: GpuSettingKey): void => void q.deleteSetting.run(key),

    budget: (id: string): GpuBudget | undefined => mapRow(q.budget.get(id), budgetFromRow),
    /** A client's budgets, last changed first. */
    budgetsOf: (clientId: string): GpuBudget[] => q.budgetsOf.all(clientId).map(budgetFromRow),
    insertBudget: (b: GpuBudget): void => void q.insertBudget.run(budgetToRow(b)),
    updateBudget: (b: GpuBudget): void => void q.updateBudget.run(budgetToRow(b)),
    deleteBudget: (id: string): void => void q.deleteBudget.run(id),

    request: (id: string): ComputeRequestRecord | undefined => mapRow(q.request.get(id), requestFromRow),
    /** A client's compute requests, last changed first. */
    requestsOf: (clientId: string): ComputeRequestRecord[] => q.requestsOf.all(clientId).map(requestFromRow),
    insertRequest: (r: ComputeRequestRecord): void => void q.insertRequest.run(requestToRow(r)),
    updateRequest: (r: ComputeRequestRecord): void => void q.updateRequest.run(requestToRow(r)),
    /** Deletes the request and, by cascade, its revisions. */
    deleteRequest: (id: string): void => void q.deleteRequest.run(id),

    /** A request's revisions, oldest first. */
    revisions: (requestId: string): RequestRevisionRecord[] => q.revisions.all(requestId).map(revisionFromRow),
    latestRevision: (requestId: string): RequestRevisionRecord | undefined => mapRow(q.latestRevision.get(requestId), revisionFromRow),
    insertRevision: (r: RequestRevisionRecord): void => void q.insertRevision.run(revisionToRow(r)),
    /** Rewrites a draft revision (its fields, or its finalisation); a finalised one is never touched. */
    updateDraft: (r: RequestRevisionRecord): void => void q.updateDraft.run(revisionToRow(r)),
    deleteDraft: (requestId: string, revision: number): void => void q.deleteDraft.run(requestId, revision),
  };
}

export type GpuRepository = ReturnType<typeof createGpuRepository>;
