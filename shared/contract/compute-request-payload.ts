/**
 * The `compute_request` payload of the portal protocol (docs/portal-protocol.md,
 * "Payloads"), as a zod schema. The app validates a request against it before finalising, so the
 * portal's 422 never has to be the first to say a field is missing.
 *
 * Protocol rules mirrored here: the listed fields are required; money is integer euro cents;
 * "more may be added, unknown fields are kept" — so objects are loose (extra keys pass through).
 * Two readings of ours, stricter than the text but implied by it: a request has at least one
 * workload, and low ≤ expected ≤ high GPU-hours.
 */
import { z } from 'zod';
import { LIMITS, isoDate } from './common';
import { payloadCents, payloadCompany, payloadCompanySchema, requiredText, type CompanyFacts } from './payload-common';
import { fieldProblem, zodProblems, type FieldProblem } from '../field-problems';
import { toComputeRequestFigures, WORKLOAD_TYPES, type GpuBudgetEstimate } from '../domain/gpu-budget';
import type { ComputeRequestFields } from '../domain/compute-request';
import { containsTemplatePrompt } from '../domain/compute-request-template';
import { ACCESS_MODES, DATA_SENSITIVITIES, type DataSensitivity } from '../domain/gpu-budget-draft';

export { ACCESS_MODES, DATA_SENSITIVITIES, type DataSensitivity };

const count = z.number().int().min(0).max(1e12);
const amount = z.number().min(0).max(1e12);

const computeRequestWorkloadSchema = z
  .looseObject({
    type: z.enum(WORKLOAD_TYPES),
    model: requiredText(LIMITS.shortText),
    parameterCount: z.number().positive().max(1e13),
    tokens: amount.optional(),
    images: amount.optional(),
    epochs: z.number().positive().max(1000).optional(),
    gpuHoursLow: count,
    gpuHoursExpected: count,
    gpuHoursHigh: count,
    peakMemoryGiB: amount,
    gpusPerJob: z.number().int().min(1).max(1e5),
  })
  .refine((w) => w.gpuHoursLow <= w.gpuHoursExpected && w.gpuHoursExpected <= w.gpuHoursHigh, {
    message: 'range_order',
    path: ['gpuHoursExpected'],
  });

export const computeRequestPayloadSchema = z.looseObject({
  company: payloadCompanySchema,
  projectTitle: requiredText(LIMITS.shortText),
  summary: requiredText(LIMITS.mediumText),
  accessMode: z.enum(ACCESS_MODES),
  system: requiredText(LIMITS.shortText),
  gpuModel: requiredText(LIMITS.shortText),
  periodMonths: z.number().int().min(1).max(36),
  startDate: isoDate,
  workloads: z.array(computeRequestWorkloadSchema).min(1).max(100),
  totalGpuHours: count,
  nodeHours: count,
  storageGiB: amount,
  dataSensitivity: z.enum(DATA_SENSITIVITIES),
  personalData: z.boolean(),
  energyKwh: amount,
  co2eKg: amount,
  estimatedCostCents: payloadCents,
  cashbackCents: payloadCents,
  justification: requiredText(LIMITS.longText),
});

export type ComputeRequestPayload = z.output<typeof computeRequestPayloadSchema>;

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

/** A value not entered yet (null, absent, blank) is "required", whatever zod's wording. */
function isMissing(payload: Record<string, unknown>, problem: FieldProblem): boolean {
  const value = problem.path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
  return value === null || value === undefined || problem.message === 'required';
}

/**
 * Everything that stops a request from being finalised: the protocol schema (paths as in the
 * payload, e.g. `company.sizeClass`), plus the app's own consistency rules.
 */
export function checkComputeRequest(payload: Record<string, unknown>): { payload: ComputeRequestPayload | null; problems: FieldProblem[] } {
  const parsed = computeRequestPayloadSchema.safeParse(payload);
  const problems = parsed.success ? [] : zodProblems(parsed.error).map((p) => (isMissing(payload, p) ? fieldProblem(p.path, 'required', 'required') : p));
  if (typeof payload.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.startDate) && !isRealDate(payload.startDate)) {
    problems.push(fieldProblem('startDate', 'invalid_date', 'not a calendar date'));
  }
  if (payload.dataSensitivity === 'personal' && payload.personalData !== true) {
    problems.push(fieldProblem('personalData', 'personal_data_mismatch', 'sensitivity "personal" means the data holds personal data'));
  }
  if (payload.personalData === true && (payload.dataSensitivity === 'public' || payload.dataSensitivity === 'internal')) {
    problems.push(fieldProblem('dataSensitivity', 'personal_data_mismatch', 'personal data is at least confidential'));
  }
  if (typeof payload.justification === 'string' && containsTemplatePrompt(payload.justification)) {
    problems.push(fieldProblem('justification', 'template_prompts_left', 'replace the [bracketed] prompts of the template'));
  }
  return { payload: problems.length === 0 && parsed.success ? parsed.data : null, problems };
}
