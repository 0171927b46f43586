/**
 * GPU-hour budgets and compute requests (issue 5). Budgets are drafts saved as typed; their
 * estimate always comes from the shared estimator at the current settings. A compute request
 * revision is a draft until finalised: then its budget, estimate and payload are frozen and the
 * outbox row is written in the SAME transaction (portal-protocol.md, client rules).
 */
import { AppError, type FieldProblem } from '../../../shared/errors';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import type { Client } from '../../../shared/contract/clients';
import type {
  ComputeRequestQueueInfo,
  ComputeRequestRevision,
  ComputeRequestRevisionSummary,
  ComputeRequestSummary,
  ComputeRequestView,
  GpuBudget,
  GpuBudgetSummary,
  GpuBudgetView,
  GpuSettingsView,
} from '../../../shared/contract/gpu';
import { GpuBudgetInputError, WORKLOAD_TYPES, estimateGpuBudget, type GpuBudgetEstimate } from '../../../shared/domain/gpu-budget';
import { estimateDraft, type WorkloadDraft } from '../../../shared/domain/gpu-budget-draft';
import {
  buildComputeRequestPayload,
  checkComputeRequest,
  defaultComputeRequestFields,
  unconfirmedChallenges,
  type ComputeRequestFields,
} from '../../../shared/domain/compute-request';
import { GPU_HARDWARE, GPU_REFERENCE_LAST_CHECKED, GPU_REFERENCE_VERSION, type HardwareId, type Precision } from '../../../shared/reference/gpu/hardware';
import { MODEL_PRESETS } from '../../../shared/reference/gpu/models';
import { SETTING_REFERENCES, defaultGpuBudgetSettings, type GpuBudgetSettings, type NumericSettingKey } from '../../../shared/reference/gpu/settings';
import type { Locale } from '../../../shared/locale';
import { enqueueSubmission } from '../sync/outbox';
import { recordSyncInfo } from '../sync/status';
import type { ServiceContext } from './context';

