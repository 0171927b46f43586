/**
 * Scoring of an AI maturity check. Pure and deterministic: same instrument + answers + targets,
 * same result, whatever the order of the answers.
 *
 * Method (docs/domain.md §2, after the JRC DMA):
 * - item → 0..1: a scale answer is level / 5; a checklist answer is checked weight / total weight
 *   (option weight defaults to 1; an empty checklist answer `checked: []` is a real answer, 0);
 * - dimension = weighted mean of its answered items × 100 (item `weight`);
 * - overall = plain mean of the dimensions that have at least one answer;
 * - "not applicable" and "don't know" are left out of the score (the DMA complaint: a "no" to
 *   something the company does not need must not count as a gap); don't-know and unanswered
 *   items lower the confidence instead.
 * - Scores are reported 0–100 with one decimal (portal-protocol.md), rounded half away from zero
 *   once at the end; overall is the mean of the unrounded dimension scores.
 * - Level, DMA-style band, gap and strongest/weakest are derived from the rounded scores, so what
 *   the user sees is consistent (gap = target − shown score).
 * - Levels follow a versioned rule set (SCORING_RULES): scoring 2026.2 makes the rounded mean
 *   answer give the level (cut-offs 30/50/70/90: mostly-1 answers are Initial, mostly-4 Managed);
 *   2026.1 used 20/40/60/80, which read one level too high. A finalised check keeps the scoring
 *   version it was made with and is never re-levelled.
 * - Coverage: an overall score over fewer dimensions than the instrument has is incomplete and
 *   names the missing ones; comparisons between checks are like for like (`compareChecks`).
 */
import type { DimensionId, Instrument } from '../reference/instrument/types';
import { roundToTenth } from '../rounding';
import { type Answer, answerState, scoreItem } from './scoring-answers';
import { type MaturityLevel, CURRENT_SCORING_VERSION, scoringRules, type DmaBand, levelOf, dmaBandOf, isValidTarget } from './scoring-levels';

// Answers, levels and comparisons live in their own modules; re-exported so callers import scoring from one place.
export { type Answer, type AnswerState, type AnswerErrorCode, validateAnswer, checkAnswer, answerState, scoreItem } from './scoring-answers';
export { MATURITY_LEVELS, type MaturityLevel, type ScoringRules, CURRENT_SCORING_VERSION, LEGACY_SCORING_VERSION, scoringRules, levelBands, DMA_BANDS, type DmaBand, levelOf, dmaBandOf, targetFromLevel } from './scoring-levels';
export { type ComparedCheck, type CheckComparison, scoreChange, compareChecks } from './check-comparison';

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

export interface AnswerCounts {
  answered: number;
  notApplicable: number;
  unknown: number;
  unanswered: number;
  total: number;
}

export interface DimensionScore {
  id: DimensionId;
  /** 0–100, one decimal; null when no item of the dimension is answered. */
  score: number | null;
  /** 0–100; null when none was set (or it was not a number within 0..100). */
  target: number | null;
  /** target − score (both as shown), one decimal; null when either is missing. */
  gap: number | null;
  answered: number;
  notApplicable: number;
  unknown: number;
  unanswered: number;
  itemCount: number;
}

/** Which dimensions the overall score stands on. */
export interface ScoreCoverage {
  /** True when every dimension of the instrument has a score. */
  complete: boolean;
  /** Dimensions without a score (nothing answered, or only N/A / don't know), in dimension order. */
  missing: DimensionId[];
  /** Dimensions the overall is the mean of. */
  scored: number;
  total: number;
}

export interface AssessmentScore {
  /** The scoring rules the level was derived with (results stored before 2026.2 lack it: see `normaliseResult`). */
  scoringVersion: string;
  /** Mean of the scored dimensions; incomplete when `coverage.complete` is false. */
  overall: number | null;
  level: MaturityLevel | null;
  /** DMA-style band (not an official DMA score). */
  dmaBand: DmaBand | null;
  coverage: ScoreCoverage;
  /**
   * Share of the applicable items that got a real answer:
   * answered ÷ (answered + unknown + unanswered). N/A items are left out, because "not
   * applicable" is a real answer that does not weaken the result. 0 when nothing is applicable.
   */
  confidence: number;
  /** In dimension order. */
  dimensions: DimensionScore[];
  counts: AnswerCounts;
  /** Highest / lowest scored dimension; ties go to the first in dimension order. */
  strongest: DimensionId | null;
  weakest: DimensionId | null;
}

