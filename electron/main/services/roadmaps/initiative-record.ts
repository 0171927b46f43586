/**
 * An initiative as it enters a roadmap (generated, added from the catalogue or written by the
 * advisor): no owner, KPI, benefit or AI Act answers yet, and the risk those give. One place, so
 * the three ways in cannot drift apart.
 */
import type { InitiativeSource } from '../../../../shared/contract/roadmaps';
import type { InitiativeReason } from '../../../../shared/domain/roadmap';
import { effectiveRisk, type EditedInitiative } from '../../../../shared/domain/roadmap-edit';
import type { InitiativeRecord } from './roadmaps-repository';

export interface NewInitiative
  extends Pick<EditedInitiative, 'key' | 'templateId' | 'title' | 'pillar' | 'dimensionIds' | 'startMonth' | 'durationMonths' | 'costCents' | 'usesAi'> {
  position: number;
  source: InitiativeSource;
  /** Why the generator proposed it; null for one the advisor added. */
  reason: InitiativeReason | null;
}

export function newInitiative(i: NewInitiative): InitiativeRecord {
  return {
    ...i,
    dimensionIds: [...i.dimensionIds],
    owner: '',
    expectedBenefitCentsPerYear: null,
    kpi: '',
    aiActAnswers: {},
    aiActRisk: effectiveRisk({ usesAi: i.usesAi, aiActAnswers: {} }),
  };
}
