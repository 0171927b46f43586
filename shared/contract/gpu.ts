/**
 * GPU-hour budgets and compute requests (issue 5; domain.md §5; portal-protocol.md).
 *
 * Numbers are checked here first (type, finite, sign, upper bound), so hostile input (negative,
 * zero, NaN, 1e18, text) never reaches a service; the estimator then applies the rules that need
 * the whole workload (required fields per type, model context, model kind) and answers
 * `invalid_input` with `details.fields` in the same path style (`workloads.0.tokens`).
 * The upper bounds are the estimator's own limits (shared/domain/gpu-budget.ts, LIMITS): a value
 * accepted here is never refused there for its size (test/integration/gpu.test.ts checks it).
 */
import { z } from 'zod';
import { method } from './define';
import { id, isoDate, longText, mediumText, shortText, text } from './common';
import type { FieldProblem } from '../errors';
import type { Locale } from '../locale';
import { WORKLOAD_TYPES, type AccessMode, type GpuBudgetEstimate } from '../domain/gpu-budget';
import { ACCESS_MODES, DATA_SENSITIVITIES, type CustomModelDraft, type WorkloadDraft } from '../domain/gpu-budget-draft';
import type { ComputeRequestFields } from '../domain/compute-request';
import { GPU_HARDWARE, PRECISIONS, type HardwareId, type Precision } from '../reference/gpu/hardware';
import type { OutboxState, PortalStatusInfo, SyncProblem } from './sync';
import type { ComputeRequestStatus } from '../domain/portal-status';
import { BILLING_UNITS, CARBON_BASES, type BillingUnit, type CarbonBasis, type GpuBudgetSettings, type NumericSettingKey, type SettingReference } from '../reference/gpu/settings';

const HARDWARE_IDS = GPU_HARDWARE.map((h) => h.id) as [HardwareId, ...HardwareId[]];

const positive = (max: number) => z.number().positive().max(max);
const positiveInt = (max: number) => z.number().int().positive().max(max);
const nonNegativeInt = (max: number) => z.number().int().min(0).max(max);
/** Not typed yet = null: a draft is saved as it is typed. */
const draft = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const customModelSchema = z.strictObject({
  architecture: z.enum(['decoder', 'encoder', 'vision']).optional(),
  parameterCount: draft(positive(1e13)),
  // 0 is allowed for the transformer fields of a convolutional vision model.
  layers: draft(nonNegativeInt(1000)),
  hiddenSize: draft(nonNegativeInt(1e6)),
  kvHeads: draft(nonNegativeInt(1e4)),
  headDim: draft(nonNegativeInt(1e4)),
  vocabSize: draft(nonNegativeInt(1e8)),
  sequenceLength: draft(nonNegativeInt(1e8)),
  forwardFlopsPerImage: draft(positive(1e16)),
}) satisfies z.ZodType<CustomModelDraft>;

export const workloadDraftSchema = z.strictObject({
  label: shortText.optional(),
  type: z.enum(WORKLOAD_TYPES),
  model: z.union([text(80).min(1), customModelSchema]),
  tokens: draft(positive(1e15)),
  images: draft(positive(1e12)),
  epochs: draft(positive(1000)),
  runs: draft(positiveInt(100)),
  overhead: draft(z.number().min(1).max(10)),
  batchSize: draft(positiveInt(1e5)),
  sequenceLength: draft(positiveInt(1e8)),
  requests: draft(positiveInt(1e12)),
  tokensPerRequest: draft(positiveInt(1e8)),
  outputTokensPerRequest: draft(nonNegativeInt(1e8)),
  servingHours: draft(positive(87_600)),
  concurrentUsers: draft(positiveInt(1e7)),
  gpusPerJob: draft(positiveInt(1e5)),
}) satisfies z.ZodType<WorkloadDraft>;

const budgetFields = {
  name: shortText,
  hardwareId: z.enum(HARDWARE_IDS),
  precision: z.enum(PRECISIONS as [Precision, ...Precision[]]),
  workloads: z.array(workloadDraftSchema).max(100),
  /** A roadmap initiative this budget serves (plain id: roadmaps live in their own feature). */
  initiativeId: shortText.nullable(),
};

