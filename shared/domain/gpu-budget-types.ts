/**
 * The GPU-hour budget estimator's input and output shapes and its capacity limits (domain.md §5).
 * The estimator itself is gpu-budget.ts.
 */
import type { Precision } from '../reference/gpu/hardware';
import type { Architecture, ModelShape, VisionModelShape } from '../reference/gpu/models';
import type { GpuBudgetSettings } from '../reference/gpu/settings';

// ---------------------------------------------------------------------------------------------
// Types

export const WORKLOAD_TYPES = [
  'full_finetune',
  'pretraining',
  'lora',
  'qlora',
  'vision_training',
  'batch_inference',
  'serving',
] as const;
export type WorkloadType = (typeof WORKLOAD_TYPES)[number];
/** EuroHPC AI Factory access modes (portal-protocol.md, compute_request). */
export const ACCESS_MODES = ['playground', 'fast_lane', 'large_scale'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export interface WorkloadInput {
  type: WorkloadType;
  /** A preset id (shared/reference/gpu/models.ts) or a custom shape. */
  model: string | ModelShape | VisionModelShape;
  /** Training tokens per epoch (text training types). */
  tokens?: number;
  /** Images per epoch (vision training) or images to process (batch inference of a vision model). */
  images?: number;
  epochs?: number;
  /** Training runs (default 3, range 1–5); when given, low/expected/high all use it. */
  runs?: number;
  /** Overhead factor for evaluation, failed runs, checkpoints (default 1.3, range 1.15–1.6); pinned when given. */
  overhead?: number;
  /** Training: micro-batch in sequences per job; inference: sequences decoded together per replica. */
  batchSize?: number;
  /** Training or serving context in tokens (default min(4,096, model maximum)). */
  sequenceLength?: number;
  /** Batch inference: number of prompts. */
  requests?: number;
  /** Prompt (input) tokens per request. */
  tokensPerRequest?: number;
  /** Generated tokens per request (default 0). */
  outputTokensPerRequest?: number;
  servingHours?: number;
  concurrentUsers?: number;
  /** GPUs the advisor plans per job (data parallel); never fewer than memory needs. */
  gpusPerJob?: number;
}

export interface GpuBudgetInput {
  workloads: WorkloadInput[];
  hardwareId: string;
  precision: Precision;
  settings?: Partial<GpuBudgetSettings>;
}

export interface Range {
  low: number;
  expected: number;
  high: number;
}

export interface Assumption {
  id: string;
  value: number | string;
  unit: string;
  low?: number;
  high?: number;
  source?: string;
}

export type FitOptionKind = 'shard' | 'lora' | 'qlora' | 'quantize_8bit' | 'quantize_4bit';

export interface FitOption {
  kind: FitOptionKind;
  gpusPerJob: number;
  nodesPerJob: number;
  /** Memory the job needs with this option, summed over its GPUs. */
  memoryGiB: number;
}

export interface FitAssessment {
  fitsOneGpu: boolean;
  /** Memory one job needs (model states, weights, KV cache, activations), summed over its GPUs. */
  requiredMemoryGiB: number;
  /** 0.9 × GPU memory. */
  usableMemoryPerGpuGiB: number;
  /** GPUs the memory alone requires. */
  minGpusPerJob: number;
  /** What would make it fit; empty when it fits one GPU. The estimate itself uses `shard`. */
  options: FitOption[];
}

export interface WallClock {
  gpusPerJob: number;
  /** Compute time of one run (or the serving period) on the job's GPUs. */
  hoursPerRun: number;
  /** Expected GPU-hours ÷ GPUs per job, in days, runs one after another. */
  days: number;
  exceedsJobLimit: boolean;
  /** Jobs of at most `maxJobHours` that one run needs. */
  jobsPerRun: number;
  /** Training longer than one job must save checkpoints and resume. */
  checkpointingRequired: boolean;
}

export interface CostEstimate {
  beforeCashbackCents: Range;
  cashbackCents: Range;
  afterCashbackCents: Range;
}

export interface WorkloadEstimate {
  index: number;
  type: WorkloadType;
  model: { id: string | null; name: string; parameterCount: number; architecture: Architecture };
  /**
   * What the workload is measured in, by type: training in tokens or images × epochs; batch
   * inference in requests (or images); serving in hours and concurrent users — never epochs.
   */
  quantities: {
    tokens?: number;
    images?: number;
    epochs?: number;
    requests?: number;
    servingHours?: number;
    concurrentUsers?: number;
  };
  gpuHours: Range;
  /**
   * GPU-hours the cost is counted on: equal to gpuHours when billed per GPU; per node, the whole
   * nodes the job occupies (a one-GPU job on 4-GPU nodes: 4 × its GPU-hours).
   */
  billedGpuHours: Range;
  /** Expected GPU-hours of one run, without runs and overhead. */
  singleRunGpuHours: number;
  throughputPerGpu: { value: number; unit: 'tokens/s' | 'images/s' };
  peakMemoryPerGpuGiB: number;
  gpusPerJob: number;
  nodesPerJob: number;
  /** ⌈expected billed GPU-hours ÷ GPUs per node⌉. */
  nodeHours: number;
  wallClock: WallClock;
  cost: CostEstimate;
  energyKwh: Range;
  co2eKg: Range;
  fit: FitAssessment;
  assumptions: Assumption[];
}

export interface GpuBudgetEstimate {
  hardwareId: string;
  gpuModel: string;
  system: string | null;
  precision: Precision;
  settings: GpuBudgetSettings;
  workloads: WorkloadEstimate[];
  total: {
    gpuHours: Range;
    billedGpuHours: Range;
    nodeHours: number;
    wallClockDays: number;
    cost: CostEstimate;
    energyKwh: Range;
    co2eKg: Range;
  };
  /** Suggested EuroHPC access mode for the expected total, and for the high end of the range. */
  accessMode: AccessMode;
  accessModeAtHigh: AccessMode;
  carbonBasis: GpuBudgetSettings['carbonBasis'];
  /** Ids of unconfirmed figures the result depends on (settings, 'billingUnit', or 'hardware'). */
  unconfirmed: string[];
  assumptions: Assumption[];
  /**
   * Inputs beyond what the chosen system can provide or beyond any published training run. They
   * are estimated all the same (the figures show how far off they are), but a compute request
   * cannot be finalised until each one is confirmed (compute-request.ts).
   */
  challenges: Challenge[];
}

export type ChallengeCode = 'gpus_exceed_system' | 'run_longer_than_allocation' | 'tokens_beyond_largest_corpus' | 'total_exceeds_system_year';

export interface Challenge {
  code: ChallengeCode;
  /** Workload index, or null for the budget's total. */
  workload: number | null;
  value: number;
  limit: number;
  source: string;
  /** Stable while the input is unchanged; a confirmation is recorded against this key. */
  key: string;
}

// ---------------------------------------------------------------------------------------------
// Capacity checks: what no system or no published run can provide

export const CAPACITY = {
  /** The longest EuroHPC AI Factory allocation (Large Scale: 3, 6 or 12 months), in hours. */
  allocationHours: 365 * 24,
  allocationSource: 'EuroHPC AI Factory access modes: Large Scale allocations of 3, 6 or 12 months',
  /** Llama 3 was pre-trained on "over 15T tokens", the largest published corpus of an open model. */
  largestCorpusTokens: 15e12,
  largestCorpusSource: 'https://ai.meta.com/blog/meta-llama-3/ (pre-trained on over 15T tokens)',
} as const;
