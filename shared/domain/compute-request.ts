/**
 * A compute request built from a GPU-hour budget (issue 5): the fields an advisor edits, the
 * portal payload they become (portal-protocol.md, `compute_request`), the checks run before
 * finalising. The guided justification is in compute-request-template.ts.
 * Pure: the clock comes in as `now`.
 */
import type { FieldProblem } from '../errors';
import type { Locale } from '../locale';
import {
  computeRequestPayloadSchema,
  type ComputeRequestPayload,
  type DataSensitivity,
  type PayloadCompany,
} from '../contract/compute-request-payload';
import { sizeClassOf, type RelatedEnterprise } from './sme-size';
import { toComputeRequestFigures, type AccessMode, type GpuBudgetEstimate } from './gpu-budget';
import { containsTemplatePrompt, justificationTemplate } from './compute-request-template';

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

export interface CompanyFacts {
  name: string;
  rcsNumber: string;
  naceCode: string;
  headcount: number | null;
  turnoverCents: number | null;
  balanceSheetCents: number | null;
  related: RelatedEnterprise[];
}


/** EuroHPC AI Factory access modes (domain.md §3); periods there: 1–3 months, 1–3 months, 3/6/12 months. */
export const DEFAULT_PERIOD_MONTHS: Readonly<Record<AccessMode, number>> = { playground: 3, fast_lane: 3, large_scale: 6 };

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

/** The `company` block (portal-protocol.md): the size class from the client's record, never guessed. */
export function payloadCompany(company: CompanyFacts): Omit<PayloadCompany, 'sizeClass'> & { sizeClass: string } {
  const size = sizeClassOf(company);
  return {
    name: company.name,
    ...(company.rcsNumber ? { rcsNumber: company.rcsNumber } : {}),
    ...(company.naceCode ? { naceCode: company.naceCode } : {}),
    sizeClass: size.sizeClass,
    // null is kept so the schema names the missing figure instead of silently dropping it.
    headcount: company.headcount as number,
    ...(company.turnoverCents !== null ? { turnoverCents: company.turnoverCents } : {}),
    ...(company.balanceSheetCents !== null ? { balanceSheetCents: company.balanceSheetCents } : {}),
  };
}

/** The payload exactly as it will be queued (not yet validated: see `checkComputeRequest`). */
export function buildComputeRequestPayload(args: {
  company: CompanyFacts;
  fields: ComputeRequestFields;
  estimate: GpuBudgetEstimate;
}): Record<string, unknown> {
  const { fields } = args;
  const figures = toComputeRequestFigures(args.estimate);
  return {
    company: payloadCompany(args.company),
    projectTitle: fields.projectTitle.trim(),
    summary: fields.summary.trim(),
    accessMode: fields.accessMode,
    system: fields.system.trim(),
    gpuModel: figures.gpuModel,
    periodMonths: fields.periodMonths,
    startDate: fields.startDate,
    workloads: figures.workloads,
    totalGpuHours: figures.totalGpuHours,
    nodeHours: figures.nodeHours,
    storageGiB: fields.storageGiB,
    dataSensitivity: fields.dataSensitivity,
    personalData: fields.personalData,
    energyKwh: figures.energyKwh,
    co2eKg: figures.co2eKg,
    estimatedCostCents: figures.estimatedCostCents,
    cashbackCents: figures.cashbackCents,
    justification: fields.justification.trim(),
  };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * Everything that stops a request from being finalised: the protocol schema (paths as in the
 * payload, e.g. `company.sizeClass`), plus the app's own consistency rules.
 */
export function checkComputeRequest(payload: Record<string, unknown>): { payload: ComputeRequestPayload | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const parsed = computeRequestPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A value not entered yet (null, absent, blank) is "required", whatever zod's wording.
      const value = issue.path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), payload);
      const missing = value === null || value === undefined || issue.message === 'required';
      const params = 'maximum' in issue ? { maximum: Number(issue.maximum) } : 'minimum' in issue ? { minimum: Number(issue.minimum) } : undefined;
      problems.push({
        path: issue.path.map(String).join('.'),
        code: missing ? 'required' : issue.code,
        message: missing ? 'required' : issue.message,
        ...(params && !missing ? { params } : {}),
      });
    }
  }
  if (typeof payload.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.startDate) && !isRealDate(payload.startDate)) {
    problems.push({ path: 'startDate', code: 'invalid_date', message: 'not a calendar date' });
  }
  if (payload.dataSensitivity === 'personal' && payload.personalData !== true) {
    problems.push({ path: 'personalData', code: 'personal_data_mismatch', message: 'sensitivity "personal" means the data holds personal data' });
  }
  if (payload.personalData === true && (payload.dataSensitivity === 'public' || payload.dataSensitivity === 'internal')) {
    problems.push({ path: 'dataSensitivity', code: 'personal_data_mismatch', message: 'personal data is at least confidential' });
  }
  if (typeof payload.justification === 'string' && containsTemplatePrompt(payload.justification)) {
    problems.push({ path: 'justification', code: 'template_prompts_left', message: 'replace the [bracketed] prompts of the template' });
  }
  return { payload: problems.length === 0 && parsed.success ? parsed.data : null, problems };
}
