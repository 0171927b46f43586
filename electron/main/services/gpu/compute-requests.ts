/**
 * Compute requests: a revision is a draft until finalised; then its budget, estimate and payload
 * are frozen and the outbox row is written in the SAME transaction (portal-protocol.md, client
 * rules). A later change is a new revision copied from the last one.
 */
import { AppError } from '@shared/errors';
import { InvalidInputError } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import { defaultComputeRequestFields } from '@shared/domain/compute-request';
import { GPU_REFERENCE_VERSION } from '@shared/reference/gpu/hardware';
import { enqueueSubmission } from '@main/sync/outbox';
import type { ServiceContext } from '../context';
import type { GpuRepository, RequestRevisionRecord } from './gpu-repository';
import type { GpuBudgets } from './gpu-budgets';
import type { ComputeRequestViews } from './compute-request-views';

export function createComputeRequests(ctx: ServiceContext, repo: GpuRepository, budgets: GpuBudgets, views: ComputeRequestViews, appVersion: string) {
  function editableDraft(id: string): RequestRevisionRecord {
    const latest = views.latestRevision(id);
    if (latest.status === 'finalised') {
      throw new AppError('read_only', 'This revision is finalised; start a new revision to change it', { revision: latest.revision });
    }
    return latest;
  }

  /** A new draft revision (the first, or the next after a finalised one). */
  function draft(base: Pick<RequestRevisionRecord, 'requestId' | 'clientId' | 'revision' | 'supersedes' | 'locale' | 'fields'>, at: string): RequestRevisionRecord {
    return { ...base, status: 'draft', budget: null, estimate: null, payload: null, finalisedAt: null, createdAt: at, updatedAt: at };
  }

  /** Marks the request changed (lists show the last changed first). */
  function touch(id: string, at: string) {
    repo.updateRequest({ ...views.stored(id), updatedAt: at });
  }

  function changed(id: string) {
    ctx.emit({ type: 'changed', entity: 'compute_request', id });
  }

  const handlers = {
    'gpu.requests.list': ({ clientId }: ParsedInput<'gpu.requests.list'>) => views.list(clientId),

    'gpu.requests.create': ({ budgetId, initiativeId }: ParsedInput<'gpu.requests.create'>) => {
      const budget = budgets.stored(budgetId);
      const locale = views.localeOf(budget.clientId);
      const { estimate } = budgets.view(budget);
      const fields = defaultComputeRequestFields({ estimate, budgetName: budget.name, locale, now: ctx.now() });
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      repo.transaction(() => {
        repo.insertRequest({ id, clientId: budget.clientId, budgetId, initiativeId: initiativeId ?? budget.initiativeId, createdAt: at, updatedAt: at });
        repo.insertRevision(draft({ requestId: id, clientId: budget.clientId, revision: 1, supersedes: null, locale, fields }, at));
      });
      changed(id);
      return views.view(id);
    },

    'gpu.requests.get': ({ id, revision }: ParsedInput<'gpu.requests.get'>) => views.view(id, revision),

    'gpu.requests.update': ({ id, patch }: ParsedInput<'gpu.requests.update'>) => {
      const request = views.stored(id);
      const { budgetId, ...fieldPatch } = patch;
      const at = ctx.now().toISOString();
      repo.transaction(() => {
        const current = editableDraft(id);
        let chosenBudget = request.budgetId;
        if (budgetId !== undefined && budgetId !== request.budgetId) {
          const budget = budgets.stored(budgetId);
          if (budget.clientId !== request.clientId) throw new AppError('not_found', 'No such GPU budget for this client', { entity: 'gpu_budget' });
          chosenBudget = budgetId;
        }
        repo.updateDraft({ ...current, fields: { ...current.fields, ...fieldPatch }, updatedAt: at });
        repo.updateRequest({ ...request, budgetId: chosenBudget, updatedAt: at });
      });
      changed(id);
      return views.view(id);
    },

    'gpu.requests.finalise': ({ id }: ParsedInput<'gpu.requests.finalise'>) => {
      const now = ctx.now();
      const at = now.toISOString();
      repo.transaction(() => {
        const request = views.stored(id);
        const current = editableDraft(id);
        const preview = views.draftPreview(request, current.fields);
        if (preview.problems.length > 0 || !preview.payload || !preview.estimate || !preview.budget) {
          throw new InvalidInputError(preview.problems, 'The compute request is not complete');
        }
        const locale = views.localeOf(request.clientId);
        const { name, hardwareId, precision, workloads } = preview.budget;
        // 1. The snapshot: from here on this revision never changes (trigger in migration 0007).
        repo.updateDraft({
          ...current,
          status: 'finalised',
          locale,
          budget: { name, hardwareId, precision, workloads },
          estimate: preview.estimate,
          payload: preview.payload,
          finalisedAt: at,
          updatedAt: at,
        });
        // 2. The queue row, in the same transaction: both exist or neither does.
        enqueueSubmission(ctx.db, {
          kind: 'compute_request',
          recordId: id,
          revision: current.revision,
          locale,
          clientId: request.clientId,
          payload: preview.payload,
          instrumentVersion: GPU_REFERENCE_VERSION,
          appVersion,
          createdAt: now,
          newId: ctx.newId,
        });
        touch(id, at);
      });
      changed(id);
      ctx.emit({ type: 'changed', entity: 'outbox' });
      return views.view(id);
    },

    'gpu.requests.newRevision': ({ id }: ParsedInput<'gpu.requests.newRevision'>) => {
      const request = views.stored(id);
      const at = ctx.now().toISOString();
      repo.transaction(() => {
        const latest = views.latestRevision(id);
        if (latest.status === 'draft') throw new AppError('conflict', 'A draft revision is already open', { revision: latest.revision });
        const locale = views.localeOf(request.clientId);
        repo.insertRevision(
          draft({ requestId: id, clientId: request.clientId, revision: latest.revision + 1, supersedes: latest.revision, locale, fields: latest.fields }, at),
        );
        touch(id, at);
      });
      changed(id);
      return views.view(id);
    },

    'gpu.requests.revisions': ({ id }: ParsedInput<'gpu.requests.revisions'>) => {
      views.stored(id);
      return repo.revisions(id).map(views.revisionSummary);
    },

    'gpu.requests.discardDraft': ({ id }: ParsedInput<'gpu.requests.discardDraft'>) => {
      views.stored(id);
      let discarded: 'request' | 'draft' = 'draft';
      repo.transaction(() => {
        const current = editableDraft(id);
        if (current.revision === 1) {
          repo.deleteRequest(id);
          discarded = 'request';
        } else {
          repo.deleteDraft(id, current.revision);
        }
      });
      changed(id);
      return { discarded };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