/** Settings an advisor may change; null puts a figure back to its published default. */
const gpuSettingsPatchSchema = z.strictObject({
  pricePerGpuHourCents: draft(nonNegativeInt(1_000_000)),
  pue: draft(z.number().min(1).max(3)),
  carbonBasis: z.enum(CARBON_BASES as [CarbonBasis, ...CarbonBasis[]]).optional(),
  carbonLocationGPerKwh: draft(z.number().min(0).max(2000)),
  carbonProductionGPerKwh: draft(z.number().min(0).max(2000)),
  carbonResidualMixGPerKwh: draft(z.number().min(0).max(2000)),
  billingUnit: z.enum(BILLING_UNITS as [BillingUnit, ...BillingUnit[]]).optional(),
  carbonMarketGPerKwh: draft(z.number().min(0).max(2000)),
  cashbackRate: draft(z.number().min(0).max(1)),
  gpusPerNode: draft(positiveInt(64)),
  maxJobHours: draft(positive(8760)),
  playgroundMaxGpuHours: draft(z.number().min(0).max(1e9)),
  fastLaneMaxGpuHours: draft(positive(1e9)),
});

const computeRequestFieldsSchema = z.strictObject({
  projectTitle: shortText,
  summary: mediumText,
  accessMode: z.enum(ACCESS_MODES),
  system: shortText,
  periodMonths: positiveInt(36).nullable(),
  startDate: isoDate.nullable(),
  storageGiB: z.number().min(0).max(1e9).nullable(),
  dataSensitivity: z.enum(DATA_SENSITIVITIES),
  personalData: z.boolean(),
  justification: longText,
  /** Challenge keys (shared/domain/gpu-budget.ts) the advisor confirmed as intended. */
  confirmedChallenges: z.array(text(200).min(1)).max(100).optional(),
}) satisfies z.ZodType<ComputeRequestFields>;

// ---------------------------------------------------------------------------------------------
// Outputs

