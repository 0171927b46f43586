/**
 * GPU-hour budget estimator (domain.md §5). Pure and deterministic: the same input always
 * gives the same output; no I/O, no clock.
 *
 * Model (EleutherAI "Transformer Math 101"; Kaplan et al. 2020, arXiv:2001.08361):
 *   training FLOPs per token = k · (6N + 6·L·S·d), k = 1 full fine-tune / pre-training, 2/3 LoRA/QLoRA;
 *   GPU-hours = tokens · FLOPs-per-token ÷ (peak · MFU · 3600); QLoRA takes 1.6× (1.5–2.0) the LoRA time;
 *   vision: 3 × forward FLOPs per image at MFU 0.20 (0.12–0.30);
 *   inference: prefill 2N FLOPs per token; decode ≈ 0.75 · bandwidth ÷ weight bytes per step;
 *   memory: full fine-tune 16 bytes/param (16–18) + activations; LoRA 2N + adapters + activations;
 *   QLoRA 0.55N + activations; KV cache per token = 2 · layers · kv_heads · head_dim · bytes;
 *   GPUs per job = ⌈memory ÷ (0.9 · GPU memory)⌉;
 *   expected = GPU-hours × runs (3) × overhead (1.3); low/high from the MFU band, 1–5 runs, overhead 1.15–1.6;
 *   energy = GPU-hours × board power × PUE; CO2e = kWh × grid intensity.
 * Calibration against published runs: test/unit/gpu-calibration.test.ts.
 */
import { InvalidInputError, fieldProblem, type FieldProblem } from '../field-problems';
import { findHardware, PRECISIONS, type Band, type GpuHardware, type Precision } from '../reference/gpu/hardware';
import { findModelPreset, type Architecture, type ModelShape, type VisionModelShape } from '../reference/gpu/models';
import {
  BILLING_UNITS,
  BILLING_UNIT_SOURCE,
  CARBON_BASES,
  CARBON_SETTING_KEY,
  SETTING_REFERENCES,
  carbonIntensityGPerKwh,
  defaultGpuBudgetSettings,
  type GpuBudgetSettings,
  type NumericSettingKey,
} from '../reference/gpu/settings';
import { roundToTenth } from '../rounding';

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

// ---------------------------------------------------------------------------------------------
// Constants of the model (domain.md §5 unless said otherwise)

const TRANSFORMER_MATH = 'https://blog.eleuther.ai/transformer-math/';
const KORTHIKANTI = 'https://arxiv.org/abs/2205.05198';
const QLORA = 'https://arxiv.org/abs/2305.14314';
const DOMAIN = 'domain.md §5';

export const MODEL_CONSTANTS = {
  usableMemoryFraction: 0.9,
  /** Mixed-precision Adam: 2 (bf16 weights) + 2 (grads) + 12 (fp32 master, m, v) = 16; up to 18 with buffers. */
  fullFinetuneBytesPerParam: { expected: 16, high: 18 },
  loraFrozenWeightBytesPerParam: 2,
  /** Adapter size as a share of N: rank ≈ 32 on all linear layers (Llama-3.1-8B: 0.5 % at r=16, 2 % at r=64). */
  loraAdapterFraction: 0.01,
  /** Adapters train in fp32 with Adam: 4 + 4 + 8 bytes. */
  adapterBytesPerParam: 16,
  qloraBytesPerParam: 0.55,
  loraFlopsFactor: 2 / 3,
  qloraTimeFactor: { low: 1.5, expected: 1.6, high: 2.0 } as Band,
  visionTrainingFlopsFactor: 3,
  visionMfu: { low: 0.12, expected: 0.2, high: 0.3 } as Band,
  decodeBandwidthEfficiency: 0.75,
  runs: { low: 1, expected: 3, high: 5 } as Band,
  /** A batch job is run once, at most re-run once after a fix (workbench assumption). */
  inferenceRuns: { low: 1, expected: 1, high: 2 } as Band,
  overhead: { low: 1.15, expected: 1.3, high: 1.6 } as Band,
  defaultSequenceLength: 4096,
  defaultTrainingMicroBatch: 1,
  defaultInferenceBatch: 32,
  /** Korthikanti et al. 2022 (flash attention, full recompute): 2·s·b·h per layer stored + 34·s·b·h working set. */
  activationBytesStoredPerLayer: 2,
  activationBytesWorkingSet: 34,
  /** fp32 logits for the loss. */
  logitBytes: 4,
} as const;

const LIMITS = {
  workloads: 100,
  parameterCount: 1e13,
  layers: 1000,
  hiddenSize: 1e6,
  kvHeads: 1e4,
  headDim: 1e4,
  vocabSize: 1e8,
  sequenceLength: 1e8,
  forwardFlopsPerImage: 1e16,
  tokens: 1e15,
  images: 1e12,
  epochs: 1000,
  runs: 100,
  overhead: 10,
  batchSize: 1e5,
  requests: 1e12,
  tokensPerRequest: 1e8,
  outputTokensPerRequest: 1e8,
  servingHours: 87_600,
  concurrentUsers: 1e7,
  gpusPerJob: 1e5,
} as const;

const GIB = 2 ** 30;
const TEXT_TRAINING: readonly WorkloadType[] = ['full_finetune', 'pretraining', 'lora', 'qlora'];

// ---------------------------------------------------------------------------------------------
// Errors

export type GpuBudgetErrorReason =
  | 'required'
  | 'not_a_number'
  | 'negative'
  | 'zero'
  | 'too_large'
  | 'too_small'
  | 'not_integer'
  | 'invalid_value'
  | 'unknown_type'
  | 'unknown_model'
  | 'unknown_hardware'
  | 'invalid_precision'
  | 'precision_unsupported'
  | 'wrong_model_kind'
  | 'exceeds_model_context'
  | 'encoder_cannot_generate'
  | 'too_many_workloads';

/**
 * Thrown for input the estimator refuses: the app-wide `invalid_input` with every field problem
 * (shared/field-problems.ts); `reason` and `path` are the first problem's code and path.
 */
export class GpuBudgetInputError extends InvalidInputError {
  readonly reason: GpuBudgetErrorReason;
  readonly path: string;
  constructor(problems: FieldProblem[]) {
    const first = problems[0];
    super(problems, `${first.path}: ${first.message}`);
    this.name = 'GpuBudgetInputError';
    this.reason = first.code as GpuBudgetErrorReason;
    this.path = first.path;
  }
}

class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, code: GpuBudgetErrorReason, message: string, params?: Record<string, unknown>): void {
    this.list.push(fieldProblem(path, code, message, params));
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new GpuBudgetInputError(this.list);
  }
}

interface NumberRule {
  max: number;
  /** Minimum allowed; `positive` means > 0. */
  min?: number;
  positive?: boolean;
  integer?: boolean;
}