interface BudgetRow {
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

interface RequestRow {
  id: string;
  client_id: string;
  budget_id: string | null;
  initiative_id: string | null;
  created_at: string;
  updated_at: string;
}

interface RevisionRow {
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

type SettingKey = NumericSettingKey | 'carbonBasis' | 'billingUnit';

function toBudget(row: BudgetRow): GpuBudget {
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

const settingsInputPath = (path: string) => path.replace(/^settings\./, 'patch.');

export function createGpuService(ctx: ServiceContext, deps: { appVersion: string; getClient: (id: string) => Client }) {
  const { db } = ctx;

  // -------------------------------------------------------------------------------------------
  // Settings

  function loadSettings(): { settings: GpuBudgetSettings; overridden: SettingKey[]; updatedAt: string | null } {
    const settings = defaultGpuBudgetSettings();
    const rows = db.prepare('SELECT key, value_json, updated_at FROM gpu_settings ORDER BY key').all() as { key: SettingKey; value_json: string; updated_at: string }[];
    let updatedAt: string | null = null;
    for (const row of rows) {
      (settings as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value_json);
      if (!updatedAt || row.updated_at > updatedAt) updatedAt = row.updated_at;
    }
    return { settings, overridden: rows.map((r) => r.key), updatedAt };
  }

  function settingsView(): GpuSettingsView {
    const { settings, overridden, updatedAt } = loadSettings();
    return { settings, defaults: defaultGpuBudgetSettings(), overridden, references: { ...SETTING_REFERENCES }, updatedAt };
  }

  // -------------------------------------------------------------------------------------------
  // Budgets

  function budgetRow(id: string): BudgetRow {
    const row = db.prepare<[string], BudgetRow>('SELECT * FROM gpu_budgets WHERE id = ?').get(id);
    if (!row) throw new AppError('not_found', 'No such GPU budget', { entity: 'gpu_budget' });
    return row;
  }

  function budgetView(row: BudgetRow, settings = loadSettings().settings): GpuBudgetView {
    const budget = toBudget(row);
    const result = estimateDraft(budget, settings);
    return { budget, estimate: result.estimate, problems: result.problems };
  }

  function summaryOf(row: BudgetRow, settings: GpuBudgetSettings): GpuBudgetSummary {
    const view = budgetView(row, settings);
    return {
      id: row.id,
      clientId: row.client_id,
      name: row.name,
      hardwareId: view.budget.hardwareId,
      workloadCount: view.budget.workloads.length,
      gpuHours: view.estimate ? { ...view.estimate.total.gpuHours } : null,
      accessMode: view.estimate?.accessMode ?? null,
      initiativeId: row.initiative_id,
      updatedAt: row.updated_at,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Compute requests

  function requestRow(id: string): RequestRow {
    const row = db.prepare<[string], RequestRow>('SELECT * FROM compute_requests WHERE id = ?').get(id);
    if (!row) throw new AppError('not_found', 'No such compute request', { entity: 'compute_request' });
    return row;
  }

  function revisionRows(id: string): RevisionRow[] {
    return db.prepare<[string], RevisionRow>('SELECT * FROM compute_request_revisions WHERE request_id = ? ORDER BY revision').all(id);
  }

  function latestRevision(id: string): RevisionRow {
    const row = db
      .prepare<[string], RevisionRow>('SELECT * FROM compute_request_revisions WHERE request_id = ? ORDER BY revision DESC LIMIT 1')
      .get(id);
    if (!row) throw new AppError('not_found', 'No such compute request', { entity: 'compute_request' });
    return row;
  }

  /** The queue state of a finalised revision and the portal's answer, from the sync feature's lookup. */
  function queueInfo(id: string, revision: number, queuedAt: string): ComputeRequestQueueInfo | null {
    const info = recordSyncInfo(db, 'compute_request', id, revision);
    if (info.state === 'not_queued') return null;
    return {
      state: info.state,
      portalRef: info.portalRef,
      deliveredAt: info.deliveredAt,
      lastError: info.lastError,
      portalStatus: info.portalStatus,
      queuedAt,
    };
  }

  function revisionSummary(row: RevisionRow): ComputeRequestRevisionSummary {
    const fields = JSON.parse(row.fields_json) as ComputeRequestFields;
    const payload = row.payload_json ? (JSON.parse(row.payload_json) as { totalGpuHours?: number }) : null;
    return {
      revision: row.revision,
      supersedes: row.supersedes,
      status: row.status,
      projectTitle: fields.projectTitle,
      totalGpuHours: payload?.totalGpuHours ?? null,
      finalisedAt: row.finalised_at,
      createdAt: row.created_at,
      queue: row.status === 'finalised' ? queueInfo(row.request_id, row.revision, row.finalised_at!) : null,
    };
  }

  function clientFacts(clientId: string) {
    const c = deps.getClient(clientId);
    return {
      locale: c.reportLocale,
      company: {
        name: c.name,
        rcsNumber: c.rcsNumber,
        naceCode: c.naceCode,
        headcount: c.headcount,
        turnoverCents: c.turnoverCents,
        balanceSheetCents: c.balanceSheetCents,
        related: c.related,
      },
    };
  }

  /** What finalising would send now, and every reason it cannot yet. */
  function draftPreview(request: RequestRow, fields: ComputeRequestFields) {
    if (!request.budget_id) {
      return { estimate: null, payload: null, budget: null, problems: [{ path: 'budgetId', code: 'required', message: 'choose a GPU budget' }] as FieldProblem[] };
    }
    const budget = toBudget(budgetRow(request.budget_id));
    const estimated = estimateDraft(budget, loadSettings().settings);
    if (!estimated.estimate) {
      return { estimate: null, payload: null, budget, problems: estimated.problems.map((p) => ({ ...p, path: `budget.${p.path}` })) };
    }
    const payload = buildComputeRequestPayload({ company: clientFacts(request.client_id).company, fields, estimate: estimated.estimate });
    // Inputs beyond what the system can provide block finalising until the advisor confirms them.
    const problems = [...checkComputeRequest(payload).problems, ...unconfirmedChallenges(estimated.estimate, fields)];
    return { estimate: estimated.estimate, payload, budget, problems };
  }

  function toRevision(row: RevisionRow): ComputeRequestRevision {
    return {
      ...revisionSummary(row),
      fields: JSON.parse(row.fields_json) as ComputeRequestFields,
      locale: row.locale as Locale,
      updatedAt: row.updated_at,
      snapshot:
        row.status === 'finalised'
          ? { budget: JSON.parse(row.budget_json!), estimate: JSON.parse(row.estimate_json!), payload: JSON.parse(row.payload_json!) }
          : null,
    };
  }

  function requestView(id: string, revision?: number): ComputeRequestView {
    const request = requestRow(id);
    const rows = revisionRows(id);
    const latest = rows[rows.length - 1];
    const row = revision === undefined ? latest : rows.find((r) => r.revision === revision);
    if (!row) throw new AppError('not_found', 'No such revision', { entity: 'compute_request_revision', revision });
    const shown = toRevision(row);
    let preview: ComputeRequestView['preview'];
    if (shown.snapshot) preview = { estimate: shown.snapshot.estimate, payload: shown.snapshot.payload, problems: [] };
    else {
      const p = draftPreview(request, shown.fields);
      preview = { estimate: p.estimate, payload: p.payload, problems: p.problems };
    }
    const budgetName = request.budget_id
      ? ((db.prepare('SELECT name FROM gpu_budgets WHERE id = ?').get(request.budget_id) as { name: string } | undefined)?.name ?? null)
      : null;
    return {
      id: request.id,
      clientId: request.client_id,
      budgetId: request.budget_id,
      budgetName,
      initiativeId: request.initiative_id,
      latestRevision: latest.revision,
      revision: shown,
      revisions: rows.map(revisionSummary),
      preview,
    };
  }

  function editableDraft(id: string): RevisionRow {
    const latest = latestRevision(id);
    if (latest.status === 'finalised') {
      throw new AppError('read_only', 'This revision is finalised; start a new revision to change it', { revision: latest.revision });
    }
    return latest;
  }

  const insertRevision = db.prepare(
    `INSERT INTO compute_request_revisions (request_id, client_id, revision, supersedes, status, locale, fields_json, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
  );

  // -------------------------------------------------------------------------------------------
  // Handlers

  const handlers = {
    'gpu.presets': () => ({
      referenceVersion: GPU_REFERENCE_VERSION,
      lastChecked: GPU_REFERENCE_LAST_CHECKED,
      models: [...MODEL_PRESETS],
      hardware: [...GPU_HARDWARE],
      workloadTypes: WORKLOAD_TYPES,
      settings: Object.values(SETTING_REFERENCES),
    }),

    'gpu.settings.get': () => settingsView(),

    'gpu.settings.update': ({ patch }: ParsedInput<'gpu.settings.update'>) => {
      const defaults = defaultGpuBudgetSettings();
      const merged: GpuBudgetSettings = { ...loadSettings().settings };
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [SettingKey, number | string | null][];
      for (const [key, value] of entries) (merged as unknown as Record<string, unknown>)[key] = value ?? defaults[key];
      // The estimator's own setting rules (PUE ≥ 1, Playground ≤ Fast Lane …) decide, not a copy of them.
      try {
        estimateGpuBudget({ workloads: [], hardwareId: 'meluxina-a100-40gb', precision: 'bf16', settings: merged });
      } catch (error) {
        if (error instanceof GpuBudgetInputError) {
          throw new AppError('invalid_input', 'GPU budget settings refused', {
            fields: error.problems.map((p) => ({ ...p, path: settingsInputPath(p.path) })),
          });
        }
        throw error;
      }
      const at = ctx.now().toISOString();
      db.transaction(() => {
        for (const [key] of entries) {
          if (merged[key] === defaults[key]) db.prepare('DELETE FROM gpu_settings WHERE key = ?').run(key);
          else
            db.prepare(
              'INSERT INTO gpu_settings (key, value_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at',
            ).run(key, JSON.stringify(merged[key]), at);
        }
      })();
      ctx.emit({ type: 'changed', entity: 'gpu_settings' });
      return settingsView();
    },

    'gpu.budgets.list': ({ clientId }: ParsedInput<'gpu.budgets.list'>) => {
      const settings = loadSettings().settings;
      return db
        .prepare<[string], BudgetRow>('SELECT * FROM gpu_budgets WHERE client_id = ? ORDER BY updated_at DESC, id')
        .all(clientId)
        .map((row) => summaryOf(row, settings));
    },

    'gpu.budgets.get': ({ id }: ParsedInput<'gpu.budgets.get'>) => budgetView(budgetRow(id)),

    'gpu.budgets.create': (input: ParsedInput<'gpu.budgets.create'>) => {
      deps.getClient(input.clientId); // not_found before any write
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.prepare(
        `INSERT INTO gpu_budgets (id, client_id, name, hardware_id, precision, workloads_json, initiative_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.clientId, input.name, input.hardwareId, input.precision, JSON.stringify(input.workloads), input.initiativeId, at, at);
      ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      return budgetView(budgetRow(id));
    },

    'gpu.budgets.update': ({ id, patch }: ParsedInput<'gpu.budgets.update'>) => {
      const columns: Record<keyof typeof patch, string> = {
        name: 'name',
        hardwareId: 'hardware_id',
        precision: 'precision',
        workloads: 'workloads_json',
        initiativeId: 'initiative_id',
      };
      const keys = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
      budgetRow(id);
      if (keys.length > 0) {
        const sets = keys.map((k) => `${columns[k]} = ?`).join(', ');
        const values = keys.map((k) => (k === 'workloads' ? JSON.stringify(patch.workloads) : patch[k]));
        db.prepare(`UPDATE gpu_budgets SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, ctx.now().toISOString(), id);
        ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      }
      return budgetView(budgetRow(id));
    },

    'gpu.budgets.delete': ({ id }: ParsedInput<'gpu.budgets.delete'>) => {
      budgetRow(id);
      db.prepare('DELETE FROM gpu_budgets WHERE id = ?').run(id);
      ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      return { deleted: true as const };
    },

    'gpu.budgets.estimate': ({ id }: ParsedInput<'gpu.budgets.estimate'>): GpuBudgetEstimate => {
      const view = budgetView(budgetRow(id));
      if (!view.estimate) throw new AppError('invalid_input', 'This budget cannot be estimated yet', { fields: view.problems });
      return view.estimate;
    },

    'gpu.requests.list': ({ clientId }: ParsedInput<'gpu.requests.list'>): ComputeRequestSummary[] => {
      const requests = db
        .prepare<[string], RequestRow>('SELECT * FROM compute_requests WHERE client_id = ? ORDER BY updated_at DESC, id')
        .all(clientId);
      return requests.map((r) => {
        const rows = revisionRows(r.id);
        const latest = rows[rows.length - 1];
        const fields = JSON.parse(latest.fields_json) as ComputeRequestFields;
        const lastFinal = [...rows].reverse().find((x) => x.status === 'finalised');
        const queue = lastFinal ? queueInfo(r.id, lastFinal.revision, lastFinal.finalised_at!) : null;
        const shownTotal = revisionSummary(lastFinal ?? latest).totalGpuHours;
        return {
          id: r.id,
          clientId: r.client_id,
          budgetId: r.budget_id,
          latestRevision: latest.revision,
          status: latest.status,
          projectTitle: fields.projectTitle,
          accessMode: fields.accessMode,
          totalGpuHours: shownTotal,
          updatedAt: r.updated_at,
          queue: queue && lastFinal ? { ...queue, revision: lastFinal.revision } : null,
        };
      });
    },

    'gpu.requests.create': ({ budgetId, initiativeId }: ParsedInput<'gpu.requests.create'>) => {
      const budget = budgetRow(budgetId);
      const { locale } = clientFacts(budget.client_id);
      const view = budgetView(budget);
      const fields = defaultComputeRequestFields({ estimate: view.estimate, budgetName: budget.name, locale, now: ctx.now() });
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.transaction(() => {
        db.prepare('INSERT INTO compute_requests (id, client_id, budget_id, initiative_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          id,
          budget.client_id,
          budgetId,
          initiativeId ?? budget.initiative_id,
          at,
          at,
        );
        insertRevision.run(id, budget.client_id, 1, null, locale, JSON.stringify(fields), at, at);
      })();
      ctx.emit({ type: 'changed', entity: 'compute_request', id });
      return requestView(id);
    },

    'gpu.requests.get': ({ id, revision }: ParsedInput<'gpu.requests.get'>) => requestView(id, revision),

    'gpu.requests.update': ({ id, patch }: ParsedInput<'gpu.requests.update'>) => {
      const request = requestRow(id);
      const { budgetId, ...fieldPatch } = patch;
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const draftRow = editableDraft(id);
        if (budgetId !== undefined && budgetId !== request.budget_id) {
          const budget = budgetRow(budgetId);
          if (budget.client_id !== request.client_id) throw new AppError('not_found', 'No such GPU budget for this client', { entity: 'gpu_budget' });
          db.prepare('UPDATE compute_requests SET budget_id = ?, updated_at = ? WHERE id = ?').run(budgetId, at, id);
        }
        const fields = { ...(JSON.parse(draftRow.fields_json) as ComputeRequestFields), ...fieldPatch };
        db.prepare('UPDATE compute_request_revisions SET fields_json = ?, updated_at = ? WHERE request_id = ? AND revision = ?').run(
          JSON.stringify(fields),
          at,
          id,
          draftRow.revision,
        );
        db.prepare('UPDATE compute_requests SET updated_at = ? WHERE id = ?').run(at, id);
      })();
      ctx.emit({ type: 'changed', entity: 'compute_request', id });
      return requestView(id);
    },

    'gpu.requests.finalise': ({ id }: ParsedInput<'gpu.requests.finalise'>) => {
      const now = ctx.now();
      const at = now.toISOString();
      db.transaction(() => {
        const request = requestRow(id);
        const draftRow = editableDraft(id);
        const fields = JSON.parse(draftRow.fields_json) as ComputeRequestFields;
        const preview = draftPreview(request, fields);
        if (preview.problems.length > 0 || !preview.payload || !preview.estimate || !preview.budget) {
          throw new AppError('invalid_input', 'The compute request is not complete', { fields: preview.problems });
        }
        const { locale } = clientFacts(request.client_id);
        const budgetSnapshot = {
          name: preview.budget.name,
          hardwareId: preview.budget.hardwareId,
          precision: preview.budget.precision,
          workloads: preview.budget.workloads,
        };
        // 1. The snapshot: from here on this revision never changes (trigger in migration 0007).
        db.prepare(
          `UPDATE compute_request_revisions
              SET status = 'finalised', locale = ?, budget_json = ?, estimate_json = ?, payload_json = ?, finalised_at = ?, updated_at = ?
            WHERE request_id = ? AND revision = ? AND status = 'draft'`,
        ).run(locale, JSON.stringify(budgetSnapshot), JSON.stringify(preview.estimate), JSON.stringify(preview.payload), at, at, id, draftRow.revision);
        // 2. The queue row, in the same transaction: both exist or neither does.
        enqueueSubmission(db, {
          kind: 'compute_request',
          recordId: id,
          revision: draftRow.revision,
          locale,
          clientId: request.client_id,
          payload: preview.payload,
          instrumentVersion: GPU_REFERENCE_VERSION,
          appVersion: deps.appVersion,
          createdAt: now,
          newId: ctx.newId,
        });
        db.prepare('UPDATE compute_requests SET updated_at = ? WHERE id = ?').run(at, id);
      })();
      ctx.emit({ type: 'changed', entity: 'compute_request', id });
      ctx.emit({ type: 'changed', entity: 'outbox' });
      return requestView(id);
    },

    'gpu.requests.newRevision': ({ id }: ParsedInput<'gpu.requests.newRevision'>) => {
      const request = requestRow(id);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const latest = latestRevision(id);
        if (latest.status === 'draft') throw new AppError('conflict', 'A draft revision is already open', { revision: latest.revision });
        const { locale } = clientFacts(request.client_id);
        insertRevision.run(id, request.client_id, latest.revision + 1, latest.revision, locale, latest.fields_json, at, at);
        db.prepare('UPDATE compute_requests SET updated_at = ? WHERE id = ?').run(at, id);
      })();
      ctx.emit({ type: 'changed', entity: 'compute_request', id });
      return requestView(id);
    },

    'gpu.requests.revisions': ({ id }: ParsedInput<'gpu.requests.revisions'>) => {
      requestRow(id);
      return revisionRows(id).map(revisionSummary);
    },

    'gpu.requests.discardDraft': ({ id }: ParsedInput<'gpu.requests.discardDraft'>) => {
      requestRow(id);
      let discarded: 'request' | 'draft' = 'draft';
      db.transaction(() => {
        const draftRow = editableDraft(id);
        if (draftRow.revision === 1) {
          db.prepare('DELETE FROM compute_requests WHERE id = ?').run(id);
          discarded = 'request';
        } else {
          db.prepare("DELETE FROM compute_request_revisions WHERE request_id = ? AND revision = ? AND status = 'draft'").run(id, draftRow.revision);
        }
      })();
      ctx.emit({ type: 'changed', entity: 'compute_request', id });
      return { discarded };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    loadSettings,
    /** Typed reads for other features (the Word report), instead of the global handler map. */
    listBudgets: (clientId: string): GpuBudgetSummary[] => handlers['gpu.budgets.list']({ clientId }),
    getBudget: (id: string): GpuBudgetView => handlers['gpu.budgets.get']({ id }),
    listRequests: (clientId: string): ComputeRequestSummary[] => handlers['gpu.requests.list']({ clientId }),
  };
}

export type GpuService = ReturnType<typeof createGpuService>;
