/**
 * What a compute request shows: its revisions, the portal's answer to each finalised one (from
 * the sync feature's lookup), and for a draft what finalising would send now and why it cannot yet.
 */
import { AppError, type FieldProblem } from '@shared/errors';
import type { Client } from '@shared/contract/clients';
import type {
  ComputeRequestQueueInfo,
  ComputeRequestRevision,
  ComputeRequestRevisionSummary,
  ComputeRequestSummary,
  ComputeRequestView,
  GpuBudget,
} from '@shared/contract/gpu';
import { buildComputeRequestPayload, checkComputeRequest } from '@shared/contract/compute-request-payload';
import { unconfirmedChallenges, type ComputeRequestFields } from '@shared/domain/compute-request';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';
import { estimateDraft } from '@shared/domain/gpu-budget-draft';
import type { RecordSyncInfo, SubmissionKindName } from '@shared/contract/sync';
import type { ComputeRequestRecord, GpuRepository, RequestRevisionRecord } from './gpu-repository';
import type { GpuBudgets } from './gpu-budgets';
import type { GpuSettings } from './gpu-settings';

export interface DraftPreview {
  estimate: GpuBudgetEstimate | null;
  payload: Record<string, unknown> | null;
  budget: GpuBudget | null;
  problems: FieldProblem[];
}

/** What the GPU feature reads from other features. */
export interface ComputeRequestViewDeps {
  getClient: (id: string) => Client;
  /** The sync feature's lookup: a revision's queue state and the portal's answer. */
  recordSyncInfo: (kind: SubmissionKindName, recordId: string, revision?: number) => RecordSyncInfo;
}

export function createComputeRequestViews(repo: GpuRepository, settings: GpuSettings, budgets: GpuBudgets, deps: ComputeRequestViewDeps) {
  const { getClient } = deps;
  /** The stored request; not_found when there is none. */
  function stored(id: string): ComputeRequestRecord {
    const request = repo.request(id);
    if (!request) throw new AppError('not_found', 'No such compute request', { entity: 'compute_request' });
    return request;
  }

  function latestRevision(id: string): RequestRevisionRecord {
    const latest = repo.latestRevision(id);
    if (!latest) throw new AppError('not_found', 'No such compute request', { entity: 'compute_request' });
    return latest;
  }

  /** The queue state of a finalised revision and the portal's answer, from the sync feature's lookup. */
  function queueInfo(id: string, revision: number, queuedAt: string): ComputeRequestQueueInfo | null {
    const info = deps.recordSyncInfo('compute_request', id, revision);
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

  function revisionSummary(r: RequestRevisionRecord): ComputeRequestRevisionSummary {
    const payload = r.payload as { totalGpuHours?: number } | null;
    return {
      revision: r.revision,
      supersedes: r.supersedes,
      status: r.status,
      projectTitle: r.fields.projectTitle,
      totalGpuHours: payload?.totalGpuHours ?? null,
      finalisedAt: r.finalisedAt,
      createdAt: r.createdAt,
      queue: r.status === 'finalised' ? queueInfo(r.requestId, r.revision, r.finalisedAt!) : null,
    };
  }

  /** The client's report language: a compute request is written in it. */
  const localeOf = (clientId: string) => getClient(clientId).reportLocale;

  /** What finalising would send now, and every reason it cannot yet. */
  function draftPreview(request: ComputeRequestRecord, fields: ComputeRequestFields): DraftPreview {
    if (!request.budgetId) {
      return { estimate: null, payload: null, budget: null, problems: [{ path: 'budgetId', code: 'required', message: 'choose a GPU budget' }] };
    }
    const budget = budgets.stored(request.budgetId);
    const estimated = estimateDraft(budget, settings.loadSettings().settings);
    if (!estimated.estimate) {
      return { estimate: null, payload: null, budget, problems: estimated.problems.map((p) => ({ ...p, path: `budget.${p.path}` })) };
    }
    // The payload's company block is built from the client's record (payloadCompany picks its fields).
    const payload = buildComputeRequestPayload({ company: getClient(request.clientId), fields, estimate: estimated.estimate });
    // Inputs beyond what the system can provide block finalising until the advisor confirms them.
    const problems = [...checkComputeRequest(payload).problems, ...unconfirmedChallenges(estimated.estimate, fields)];
    return { estimate: estimated.estimate, payload, budget, problems };
  }

  function toRevision(r: RequestRevisionRecord): ComputeRequestRevision {
    return {
      ...revisionSummary(r),
      fields: r.fields,
      locale: r.locale,
      updatedAt: r.updatedAt,
      snapshot: r.status === 'finalised' ? { budget: r.budget!, estimate: r.estimate!, payload: r.payload! } : null,
    };
  }

  function view(id: string, revision?: number): ComputeRequestView {
    const request = stored(id);
    const revisions = repo.revisions(id);
    const latest = revisions[revisions.length - 1];
    const chosen = revision === undefined ? latest : revisions.find((r) => r.revision === revision);
    if (!chosen) throw new AppError('not_found', 'No such revision', { entity: 'compute_request_revision', revision });
    const shown = toRevision(chosen);
    let preview: ComputeRequestView['preview'];
    if (shown.snapshot) preview = { estimate: shown.snapshot.estimate, payload: shown.snapshot.payload, problems: [] };
    else {
      const p = draftPreview(request, shown.fields);
      preview = { estimate: p.estimate, payload: p.payload, problems: p.problems };
    }
    return {
      id: request.id,
      clientId: request.clientId,
      budgetId: request.budgetId,
      budgetName: request.budgetId ? (repo.budget(request.budgetId)?.name ?? null) : null,
      initiativeId: request.initiativeId,
      latestRevision: latest.revision,
      revision: shown,
      revisions: revisions.map(revisionSummary),
      preview,
    };
  }

  /** A client's requests, last changed first, each with its latest finalised revision's queue state. */
  function list(clientId: string): ComputeRequestSummary[] {
    return repo.requestsOf(clientId).map((r) => {
      const revisions = repo.revisions(r.id);
      const latest = revisions[revisions.length - 1];
      const lastFinal = [...revisions].reverse().find((x) => x.status === 'finalised');
      const queue = lastFinal ? queueInfo(r.id, lastFinal.revision, lastFinal.finalisedAt!) : null;
      return {
        id: r.id,
        clientId: r.clientId,
        budgetId: r.budgetId,
        latestRevision: latest.revision,
        status: latest.status,
        projectTitle: latest.fields.projectTitle,
        accessMode: latest.fields.accessMode,
        totalGpuHours: revisionSummary(lastFinal ?? latest).totalGpuHours,
        updatedAt: r.updatedAt,
        queue: queue && lastFinal ? { ...queue, revision: lastFinal.revision } : null,
      };
    });
  }

  return { stored, latestRevision, revisionSummary, localeOf, draftPreview, view, list };
}

export type ComputeRequestViews = ReturnType<typeof createComputeRequestViews>;