/** Checks an optional number; returns it, or undefined when absent or invalid (problem recorded). */
function checkNumber(p: Problems, path: string, value: unknown, rule: NumberRule): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.add(path, 'not_a_number', 'must be a finite number');
    return undefined;
  }
  if (value < 0 && (rule.min === undefined || rule.min >= 0)) {
    p.add(path, 'negative', 'must not be negative');
    return undefined;
  }
  if (rule.positive && value === 0) {
    p.add(path, 'zero', 'must be greater than zero');
    return undefined;
  }
  if (rule.min !== undefined && value < rule.min) {
    p.add(path, 'too_small', `must be at least ${rule.min}`, { minimum: rule.min });
    return undefined;
  }
  if (value > rule.max) {
    p.add(path, 'too_large', `must be at most ${rule.max}`, { maximum: rule.max });
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    p.add(path, 'not_integer', 'must be a whole number');
    return undefined;
  }
  return value;
}

function requireNumber(p: Problems, path: string, value: unknown, rule: NumberRule): number | undefined {
  if (value === undefined || value === null) {
    p.add(path, 'required', 'is required for this workload type');
    return undefined;
  }
  return checkNumber(p, path, value, rule);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Pure formulas (exported for the UI's "how was this reached" and for tests)

/** KV cache per token = 2 (K and V) · layers · kv_heads · head_dim · bytes. */
export function kvCacheBytesPerToken(shape: Pick<ModelShape, 'layers' | 'kvHeads' | 'headDim'>, bytes: number): number {
  return 2 * shape.layers * shape.kvHeads * shape.headDim * bytes;
}

/** Training FLOPs per token: k · (6N + 6·L·S·d). */
export function trainingFlopsPerToken(
  shape: Pick<ModelShape, 'parameterCount' | 'layers' | 'hiddenSize'>,
  sequenceLength: number,
  type: 'full_finetune' | 'pretraining' | 'lora' | 'qlora',
): number {
  const k = type === 'lora' || type === 'qlora' ? MODEL_CONSTANTS.loraFlopsFactor : 1;
  return k * (6 * shape.parameterCount + 6 * shape.layers * sequenceLength * shape.hiddenSize);
}

/** Activation memory of one micro-batch with full recomputation (Korthikanti et al. 2022) plus fp32 logits. */
export function trainingActivationBytes(
  shape: Pick<ModelShape, 'layers' | 'hiddenSize' | 'vocabSize'>,
  sequenceLength: number,
  microBatch: number,
): number {
  const c = MODEL_CONSTANTS;
  const tokens = microBatch * sequenceLength;
  const perLayerStored = c.activationBytesStoredPerLayer * shape.layers;
  return tokens * shape.hiddenSize * (perLayerStored + c.activationBytesWorkingSet) + tokens * shape.vocabSize * c.logitBytes;
}

export interface TrainingMemory {
  /** Model states: weights, gradients, optimizer (sharded across the job's GPUs). */
  statesBytes: number;
  activationBytes: number;
  totalBytes: number;
  bytesPerParam: number;
}

/** Training memory of one job: full fine-tune 16 B/param, LoRA 2N + adapters, QLoRA 0.55N; plus activations. */
export function trainingMemoryBytes(
  shape: Pick<ModelShape, 'parameterCount' | 'layers' | 'hiddenSize' | 'vocabSize'>,
  type: 'full_finetune' | 'pretraining' | 'lora' | 'qlora',
  options: { sequenceLength: number; microBatch?: number },
): TrainingMemory {
  const c = MODEL_CONSTANTS;
  const n = shape.parameterCount;
  let statesBytes: number;
  if (type === 'lora') statesBytes = n * c.loraFrozenWeightBytesPerParam + n * c.loraAdapterFraction * c.adapterBytesPerParam;
  else if (type === 'qlora') statesBytes = n * c.qloraBytesPerParam;
  else statesBytes = n * c.fullFinetuneBytesPerParam.expected;
  const activationBytes = trainingActivationBytes(shape, options.sequenceLength, options.microBatch ?? c.defaultTrainingMicroBatch);
  return { statesBytes, activationBytes, totalBytes: statesBytes + activationBytes, bytesPerParam: statesBytes / n };
}

/** Inference memory: weights + KV cache of `batch` sequences of `contextTokens`. */
export function inferenceMemoryBytes(
  shape: Pick<ModelShape, 'parameterCount' | 'layers' | 'kvHeads' | 'headDim'>,
  options: { weightBytesPerParam: number; kvBytes: number; batch: number; contextTokens: number },
): { weightBytes: number; kvCacheBytes: number; totalBytes: number } {
  const weightBytes = shape.parameterCount * options.weightBytesPerParam;
  const kvCacheBytes = options.batch * options.contextTokens * kvCacheBytesPerToken(shape, options.kvBytes);
  return { weightBytes, kvCacheBytes, totalBytes: weightBytes + kvCacheBytes };
}

export function usableBytesPerGpu(hardware: Pick<GpuHardware, 'memoryGB'>): number {
  return MODEL_CONSTANTS.usableMemoryFraction * hardware.memoryGB * 1e9;
}

/** GPUs per job = ⌈memory ÷ (0.9 · GPU memory)⌉, at least 1. */
export function gpusForMemory(totalBytes: number, hardware: Pick<GpuHardware, 'memoryGB'>): number {
  return Math.max(1, Math.ceil(totalBytes / usableBytesPerGpu(hardware)));
}

/**
 * Seconds per decode step of `batch` sequences on `gpus` GPUs (tensor parallel). Memory-bound
 * part: weights plus the KV cache read once per step at 0.75 × bandwidth (for batch 1 and a
 * short context this is domain.md's 0.75 · bandwidth ÷ weight bytes). Compute-bound floor:
 * 2N FLOPs per generated token at peak × MFU. Batching therefore multiplies throughput until
 * the KV cache or the compute floor dominates.
 */
export function decodeStepSeconds(args: {
  weightBytes: number;
  kvBytesPerToken: number;
  batch: number;
  averageContextTokens: number;
  gpus: number;
  bandwidthTBs: number;
  parameterCount: number;
  peakTflops: number;
  mfu: number;
}): number {
  const bandwidth = MODEL_CONSTANTS.decodeBandwidthEfficiency * args.bandwidthTBs * 1e12 * args.gpus;
  const memorySeconds = (args.weightBytes + args.batch * args.averageContextTokens * args.kvBytesPerToken) / bandwidth;
  const computeSeconds = (args.batch * 2 * args.parameterCount) / (args.peakTflops * 1e12 * args.mfu * args.gpus);
  return Math.max(memorySeconds, computeSeconds);
}

export function suggestAccessMode(totalGpuHours: number, settings: Pick<GpuBudgetSettings, 'playgroundMaxGpuHours' | 'fastLaneMaxGpuHours'>): AccessMode {
  if (totalGpuHours <= settings.playgroundMaxGpuHours) return 'playground';
  if (totalGpuHours <= settings.fastLaneMaxGpuHours) return 'fast_lane';
  return 'large_scale';
}

// ---------------------------------------------------------------------------------------------
// Input resolution

interface ResolvedModel {
  id: string | null;
  name: string;
  shape: Required<Omit<ModelShape, 'forwardFlopsPerImage' | 'architecture'>> & { forwardFlopsPerImage: number };
  architecture: Architecture;
}

interface ResolvedWorkload {
  input: WorkloadInput;
  model: ResolvedModel;
  type: WorkloadType;
}

function resolveModel(p: Problems, path: string, model: unknown): ResolvedModel | undefined {
  if (typeof model === 'string') {
    const preset = findModelPreset(model);
    if (!preset) {
      p.add(path, 'unknown_model', 'is not a known model preset', { value: model.slice(0, 80) });
      return undefined;
    }
    return {
      id: preset.id,
      name: preset.name,
      architecture: preset.architecture,
      shape: {
        parameterCount: preset.parameterCount,
        layers: preset.layers,
        hiddenSize: preset.hiddenSize,
        kvHeads: preset.kvHeads,
        headDim: preset.headDim,
        vocabSize: preset.vocabSize,
        sequenceLength: preset.sequenceLength,
        forwardFlopsPerImage: preset.forwardFlopsPerImage ?? 0,
      },
    };
  }
  if (!isRecord(model)) {
    p.add(path, 'required', 'must be a preset id or a model shape');
    return undefined;
  }
  const declared = model.architecture;
  if (declared !== undefined && declared !== 'decoder' && declared !== 'encoder' && declared !== 'vision') {
    p.add(`${path}.architecture`, 'invalid_value', "must be 'decoder', 'encoder' or 'vision'");
    return undefined;
  }
  const architecture: Architecture = declared ?? (model.forwardFlopsPerImage !== undefined ? 'vision' : 'decoder');
  const vision = architecture === 'vision';
  const count = p.list.length;
  const num = (key: keyof typeof LIMITS & keyof ModelShape, positive: boolean, integer: boolean) =>
    requireNumber(p, `${path}.${key}`, vision && model[key] === undefined ? 0 : model[key], { max: LIMITS[key], positive, integer });
  const shape = {
    parameterCount: num('parameterCount', true, false) ?? 0,
    layers: num('layers', !vision, true) ?? 0,
    hiddenSize: num('hiddenSize', !vision, true) ?? 0,
    kvHeads: num('kvHeads', !vision, true) ?? 0,
    headDim: num('headDim', !vision, true) ?? 0,
    vocabSize: num('vocabSize', !vision, true) ?? 0,
    sequenceLength: num('sequenceLength', !vision, true) ?? 0,
    forwardFlopsPerImage: vision
      ? (requireNumber(p, `${path}.forwardFlopsPerImage`, model.forwardFlopsPerImage, { max: LIMITS.forwardFlopsPerImage, positive: true }) ?? 0)
      : 0,
  };
  if (p.list.length > count) return undefined;
  return { id: null, name: 'custom', architecture, shape };
}

const WORKLOAD_NUMBER_RULES: Record<keyof typeof LIMITS & keyof WorkloadInput, Omit<NumberRule, 'max'>> = {
  tokens: { positive: true },
  images: { positive: true },
  epochs: { positive: true },
  runs: { positive: true, integer: true },
  overhead: { min: 1 },
  batchSize: { positive: true, integer: true },
  sequenceLength: { positive: true, integer: true },
  requests: { positive: true, integer: true },
  tokensPerRequest: { positive: true, integer: true },
  outputTokensPerRequest: { integer: true },
  servingHours: { positive: true },
  concurrentUsers: { positive: true, integer: true },
  gpusPerJob: { positive: true, integer: true },
};

/** Fields a workload type cannot be estimated without. */
function requiredFields(type: WorkloadType, architecture: Architecture): (keyof WorkloadInput)[] {
  if (TEXT_TRAINING.includes(type)) return ['tokens'];
  if (type === 'vision_training') return ['images'];
  if (type === 'batch_inference') return architecture === 'vision' ? ['images'] : ['requests', 'tokensPerRequest'];
  return ['servingHours'];
}

function resolveWorkload(p: Problems, index: number, raw: unknown): ResolvedWorkload | undefined {
  const path = `workloads.${index}`;
  if (!isRecord(raw)) {
    p.add(path, 'required', 'must be a workload object');
    return undefined;
  }
  const type = raw.type;
  if (typeof type !== 'string' || !(WORKLOAD_TYPES as readonly string[]).includes(type)) {
    p.add(`${path}.type`, 'unknown_type', 'is not a known workload type');
    return undefined;
  }
  const t = type as WorkloadType;
  const model = resolveModel(p, `${path}.model`, raw.model);
  if (!model) return undefined;
  const count = p.list.length;
  const at = (key: string) => `${path}.${key}`;
  const values: Partial<Record<keyof WorkloadInput, number>> = {};
  for (const [key, rule] of Object.entries(WORKLOAD_NUMBER_RULES) as [keyof typeof WORKLOAD_NUMBER_RULES, Omit<NumberRule, 'max'>][]) {
    values[key] = checkNumber(p, at(key), raw[key], { max: LIMITS[key], ...rule });
  }
  for (const key of requiredFields(t, model.architecture)) {
    if (raw[key] === undefined) p.add(at(key), 'required', 'is required for this workload type');
  }

  const vision = model.architecture === 'vision';
  if (t === 'vision_training' && !vision) p.add(at('model'), 'wrong_model_kind', 'vision training needs a vision model (forwardFlopsPerImage)');
  if (TEXT_TRAINING.includes(t) && vision) p.add(at('model'), 'wrong_model_kind', 'text training needs a transformer language model');
  const maxContext = model.shape.sequenceLength;
  if (!vision && values.sequenceLength !== undefined && values.sequenceLength > maxContext) {
    p.add(at('sequenceLength'), 'exceeds_model_context', 'is longer than the model supports', { maximum: maxContext });
  }
  const inference = t === 'batch_inference' || t === 'serving';
  const prompt = values.tokensPerRequest;
  const output = values.outputTokensPerRequest ?? 0;
  if (inference && !vision && prompt !== undefined && prompt + output > maxContext) {
    p.add(at('tokensPerRequest'), 'exceeds_model_context', 'prompt plus output is longer than the model supports', { maximum: maxContext });
  }
  if (inference && model.architecture === 'encoder' && output !== 0) {
    p.add(at('outputTokensPerRequest'), 'encoder_cannot_generate', 'an encoder model does not generate tokens');
  }
  if (p.list.length > count) return undefined;
  return { input: raw as unknown as WorkloadInput, model, type: t };
}

function resolveSettings(p: Problems, raw: unknown): GpuBudgetSettings {
  const settings = defaultGpuBudgetSettings();
  if (raw === undefined) return settings;
  if (!isRecord(raw)) {
    p.add('settings', 'invalid_value', 'must be an object');
    return settings;
  }
  const rules: Record<NumericSettingKey, NumberRule> = {
    pricePerGpuHourCents: { max: 1_000_000 },
    pue: { min: 1, max: 3 },
    carbonLocationGPerKwh: { max: 2000 },
    carbonProductionGPerKwh: { max: 2000 },
    carbonResidualMixGPerKwh: { max: 2000 },
    carbonMarketGPerKwh: { max: 2000 },
    cashbackRate: { max: 1 },
    gpusPerNode: { positive: true, integer: true, max: 64 },
    maxJobHours: { positive: true, max: 8760 },
    playgroundMaxGpuHours: { max: 1e9 },
    fastLaneMaxGpuHours: { positive: true, max: 1e9 },
  };
  for (const key of Object.keys(rules) as NumericSettingKey[]) {
    const value = checkNumber(p, `settings.${key}`, raw[key], rules[key]);
    if (value !== undefined) settings[key] = value;
  }
  if (raw.carbonBasis !== undefined) {
    if (typeof raw.carbonBasis === 'string' && (CARBON_BASES as readonly string[]).includes(raw.carbonBasis)) {
      settings.carbonBasis = raw.carbonBasis as GpuBudgetSettings['carbonBasis'];
    } else p.add('settings.carbonBasis', 'invalid_value', "must be 'location', 'production', 'market' or 'market_go'");
  }
  if (raw.billingUnit !== undefined) {
    if (typeof raw.billingUnit === 'string' && (BILLING_UNITS as readonly string[]).includes(raw.billingUnit)) {
      settings.billingUnit = raw.billingUnit as GpuBudgetSettings['billingUnit'];
    } else p.add('settings.billingUnit', 'invalid_value', "must be 'gpu' or 'node'");
  }
  if (settings.playgroundMaxGpuHours > settings.fastLaneMaxGpuHours) {
    p.add('settings.playgroundMaxGpuHours', 'too_large', 'must not exceed fastLaneMaxGpuHours');
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Per-type computation

interface Core {
  singleRun: Range; // GPU-hours of one run, no runs/overhead (low uses the optimistic band end)
  runs: Band;
  overhead: Band;
  gpusPerJob: number;
  /** Memory of the job, summed over its GPUs. */
  jobMemoryBytes: number;
  throughput: { value: number; unit: 'tokens/s' | 'images/s' };
  fit: FitAssessment;
  hoursPerRun: number;
  checkpointing: boolean;
  assumptions: Assumption[];
}

interface Context {
  hardware: GpuHardware;
  precision: Precision;
  peakTflops: number;
  mfu: Band;
  settings: GpuBudgetSettings;
}

function pinned(band: Band, value: number | undefined): Band {
  return value === undefined ? band : { low: value, expected: value, high: value };
}

function gib(bytes: number): number {
  return bytes / GIB;
}

function fitAssessment(ctx: Context, requiredBytes: number, minGpus: number, options: FitOption[]): FitAssessment {
  const fitsOneGpu = minGpus === 1;
  return {
    fitsOneGpu,
    requiredMemoryGiB: gib(requiredBytes),
    usableMemoryPerGpuGiB: gib(usableBytesPerGpu(ctx.hardware)),
    minGpusPerJob: minGpus,
    options: fitsOneGpu ? [] : options,
  };
}

function fitOption(ctx: Context, kind: FitOptionKind, bytes: number): FitOption {
  const gpus = gpusForMemory(bytes, ctx.hardware);
  return { kind, gpusPerJob: gpus, nodesPerJob: Math.ceil(gpus / ctx.settings.gpusPerNode), memoryGiB: gib(bytes) };
}

function hoursFor(flops: number, peakTflops: number, mfu: number): number {
  return flops / (peakTflops * 1e12 * mfu * 3600);
}

function textTraining(ctx: Context, w: ResolvedWorkload): Core {
  const c = MODEL_CONSTANTS;
  const type = w.type as 'full_finetune' | 'pretraining' | 'lora' | 'qlora';
  const shape = w.model.shape;
  const seq = w.input.sequenceLength ?? Math.min(c.defaultSequenceLength, shape.sequenceLength);
  const microBatch = w.input.batchSize ?? c.defaultTrainingMicroBatch;
  const epochs = w.input.epochs ?? 1;
  const tokens = (w.input.tokens as number) * epochs;
  const flopsPerToken = trainingFlopsPerToken(shape, seq, type);
  const qlora: Band = type === 'qlora' ? c.qloraTimeFactor : { low: 1, expected: 1, high: 1 };
  // Low end: best MFU and the smallest QLoRA slowdown; high end: worst MFU, largest slowdown.
  const singleRun: Range = {
    low: hoursFor(tokens * flopsPerToken, ctx.peakTflops, ctx.mfu.high) * qlora.low,
    expected: hoursFor(tokens * flopsPerToken, ctx.peakTflops, ctx.mfu.expected) * qlora.expected,
    high: hoursFor(tokens * flopsPerToken, ctx.peakTflops, ctx.mfu.low) * qlora.high,
  };
  const memory = trainingMemoryBytes(shape, type, { sequenceLength: seq, microBatch });
  const minGpus = gpusForMemory(memory.totalBytes, ctx.hardware);
  const gpus = Math.max(minGpus, w.input.gpusPerJob ?? 1);
  const options: FitOption[] = [fitOption(ctx, 'shard', memory.totalBytes)];
  if (type === 'full_finetune') options.push(fitOption(ctx, 'lora', trainingMemoryBytes(shape, 'lora', { sequenceLength: seq, microBatch }).totalBytes));
  if (type === 'full_finetune' || type === 'lora') {
    options.push(fitOption(ctx, 'qlora', trainingMemoryBytes(shape, 'qlora', { sequenceLength: seq, microBatch }).totalBytes));
  }
  const tokensPerSecondPerGpu = (ctx.peakTflops * 1e12 * ctx.mfu.expected) / flopsPerToken / qlora.expected;
  const assumptions: Assumption[] = [
    { id: 'parameters', value: shape.parameterCount, unit: 'parameters' },
    { id: 'tokens_total', value: tokens, unit: 'tokens' },
    { id: 'sequence_length', value: seq, unit: 'tokens' },
    { id: 'flops_per_token', value: flopsPerToken, unit: 'FLOP/token', source: TRANSFORMER_MATH },
    ...(type === 'lora' || type === 'qlora' ? [{ id: 'lora_flops_factor', value: c.loraFlopsFactor, unit: 'ratio', source: DOMAIN }] : []),
    ...(type === 'qlora'
      ? [{ id: 'qlora_time_factor', value: qlora.expected, low: qlora.low, high: qlora.high, unit: 'ratio', source: DOMAIN }]
      : []),
    { id: 'peak_tflops', value: ctx.peakTflops, unit: `TFLOP/s (${ctx.precision})`, source: ctx.hardware.sources[0] },
    { id: 'mfu', value: ctx.mfu.expected, low: ctx.mfu.low, high: ctx.mfu.high, unit: 'fraction', source: DOMAIN },
    { id: 'state_bytes_per_param', value: memory.bytesPerParam, unit: 'bytes/parameter', source: type === 'qlora' ? QLORA : DOMAIN },
    { id: 'micro_batch', value: microBatch, unit: 'sequences' },
    { id: 'activation_memory', value: gib(memory.activationBytes), unit: 'GiB', source: KORTHIKANTI },
  ];
  return {
    singleRun,
    runs: pinned(c.runs, w.input.runs),
    overhead: pinned(c.overhead, w.input.overhead),
    gpusPerJob: gpus,
    jobMemoryBytes: memory.totalBytes,
    throughput: { value: tokensPerSecondPerGpu, unit: 'tokens/s' },
    fit: fitAssessment(ctx, memory.totalBytes, minGpus, options),
    hoursPerRun: singleRun.expected / gpus,
    checkpointing: true,
    assumptions,
  };
}

function visionTraining(ctx: Context, w: ResolvedWorkload): Core {
  const c = MODEL_CONSTANTS;
  const shape = w.model.shape;
  const epochs = w.input.epochs ?? 1;
  const images = (w.input.images as number) * epochs;
  const flopsPerImage = c.visionTrainingFlopsFactor * shape.forwardFlopsPerImage;
  // Vision training runs in bf16/fp16 mixed precision: the BF16 peak is used whatever the precision setting.
  const peak = ctx.hardware.peakTflops.bf16;
  const singleRun: Range = {
    low: hoursFor(images * flopsPerImage, peak, c.visionMfu.high),
    expected: hoursFor(images * flopsPerImage, peak, c.visionMfu.expected),
    high: hoursFor(images * flopsPerImage, peak, c.visionMfu.low),
  };
  // Model states only; activations grow with the batch, which is sized to the GPU.
  const statesBytes = shape.parameterCount * c.fullFinetuneBytesPerParam.expected;
  const minGpus = gpusForMemory(statesBytes, ctx.hardware);
  const gpus = Math.max(minGpus, w.input.gpusPerJob ?? 1);
  return {
    singleRun,
    runs: pinned(c.runs, w.input.runs),
    overhead: pinned(c.overhead, w.input.overhead),
    gpusPerJob: gpus,
    jobMemoryBytes: statesBytes,
    throughput: { value: (peak * 1e12 * c.visionMfu.expected) / flopsPerImage, unit: 'images/s' },
    fit: fitAssessment(ctx, statesBytes, minGpus, [fitOption(ctx, 'shard', statesBytes)]),
    hoursPerRun: singleRun.expected / gpus,
    checkpointing: true,
    assumptions: [
      { id: 'parameters', value: shape.parameterCount, unit: 'parameters' },
      { id: 'images_total', value: images, unit: 'images' },
      { id: 'forward_flops_per_image', value: shape.forwardFlopsPerImage, unit: 'FLOP/image (2 per MAC)' },
      { id: 'training_flops_factor', value: c.visionTrainingFlopsFactor, unit: '× forward', source: DOMAIN },
      { id: 'peak_tflops', value: peak, unit: 'TFLOP/s (bf16)', source: ctx.hardware.sources[0] },
      { id: 'mfu', value: c.visionMfu.expected, low: c.visionMfu.low, high: c.visionMfu.high, unit: 'fraction', source: DOMAIN },
      { id: 'state_bytes_per_param', value: c.fullFinetuneBytesPerParam.expected, unit: 'bytes/parameter', source: DOMAIN },
      { id: 'activation_memory', value: 'not modelled: the batch size is chosen to fill the GPU', unit: '' },
    ],
  };
}

function precisionBytes(precision: Precision): number {
  return precision === 'fp8' ? 1 : 2;
}

function textInference(ctx: Context, w: ResolvedWorkload): Core {
  const c = MODEL_CONSTANTS;
  const shape = w.model.shape;
  const serving = w.type === 'serving';
  const encoder = w.model.architecture === 'encoder';
  const bytes = precisionBytes(ctx.precision);
  const kvPerToken = kvCacheBytesPerToken(shape, bytes);
  const weightBytes = shape.parameterCount * bytes;
  const usable = usableBytesPerGpu(ctx.hardware);
  const output = encoder ? 0 : (w.input.outputTokensPerRequest ?? 0);

  let context: number;
  let batch: number;
  let gpus: number;
  let replicas = 1;
  const minGpusOneSequence = (ctxTokens: number) => gpusForMemory(weightBytes + ctxTokens * kvPerToken, ctx.hardware);
  if (serving) {
    const defaultContext = Math.min(c.defaultSequenceLength, shape.sequenceLength);
    context = w.input.sequenceLength ?? (w.input.tokensPerRequest !== undefined ? w.input.tokensPerRequest + output : defaultContext);
    context = Math.min(context, shape.sequenceLength);
    const users = w.input.concurrentUsers ?? 1;
    gpus = Math.max(minGpusOneSequence(context), w.input.gpusPerJob ?? 1);
    const maxBatch = Math.max(1, Math.floor((usable * gpus - weightBytes) / (context * kvPerToken)));
    const cap = Math.min(maxBatch, w.input.batchSize ?? maxBatch);
    replicas = Math.ceil(users / cap);
    batch = Math.ceil(users / replicas);
  } else {
    context = (w.input.tokensPerRequest as number) + output;
    const requested = Math.min(w.input.batchSize ?? c.defaultInferenceBatch, w.input.requests as number);
    gpus = Math.max(minGpusOneSequence(context), w.input.gpusPerJob ?? 1);
    const maxBatch = Math.max(1, Math.floor((usable * gpus - weightBytes) / (context * kvPerToken)));
    batch = Math.min(requested, maxBatch);
  }
  const memory = inferenceMemoryBytes(shape, { weightBytesPerParam: bytes, kvBytes: bytes, batch, contextTokens: context });
  const step = (mfu: number) =>
    decodeStepSeconds({
      weightBytes,
      kvBytesPerToken: kvPerToken,
      batch,
      averageContextTokens: context - output / 2,
      gpus,
      bandwidthTBs: ctx.hardware.bandwidthTBs,
      parameterCount: shape.parameterCount,
      peakTflops: ctx.peakTflops,
      mfu,
    });
  const prefillTokensPerSecond = (mfu: number) => (ctx.peakTflops * 1e12 * mfu * gpus) / (2 * shape.parameterCount);

  let singleRun: Range;
  let throughput: number;
  let hoursPerRun: number;
  if (serving) {
    const hours = w.input.servingHours as number;
    const gpuHours = hours * gpus * replicas;
    singleRun = { low: gpuHours, expected: gpuHours, high: gpuHours };
    throughput = encoder ? prefillTokensPerSecond(ctx.mfu.expected) / gpus : batch / step(ctx.mfu.expected) / gpus;
    hoursPerRun = hours;
  } else {
    const requests = w.input.requests as number;
    const inputTokens = requests * (w.input.tokensPerRequest as number);
    const outputTokens = requests * output;
    const seconds = (mfu: number) => inputTokens / prefillTokensPerSecond(mfu) + (outputTokens / batch) * step(mfu);
    singleRun = {
      low: (seconds(ctx.mfu.high) * gpus) / 3600,
      expected: (seconds(ctx.mfu.expected) * gpus) / 3600,
      high: (seconds(ctx.mfu.low) * gpus) / 3600,
    };
    throughput = (inputTokens + outputTokens) / (singleRun.expected * 3600);
    hoursPerRun = singleRun.expected / gpus;
  }
  const one = minGpusOneSequence(context);
  const oneSequence = weightBytes + context * kvPerToken;
  const options: FitOption[] = [fitOption(ctx, 'shard', oneSequence)];
  if (bytes > 1) options.push(fitOption(ctx, 'quantize_8bit', shape.parameterCount + context * kvPerToken));
  options.push(fitOption(ctx, 'quantize_4bit', shape.parameterCount * 0.5 + context * kvPerToken));
  const assumptions: Assumption[] = [
    { id: 'parameters', value: shape.parameterCount, unit: 'parameters' },
    { id: 'weight_bytes_per_param', value: bytes, unit: `bytes/parameter (${ctx.precision})` },
    { id: 'kv_cache_bytes_per_token', value: kvPerToken, unit: 'bytes/token', source: DOMAIN },
    { id: 'context_tokens', value: context, unit: 'tokens/sequence' },
    { id: 'batch_size', value: batch, unit: 'sequences/replica' },
    { id: 'prefill_flops_per_token', value: 2 * shape.parameterCount, unit: 'FLOP/token', source: DOMAIN },
    { id: 'peak_tflops', value: ctx.peakTflops, unit: `TFLOP/s (${ctx.precision})`, source: ctx.hardware.sources[0] },
    { id: 'mfu', value: ctx.mfu.expected, low: ctx.mfu.low, high: ctx.mfu.high, unit: 'fraction (prefill, compute floor)', source: DOMAIN },
    { id: 'decode_bandwidth_efficiency', value: c.decodeBandwidthEfficiency, unit: 'fraction of bandwidth', source: DOMAIN },
    ...(encoder ? [] : [{ id: 'decode_tokens_per_s_per_sequence', value: 1 / step(ctx.mfu.expected), unit: 'tokens/s' }]),
  ];
  if (serving) {
    assumptions.push(
      { id: 'serving_hours', value: w.input.servingHours as number, unit: 'hours' },
      { id: 'concurrent_users', value: w.input.concurrentUsers ?? 1, unit: 'users' },
      { id: 'replicas', value: replicas, unit: 'model copies' },
    );
  }
  return {
    singleRun,
    runs: serving ? { low: 1, expected: 1, high: 1 } : pinned(c.inferenceRuns, w.input.runs),
    overhead: serving ? { low: 1, expected: 1, high: 1 } : pinned(c.overhead, w.input.overhead),
    gpusPerJob: gpus * replicas,
    jobMemoryBytes: memory.totalBytes * replicas,
    throughput: { value: throughput, unit: 'tokens/s' },
    fit: fitAssessment(ctx, oneSequence, one, options),
    hoursPerRun,
    checkpointing: false,
    assumptions,
  };
}

function visionInference(ctx: Context, w: ResolvedWorkload): Core {
  const c = MODEL_CONSTANTS;
  const shape = w.model.shape;
  const peak = ctx.hardware.peakTflops.bf16;
  const weightBytes = shape.parameterCount * 2;
  const minGpus = gpusForMemory(weightBytes, ctx.hardware);
  const gpus = Math.max(minGpus, w.input.gpusPerJob ?? 1);
  const serving = w.type === 'serving';
  let singleRun: Range;
  let hoursPerRun: number;
  if (serving) {
    const gpuHours = (w.input.servingHours as number) * gpus;
    singleRun = { low: gpuHours, expected: gpuHours, high: gpuHours };
    hoursPerRun = w.input.servingHours as number;
  } else {
    const flops = (w.input.images as number) * shape.forwardFlopsPerImage;
    singleRun = {
      low: hoursFor(flops, peak, c.visionMfu.high),
      expected: hoursFor(flops, peak, c.visionMfu.expected),
      high: hoursFor(flops, peak, c.visionMfu.low),
    };
    hoursPerRun = singleRun.expected / gpus;
  }
  return {
    singleRun,
    runs: serving ? { low: 1, expected: 1, high: 1 } : pinned(c.inferenceRuns, w.input.runs),
    overhead: serving ? { low: 1, expected: 1, high: 1 } : pinned(c.overhead, w.input.overhead),
    gpusPerJob: gpus,
    jobMemoryBytes: weightBytes,
    throughput: { value: (peak * 1e12 * c.visionMfu.expected) / shape.forwardFlopsPerImage, unit: 'images/s' },
    fit: fitAssessment(ctx, weightBytes, minGpus, [fitOption(ctx, 'shard', weightBytes)]),
    hoursPerRun,
    checkpointing: false,
    assumptions: [
      { id: 'parameters', value: shape.parameterCount, unit: 'parameters' },
      { id: 'forward_flops_per_image', value: shape.forwardFlopsPerImage, unit: 'FLOP/image (2 per MAC)' },
      { id: 'peak_tflops', value: peak, unit: 'TFLOP/s (bf16)', source: ctx.hardware.sources[0] },
      { id: 'mfu', value: c.visionMfu.expected, low: c.visionMfu.low, high: c.visionMfu.high, unit: 'fraction', source: DOMAIN },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Money, energy, carbon

function rangeOf(f: (k: keyof Range) => number): Range {
  return { low: f('low'), expected: f('expected'), high: f('high') };
}

function addRanges(a: Range, b: Range): Range {
  return rangeOf((k) => a[k] + b[k]);
}

const ZERO: Range = { low: 0, expected: 0, high: 0 };

function costOf(gpuHours: Range, settings: GpuBudgetSettings): CostEstimate {
  const before = rangeOf((k) => Math.round(gpuHours[k] * settings.pricePerGpuHourCents));
  const cashback = rangeOf((k) => Math.round(before[k] * settings.cashbackRate));
  return { beforeCashbackCents: before, cashbackCents: cashback, afterCashbackCents: rangeOf((k) => before[k] - cashback[k]) };
}

function addCosts(a: CostEstimate, b: CostEstimate): CostEstimate {
  return {
    beforeCashbackCents: addRanges(a.beforeCashbackCents, b.beforeCashbackCents),
    cashbackCents: addRanges(a.cashbackCents, b.cashbackCents),
    afterCashbackCents: addRanges(a.afterCashbackCents, b.afterCashbackCents),
  };
}

function energyOf(gpuHours: Range, hardware: GpuHardware, settings: GpuBudgetSettings): Range {
  return rangeOf((k) => gpuHours[k] * hardware.boardPowerKw * settings.pue);
}

function co2Of(kwh: Range, settings: GpuBudgetSettings): Range {
  const intensity = carbonIntensityGPerKwh(settings);
  return rangeOf((k) => (kwh[k] * intensity) / 1000);
}

// ---------------------------------------------------------------------------------------------
// Entry point

function estimateWorkload(ctx: Context, w: ResolvedWorkload, index: number): WorkloadEstimate {
  const vision = w.model.architecture === 'vision';
  const core =
    w.type === 'vision_training'
      ? visionTraining(ctx, w)
      : w.type === 'batch_inference' || w.type === 'serving'
        ? vision
          ? visionInference(ctx, w)
          : textInference(ctx, w)
        : textTraining(ctx, w);
  const { settings, hardware } = ctx;
  const gpuHours = rangeOf((k) => core.singleRun[k] * core.runs[k] * core.overhead[k]);
  const nodesPerJob = Math.ceil(core.gpusPerJob / settings.gpusPerNode);
  // Billed per node: the job pays every GPU of the nodes it occupies, used or not.
  const billingFactor = settings.billingUnit === 'node' ? (nodesPerJob * settings.gpusPerNode) / core.gpusPerJob : 1;
  const billedGpuHours = rangeOf((k) => gpuHours[k] * billingFactor);
  const energyKwh = energyOf(gpuHours, hardware, settings);
  const exceeds = core.hoursPerRun > settings.maxJobHours;
  const assumptions = [
    ...core.assumptions,
    { id: 'runs', value: core.runs.expected, low: core.runs.low, high: core.runs.high, unit: 'runs', source: DOMAIN },
    { id: 'overhead', value: core.overhead.expected, low: core.overhead.low, high: core.overhead.high, unit: 'factor', source: DOMAIN },
    { id: 'usable_memory_fraction', value: MODEL_CONSTANTS.usableMemoryFraction, unit: 'fraction of GPU memory', source: DOMAIN },
    { id: 'billing_factor', value: billingFactor, unit: `billed GPU-hours per GPU-hour (${settings.billingUnit})`, source: settingSource('billingUnit', settings) },
  ];
  return {
    index,
    type: w.type,
    model: { id: w.model.id, name: w.model.name, parameterCount: w.model.shape.parameterCount, architecture: w.model.architecture },
    quantities: quantitiesOf(w),
    gpuHours,
    billedGpuHours,
    singleRunGpuHours: core.singleRun.expected,
    throughputPerGpu: core.throughput,
    peakMemoryPerGpuGiB: gib(core.jobMemoryBytes / core.gpusPerJob),
    gpusPerJob: core.gpusPerJob,
    nodesPerJob,
    nodeHours: Math.ceil(billedGpuHours.expected / settings.gpusPerNode),
    wallClock: {
      gpusPerJob: core.gpusPerJob,
      hoursPerRun: core.hoursPerRun,
      days: gpuHours.expected / core.gpusPerJob / 24,
      exceedsJobLimit: exceeds,
      jobsPerRun: Math.max(1, Math.ceil(core.hoursPerRun / settings.maxJobHours)),
      checkpointingRequired: exceeds && core.checkpointing,
    },
    cost: costOf(billedGpuHours, settings),
    energyKwh,
    co2eKg: co2Of(energyKwh, settings),
    fit: core.fit,
    assumptions,
  };
}

/** The fields a workload type is measured in; a field left over from another type is not shown. */
function quantitiesOf(w: ResolvedWorkload): WorkloadEstimate['quantities'] {
  const i = w.input;
  const pick = <K extends keyof WorkloadEstimate['quantities']>(...keys: K[]) =>
    Object.fromEntries(keys.filter((k) => i[k] !== undefined && i[k] !== null).map((k) => [k, i[k] as number])) as WorkloadEstimate['quantities'];
  if (TEXT_TRAINING.includes(w.type)) return pick('tokens', 'epochs');
  if (w.type === 'vision_training') return pick('images', 'epochs');
  if (w.type === 'batch_inference') return w.model.architecture === 'vision' ? pick('images') : pick('requests');
  return { ...pick('servingHours'), concurrentUsers: i.concurrentUsers ?? 1 };
}

/**
 * Where a setting's figure comes from: its published source, or the advisor's own setting when
 * the value differs from the shipped default (a price shows where *it* comes from).
 */
export const ADVISOR_SETTING_SOURCE = 'setting:advisor';
function settingSource(key: NumericSettingKey | 'billingUnit', settings: GpuBudgetSettings): string {
  const defaults = defaultGpuBudgetSettings();
  if (settings[key] !== defaults[key]) return ADVISOR_SETTING_SOURCE;
  return key === 'billingUnit' ? BILLING_UNIT_SOURCE : SETTING_REFERENCES[key].source;
}

/** Inputs no system or published run can match (see CAPACITY); each must be confirmed before a request. */
function challengesOf(hardware: GpuHardware, workloads: WorkloadEstimate[], totalExpected: number): Challenge[] {
  const out: Challenge[] = [];
  const add = (code: ChallengeCode, workload: number | null, value: number, limit: number, source: string) =>
    out.push({ code, workload, value, limit, source, key: `${code}:${workload ?? 'total'}:${Math.round(value)}` });
  for (const w of workloads) {
    if (hardware.systemGpus !== null && w.gpusPerJob > hardware.systemGpus) {
      add('gpus_exceed_system', w.index, w.gpusPerJob, hardware.systemGpus, hardware.systemGpusSource ?? '');
    }
    if (w.wallClock.hoursPerRun > CAPACITY.allocationHours) {
      add('run_longer_than_allocation', w.index, w.wallClock.hoursPerRun, CAPACITY.allocationHours, CAPACITY.allocationSource);
    }
    const tokens = (w.quantities.tokens ?? 0) * (w.quantities.epochs ?? 1);
    if (tokens > CAPACITY.largestCorpusTokens) add('tokens_beyond_largest_corpus', w.index, tokens, CAPACITY.largestCorpusTokens, CAPACITY.largestCorpusSource);
  }
  // The whole system busy for the longest allocation: no request can be granted beyond that.
  if (hardware.systemGpus !== null && totalExpected > hardware.systemGpus * CAPACITY.allocationHours) {
    add('total_exceeds_system_year', null, totalExpected, hardware.systemGpus * CAPACITY.allocationHours, hardware.systemGpusSource ?? '');
  }
  return out;
}

function resolveContext(p: Problems, input: Record<string, unknown>, settings: GpuBudgetSettings): Context | undefined {
  const hardware = findHardware(input.hardwareId);
  if (!hardware) p.add('hardwareId', 'unknown_hardware', 'is not a known hardware preset');
  const precision = input.precision;
  if (typeof precision !== 'string' || !(PRECISIONS as readonly string[]).includes(precision)) {
    p.add('precision', 'invalid_precision', "must be 'bf16' or 'fp8'");
    return undefined;
  }
  if (!hardware) return undefined;
  const prec = precision as Precision;
  const peak = hardware.peakTflops[prec];
  const mfu = hardware.mfu[prec];
  if (peak === null || mfu === null) {
    p.add('precision', 'precision_unsupported', `${hardware.gpuModel} has no FP8 tensor cores`);
    return undefined;
  }
  return { hardware, precision: prec, peakTflops: peak, mfu, settings };
}

/**
 * Estimates the GPU-hours, cost, energy and CO2e of a set of workloads on one hardware preset.
 * Throws GpuBudgetInputError (code 'invalid_input') for input it cannot honestly estimate.
 */
export function estimateGpuBudget(input: GpuBudgetInput): GpuBudgetEstimate {
  const p = new Problems();
  if (!isRecord(input)) {
    p.add('', 'required', 'input must be an object');
    p.throwIfAny();
  }
  const raw = input as unknown as Record<string, unknown>;
  const settings = resolveSettings(p, raw.settings);
  const ctx = resolveContext(p, raw, settings);
  const list = raw.workloads;
  const resolved: ResolvedWorkload[] = [];
  if (!Array.isArray(list)) p.add('workloads', 'required', 'must be a list');
  else if (list.length > LIMITS.workloads) p.add('workloads', 'too_many_workloads', `at most ${LIMITS.workloads} workloads`);
  else
    list.forEach((w, i) => {
      const r = resolveWorkload(p, i, w);
      if (r) resolved.push(r);
    });
  p.throwIfAny();
  const context = ctx as Context;

  const workloads = resolved.map((w, i) => estimateWorkload(context, w, i));
  const total = workloads.reduce(
    (acc, w) => ({
      gpuHours: addRanges(acc.gpuHours, w.gpuHours),
      billedGpuHours: addRanges(acc.billedGpuHours, w.billedGpuHours),
      nodeHours: acc.nodeHours + w.nodeHours,
      wallClockDays: acc.wallClockDays + w.wallClock.days,
      cost: addCosts(acc.cost, w.cost),
      energyKwh: addRanges(acc.energyKwh, w.energyKwh),
      co2eKg: addRanges(acc.co2eKg, w.co2eKg),
    }),
    { gpuHours: ZERO, billedGpuHours: ZERO, nodeHours: 0, wallClockDays: 0, cost: costOf(ZERO, settings), energyKwh: ZERO, co2eKg: ZERO },
  );

  const hw = context.hardware;
  const carbonKey = CARBON_SETTING_KEY[settings.carbonBasis];
  const used: NumericSettingKey[] = ['pricePerGpuHourCents', 'cashbackRate', 'pue', carbonKey, 'playgroundMaxGpuHours', 'fastLaneMaxGpuHours'];
  const unconfirmed: string[] = used.filter((k) => SETTING_REFERENCES[k].unconfirmed);
  // How a partly used node is billed is published by no operator.
  unconfirmed.push('billingUnit');
  if (hw.unconfirmed) unconfirmed.push('hardware');

  return {
    hardwareId: hw.id,
    gpuModel: hw.gpuModel,
    system: hw.system,
    precision: context.precision,
    settings,
    workloads,
    total,
    accessMode: suggestAccessMode(total.gpuHours.expected, settings),
    accessModeAtHigh: suggestAccessMode(total.gpuHours.high, settings),
    carbonBasis: settings.carbonBasis,
    unconfirmed,
    assumptions: [
      { id: 'gpu_memory', value: hw.memoryGB, unit: 'GB', source: hw.sources[0] },
      { id: 'memory_bandwidth', value: hw.bandwidthTBs, unit: 'TB/s', source: hw.sources[0] },
      { id: 'board_power', value: hw.boardPowerKw, unit: 'kW', source: hw.sources[0] },
      { id: 'pue', value: settings.pue, unit: 'ratio', source: settingSource('pue', settings) },
      { id: 'carbon_intensity', value: carbonIntensityGPerKwh(settings), unit: `g CO2e/kWh (${settings.carbonBasis})`, source: settingSource(carbonKey, settings) },
      { id: 'price_per_gpu_hour', value: settings.pricePerGpuHourCents, unit: 'EUR cents', source: settingSource('pricePerGpuHourCents', settings) },
      { id: 'cashback_rate', value: settings.cashbackRate, unit: 'fraction', source: settingSource('cashbackRate', settings) },
      { id: 'gpus_per_node', value: settings.gpusPerNode, unit: 'GPUs', source: settingSource('gpusPerNode', settings) },
      { id: 'max_job_hours', value: settings.maxJobHours, unit: 'hours', source: settingSource('maxJobHours', settings) },
      { id: 'billing_unit', value: settings.billingUnit, unit: '', source: settingSource('billingUnit', settings) },
      { id: 'cost_basis', value: `expected billed GPU-hours (${settings.billingUnit}) × price per GPU-hour`, unit: '' },
    ],
    challenges: challengesOf(hw, workloads, total.gpuHours.expected),
  };
}

// ---------------------------------------------------------------------------------------------
// Mapping to the portal's compute_request payload (portal-protocol.md)

export interface ComputeRequestWorkload {
  type: WorkloadType;
  model: string;
  parameterCount: number;
  tokens?: number;
  images?: number;
  epochs?: number;
  gpuHoursLow: number;
  gpuHoursExpected: number;
  gpuHoursHigh: number;
  peakMemoryGiB: number;
  gpusPerJob: number;
}

export interface ComputeRequestFigures {
  gpuModel: string;
  workloads: ComputeRequestWorkload[];
  totalGpuHours: number;
  nodeHours: number;
  energyKwh: number;
  co2eKg: number;
  estimatedCostCents: number;
  cashbackCents: number;
}


/** The estimate's figures in the shape of a compute_request payload; GPU-hours rounded up to whole hours. */
export function toComputeRequestFigures(estimate: GpuBudgetEstimate): ComputeRequestFigures {
  const workloads = estimate.workloads.map((w) => ({
    type: w.type,
    model: w.model.id ?? 'custom',
    parameterCount: w.model.parameterCount,
    // The protocol's quantity fields only (tokens, images, epochs); serving has none of them.
    ...(w.quantities.tokens !== undefined ? { tokens: w.quantities.tokens } : {}),
    ...(w.quantities.images !== undefined ? { images: w.quantities.images } : {}),
    ...(w.quantities.epochs !== undefined ? { epochs: w.quantities.epochs } : {}),
    gpuHoursLow: Math.ceil(w.gpuHours.low),
    gpuHoursExpected: Math.ceil(w.gpuHours.expected),
    gpuHoursHigh: Math.ceil(w.gpuHours.high),
    peakMemoryGiB: roundToTenth(w.peakMemoryPerGpuGiB),
    gpusPerJob: w.gpusPerJob,
  }));
  return {
    gpuModel: estimate.gpuModel,
    workloads,
    totalGpuHours: workloads.reduce((s, w) => s + w.gpuHoursExpected, 0),
    nodeHours: estimate.total.nodeHours,
    energyKwh: roundToTenth(estimate.total.energyKwh.expected),
    co2eKg: roundToTenth(estimate.total.co2eKg.expected),
    estimatedCostCents: estimate.total.cost.beforeCashbackCents.expected,
    cashbackCents: estimate.total.cost.cashbackCents.expected,
  };
}
