/**
 * The estimator's model constants (with their sources) and its pure formulas: FLOPs, memory, KV
 * cache, GPUs for memory, decode speed, the suggested access mode (domain.md §5). Exported for the
 * UI's "how was this reached" and for tests; the estimator is gpu-budget.ts.
 */
import type { Band, GpuHardware } from '../reference/gpu/hardware';
import type { ModelShape } from '../reference/gpu/models';
import type { GpuBudgetSettings } from '../reference/gpu/settings';
import type { WorkloadType, AccessMode } from './gpu-budget-types';

// ---------------------------------------------------------------------------------------------
// Constants of the model (domain.md §5 unless said otherwise)

export const TRANSFORMER_MATH = 'https://blog.eleuther.ai/transformer-math/';
export const KORTHIKANTI = 'https://arxiv.org/abs/2205.05198';
export const QLORA = 'https://arxiv.org/abs/2305.14314';
export const DOMAIN = 'domain.md §5';

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

export const LIMITS = {
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

export const GIB = 2 ** 30;
export const TEXT_TRAINING: readonly WorkloadType[] = ['full_finetune', 'pretraining', 'lora', 'qlora'];

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
