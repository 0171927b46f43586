/**
 * Maturity levels and DMA-style bands of a 0–100 score, under versioned scoring rules (the level
 * cut-offs; docs/domain.md §2), and targets from levels. Part of scoring.ts.
 */


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
export const SCORING_RULES: Readonly<Record<string, ScoringRules>> = Object.freeze({
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
export const DMA_BAND_MAX: Readonly<Record<Exclude<DmaBand, 'advanced'>, number>> = {
  basic: 25,
  average: 50,
  moderately_advanced: 75,
};

export function assertScore(score: number, fn: string): void {
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
export function isValidTarget(target: unknown): target is number {
  return typeof target === 'number' && Number.isFinite(target) && target >= 0 && target <= 100;
}
