/**
 * GPU-hour budgets: drafts saved as typed; their estimate always comes from the shared estimator
 * (shared/domain/gpu-budget-draft.ts) at the current settings, never stored.
 */
import { AppError } from '@shared/errors';
import { InvalidInputError } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { Client } from '@shared/contract/clients';
import type { GpuBudget, GpuBudgetSummary, GpuBudgetView } from '@shared/contract/gpu';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';
import { estimateDraft } from '@shared/domain/gpu-budget-draft';
import type { GpuBudgetSettings } from '@shared/reference/gpu/settings';
import { withoutUndefined } from '@main/db/sql-rows';
import type { ServiceContext } from '../context';
import type { GpuRepository } from './gpu-repository';
import type { GpuSettings } from './gpu-settings';

export function createGpuBudgets(ctx: ServiceContext, repo: GpuRepository, settings: GpuSettings, getClient: (id: string) => Client) {
  /** The stored budget; not_found when there is none. */
  function stored(id: string): GpuBudget {
    const budget = repo.budget(id);
    if (!budget) throw new AppError('not_found', 'No such GPU budget', { entity: 'gpu_budget' });
    return budget;
  }

  function view(budget: GpuBudget, current = settings.loadSettings().settings): GpuBudgetView {
    const result = estimateDraft(budget, current);
    return { budget, estimate: result.estimate, problems: result.problems };
  }

  function summary(budget: GpuBudget, current: GpuBudgetSettings): GpuBudgetSummary {
    const { estimate } = view(budget, current);
    return {
      id: budget.id,
      clientId: budget.clientId,
      name: budget.name,
      hardwareId: budget.hardwareId,
      workloadCount: budget.workloads.length,
      gpuHours: estimate ? { ...estimate.total.gpuHours } : null,
      accessMode: estimate?.accessMode ?? null,
      initiativeId: budget.initiativeId,
      updatedAt: budget.updatedAt,
    };
  }

  const handlers = {
    'gpu.budgets.list': ({ clientId }: ParsedInput<'gpu.budgets.list'>) => {
      const current = settings.loadSettings().settings;
      return repo.budgetsOf(clientId).map((b) => summary(b, current));
    },

    'gpu.budgets.get': ({ id }: ParsedInput<'gpu.budgets.get'>) => view(stored(id)),

    'gpu.budgets.create': (input: ParsedInput<'gpu.budgets.create'>) => {
      getClient(input.clientId); // not_found before any write
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      repo.insertBudget({
        id,
        clientId: input.clientId,
        name: input.name,
        hardwareId: input.hardwareId,
        precision: input.precision,
        workloads: input.workloads,
        initiativeId: input.initiativeId,
        createdAt: at,
        updatedAt: at,
      });
      ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      return view(stored(id));
    },

    'gpu.budgets.update': ({ id, patch }: ParsedInput<'gpu.budgets.update'>) => {
      const changes = withoutUndefined(patch);
      const budget = stored(id);
      if (Object.keys(changes).length > 0) {
        repo.updateBudget({ ...budget, ...changes, updatedAt: ctx.now().toISOString() });
        ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      }
      return view(stored(id));
    },

    'gpu.budgets.delete': ({ id }: ParsedInput<'gpu.budgets.delete'>) => {
      stored(id);
      repo.deleteBudget(id);
      ctx.emit({ type: 'changed', entity: 'gpu_budget', id });
      return { deleted: true as const };
    },

    'gpu.budgets.estimate': ({ id }: ParsedInput<'gpu.budgets.estimate'>): GpuBudgetEstimate => {
      const result = view(stored(id));
      if (!result.estimate) throw new InvalidInputError(result.problems, 'This budget cannot be estimated yet');
      return result.estimate;
    },
  } satisfies Partial<Handlers>;

  return { handlers, stored, view };
}

export type GpuBudgets = ReturnType<typeof createGpuBudgets>;
