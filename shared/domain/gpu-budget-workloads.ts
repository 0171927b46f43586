/**
 * The estimator's per-type computation (text and vision, training and inference): GPU-hours of a
 * run, GPUs per job, memory fit, throughput and assumptions; and the range, cost, energy and CO2e
 * arithmetic. Used by gpu-budget.ts.
 */
import type { Band, GpuHardware, Precision } from '../reference/gpu/hardware';
import { carbonIntensityGPerKwh, type GpuBudgetSettings } from '../reference/gpu/settings';
import type { Range, Assumption, FitOptionKind, FitOption, FitAssessment, CostEstimate } from './gpu-budget-types';
import { TRANSFORMER_MATH, KORTHIKANTI, QLORA, DOMAIN, MODEL_CONSTANTS, GIB, kvCacheBytesPerToken, trainingFlopsPerToken, trainingMemoryBytes, inferenceMemoryBytes, usableBytesPerGpu, gpusForMemory, decodeStepSeconds } from './gpu-budget-formulas';
import type { ResolvedWorkload } from './gpu-budget-input';

// ---------------------------------------------------------------------------------------------
// Per-type computation

export interface Core {
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

export interface Context {
  hardware: GpuHardware;
  precision: Precision;
  peakTflops: number;
  mfu: Band;
  settings: GpuBudgetSettings;
}

export function pinned(band: Band, value: number | undefined): Band {
  return value === undefined ? band : { low: value, expected: value, high: value };
}

export function gib(bytes: number): number {
  return bytes / GIB;
}

export function fitAssessment(ctx: Context, requiredBytes: number, minGpus: number, options: FitOption[]): FitAssessment {
  const fitsOneGpu = minGpus === 1;
  return {
    fitsOneGpu,
    requiredMemoryGiB: gib(requiredBytes),
    usableMemoryPerGpuGiB: gib(usableBytesPerGpu(ctx.hardware)),
    minGpusPerJob: minGpus,
    options: fitsOneGpu ? [] : options,
  };
}

export function fitOption(ctx: Context, kind: FitOptionKind, bytes: number): FitOption {
  const gpus = gpusForMemory(bytes, ctx.hardware);
  return { kind, gpusPerJob: gpus, nodesPerJob: Math.ceil(gpus / ctx.settings.gpusPerNode), memoryGiB: gib(bytes) };
}

export function hoursFor(flops: number, peakTflops: number, mfu: number): number {
  return flops / (peakTflops * 1e12 * mfu * 3600);
}

export function textTraining(ctx: Context, w: ResolvedWorkload): Core {
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

export function visionTraining(ctx: Context, w: ResolvedWorkload): Core {
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

export function precisionBytes(precision: Precision): number {
  return precision === 'fp8' ? 1 : 2;
}

export function textInference(ctx: Context, w: ResolvedWorkload): Core {
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

export function visionInference(ctx: Context, w: ResolvedWorkload): Core {
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

export function rangeOf(f: (k: keyof Range) => number): Range {
  return { low: f('low'), expected: f('expected'), high: f('high') };
}

export function addRanges(a: Range, b: Range): Range {
  return rangeOf((k) => a[k] + b[k]);
}

export const ZERO: Range = { low: 0, expected: 0, high: 0 };

export function costOf(gpuHours: Range, settings: GpuBudgetSettings): CostEstimate {
  const before = rangeOf((k) => Math.round(gpuHours[k] * settings.pricePerGpuHourCents));
  const cashback = rangeOf((k) => Math.round(before[k] * settings.cashbackRate));
  return { beforeCashbackCents: before, cashbackCents: cashback, afterCashbackCents: rangeOf((k) => before[k] - cashback[k]) };
}

export function addCosts(a: CostEstimate, b: CostEstimate): CostEstimate {
  return {
    beforeCashbackCents: addRanges(a.beforeCashbackCents, b.beforeCashbackCents),
    cashbackCents: addRanges(a.cashbackCents, b.cashbackCents),
    afterCashbackCents: addRanges(a.afterCashbackCents, b.afterCashbackCents),
  };
}

export function energyOf(gpuHours: Range, hardware: GpuHardware, settings: GpuBudgetSettings): Range {
  return rangeOf((k) => gpuHours[k] * hardware.boardPowerKw * settings.pue);
}

export function co2Of(kwh: Range, settings: GpuBudgetSettings): Range {
  const intensity = carbonIntensityGPerKwh(settings);
  return rangeOf((k) => (kwh[k] * intensity) / 1000);
}
