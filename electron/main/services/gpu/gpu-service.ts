/**
 * GPU-hour budgets and compute requests (issue 5). The feature lives in services/gpu/: the
 * repository (all SQL), the estimator settings, the budgets, what a compute request shows
 * (revisions, preview, the portal's answers) and its writes (draft, finalise with its outbox
 * row, new revision). This file wires them and is the feature's one entry point.
 */
import type { ComputeRequestSummary, GpuBudgetSummary, GpuBudgetView } from '@shared/contract/gpu';
import type { ServiceContext } from '../context';
import { createGpuRepository } from './gpu-repository';
import { createGpuSettings } from './gpu-settings';
import { createGpuBudgets } from './gpu-budgets';
import { createComputeRequestViews, type ComputeRequestViewDeps } from './compute-request-views';
import { createComputeRequests } from './compute-requests';

export interface GpuDeps extends ComputeRequestViewDeps {
  appVersion: string;
}

export function createGpuService(ctx: ServiceContext, deps: GpuDeps) {
  const repo = createGpuRepository(ctx.db);
  const settings = createGpuSettings(ctx, repo);
  const budgets = createGpuBudgets(ctx, repo, settings, deps.getClient);
  const views = createComputeRequestViews(repo, settings, budgets, deps);
  const requests = createComputeRequests(ctx, repo, budgets, views, deps.appVersion);
  const handlers = { ...settings.handlers, ...budgets.handlers, ...requests.handlers };

  return {
    handlers,
    /** Typed reads for other features (the Word report), instead of the global handler map. */
    listBudgets: (clientId: string): GpuBudgetSummary[] => handlers['gpu.budgets.list']({ clientId }),
    getBudget: (id: string): GpuBudgetView => handlers['gpu.budgets.get']({ id }),
    listRequests: (clientId: string): ComputeRequestSummary[] => views.list(clientId),
  };
}

export type GpuService = ReturnType<typeof createGpuService>;
