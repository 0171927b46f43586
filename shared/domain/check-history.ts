/**
 * A client's history of maturity checks: what a finalised revision holds (the stored data that
 * roadmaps, comparisons and the report compute on; the contract re-exports it) and the one rule
 * for which earlier check a check is compared with.
 */
import type { Locale } from '../locale';
import type { DimensionId } from '../reference/instrument/types';
import type { Answer, AssessmentScore } from './scoring';

/** A first check, or a follow-up of an earlier one. */
export const STAGES = ['first', 'follow_up'] as const;
export type Stage = (typeof STAGES)[number];

export interface CheckParticipant {
  name: string;
  role: string;
}

/** One finalised revision, frozen at finalisation. What roadmaps and reports build on. */
export interface FinalisedSnapshot {
  id: string;
  revision: number;
  clientId: string;
  instrumentVersion: string;
  /** Scoring rules (level cut-offs) the result was made with; 2026.1 for revisions older than the column. */
  scoringVersion: string;
  /** Funding-rule (scheme set) version current at finalisation. */
  fundingRulesVersion: string;
  finalisedAt: string;
  heldOn: string;
  stage: Stage;
  /** The check this one follows up (a follow-up's link); null or absent for a first check. */
  previousId?: string | null;
  language: Locale;
  participants: CheckParticipant[];
  /** Answers as frozen, each with its note when there is one. */
  answers: Answer[];
  notes: Record<string, string>;
  targets: Partial<Record<DimensionId, number>>;
  /** The result as computed at finalisation (never recomputed). */
  result: AssessmentScore;
}

/** Which finalised revision of which check, and when it was held and finalised: how other records name the check they rest on. */
export type CheckStamp = Pick<FinalisedSnapshot, 'id' | 'revision' | 'heldOn' | 'finalisedAt' | 'instrumentVersion'>;

export function checkStamp(s: FinalisedSnapshot): CheckStamp {
  return { id: s.id, revision: s.revision, heldOn: s.heldOn, finalisedAt: s.finalisedAt, instrumentVersion: s.instrumentVersion };
}

/** What the rule needs to know of each of a client's checks. */
export interface CheckInHistory {
  id: string;
  /** The check it follows up, if any. */
  previousId?: string | null;
  /** Finalised at least once: only those can be compared with. */
  finalised: boolean;
}

/**
 * The check a check is compared with (results, progress, the report): the one it follows up,
 * when that one is finalised; else the latest finalised check held before it. `checks` are the
 * client's checks in the order they were held (held on, then created at, then id), the check
 * itself among them.
 */
export function previousCheckOf<T extends CheckInHistory>(checkId: string, checks: readonly T[]): T | null {
  const index = checks.findIndex((c) => c.id === checkId);
  if (index < 0) return null;
  const link = checks[index].previousId;
  const followed = link ? checks.find((c) => c.id === link && c.id !== checkId && c.finalised) : undefined;
  if (followed) return followed;
  for (let i = index - 1; i >= 0; i--) if (checks[i].finalised) return checks[i];
  return null;
}
