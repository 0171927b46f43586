/**
 * An initiative as it enters a roadmap (generated, added from the catalogue or written by the
 * advisor): no owner, KPI, benefit or AI Act answers yet, and the risk those give. One place, so
 * the three ways in cannot drift apart.
 */
import type { InitiativeSource } from '../../../../shared/contract/roadmaps';
import type { InitiativeReason } from '../../../../shared/domain/roadmap';
import { effectiveRisk } from '../../../../shared/domain/roadmap-edit';
import type { Pillar } from '../../../../shared/reference/catalogue';
import type { InitiativeRecord } from './roadmaps-repository';

export interface NewInitiative {
  key: string;
  position: number;
  source: InitiativeSource;
  templateId: string | null;
  /** '' = the catalogue title in the reader's language. */
  title: string;
  pillar: Pillar;
  dimensionIds: readonly string[];
  startMonth: number;
  durationMonths: number;
  costCents: number;
  /** Why the generator proposed it; null for one the advisor added. */
  reason: InitiativeReason | null;
  usesAi: boolean;
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
