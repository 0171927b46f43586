/**
 * What the roadmap tables store for an initiative: the record plus its AI Act risk, which always
 * follows the record's own usesAi and answers (one place, so no write can let them disagree). An
 * initiative enters a roadmap (generated, added from the catalogue or written by the advisor)
 * with no owner, KPI, benefit or AI Act answers yet.
 */
import type { InitiativeSource } from '@shared/contract/roadmaps';
import type { InitiativeReason } from '@shared/domain/roadmap';
import { effectiveRisk, type EditedInitiative } from '@shared/domain/roadmap-edit';
import type { InitiativeRecord, StoredInitiative } from './roadmaps-repository';

/** The record to write for an initiative as it now stands, its risk derived from its answers. */
export function initiativeRecord(i: Omit<StoredInitiative, 'updatedAt'> & { updatedAt?: string }): InitiativeRecord {
  const { updatedAt: _updatedAt, ...fields } = i;
  return { ...fields, aiActRisk: effectiveRisk(fields) };
}

export interface NewInitiative
  extends Pick<EditedInitiative, 'key' | 'templateId' | 'title' | 'pillar' | 'dimensionIds' | 'startMonth' | 'durationMonths' | 'costCents' | 'usesAi'> {
  position: number;
  source: InitiativeSource;
  /** Why the generator proposed it; null for one the advisor added. */
  reason: InitiativeReason | null;
}

export function newInitiative(i: NewInitiative): InitiativeRecord {
  return initiativeRecord({
    ...i,
    dimensionIds: [...i.dimensionIds],
    owner: '',
    expectedBenefitCentsPerYear: null,
    kpi: '',
    aiActAnswers: {},
  });
}
