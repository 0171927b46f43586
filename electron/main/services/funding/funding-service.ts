/**
 * Funding scenarios and scheme overrides (issue 5). The figures come from the pure engine
 * (shared/domain/funding.ts); the feature lives in services/funding/: the repository (all SQL),
 * the schemes (shipped rules and the advisor's signed revisions), the scenario figures and the
 * scenario writes. This file wires them and is the feature's one entry point.
 */
import type { Client } from '@shared/contract/clients';
import type { ScenarioSummary, ScenarioView } from '@shared/contract/funding';
import type { ServiceContext } from '../context';
import { createFundingRepository } from './funding-repository';
import { createFundingSchemes } from './funding-schemes';
import { createScenarioFigures } from './scenario-figures';
import { createFundingScenarios } from './funding-scenarios';

export interface FundingDeps {
  /** Throws not_found for an unknown client. */
  getClient: (id: string) => Client;
  /** The advisor name from Settings: recorded as the author of a scheme change. */
  advisorName: () => string;
}

export function createFundingService(ctx: ServiceContext, deps: FundingDeps) {
  const repo = createFundingRepository(ctx.db);
  const schemes = createFundingSchemes(ctx, repo, deps.advisorName);
  const figures = createScenarioFigures(ctx, repo, schemes, deps.getClient);
  const scenarios = createFundingScenarios(ctx, repo, schemes, figures);
  const handlers = { ...schemes.handlers, ...scenarios.handlers };

  return {
    handlers,
    /** Typed reads for other features (the Word report), instead of the global handler map. */
    listScenarios: (clientId: string): ScenarioSummary[] => handlers['funding.listScenarios']({ clientId }),
    getScenario: (id: string): ScenarioView => figures.view(id),
  };
}

export type FundingService = ReturnType<typeof createFundingService>;
