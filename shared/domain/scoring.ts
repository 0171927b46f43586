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
import type { DimensionId, Instrument, Item } from '../reference/instrument/types';
import { itemsById } from '../reference/instrument';
import { AppError } from '../errors';
import { roundToTenth } from '../rounding';

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

export interface Answer {
  itemId: string;
  /** Scale items: integer 0..5. Null otherwise. */
  level: number | null;
  /** Checklist items: ids of the options in place (may be empty). Null otherwise. */
  checked: string[] | null;
  notApplicable: boolean;
  /** "Don't know". */
  unknown: boolean;
  note?: string;
}

export type AnswerState = 'answered' | 'notApplicable' | 'unknown' | 'unanswered';

export type AnswerErrorCode =
  | 'item_mismatch'
  | 'invalid_flags'
  | 'conflicting_flags'
  | 'value_with_not_applicable'
  | 'value_with_unknown'
  | 'level_on_checklist'
  | 'checked_on_scale'
  | 'level_not_integer'
  | 'level_out_of_range'
  | 'checked_not_list'
  | 'unknown_option'
  | 'duplicate_option'
  | 'invalid_note';

const SCALE_MAX_LEVEL = 5;

/**
 * Why an answer cannot be stored for this item, or null when it is valid. Defensive about types
 * because it guards data arriving from the renderer.
 */
export function validateAnswer(item: Item, answer: Answer): AnswerErrorCode | null {
  if (answer.itemId !== item.id) return 'item_mismatch';
  if (typeof answer.notApplicable !== 'boolean' || typeof answer.unknown !== 'boolean') return 'invalid_flags';
  if (answer.note !== undefined && typeof answer.note !== 'string') return 'invalid_note';
  const hasLevel = answer.level !== null && answer.level !== undefined;
  const hasChecked = answer.checked !== null && answer.checked !== undefined;
  if (answer.notApplicable && answer.unknown) return 'conflicting_flags';
  if (answer.notApplicable && (hasLevel || hasChecked)) return 'value_with_not_applicable';
  if (answer.unknown && (hasLevel || hasChecked)) return 'value_with_unknown';

  if (item.format.kind === 'scale') {
    if (hasChecked) return 'checked_on_scale';
    if (!hasLevel) return null;
    const level: unknown = answer.level;
    if (typeof level !== 'number' || !Number.isInteger(level)) return 'level_not_integer';
    if (level < 0 || level > SCALE_MAX_LEVEL) return 'level_out_of_range';
    return null;
  }

  if (hasLevel) return 'level_on_checklist';
  if (!hasChecked) return null;
  const checked: unknown = answer.checked;
  if (!Array.isArray(checked) || checked.some((id) => typeof id !== 'string')) return 'checked_not_list';
  const known = new Set(item.format.options.map((o) => o.id));
  const seen = new Set<string>();
  for (const id of checked as string[]) {
    if (!known.has(id)) return 'unknown_option';
    if (seen.has(id)) return 'duplicate_option';
    seen.add(id);
  }
  return null;
}

/**
 * One rule for every answer a check stores — the agreed answer and a participant's own: the
 * question must be in the check's instrument and the answer must fit it. Throws the error the
 * advisor sees; otherwise gives the answer and how it counts.
 */
export function checkAnswer(instrument: Instrument, fields: Omit<Answer, 'note'>): { answer: Answer; state: AnswerState } {
  const item = itemsById(instrument).get(fields.itemId);
  if (!item) throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId: fields.itemId });
  const answer: Answer = { itemId: fields.itemId, level: fields.level, checked: fields.checked, notApplicable: fields.notApplicable, unknown: fields.unknown };
  const problem = validateAnswer(item, answer);
  if (problem) throw new AppError('invalid_answer', `The answer does not fit this question (${problem})`, { reason: problem, itemId: fields.itemId });
  return { answer, state: answerState(item, answer) };
}

/** How an answer counts. A missing or invalid answer counts as unanswered (never as a score). */
export function answerState(item: Item, answer: Answer | null | undefined): AnswerState {
  if (!answer || validateAnswer(item, answer) !== null) return 'unanswered';
  if (answer.notApplicable) return 'notApplicable';
  if (answer.unknown) return 'unknown';
  const value = item.format.kind === 'scale' ? answer.level : answer.checked;
  return value === null || value === undefined ? 'unanswered' : 'answered';
}

/** Item score 0..1, or null when the item is not answered (N/A, don't know, empty or invalid). */
export function scoreItem(item: Item, answer: Answer | null | undefined): number | null {
  if (answerState(item, answer) !== 'answered') return null;
  const a = answer as Answer;
  if (item.format.kind === 'scale') return (a.level as number) / SCALE_MAX_LEVEL;
  const options = item.format.options;
  const weightOf = (w: number | undefined) => w ?? 1;
  const total = options.reduce((sum, o) => sum + weightOf(o.weight), 0);
  if (!(total > 0)) return null;
  const checked = new Set(a.checked as string[]);
  const got = options.reduce((sum, o) => sum + (checked.has(o.id) ? weightOf(o.weight) : 0), 0);
  return got / total;
}

// ---------------------------------------------------------------------------------------------
// Levels and bands
// ---------------------------------------------------------------------------------------------

