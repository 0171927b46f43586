/**
 * A funding scenario's input and result shapes, the rule codes the UI explains, and the input
 * error (domain.md §3). The engine is funding.ts.
 */
import { InvalidInputError, fieldProblem } from '../field-problems';
import type { SizeClass } from './sme-size';
import type { CostType, Scheme } from '../reference/schemes/types';
import { MAX_SCHEME_CENTS } from '../reference/schemes/validate';

/** Reg. (EU) 2023/2831 art. 3(2): €300,000 per single undertaking over any 3 years. */
export const DE_MINIMIS_CEILING_CENTS = 300_000_00;
/** Largest amount accepted anywhere (same as the contract's LIMITS.maxCents). */
export const MAX_CENTS = MAX_SCHEME_CENTS;
/** Defence in depth against an oversized payload; the contract allows far fewer. */
export const MAX_COST_LINES = 1_000;
export const MAX_SCHEMES = 100;
export const ID_MAX = 200;
export const PPM = 1_000_000;

export interface CostLine {
  id: string;
  type: CostType;
  label: string;
  amountCents: number;
  gpuHours?: number | null;
  pricePerGpuHourCents?: number | null;
  initiativeId?: string | null;
}

export interface ScenarioInput {
  /** null (or classifySme's 'unknown') = size class not known yet: no aid is computed. */
  sizeClass: SizeClass | 'unknown' | null;
  /** Figures the SME size class still needs (from classifySme's `missing`), shown when size is unknown. */
  missingSizeFigures?: string[];
  costLines: CostLine[];
  /** The schemes selected for this scenario (possibly advisor-edited revisions). */
  schemes: Scheme[];
  /** De minimis aid the undertaking received over the last 3 rolling years. */
  priorDeMinimisCents: number;
  options?: { collaboration?: boolean };
  /** The rule set's valid-until date and today's date (both YYYY-MM-DD, Luxembourg calendar). */
  validity?: { validUntil: string; today: string };
}

export type RuleCode =
  | 'capped'
  | 'intensity'
  | 'collaboration_bonus'
  | 'cumulation_limit'
  | 'de_minimis_headroom'
  | 'not_eligible_cost_type'
  | 'not_eligible_size'
  | 'flat_grant'
  | 'project_below_min'
  | 'project_above_max'
  | 'gpu_hours_below_min'
  | 'gpu_hours_above_max'
  | 'size_assumption'
  | 'size_unknown'
  | 'unconfirmed'
  | 'compute_priced'
  | 'rules_expired';

export type RuleParam = string | number | boolean | null | string[];

/** One reason behind a figure; the UI turns code + params into a sentence in the user's language. */
export interface Rule {
  code: RuleCode;
  schemeId?: string;
  params: Record<string, RuleParam>;
}

export interface SchemeOutcome {
  schemeId: string;
  /** Revision of the scheme used, so a stored scenario can say which edit it rests on. */
  revision: number;
  eligible: boolean;
  aidCents: number;
  rules: Rule[];
}

export interface LineOutcome {
  lineId: string;
  type: CostType;
  amountCents: number;
  aidCents: number;
  netCents: number;
  /** Aid per scheme that could fund this line (0 when trimmed away), in scheme order. */
  aidBySchemeCents: Record<string, number>;
  /** Highest intensity any selected eligible scheme allows on this line (0..1); the cumulation ceiling. */
  maxIntensity: number;
  rules: Rule[];
}

export interface DeMinimisOutcome {
  ceilingCents: number;
  priorCents: number;
  usedByScenarioCents: number;
  /** Headroom left after this scenario: max(0, ceiling − prior) − used. */
  headroomCents: number;
  /** True when prior aid plus what the de minimis schemes asked for goes over the ceiling (aid was cut). */
  exceeded: boolean;
}

export interface ScenarioResult {
  status: 'ok' | 'size_unknown';
  sizeClass: SizeClass | null;
  missingSizeFigures: string[];
  perScheme: SchemeOutcome[];
  perLine: LineOutcome[];
  totalCostCents: number;
  totalAidCents: number;
  netCostCents: number;
  deMinimis: DeMinimisOutcome;
  warnings: Rule[];
  /** null when no validity was given; `expired` = today is after validUntil. */
  validity: { validUntil: string; today: string; expired: boolean } | null;
}

export type FundingInputErrorCode =
  | 'not_a_number'
  | 'negative'
  | 'not_integer'
  | 'too_large'
  | 'invalid_cost_type'
  | 'invalid_size_class'
  | 'invalid_id'
  | 'duplicate_id'
  | 'invalid_scheme'
  | 'too_many_items'
  | 'invalid_input';

/**
 * A hostile or malformed input: the app-wide `invalid_input` with one field problem
 * (shared/field-problems.ts); `reason` says what, `field` says where (e.g. `costLines.2.amountCents`).
 */
export class FundingInputError extends InvalidInputError {
  readonly reason: FundingInputErrorCode;
  readonly field: string;
  constructor(reason: FundingInputErrorCode, field: string, message: string) {
    const problem = fieldProblem(field, reason, message);
    super([problem], `${problem.path}: ${message}`);
    this.name = 'FundingInputError';
    this.reason = reason;
    this.field = problem.path;
  }
}
