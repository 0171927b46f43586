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
import { SIZE_CLASSES } from '../domain/sme-size';
import { WORKLOAD_TYPES } from '../domain/gpu-budget';
import { ACCESS_MODES, DATA_SENSITIVITIES, type DataSensitivity } from '../domain/gpu-budget-draft';

export { ACCESS_MODES, DATA_SENSITIVITIES, type DataSensitivity };

const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const count = z.number().int().min(0).max(1e12);
const amount = z.number().min(0).max(1e12);
const centsValue = z.number().int().min(0).max(LIMITS.maxCents);

/** `company {name, rcsNumber?, naceCode?, sizeClass, headcount, turnoverCents?, balanceSheetCents?}` — shared with the other payloads. */
export const payloadCompanySchema = z.looseObject({
  name: text(LIMITS.shortText),
  rcsNumber: z.string().max(20).optional(),
  naceCode: z.string().max(10).optional(),
  sizeClass: z.enum(SIZE_CLASSES),
  headcount: z.number().min(0).max(10_000_000),
  turnoverCents: centsValue.optional(),
  balanceSheetCents: centsValue.optional(),
});

export const computeRequestWorkloadSchema = z
  .looseObject({
    type: z.enum(WORKLOAD_TYPES),
    model: text(LIMITS.shortText),
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
  projectTitle: text(LIMITS.shortText),
  summary: text(LIMITS.mediumText),
  accessMode: z.enum(ACCESS_MODES),
  system: text(LIMITS.shortText),
  gpuModel: text(LIMITS.shortText),
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
  estimatedCostCents: centsValue,
  cashbackCents: centsValue,
  justification: text(LIMITS.longText),
});

export type ComputeRequestPayload = z.output<typeof computeRequestPayloadSchema>;
export type PayloadCompany = z.output<typeof payloadCompanySchema>;
