/**
 * Comparing two checks like for like (docs/domain.md §2): only the dimensions scored in both
 * count, on the scores as shown (one decimal). Part of scoring.ts.
 */
import type { DimensionId } from '../reference/instrument/types';
import { roundToTenth } from '../rounding';

// ---------------------------------------------------------------------------------------------
// Comparing two checks
// ---------------------------------------------------------------------------------------------

/** What a check contributes to a comparison. */
export interface ComparedCheck {
  instrumentVersion: string;
  scoringVersion: string;
  /** Each dimension's score as shown (one decimal), null when it has none. */
  dimensions: readonly { id: DimensionId; score: number | null }[];
  /** The overall score as shown; used when both checks cover every dimension, so the change equals the shown difference. */
  overall?: number | null;
}

export interface CheckComparison {
  /** Dimensions scored in both checks, in the order of `after`. */
  common: DimensionId[];
  /** Scored in one check only: left out of the change. */
  onlyBefore: DimensionId[];
  onlyAfter: DimensionId[];
  /** Mean of the common dimensions' scores (as shown) in each check; null without a common dimension. */
  before: number | null;
  after: number | null;
  /** after − before, one decimal; null without a common dimension. */
  delta: number | null;
  /** True when the change covers every dimension of both checks (nothing left out on either side). */
  allDimensions: boolean;
  sameInstrument: boolean;
  sameScoring: boolean;
}

/** The change of one score between two checks, to the tenth; null when either has none. */
export function scoreChange(before: number | null | undefined, after: number | null | undefined): number | null {
  return before === null || before === undefined || after === null || after === undefined ? null : roundToTenth(after - before);
}

/**
 * The change between two checks, like for like: only the dimensions scored in both count, so a
 * dimension skipped in one check never moves the figure (domain.md §2). Uses the dimension scores
 * as shown (one decimal), the only figures a stored revision keeps.
 */
export function compareChecks(before: ComparedCheck, after: ComparedCheck): CheckComparison {
  const scoreIn = (c: ComparedCheck) => new Map(c.dimensions.filter((d) => typeof d.score === 'number' && Number.isFinite(d.score)).map((d) => [d.id, d.score as number]));
  const b = scoreIn(before);
  const a = scoreIn(after);
  const common = after.dimensions.map((d) => d.id).filter((id, i, all) => a.has(id) && b.has(id) && all.indexOf(id) === i);
  const onlyBefore = before.dimensions.map((d) => d.id).filter((id) => b.has(id) && !a.has(id));
  const onlyAfter = after.dimensions.map((d) => d.id).filter((id) => a.has(id) && !b.has(id));
  const mean = (m: Map<DimensionId, number>) => common.reduce((sum, id) => sum + (m.get(id) as number), 0) / common.length;
  const has = common.length > 0;
  const everyDimension = (c: ComparedCheck, m: Map<DimensionId, number>) => c.dimensions.every((d) => m.has(d.id));
  const allDimensions = has && onlyBefore.length === 0 && onlyAfter.length === 0 && everyDimension(before, b) && everyDimension(after, a);
  // Same dimensions on both sides: the shown overall scores are the like-for-like figures (the mean
  // of unrounded dimensions), so the change equals the difference the user sees.
  const shown = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (allDimensions && shown(before.overall) && shown(after.overall)) {
    return {
      common,
      onlyBefore,
      onlyAfter,
      before: before.overall,
      after: after.overall,
      delta: roundToTenth(after.overall - before.overall),
      allDimensions,
      sameInstrument: before.instrumentVersion === after.instrumentVersion,
      sameScoring: before.scoringVersion === after.scoringVersion,
    };
  }
  return {
    common,
    onlyBefore,
    onlyAfter,
    before: has ? roundToTenth(mean(b)) : null,
    after: has ? roundToTenth(mean(a)) : null,
    delta: has ? roundToTenth(mean(a) - mean(b)) : null,
    allDimensions,
    sameInstrument: before.instrumentVersion === after.instrumentVersion,
    sameScoring: before.scoringVersion === after.scoringVersion,
  };
}