/** MITRE AI Maturity Model levels. Labels live in the locale files. */
export const MATURITY_LEVELS = ['initial', 'adopted', 'defined', 'managed', 'optimized'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** One version of the scoring rules: what a score means in levels. */
export interface ScoringRules {
  version: string;
  /** Inclusive lower bound of each level on the 0–100 scale. */
  levelMin: Readonly<Record<MaturityLevel, number>>;
}

/**
 * Scoring versions (domain.md §2). The score itself (item → dimension → overall) is the same in
 * every version; only the level cut-offs differ. Old versions stay: a finalised revision names
 * the version it was made with.
 */
const SCORING_RULES: Readonly<Record<string, ScoringRules>> = Object.freeze({
  '2026.1': Object.freeze({ version: '2026.1', levelMin: Object.freeze({ initial: 0, adopted: 20, defined: 40, managed: 60, optimized: 80 }) }),
  // Rounded mean answer = level: 0–1 Initial, 2 Adopted, 3 Defined, 4 Managed, 5 Optimized
  // (an answer a is worth a × 20, so a rounds to 2 from 30, to 3 from 50, …).
  '2026.2': Object.freeze({ version: '2026.2', levelMin: Object.freeze({ initial: 0, adopted: 30, defined: 50, managed: 70, optimized: 90 }) }),
});

/** The version new results are computed with. */
export const CURRENT_SCORING_VERSION = '2026.2';
/** Revisions finalised before the scoring version was recorded were all made with this one. */
export const LEGACY_SCORING_VERSION = '2026.1';

/** The rules of that version; throws RangeError for an unknown one (never falls back silently). */
export function scoringRules(version: string = CURRENT_SCORING_VERSION): ScoringRules {
  const rules = Object.prototype.hasOwnProperty.call(SCORING_RULES, version) ? SCORING_RULES[version] : undefined;
  if (!rules) throw new RangeError(`Unknown scoring version "${String(version)}" (known: ${Object.keys(SCORING_RULES).join(', ')})`);
  return rules;
}

/** [from, to) of each level, in level order, for charts drawing the level bands. */
export function levelBands(version: string = CURRENT_SCORING_VERSION): { level: MaturityLevel; from: number; to: number }[] {
  const min = scoringRules(version).levelMin;
  return MATURITY_LEVELS.map((level, i) => ({ level, from: min[level], to: i < MATURITY_LEVELS.length - 1 ? min[MATURITY_LEVELS[i + 1]] : 100 }));
}

/**
 * Bands in the style of the JRC DMA (labels live in the locale files). Shown as a "DMA-style band":
 * it is not an official DMA score, which only the EDIH runs with the DMA questionnaire.
 */
export const DMA_BANDS = ['basic', 'average', 'moderately_advanced', 'advanced'] as const;
export type DmaBand = (typeof DMA_BANDS)[number];

/** Inclusive upper bound of each DMA band except the last (DMA: 0–25, 26–50, 51–75, 76–100). */
const DMA_BAND_MAX: Readonly<Record<Exclude<DmaBand, 'advanced'>, number>> = {
  basic: 25,
  average: 50,
  moderately_advanced: 75,
};

function assertScore(score: number, fn: string): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`${fn}: score must be a number within 0..100, got ${String(score)}`);
  }
}

/** The level of a 0–100 score under a scoring version (2026.2: Initial < 30 ≤ Adopted < 50 ≤ Defined < 70 ≤ Managed < 90 ≤ Optimized). */
export function levelOf(score: number, version: string = CURRENT_SCORING_VERSION): MaturityLevel {
  assertScore(score, 'levelOf');
  const min = scoringRules(version).levelMin;
  let level: MaturityLevel = 'initial';
  for (const l of MATURITY_LEVELS) if (score >= min[l]) level = l;
  return level;
}

/** DMA band with decimals: ≤25 basic, ≤50 average, ≤75 moderately advanced, else advanced. */
export function dmaBandOf(score: number): DmaBand {
  assertScore(score, 'dmaBandOf');
  if (score <= DMA_BAND_MAX.basic) return 'basic';
  if (score <= DMA_BAND_MAX.average) return 'average';
  if (score <= DMA_BAND_MAX.moderately_advanced) return 'moderately_advanced';
  return 'advanced';
}

/**
 * Target on the 0–100 scale for the target picker's level index (0 Initial … 4 Optimized): the
 * lowest score of that level under the scoring version, so "target Defined" means "score 50 or
 * more" in 2026.2 (40 in 2026.1).
 */
export function targetFromLevel(level: number, version: string = CURRENT_SCORING_VERSION): number {
  if (!Number.isInteger(level) || level < 0 || level >= MATURITY_LEVELS.length) {
    throw new RangeError(`targetFromLevel: level must be an integer 0..${MATURITY_LEVELS.length - 1}, got ${String(level)}`);
  }
  return scoringRules(version).levelMin[MATURITY_LEVELS[level]];
}

/** A usable target is a finite number within 0..100; anything else counts as "no target". */
function isValidTarget(target: unknown): target is number {
  return typeof target === 'number' && Number.isFinite(target) && target >= 0 && target <= 100;
}

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

// ---------------------------------------------------------------------------------------------
// Comparing two checks
// ---------------------------------------------------------------------------------------------

/** What a check contributes to a comparison. */
export interface ComparedCheck {
  instrumentVersion: string;
  scoringVersion: string;
  dimensions: readonly Pick<DimensionScore, 'id' | 'score'>[];
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
