/**
 * A compute request built from a GPU-hour budget (issue 5): the fields an advisor edits, their
 * defaults, and the estimate's challenges to confirm before finalising. The portal payload they
 * become and its checks are in shared/contract/compute-request-payload.ts; the guided
 * justification is in compute-request-template.ts.
 * Pure: the clock comes in as `now`.
 */
import type { FieldProblem } from '../field-problems';
import type { Locale } from '../locale';
import type { DataSensitivity } from './gpu-budget-draft';
import type { AccessMode, GpuBudgetEstimate } from './gpu-budget';
import { justificationTemplate } from './compute-request-template';

/** What the advisor fills in; the figures come from the budget's estimate. */
export interface ComputeRequestFields {
  projectTitle: string;
  summary: string;
  accessMode: AccessMode;
  system: string;
  periodMonths: number | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  storageGiB: number | null;
  dataSensitivity: DataSensitivity;
  personalData: boolean;
  justification: string;
  /**
   * Keys of the estimate's challenges (inputs beyond what the system can provide) the advisor has
   * confirmed as intended. Absent in requests saved before 2026.2: read as none.
   */
  confirmedChallenges?: string[];
}



/** EuroHPC AI Factory access modes (domain.md §3); periods there: 1–3 months, 1–3 months, 3/6/12 months. */
const DEFAULT_PERIOD_MONTHS: Readonly<Record<AccessMode, number>> = { playground: 3, fast_lane: 3, large_scale: 6 };

/** First day of the month after `now` (UTC): a realistic earliest start once the request is reviewed. */
export function defaultStartDate(now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1; // next month, 0-based + 1
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function defaultComputeRequestFields(args: {
  estimate: GpuBudgetEstimate | null;
  budgetName: string;
  locale: Locale;
  now: Date;
}): ComputeRequestFields {
  const accessMode = args.estimate?.accessMode ?? 'playground';
  return {
    projectTitle: args.budgetName,
    summary: '',
    accessMode,
    system: args.estimate?.system ?? '',
    periodMonths: DEFAULT_PERIOD_MONTHS[accessMode],
    startDate: defaultStartDate(args.now),
    storageGiB: null,
    dataSensitivity: 'internal',
    personalData: false,
    justification: args.estimate ? justificationTemplate(args.locale, args.estimate) : '',
    confirmedChallenges: [],
  };
}

/**
 * The estimate's challenges the advisor has not confirmed: each one blocks finalising, with what
 * it is about in `params` (the same figures the budget screen explains).
 */
export function unconfirmedChallenges(estimate: GpuBudgetEstimate, fields: ComputeRequestFields): FieldProblem[] {
  const confirmed = new Set(fields.confirmedChallenges ?? []);
  return estimate.challenges
    .filter((c) => !confirmed.has(c.key))
    .map((c) => ({
      path: `challenges.${c.key}`,
      code: 'challenge_unconfirmed',
      message: `${c.code}: ${c.value} beyond ${c.limit}; confirm it is intended`,
      params: { challenge: c.code, workload: c.workload, value: c.value, limit: c.limit },
    }));
}