export interface GpuBudget {
  id: string;
  clientId: string;
  name: string;
  hardwareId: HardwareId;
  precision: Precision;
  workloads: WorkloadDraft[];
  initiativeId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A budget with its estimate at the current settings, or the problems that prevent one. */
export interface GpuBudgetView {
  budget: GpuBudget;
  estimate: GpuBudgetEstimate | null;
  problems: FieldProblem[];
}

export interface GpuBudgetSummary {
  id: string;
  clientId: string;
  name: string;
  hardwareId: HardwareId;
  workloadCount: number;
  /** null while the budget cannot be estimated (incomplete). */
  gpuHours: { low: number; expected: number; high: number } | null;
  accessMode: AccessMode | null;
  initiativeId: string | null;
  updatedAt: string;
}

export interface GpuSettingsView {
  settings: GpuBudgetSettings;
  defaults: GpuBudgetSettings;
  /** Settings that differ from the published default (changed in Settings). */
  overridden: (NumericSettingKey | 'carbonBasis' | 'billingUnit')[];
  references: Record<NumericSettingKey, SettingReference>;
  updatedAt: string | null;
}

export type { ComputeRequestStatus };

/**
 * A finalised revision on its way to the portal: the outbox state and, once the portal answered,
 * its reference and status (read through the sync service's recordInfo, a dependency of the GPU service).
 */
export interface ComputeRequestQueueInfo {
  state: OutboxState;
  portalRef: string | null;
  deliveredAt: string | null;
  lastError: SyncProblem | null;
  portalStatus: PortalStatusInfo | null;
  /** When the revision was finalised and queued (same transaction). */
  queuedAt: string;
}

export interface ComputeRequestRevisionSummary {
  revision: number;
  supersedes: number | null;
  status: ComputeRequestStatus;
  projectTitle: string;
  totalGpuHours: number | null;
  finalisedAt: string | null;
  createdAt: string;
  queue: ComputeRequestQueueInfo | null;
}

export interface ComputeRequestRevision extends ComputeRequestRevisionSummary {
  fields: ComputeRequestFields;
  /** The client's report language: the request and its justification are written in it. */
  locale: Locale;
  updatedAt: string;
  /** Finalised revisions: the frozen snapshot. Drafts: null. */
  snapshot: { budget: { name: string; hardwareId: string; precision: Precision; workloads: WorkloadDraft[] }; estimate: GpuBudgetEstimate; payload: Record<string, unknown> } | null;
}

export interface ComputeRequestView {
  id: string;
  clientId: string;
  budgetId: string | null;
  budgetName: string | null;
  initiativeId: string | null;
  latestRevision: number;
  revision: ComputeRequestRevision;
  revisions: ComputeRequestRevisionSummary[];
  /**
   * What would be (draft) or was (finalised) sent: the estimate, the payload and, for a draft,
   * every problem that would stop finalising (paths of the payload, `budget.…` for the budget).
   */
  preview: { estimate: GpuBudgetEstimate | null; payload: Record<string, unknown> | null; problems: FieldProblem[] };
}

export interface ComputeRequestSummary {
  id: string;
  clientId: string;
  budgetId: string | null;
  latestRevision: number;
  status: ComputeRequestStatus;
  projectTitle: string;
  accessMode: AccessMode;
  totalGpuHours: number | null;
  updatedAt: string;
  /** Queue state of the latest finalised revision. */
  queue: (ComputeRequestQueueInfo & { revision: number }) | null;
}

// ---------------------------------------------------------------------------------------------
// Methods

export const gpuContract = {
  'gpu.settings.get': method<GpuSettingsView>()(z.strictObject({})),
  'gpu.settings.update': method<GpuSettingsView>()(z.strictObject({ patch: gpuSettingsPatchSchema })),

  'gpu.budgets.list': method<GpuBudgetSummary[]>()(z.strictObject({ clientId: id })),
  'gpu.budgets.get': method<GpuBudgetView>()(z.strictObject({ id })),
  'gpu.budgets.create': method<GpuBudgetView>()(
    z.strictObject({
      clientId: id,
      name: budgetFields.name.default(''),
      hardwareId: budgetFields.hardwareId.default('meluxina-a100-40gb'),
      precision: budgetFields.precision.default('bf16'),
      workloads: budgetFields.workloads.default([]),
      initiativeId: budgetFields.initiativeId.default(null),
    }),
  ),
  /** Saves the given fields (the workloads list is replaced as a whole). */
  'gpu.budgets.update': method<GpuBudgetView>()(z.strictObject({ id, patch: z.strictObject(budgetFields).partial() })),
  'gpu.budgets.delete': method<{ deleted: true }>()(z.strictObject({ id })),
  /** The estimate at the current settings; `invalid_input` with the estimator's field problems otherwise. */

  'gpu.requests.list': method<ComputeRequestSummary[]>()(z.strictObject({ clientId: id })),
  /** A new request (revision 1, draft) from a budget; the justification starts from the guided template. */
  'gpu.requests.create': method<ComputeRequestView>()(
    z.strictObject({ budgetId: id, initiativeId: shortText.nullable().default(null) }),
  ),
  /** The latest revision, or the one asked for (earlier revisions stay readable). */
  'gpu.requests.get': method<ComputeRequestView>()(z.strictObject({ id, revision: z.number().int().min(1).max(10_000).optional() })),
  /** Edits the draft; `read_only` when the latest revision is finalised. */
  'gpu.requests.update': method<ComputeRequestView>()(
    z.strictObject({ id, patch: computeRequestFieldsSchema.partial().extend({ budgetId: id.optional() }) }),
  ),
  /** Validates against the protocol, freezes the snapshot and queues it for the portal, in one transaction. */
  'gpu.requests.finalise': method<ComputeRequestView>()(z.strictObject({ id })),
  /** Starts revision n+1 (a draft copied from n) after n was finalised. */
  'gpu.requests.newRevision': method<ComputeRequestView>()(z.strictObject({ id })),
  /** Throws away the current draft: the whole request when nothing was ever finalised. */
  'gpu.requests.discardDraft': method<{ discarded: 'request' | 'draft' }>()(z.strictObject({ id })),
};
