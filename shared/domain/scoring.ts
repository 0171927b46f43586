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
 * - Level, DMA band, gap and strongest/weakest are derived from the rounded scores, so what the
 *   user sees is consistent (a dimension shown as 20.0 is "Adopted"; gap = target − shown score).
 */
import type { DimensionId, Instrument, Item } from '../reference/instrument/types';

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

export const SCALE_MAX_LEVEL = 5;

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

/** Inclusive lower bound of each level on the 0–100 scale (for charts). */
export const MATURITY_LEVEL_MIN: Readonly<Record<MaturityLevel, number>> = {
  initial: 0,
  adopted: 20,
  defined: 40,
  managed: 60,
  optimized: 80,
};

/** JRC DMA result bands. Labels live in the locale files. */
export const DMA_BANDS = ['basic', 'average', 'moderately_advanced', 'advanced'] as const;
export type DmaBand = (typeof DMA_BANDS)[number];

/** Inclusive upper bound of each DMA band except the last (DMA: 0–25, 26–50, 51–75, 76–100). */
export const DMA_BAND_MAX: Readonly<Record<Exclude<DmaBand, 'advanced'>, number>> = {
  basic: 25,
  average: 50,
  moderately_advanced: 75,
};

function assertScore(score: number, fn: string): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`${fn}: score must be a number within 0..100, got ${String(score)}`);
  }
}

/** Initial [0,20), Adopted [20,40), Defined [40,60), Managed [60,80), Optimized [80,100]. */
export function levelOf(score: number): MaturityLevel {
  assertScore(score, 'levelOf');
  if (score < MATURITY_LEVEL_MIN.adopted) return 'initial';
  if (score < MATURITY_LEVEL_MIN.defined) return 'adopted';
  if (score < MATURITY_LEVEL_MIN.managed) return 'defined';
  if (score < MATURITY_LEVEL_MIN.optimized) return 'managed';
  return 'optimized';
}

/** DMA band with decimals: ≤25 basic, ≤50 average, ≤75 moderately advanced, else advanced. */
export function dmaBandOf(score: number): DmaBand {
  assertScore(score, 'dmaBandOf');
  if (score <= DMA_BAND_MAX.basic) return 'basic';
  if (score <= DMA_BAND_MAX.average) return 'average';
  if (score <= DMA_BAND_MAX.moderately_advanced) return 'moderately_advanced';
  return 'advanced';
}

/** Target on the 0–100 scale from a target level 0..5 (the UI's simple picker): level × 20. */
export function targetFromLevel(level: number): number {
  if (!Number.isInteger(level) || level < 0 || level > SCALE_MAX_LEVEL) {
    throw new RangeError(`targetFromLevel: level must be an integer 0..${SCALE_MAX_LEVEL}, got ${String(level)}`);
  }
  return level * 20;
}

/** A usable target is a finite number within 0..100; anything else counts as "no target". */
export function isValidTarget(target: unknown): target is number {
  return typeof target === 'number' && Number.isFinite(target) && target >= 0 && target <= 100;
}

/**
 * Round to one decimal, half away from zero. The value is first cut to 12 significant digits so
 * binary noise (e.g. 0.145 × 100 = 14.499999999999998) does not decide the rounding.
 */
export function roundScore(value: number): number {
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = Math.round(scaled) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
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

export interface AssessmentScore {
  overall: number | null;
  level: MaturityLevel | null;
  dmaBand: DmaBand | null;
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
): AssessmentScore {
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
      row.score = roundScore(raw);
    }
    const target = targets[dimension.id];
    row.target = isValidTarget(target) ? target : null;
    row.gap = row.target !== null && row.score !== null ? roundScore(row.target - row.score) : null;

    counts.answered += row.answered;
    counts.notApplicable += row.notApplicable;
    counts.unknown += row.unknown;
    counts.unanswered += row.unanswered;
    counts.total += row.itemCount;
    dimensions.push(row);
  }

  const overall =
    rawScores.length > 0 ? roundScore(rawScores.reduce((sum, s) => sum + s, 0) / rawScores.length) : null;
  const applicable = counts.answered + counts.unknown + counts.unanswered;

  let strongest: DimensionScore | null = null;
  let weakest: DimensionScore | null = null;
  for (const row of dimensions) {
    if (row.score === null) continue;
    if (strongest === null || row.score > (strongest.score as number)) strongest = row;
    if (weakest === null || row.score < (weakest.score as number)) weakest = row;
  }

  return {
    overall,
    level: overall === null ? null : levelOf(overall),
    dmaBand: overall === null ? null : dmaBandOf(overall),
    confidence: applicable > 0 ? counts.answered / applicable : 0,
    dimensions,
    counts,
    strongest: strongest?.id ?? null,
    weakest: weakest?.id ?? null,
  };
}