export type Targets = Readonly<Partial<Record<DimensionId, number | null | undefined>>>;

/**
 * Score an assessment. Answers for items that are not in the instrument are ignored; if an item
 * has several answers the last one wins (like the upsert that stores them).
 */
export function scoreAssessment(
  instrument: Instrument,
  answers: readonly Answer[],
  targets: Targets = {},
  scoringVersion: string = CURRENT_SCORING_VERSION,
): AssessmentScore {
  scoringRules(scoringVersion); // an unknown version fails before any work
  const byItem = new Map<string, Answer>();
  for (const answer of answers) byItem.set(answer.itemId, answer);

  // Sort a copy by `order` (stable, so equal orders keep data order): deterministic tie-breaks.
  const dimensionsInOrder = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  const counts: AnswerCounts = { answered: 0, notApplicable: 0, unknown: 0, unanswered: 0, total: 0 };
  const rawScores: number[] = [];
  const dimensions: DimensionScore[] = [];

  for (const dimension of dimensionsInOrder) {
    const row: DimensionScore = {
      id: dimension.id,
      score: null,
      target: null,
      gap: null,
      answered: 0,
      notApplicable: 0,
      unknown: 0,
      unanswered: 0,
      itemCount: 0,
    };
    let weightSum = 0;
    let weightedSum = 0;
    // Iterate items in instrument order so the float sums never depend on answer order.
    for (const item of instrument.items) {
      if (item.dimensionId !== dimension.id) continue;
      row.itemCount++;
      const answer = byItem.get(item.id);
      const state = answerState(item, answer);
      row[state]++;
      if (state === 'answered') {
        weightSum += item.weight;
        weightedSum += item.weight * (scoreItem(item, answer) as number);
      }
    }
    if (row.answered > 0 && weightSum > 0) {
      const raw = (weightedSum / weightSum) * 100;
      rawScores.push(raw);
      row.score = roundToTenth(raw);
    }
    const target = targets[dimension.id];
    row.target = isValidTarget(target) ? target : null;
    row.gap = row.target !== null && row.score !== null ? roundToTenth(row.target - row.score) : null;

    counts.answered += row.answered;
    counts.notApplicable += row.notApplicable;
    counts.unknown += row.unknown;
    counts.unanswered += row.unanswered;
    counts.total += row.itemCount;
    dimensions.push(row);
  }

  const overall =
    rawScores.length > 0 ? roundToTenth(rawScores.reduce((sum, s) => sum + s, 0) / rawScores.length) : null;
  const applicable = counts.answered + counts.unknown + counts.unanswered;

  let strongest: DimensionScore | null = null;
  let weakest: DimensionScore | null = null;
  for (const row of dimensions) {
    if (row.score === null) continue;
    if (strongest === null || row.score > (strongest.score as number)) strongest = row;
    if (weakest === null || row.score < (weakest.score as number)) weakest = row;
  }

  return {
    scoringVersion,
    overall,
    level: overall === null ? null : levelOf(overall, scoringVersion),
    dmaBand: overall === null ? null : dmaBandOf(overall),
    coverage: coverageOf(dimensions),
    confidence: applicable > 0 ? counts.answered / applicable : 0,
    dimensions,
    counts,
    strongest: strongest?.id ?? null,
    weakest: weakest?.id ?? null,
  };
}

/** Coverage of a list of dimension scores (in dimension order). */
export function coverageOf<Id extends string = DimensionId>(
  dimensions: readonly { id: Id; score: number | null }[],
): Omit<ScoreCoverage, 'missing'> & { missing: Id[] } {
  const missing = dimensions.filter((d) => d.score === null).map((d) => d.id);
  return { complete: missing.length === 0 && dimensions.length > 0, missing, scored: dimensions.length - missing.length, total: dimensions.length };
}

/**
 * A result as stored in a finalised revision, with the fields newer versions added: the scoring
 * version comes from the revision row (results stored before 2026.2 were made with 2026.1) and
 * the coverage is read off the stored dimension scores. Nothing is re-scored or re-levelled.
 */
export function normaliseResult(stored: Omit<AssessmentScore, 'scoringVersion' | 'coverage'> & Partial<AssessmentScore>, scoringVersion: string): AssessmentScore {
  return { ...stored, scoringVersion, coverage: coverageOf(stored.dimensions) };
}
