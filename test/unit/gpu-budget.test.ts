import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import {
  GpuBudgetInputError,
  MODEL_CONSTANTS,
  WORKLOAD_TYPES,
  estimateGpuBudget,
  inferenceMemoryBytes,
  kvCacheBytesPerToken,
  suggestAccessMode,
  toComputeRequestFigures,
  trainingFlopsPerToken,
  trainingMemoryBytes,
  type GpuBudgetInput,
  type WorkloadEstimate,
  type WorkloadInput,
} from '@shared/domain/gpu-budget';
import { GPU_HARDWARE, findHardware, type Precision } from '@shared/reference/gpu/hardware';
import { MODEL_PRESETS, findModelPreset } from '@shared/reference/gpu/models';
import { CARBON_BASES, SETTING_REFERENCES, defaultGpuBudgetSettings, type GpuBudgetSettings } from '@shared/reference/gpu/settings';
import { LOCALES } from '@shared/locale';

const N8B = 8_030_261_248;
const N70B = 70_553_706_496;

function run(workloads: WorkloadInput[], hardwareId = 'meluxina-a100-40gb', precision: Precision = 'bf16', settings?: Partial<GpuBudgetSettings>) {
  return estimateGpuBudget({ workloads, hardwareId, precision, settings });
}
function one(workload: WorkloadInput, hardwareId = 'meluxina-a100-40gb', precision: Precision = 'bf16', settings?: Partial<GpuBudgetSettings>): WorkloadEstimate {
  return run([workload], hardwareId, precision, settings).workloads[0];
}
function assumption(w: WorkloadEstimate, id: string) {
  const a = w.assumptions.find((x) => x.id === id);
  if (!a) throw new Error(`no assumption ${id}`);
  return a;
}
function rel(a: number, b: number) {
  return Math.abs(a / b - 1);
}
/** One pure-compute run of a text training job, in GPU-hours. */
function hours(flopsPerToken: number, tokens: number, peakTflops: number, mfu: number) {
  return (tokens * flopsPerToken) / (peakTflops * 1e12 * mfu * 3600);
}
const flops8bS4096 = 6 * N8B + 6 * 32 * 4096 * 4096;

describe('reference data', () => {
  it('model presets carry their published shapes and sources', () => {
    for (const m of MODEL_PRESETS) {
      expect(m.sources.length).toBeGreaterThan(0);
      for (const s of m.sources) expect(s).toMatch(/^https:\/\//);
      expect(m.parameterCount).toBeGreaterThan(0);
      if (m.architecture !== 'vision') {
        expect(m.attentionHeads * m.headDim).toBe(m.hiddenSize);
        expect(m.attentionHeads % m.kvHeads).toBe(0);
      } else {
        expect(m.forwardFlopsPerImage).toBeGreaterThan(0);
      }
    }
    const l8 = findModelPreset('llama-3.1-8b')!;
    expect([l8.layers, l8.hiddenSize, l8.kvHeads, l8.headDim, l8.vocabSize, l8.sequenceLength]).toEqual([32, 4096, 8, 128, 128_256, 131_072]);
    const l70 = findModelPreset('llama-3.1-70b')!;
    expect([l70.layers, l70.hiddenSize, l70.attentionHeads, l70.kvHeads]).toEqual([80, 8192, 64, 8]);
    expect(findModelPreset('qwen2.5-14b')!.vocabSize).toBe(152_064);
    // Parameter counts agree with the model cards' rounded figures.
    expect(rel(l8.parameterCount, 8.03e9)).toBeLessThan(0.001);
    expect(rel(findModelPreset('qwen2.5-14b')!.parameterCount, 14.7e9)).toBeLessThan(0.01);
    expect(rel(findModelPreset('bert-base')!.parameterCount, 110e6)).toBeLessThan(0.01);
    expect(rel(findModelPreset('yolov8m')!.parameterCount, 25.9e6)).toBeLessThan(0.01);
    // FLOPs convention: ResNet-50's 4.09 GMACs become 8.18 GFLOPs per 224² image.
    expect(findModelPreset('resnet-50')!.forwardFlopsPerImage).toBeCloseTo(2 * 4.089e9, -6);
  });

  it('hardware presets follow domain.md §5', () => {
    const a100 = findHardware('meluxina-a100-40gb')!;
    expect([a100.peakTflops.bf16, a100.peakTflops.fp8, a100.memoryGB, a100.bandwidthTBs, a100.boardPowerKw]).toEqual([312, null, 40, 1.555, 0.4]);
    expect(a100.gpusPerNode).toBe(4);
    const h100 = findHardware('h100-sxm')!;
    expect([h100.peakTflops.bf16, h100.peakTflops.fp8, h100.memoryGB, h100.bandwidthTBs, h100.boardPowerKw]).toEqual([989, 1979, 80, 3.35, 0.7]);
    expect(findHardware('h200')!.memoryGB).toBe(141);
    expect(findHardware('b200')!.peakTflops).toEqual({ bf16: 2250, fp8: 4500 });
    for (const h of GPU_HARDWARE) {
      for (const band of [h.mfu.bf16, h.mfu.fp8]) {
        if (band) expect(band.low < band.expected && band.expected < band.high).toBe(true);
      }
    }
    expect(findHardware('__proto__')).toBeUndefined();
  });

  it('settings have defaults, sources and real translations of their basis', () => {
    const d = defaultGpuBudgetSettings();
    expect(d).toMatchObject({ pricePerGpuHourCents: 103, pue: 1.2, carbonBasis: 'location', carbonLocationGPerKwh: 344 });
    expect(d).toMatchObject({ carbonProductionGPerKwh: 105, carbonMarketGPerKwh: 0, cashbackRate: 0.8, gpusPerNode: 4, maxJobHours: 48 });
    expect(d.fastLaneMaxGpuHours).toBe(50_000);
    for (const ref of Object.values(SETTING_REFERENCES)) {
      expect(ref.source.length).toBeGreaterThan(10);
      for (const l of LOCALES) expect(ref.basis[l].length).toBeGreaterThan(20);
      expect(ref.basis.fr).not.toBe(ref.basis.en);
      expect(ref.basis.lb).not.toBe(ref.basis.de);
    }
    expect(SETTING_REFERENCES.cashbackRate.unconfirmed).toBe(true);
    expect(SETTING_REFERENCES.pricePerGpuHourCents.unconfirmed).toBe(true);
    // A fresh copy each time: editing one result's settings cannot leak into the defaults.
    d.pue = 2;
    expect(defaultGpuBudgetSettings().pue).toBe(1.2);
  });
});

describe('formula helpers', () => {
  it('KV cache per token = 2 · layers · kv_heads · head_dim · bytes', () => {
    expect(kvCacheBytesPerToken({ layers: 32, kvHeads: 8, headDim: 128 }, 2)).toBe(131_072);
    expect(kvCacheBytesPerToken({ layers: 32, kvHeads: 8, headDim: 128 }, 1)).toBe(65_536);
    expect(kvCacheBytesPerToken({ layers: 80, kvHeads: 8, headDim: 128 }, 2)).toBe(327_680);
  });

  it('training FLOPs per token = k·(6N + 6·L·S·d) with k = 2/3 for LoRA and QLoRA', () => {
    const shape = { parameterCount: N8B, layers: 32, hiddenSize: 4096 };
    expect(trainingFlopsPerToken(shape, 4096, 'full_finetune')).toBe(flops8bS4096);
    expect(trainingFlopsPerToken(shape, 4096, 'pretraining')).toBe(flops8bS4096);
    expect(trainingFlopsPerToken(shape, 4096, 'lora')).toBeCloseTo((2 / 3) * flops8bS4096, 0);
    expect(trainingFlopsPerToken(shape, 4096, 'qlora')).toBe(trainingFlopsPerToken(shape, 4096, 'lora'));
  });

  it('training memory: 16 B/param full, 2N + adapters for LoRA, 0.55N for QLoRA, plus the same activations', () => {
    const shape = { parameterCount: 1e9, layers: 10, hiddenSize: 1000, vocabSize: 1000 };
    const full = trainingMemoryBytes(shape, 'full_finetune', { sequenceLength: 100 });
    const lora = trainingMemoryBytes(shape, 'lora', { sequenceLength: 100 });
    const qlora = trainingMemoryBytes(shape, 'qlora', { sequenceLength: 100 });
    expect(full.statesBytes).toBe(16e9);
    expect(lora.statesBytes).toBeCloseTo(2e9 + 0.01 * 1e9 * 16, 0);
    expect(qlora.statesBytes).toBeCloseTo(0.55e9, 0);
    // 100 tokens × 1000 × (2·10 + 34) + 100 × 1000 × 4 (fp32 logits)
    expect(full.activationBytes).toBe(100 * 1000 * 54 + 100 * 1000 * 4);
    expect(lora.activationBytes).toBe(full.activationBytes);
    expect(full.totalBytes).toBe(full.statesBytes + full.activationBytes);
    expect(trainingMemoryBytes(shape, 'full_finetune', { sequenceLength: 100, microBatch: 2 }).activationBytes).toBe(2 * full.activationBytes);
  });

  it('inference memory = weights + batch · context · KV bytes', () => {
    const m = inferenceMemoryBytes({ parameterCount: N8B, layers: 32, kvHeads: 8, headDim: 128 }, { weightBytesPerParam: 2, kvBytes: 2, batch: 4, contextTokens: 1000 });
    expect(m.weightBytes).toBe(2 * N8B);
    expect(m.kvCacheBytes).toBe(4 * 1000 * 131_072);
  });
});

describe('text training workloads', () => {
  it('full fine-tune: GPU-hours = tokens · FLOPs/token ÷ (peak · MFU · 3600) × runs × overhead, with the range from the bands', () => {
    const w = one({ type: 'full_finetune', model: 'llama-3.1-8b', tokens: 1e9 });
    expect(rel(w.singleRunGpuHours, hours(flops8bS4096, 1e9, 312, 0.45))).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.expected, hours(flops8bS4096, 1e9, 312, 0.45) * 3 * 1.3)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.low, hours(flops8bS4096, 1e9, 312, 0.55) * 1 * 1.15)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.high, hours(flops8bS4096, 1e9, 312, 0.3) * 5 * 1.6)).toBeLessThan(1e-12);
    expect(rel(w.throughputPerGpu.value, (312e12 * 0.45) / flops8bS4096)).toBeLessThan(1e-12);
    expect(w.throughputPerGpu.unit).toBe('tokens/s');
    expect(assumption(w, 'sequence_length').value).toBe(4096);
    expect(assumption(w, 'mfu')).toMatchObject({ value: 0.45, low: 0.3, high: 0.55 });
    expect(assumption(w, 'runs')).toMatchObject({ value: 3, low: 1, high: 5 });
    expect(assumption(w, 'overhead')).toMatchObject({ value: 1.3, low: 1.15, high: 1.6 });
  });

  it('pre-training costs the same compute as a full fine-tune and multiplies by epochs', () => {
    const ft = one({ type: 'full_finetune', model: 'mistral-7b-v0.3', tokens: 5e8 });
    const pt = one({ type: 'pretraining', model: 'mistral-7b-v0.3', tokens: 5e8 });
    expect(pt.gpuHours).toEqual(ft.gpuHours);
    const twice = one({ type: 'full_finetune', model: 'mistral-7b-v0.3', tokens: 5e8, epochs: 2 });
    expect(rel(twice.gpuHours.expected, 2 * ft.gpuHours.expected)).toBeLessThan(1e-12);
    expect(twice.quantities).toEqual({ tokens: 5e8, epochs: 2 });
  });

  it('LoRA needs 2/3 of the full fine-tune compute; QLoRA 1.6× LoRA (1.5–2.0)', () => {
    const base = { model: 'qwen2.5-14b', tokens: 2e8 } as const;
    const full = one({ type: 'full_finetune', ...base }, 'h100-sxm');
    const lora = one({ type: 'lora', ...base }, 'h100-sxm');
    const qlora = one({ type: 'qlora', ...base }, 'h100-sxm');
    expect(rel(lora.gpuHours.expected, (2 / 3) * full.gpuHours.expected)).toBeLessThan(1e-12);
    expect(rel(qlora.gpuHours.expected, 1.6 * lora.gpuHours.expected)).toBeLessThan(1e-12);
    expect(rel(qlora.gpuHours.low, 1.5 * lora.gpuHours.low)).toBeLessThan(1e-12);
    expect(rel(qlora.gpuHours.high, 2.0 * lora.gpuHours.high)).toBeLessThan(1e-12);
    expect(assumption(qlora, 'qlora_time_factor')).toMatchObject({ value: 1.6, low: 1.5, high: 2.0 });
    expect(rel(qlora.throughputPerGpu.value, lora.throughputPerGpu.value / 1.6)).toBeLessThan(1e-12);
  });

  it('a longer sequence adds the attention term 6·L·S·d', () => {
    const short = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, sequenceLength: 1024, runs: 1, overhead: 1 });
    const long = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, sequenceLength: 32_768, runs: 1, overhead: 1 });
    const k = 2 / 3;
    expect(rel(long.gpuHours.expected / short.gpuHours.expected, (6 * N8B + 6 * 32 * 32_768 * 4096) / (6 * N8B + 6 * 32 * 1024 * 4096))).toBeLessThan(1e-12);
    expect(rel(short.singleRunGpuHours, hours(k * (6 * N8B + 6 * 32 * 1024 * 4096), 1e8, 312, 0.45))).toBeLessThan(1e-12);
  });

  it('explicit runs and overhead pin the range to them; only the MFU band remains', () => {
    const w = one({ type: 'full_finetune', model: 'llama-3.1-8b', tokens: 1e9, runs: 2, overhead: 1.5 }, 'h100-sxm');
    expect(rel(w.gpuHours.expected, hours(flops8bS4096, 1e9, 989, 0.38) * 3)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.low, hours(flops8bS4096, 1e9, 989, 0.48) * 3)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.high, hours(flops8bS4096, 1e9, 989, 0.25) * 3)).toBeLessThan(1e-12);
  });

  it('FP8 uses the FP8 peak and band (against the FP8 peak)', () => {
    const bf16 = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e9 }, 'h100-sxm', 'bf16');
    const fp8 = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e9 }, 'h100-sxm', 'fp8');
    expect(rel(bf16.gpuHours.expected / fp8.gpuHours.expected, (1979 * 0.35) / (989 * 0.38))).toBeLessThan(1e-12);
    expect(assumption(fp8, 'mfu')).toMatchObject({ value: 0.35, low: 0.2, high: 0.4 });
    const b200 = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e9 }, 'b200', 'bf16');
    expect(assumption(b200, 'mfu')).toMatchObject({ value: 0.35, low: 0.22, high: 0.45 });
  });

  it('more GPUs per job than memory needs shorten the wall-clock, not the GPU-hours', () => {
    const a = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e9 });
    const b = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e9, gpusPerJob: 8 });
    expect(a.gpusPerJob).toBe(1);
    expect(b.gpusPerJob).toBe(8);
    expect(b.nodesPerJob).toBe(2);
    expect(b.gpuHours).toEqual(a.gpuHours);
    expect(rel(b.wallClock.hoursPerRun, a.wallClock.hoursPerRun / 8)).toBeLessThan(1e-12);
    expect(rel(b.wallClock.days, a.wallClock.days / 8)).toBeLessThan(1e-12);
  });
});

describe('vision workloads', () => {
  it('vision training: 3 × forward FLOPs per image at MFU 0.20 (0.12–0.30) on the BF16 peak', () => {
    const w = one({ type: 'vision_training', model: 'resnet-50', images: 1_281_167, epochs: 90 }, 'a100-80gb');
    const single = (90 * 1_281_167 * 3 * 8.178e9) / (312e12 * 0.2 * 3600);
    expect(rel(w.singleRunGpuHours, single)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.expected, single * 3 * 1.3)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.low, ((90 * 1_281_167 * 3 * 8.178e9) / (312e12 * 0.3 * 3600)) * 1.15)).toBeLessThan(1e-12);
    expect(rel(w.gpuHours.high, ((90 * 1_281_167 * 3 * 8.178e9) / (312e12 * 0.12 * 3600)) * 5 * 1.6)).toBeLessThan(1e-12);
    expect(w.throughputPerGpu.unit).toBe('images/s');
    expect(w.fit.fitsOneGpu).toBe(true);
    // FP8 does not speed up the (mixed-precision) vision estimate.
    const fp8 = one({ type: 'vision_training', model: 'yolov8m', images: 1e5 }, 'h100-sxm', 'fp8');
    expect(rel(fp8.throughputPerGpu.value, (989e12 * 0.2) / (3 * 78.9e9))).toBeLessThan(1e-12);
  });

  it('batch inference of a vision model: forward FLOPs only', () => {
    const w = one({ type: 'batch_inference', model: 'vit-b-16', images: 1e7 }, 'h100-sxm');
    expect(rel(w.gpuHours.expected, ((1e7 * 35.128e9) / (989e12 * 0.2 * 3600)) * 1 * 1.3)).toBeLessThan(1e-12);
    expect(w.gpuHours.low).toBeLessThan(w.gpuHours.expected);
  });

  it('serving a vision model books the serving hours on its GPUs', () => {
    const w = one({ type: 'serving', model: 'yolov8m', servingHours: 10 }, 'h100-sxm');
    expect(w.gpuHours).toEqual({ low: 10, expected: 10, high: 10 });
  });
});

describe('inference workloads', () => {
  it('prefill-only batch inference: 2N FLOPs per token at the hardware MFU', () => {
    const w = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 10_000, tokensPerRequest: 1000 }, 'h100-sxm');
    const single = (1e7 * 2 * N8B) / (989e12 * 0.38 * 3600);
    expect(rel(w.singleRunGpuHours, single)).toBeLessThan(1e-9);
    expect(rel(w.gpuHours.expected, single * 1 * 1.3)).toBeLessThan(1e-9);
    expect(assumption(w, 'runs')).toMatchObject({ value: 1, low: 1, high: 2 });
  });

  it('single-stream decode ≈ 0.75 · bandwidth ÷ weight bytes; batching multiplies throughput', () => {
    const single = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 1, tokensPerRequest: 1, outputTokensPerRequest: 100, batchSize: 1 });
    const rate = assumption(single, 'decode_tokens_per_s_per_sequence').value as number;
    expect(rel(rate, (0.75 * 1.555e12) / (2 * N8B))).toBeLessThan(0.01);
    const b1 = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 1000, tokensPerRequest: 500, outputTokensPerRequest: 500, batchSize: 1 });
    const b32 = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 1000, tokensPerRequest: 500, outputTokensPerRequest: 500, batchSize: 32 });
    expect(b32.gpuHours.expected).toBeLessThan(b1.gpuHours.expected / 10);
    expect(b32.throughputPerGpu.value).toBeGreaterThan(10 * b1.throughputPerGpu.value);
    // More generated tokens cost more.
    const more = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 1000, tokensPerRequest: 500, outputTokensPerRequest: 1000, batchSize: 32 });
    expect(more.gpuHours.expected).toBeGreaterThan(b32.gpuHours.expected);
  });

  it('the batch is capped by the KV cache that fits next to the weights', () => {
    const w = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 1000, tokensPerRequest: 30_000, outputTokensPerRequest: 2000, batchSize: 1000 });
    const batch = assumption(w, 'batch_size').value as number;
    expect(batch).toBe(Math.floor((36e9 - 2 * N8B) / (32_000 * 131_072)));
    expect(w.peakMemoryPerGpuGiB).toBeLessThanOrEqual(36e9 / 2 ** 30);
  });

  it('FP8 halves the weights and speeds up memory-bound decode', () => {
    const bf16 = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 100, tokensPerRequest: 10, outputTokensPerRequest: 500, batchSize: 1 }, 'h100-sxm', 'bf16');
    const fp8 = one({ type: 'batch_inference', model: 'llama-3.1-8b', requests: 100, tokensPerRequest: 10, outputTokensPerRequest: 500, batchSize: 1 }, 'h100-sxm', 'fp8');
    expect(assumption(fp8, 'weight_bytes_per_param').value).toBe(1);
    expect(assumption(fp8, 'kv_cache_bytes_per_token').value).toBe(65_536);
    expect(fp8.peakMemoryPerGpuGiB).toBeLessThan(bf16.peakMemoryPerGpuGiB * 0.55);
    expect(rel(bf16.gpuHours.expected / fp8.gpuHours.expected, 2)).toBeLessThan(0.05);
  });

  it('an encoder (BERT) is estimated on prefill only', () => {
    const w = one({ type: 'batch_inference', model: 'bert-base', requests: 1e6, tokensPerRequest: 256 });
    expect(rel(w.singleRunGpuHours, (256e6 * 2 * 109_482_240) / (312e12 * 0.45 * 3600))).toBeLessThan(1e-9);
    expect(w.assumptions.some((a) => a.id === 'decode_tokens_per_s_per_sequence')).toBe(false);
    const served = one({ type: 'serving', model: 'bert-base', servingHours: 24 });
    expect(served.gpuHours.expected).toBe(24);
  });

  it('serving: serving hours × GPUs, more users → more model copies, no runs or overhead', () => {
    const few = one({ type: 'serving', model: 'llama-3.1-8b', servingHours: 720, concurrentUsers: 10 });
    expect(few.gpuHours).toEqual({ low: 720, expected: 720, high: 720 });
    expect(assumption(few, 'replicas').value).toBe(1);
    const many = one({ type: 'serving', model: 'llama-3.1-8b', servingHours: 720, concurrentUsers: 200 });
    const replicas = assumption(many, 'replicas').value as number;
    // 36 GB usable − 16.06 GB weights leaves room for 37 sequences of 4,096 tokens per A100-40GB.
    expect(replicas).toBe(Math.ceil(200 / 37));
    expect(many.gpusPerJob).toBe(replicas);
    expect(many.gpuHours.expected).toBe(720 * replicas);
    expect(many.peakMemoryPerGpuGiB).toBeLessThanOrEqual(36e9 / 2 ** 30);
    expect(assumption(many, 'context_tokens').value).toBe(4096);
    const perUser = assumption(many, 'decode_tokens_per_s_per_sequence').value as number;
    expect(perUser).toBeGreaterThan(10);
    expect(perUser).toBeLessThan(assumption(few, 'decode_tokens_per_s_per_sequence').value as number);
  });

  it('serving longer than one job must be resubmitted, which is not training checkpointing', () => {
    const w = one({ type: 'serving', model: 'llama-3.1-8b', servingHours: 100 });
    expect(w.wallClock).toMatchObject({ hoursPerRun: 100, exceedsJobLimit: true, jobsPerRun: 3, checkpointingRequired: false });
  });
});

describe('fit advice', () => {
  it('Llama-3.1-70B full fine-tune on MeluXina A100-40GB: shard across 32 GPUs (8 nodes), or LoRA, or QLoRA', () => {
    const w = one({ type: 'full_finetune', model: 'llama-3.1-70b', tokens: 1e8 });
    const act = 4096 * 8192 * (2 * 80 + 34) + 4096 * 128_256 * 4;
    const needed = 16 * N70B + act;
    expect(w.fit.fitsOneGpu).toBe(false);
    expect(w.fit.minGpusPerJob).toBe(Math.ceil(needed / 36e9));
    expect(w.fit.minGpusPerJob).toBe(32);
    const byKind = Object.fromEntries(w.fit.options.map((o) => [o.kind, o]));
    expect(byKind.shard).toMatchObject({ gpusPerJob: 32, nodesPerJob: 8 });
    expect(byKind.lora.gpusPerJob).toBe(Math.ceil((2.16 * N70B + act) / 36e9));
    expect(byKind.qlora.gpusPerJob).toBe(Math.ceil((0.55 * N70B + act) / 36e9));
    expect(byKind.qlora.gpusPerJob).toBeLessThan(byKind.lora.gpusPerJob);
    // The estimate itself is the sharded one, never a figure for an impossible single GPU.
    expect(w.gpusPerJob).toBe(32);
    expect(w.nodesPerJob).toBe(8);
    expect(w.peakMemoryPerGpuGiB).toBeLessThanOrEqual(w.fit.usableMemoryPerGpuGiB);
    expect(w.fit.usableMemoryPerGpuGiB).toBeCloseTo(36e9 / 2 ** 30, 9);
  });

  it('LoRA of Llama-3.1-8B fits one A100-40GB', () => {
    const w = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8 });
    expect(w.fit.fitsOneGpu).toBe(true);
    expect(w.fit.options).toEqual([]);
    expect(w.gpusPerJob).toBe(1);
    expect(w.peakMemoryPerGpuGiB).toBeLessThan(w.fit.usableMemoryPerGpuGiB);
  });

  it('pre-training cannot switch to LoRA: only sharding is offered', () => {
    const w = one({ type: 'pretraining', model: 'llama-3.1-70b', tokens: 1e9 });
    expect(w.fit.options.map((o) => o.kind)).toEqual(['shard']);
    const lora = one({ type: 'lora', model: 'llama-3.1-70b', tokens: 1e8 });
    expect(lora.fit.options.map((o) => o.kind)).toEqual(['shard', 'qlora']);
  });

  it('serving a 70B model on A100-40GB: shard, or quantise to 8 or 4 bits', () => {
    const w = one({ type: 'serving', model: 'llama-3.1-70b', servingHours: 10 });
    expect(w.fit.fitsOneGpu).toBe(false);
    const kv = 4096 * 327_680;
    const byKind = Object.fromEntries(w.fit.options.map((o) => [o.kind, o.gpusPerJob]));
    expect(byKind).toEqual({
      shard: Math.ceil((2 * N70B + kv) / 36e9),
      quantize_8bit: Math.ceil((N70B + kv) / 36e9),
      quantize_4bit: Math.ceil((0.5 * N70B + kv) / 36e9),
    });
    expect(w.gpusPerJob).toBe(byKind.shard);
    expect(w.gpuHours.expected).toBe(10 * byKind.shard);
  });
});

describe('access mode', () => {
  it('thresholds: playground ≤ 1,000, fast lane ≤ 50,000, large scale above', () => {
    const s = defaultGpuBudgetSettings();
    expect(suggestAccessMode(0, s)).toBe('playground');
    expect(suggestAccessMode(1000, s)).toBe('playground');
    expect(suggestAccessMode(1000.01, s)).toBe('fast_lane');
    expect(suggestAccessMode(50_000, s)).toBe('fast_lane');
    expect(suggestAccessMode(50_000.01, s)).toBe('large_scale');
  });

  it('uses the expected total, and tells when the high end crosses a threshold', () => {
    const serve = (hours: number): WorkloadInput => ({ type: 'serving', model: 'llama-3.1-8b', servingHours: hours });
    expect(run([serve(1000)], 'h100-sxm').accessMode).toBe('playground');
    expect(run([serve(600), serve(401)], 'h100-sxm').accessMode).toBe('fast_lane');
    expect(run([serve(50_000)], 'h100-sxm').accessMode).toBe('fast_lane');
    expect(run([serve(50_000), serve(1)], 'h100-sxm').accessMode).toBe('large_scale');
    // Expected ≈ 34k GPU-hours, high end ≈ 104k: the advisor is warned.
    const big = run([{ type: 'full_finetune', model: 'llama-3.1-70b', tokens: 1e10 }]);
    expect(big.accessMode).toBe('fast_lane');
    expect(big.accessModeAtHigh).toBe('large_scale');
    expect(run([serve(10)], 'h100-sxm', 'bf16', { playgroundMaxGpuHours: 5 }).accessMode).toBe('fast_lane');
  });
});

describe('node-hours and wall-clock', () => {
  it('billed per GPU: node-hours = ⌈GPU-hours ÷ GPUs per node⌉, totals add the rows', () => {
    const serve = (hours: number): WorkloadInput => ({ type: 'serving', model: 'llama-3.1-8b', servingHours: hours });
    const gpu = { billingUnit: 'gpu' } as const;
    expect(one(serve(4), 'h100-sxm', 'bf16', gpu).nodeHours).toBe(1);
    expect(one(serve(4.5), 'h100-sxm', 'bf16', gpu).nodeHours).toBe(2);
    expect(one(serve(8), 'h100-sxm', 'bf16', gpu).nodeHours).toBe(2);
    expect(one(serve(0.1), 'h100-sxm', 'bf16', gpu).nodeHours).toBe(1);
    expect(one(serve(9), 'h100-sxm', 'bf16', { ...gpu, gpusPerNode: 8 }).nodeHours).toBe(2);
    expect(run([serve(4.5), serve(1)], 'h100-sxm', 'bf16', gpu).total.nodeHours).toBe(3);
  });

  it('billed per node (the default): a one-GPU job pays the whole 4-GPU node; a full node pays the same either way', () => {
    const serve: WorkloadInput = { type: 'serving', model: 'llama-3.1-8b', servingHours: 100 };
    const perNode = one(serve, 'h100-sxm');
    const perGpu = one(serve, 'h100-sxm', 'bf16', { billingUnit: 'gpu' });
    expect(defaultGpuBudgetSettings().billingUnit).toBe('node');
    // 100 h on 1 GPU = 100 GPU-hours of compute either way …
    expect(perNode.gpuHours.expected).toBe(100);
    expect(perGpu.gpuHours.expected).toBe(100);
    // … billed as 1 node × 4 GPUs × 100 h = 400 GPU-hours = 100 node-hours, at €1.03 per GPU-hour.
    expect(perNode.billedGpuHours.expected).toBe(400);
    expect(perNode.nodeHours).toBe(100);
    expect(perNode.cost.beforeCashbackCents.expected).toBe(400 * 103);
    expect(perGpu.billedGpuHours.expected).toBe(100);
    expect(perGpu.nodeHours).toBe(25);
    expect(perGpu.cost.beforeCashbackCents.expected).toBe(100 * 103);
    // Energy follows the GPUs that work, not the bill.
    expect(perNode.energyKwh.expected).toBe(perGpu.energyKwh.expected);
    // A job on 4 GPUs fills its node: the same bill per GPU or per node.
    const four = { ...serve, gpusPerJob: 4 };
    expect(one(four, 'h100-sxm').cost.beforeCashbackCents.expected).toBe(one(four, 'h100-sxm', 'bf16', { billingUnit: 'gpu' }).cost.beforeCashbackCents.expected);
    // 5 GPUs occupy 2 nodes = 8 GPUs: billed 8/5 of the compute.
    expect(one({ ...serve, gpusPerJob: 5 }, 'h100-sxm').billedGpuHours.expected).toBe(100 * 8);
    // The unit is stated with its source, and flagged unconfirmed (no operator publishes it).
    const e = run([serve], 'h100-sxm');
    expect(e.assumptions.find((a) => a.id === 'billing_unit')).toMatchObject({ value: 'node' });
    expect(e.unconfirmed).toContain('billingUnit');
    expect(e.total.billedGpuHours.expected).toBe(400);
    expect(() => run([serve], 'h100-sxm', 'bf16', { billingUnit: 'half' as never })).toThrow(GpuBudgetInputError);
  });

  it('a training run longer than the 48 h job limit needs checkpoints and several jobs', () => {
    const w = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e10 });
    const hoursPerRun = hours((2 / 3) * flops8bS4096, 1e10, 312, 0.45);
    expect(rel(w.wallClock.hoursPerRun, hoursPerRun)).toBeLessThan(1e-12);
    expect(w.wallClock.exceedsJobLimit).toBe(true);
    expect(w.wallClock.checkpointingRequired).toBe(true);
    expect(w.wallClock.jobsPerRun).toBe(Math.ceil(hoursPerRun / 48));
    expect(rel(w.wallClock.days, w.gpuHours.expected / 24)).toBeLessThan(1e-12);
    const longer = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e10 }, 'meluxina-a100-40gb', 'bf16', { maxJobHours: 1000 });
    expect(longer.wallClock.checkpointingRequired).toBe(false);
    expect(longer.wallClock.jobsPerRun).toBe(1);
    const short = one({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e6 });
    expect(short.wallClock).toMatchObject({ exceedsJobLimit: false, jobsPerRun: 1, checkpointingRequired: false });
  });
});

describe('cost and cashback', () => {
  it('cost = expected GPU-hours × price in whole cents; cashback 80 %; after = before − cashback', () => {
    const w = one({ type: 'serving', model: 'llama-3.1-8b', servingHours: 10.5 }, 'h100-sxm', 'bf16', { billingUnit: 'gpu' });
    expect(w.cost.beforeCashbackCents.expected).toBe(Math.round(10.5 * 103));
    expect(w.cost.cashbackCents.expected).toBe(Math.round(Math.round(10.5 * 103) * 0.8));
    expect(w.cost.afterCashbackCents.expected).toBe(w.cost.beforeCashbackCents.expected - w.cost.cashbackCents.expected);
    const t = run([{ type: 'lora', model: 'llama-3.1-8b', tokens: 3.3e8 }, { type: 'vision_training', model: 'resnet-50', images: 123_457 }]);
    for (const k of ['low', 'expected', 'high'] as const) {
      for (const r of [t.total.cost.beforeCashbackCents, t.total.cost.cashbackCents, t.total.cost.afterCashbackCents]) expect(Number.isInteger(r[k])).toBe(true);
      expect(t.total.cost.beforeCashbackCents[k]).toBe(t.workloads[0].cost.beforeCashbackCents[k] + t.workloads[1].cost.beforeCashbackCents[k]);
      expect(t.total.cost.afterCashbackCents[k] + t.total.cost.cashbackCents[k]).toBe(t.total.cost.beforeCashbackCents[k]);
    }
  });

  it('follows the price and cashback settings', () => {
    const w = (s: Partial<GpuBudgetSettings>) => one({ type: 'serving', model: 'llama-3.1-8b', servingHours: 100 }, 'h100-sxm', 'bf16', { billingUnit: 'gpu', ...s });
    expect(w({ cashbackRate: 0 }).cost.afterCashbackCents.expected).toBe(10_300);
    expect(w({ cashbackRate: 1 }).cost.afterCashbackCents.expected).toBe(0);
    expect(w({ pricePerGpuHourCents: 250 }).cost.beforeCashbackCents.expected).toBe(25_000);
    expect(w({ pricePerGpuHourCents: 250 }).cost.cashbackCents.expected).toBe(20_000);
  });
});

describe('energy and carbon', () => {
  it('energy = GPU-hours × board power × PUE; CO2e follows the chosen basis', () => {
    const serve: WorkloadInput = { type: 'serving', model: 'llama-3.1-8b', servingHours: 100 };
    const loc = run([serve], 'h100-sxm');
    expect(loc.workloads[0].energyKwh.expected).toBeCloseTo(100 * 0.7 * 1.2, 9);
    expect(loc.carbonBasis).toBe('location');
    expect(loc.total.co2eKg.expected).toBeCloseTo((84 * 344) / 1000, 9);
    const prod = run([serve], 'h100-sxm', 'bf16', { carbonBasis: 'production' });
    expect(prod.total.co2eKg.expected).toBeCloseTo((84 * 105) / 1000, 9);
    // Market-based without guarantees of origin = the residual mix (grid average stands in: 344 g).
    const market = run([serve], 'h100-sxm', 'bf16', { carbonBasis: 'market' });
    expect(market.total.co2eKg.expected).toBeCloseTo((84 * 344) / 1000, 9);
    expect(market.total.energyKwh.expected).toBeCloseTo(84, 9);
    expect(run([serve], 'h100-sxm', 'bf16', { carbonBasis: 'market', carbonResidualMixGPerKwh: 500 }).total.co2eKg.expected).toBeCloseTo((84 * 500) / 1000, 9);
    // Close to 0 only once the operator's guarantees of origin are recorded (basis market_go).
    const go = run([serve], 'h100-sxm', 'bf16', { carbonBasis: 'market_go' });
    expect(go.total.co2eKg.expected).toBe(0);
    // The basis used is named in the assumptions, and both market-based figures are flagged unconfirmed.
    expect(prod.assumptions.find((a) => a.id === 'carbon_intensity')).toMatchObject({ value: 105 });
    expect(market.unconfirmed).toContain('carbonResidualMixGPerKwh');
    expect(go.unconfirmed).toContain('carbonMarketGPerKwh');
    expect(loc.unconfirmed).not.toContain('carbonLocationGPerKwh');
    const custom = run([serve], 'h100-sxm', 'bf16', { carbonBasis: 'location', carbonLocationGPerKwh: 200, pue: 1.5 });
    expect(custom.total.energyKwh.expected).toBeCloseTo(105, 9);
    expect(custom.total.co2eKg.expected).toBeCloseTo(21, 9);
    // A100 boards draw 0.4 kW, B200 1.0 kW.
    expect(one(serve).energyKwh.expected).toBeCloseTo(100 * 0.4 * 1.2, 9);
    expect(one(serve, 'b200').energyKwh.expected).toBeCloseTo(100 * 1.0 * 1.2, 9);
    for (const basis of CARBON_BASES) expect(run([serve], 'h100-sxm', 'bf16', { carbonBasis: basis }).carbonBasis).toBe(basis);
  });

  it('flags the hardware as unconfirmed for the possible MeluXina-AI GPUs', () => {
    expect(run([], 'h200').unconfirmed).toContain('hardware');
    expect(run([], 'meluxina-a100-40gb').unconfirmed).not.toContain('hardware');
    expect(run([]).unconfirmed).toEqual(expect.arrayContaining(['pricePerGpuHourCents', 'cashbackRate']));
  });
});

describe('empty input and the compute_request mapping', () => {
  it('no workloads: zero totals, playground', () => {
    const e = run([]);
    expect(e.workloads).toEqual([]);
    expect(e.total.gpuHours).toEqual({ low: 0, expected: 0, high: 0 });
    expect(e.total.cost.beforeCashbackCents.expected).toBe(0);
    expect(e.total.nodeHours).toBe(0);
    expect(e.accessMode).toBe('playground');
    expect(e.system).toBe('MeluXina');
  });

  it('maps to the payload fields of portal-protocol.md', () => {
    const e = run([
      { type: 'lora', model: 'llama-3.1-8b', tokens: 2e8, epochs: 2 },
      { type: 'vision_training', model: { parameterCount: 5e6, forwardFlopsPerImage: 1e9 }, images: 5e5 },
    ]);
    const f = toComputeRequestFigures(e);
    expect(f.gpuModel).toBe('NVIDIA A100-SXM4-40GB');
    expect(f.workloads[0]).toMatchObject({ type: 'lora', model: 'llama-3.1-8b', parameterCount: N8B, tokens: 2e8, epochs: 2, gpusPerJob: 1 });
    expect(f.workloads[1]).toMatchObject({ type: 'vision_training', model: 'custom', images: 5e5 });
    for (const w of f.workloads) {
      expect(Number.isInteger(w.gpuHoursExpected)).toBe(true);
      expect(w.gpuHoursLow).toBeLessThanOrEqual(w.gpuHoursExpected);
      expect(w.gpuHoursExpected).toBeLessThanOrEqual(w.gpuHoursHigh);
    }
    expect(f.workloads[0].gpuHoursExpected).toBe(Math.ceil(e.workloads[0].gpuHours.expected));
    expect(f.totalGpuHours).toBe(f.workloads[0].gpuHoursExpected + f.workloads[1].gpuHoursExpected);
    expect(f.estimatedCostCents).toBe(e.total.cost.beforeCashbackCents.expected);
    expect(f.cashbackCents).toBe(e.total.cost.cashbackCents.expected);
    expect(Number.isInteger(f.nodeHours)).toBe(true);
  });
});

describe('hostile input', () => {
  const valid = (): GpuBudgetInput => ({
    workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8 }],
    hardwareId: 'meluxina-a100-40gb',
    precision: 'bf16',
  });
  const withWorkload = (patch: Record<string, unknown>): GpuBudgetInput => ({
    ...valid(),
    workloads: [{ ...valid().workloads[0], ...patch } as WorkloadInput],
  });
  function reasonOf(input: unknown): { reason: string; path: string } {
    try {
      estimateGpuBudget(input as GpuBudgetInput);
    } catch (e) {
      expect(e).toBeInstanceOf(GpuBudgetInputError);
      expect(e).toBeInstanceOf(AppError);
      const err = e as GpuBudgetInputError;
      expect(err.code).toBe('invalid_input');
      expect((err.details.fields as unknown[]).length).toBeGreaterThan(0);
      return { reason: err.reason, path: err.path };
    }
    throw new Error('expected a GpuBudgetInputError');
  }

  it.each([
    ['negative tokens', { tokens: -1 }, 'negative', 'workloads.0.tokens'],
    ['NaN tokens', { tokens: Number.NaN }, 'not_a_number', 'workloads.0.tokens'],
    ['infinite tokens', { tokens: Number.POSITIVE_INFINITY }, 'not_a_number', 'workloads.0.tokens'],
    ['tokens as a string', { tokens: '1000' }, 'not_a_number', 'workloads.0.tokens'],
    ['zero tokens', { tokens: 0 }, 'zero', 'workloads.0.tokens'],
    ['missing tokens', { tokens: undefined }, 'required', 'workloads.0.tokens'],
    ['absurd tokens', { tokens: 1e300 }, 'too_large', 'workloads.0.tokens'],
    ['fractional runs', { runs: 2.5 }, 'not_integer', 'workloads.0.runs'],
    ['overhead below 1', { overhead: 0.5 }, 'too_small', 'workloads.0.overhead'],
    ['negative epochs', { epochs: -2 }, 'negative', 'workloads.0.epochs'],
    ['zero GPUs per job', { gpusPerJob: 0 }, 'zero', 'workloads.0.gpusPerJob'],
    ['unknown type', { type: 'mining' }, 'unknown_type', 'workloads.0.type'],
    ['unknown model', { model: 'gpt-17' }, 'unknown_model', 'workloads.0.model'],
    ['prototype key as model', { model: '__proto__' }, 'unknown_model', 'workloads.0.model'],
    ['vision model for LoRA', { model: 'resnet-50' }, 'wrong_model_kind', 'workloads.0.model'],
    ['sequence beyond the model', { sequenceLength: 200_000 }, 'exceeds_model_context', 'workloads.0.sequenceLength'],
    ['custom shape with NaN layers', { model: { parameterCount: 1e9, layers: Number.NaN, hiddenSize: 2048, kvHeads: 8, headDim: 128, vocabSize: 32000, sequenceLength: 4096 } }, 'not_a_number', 'workloads.0.model.layers'],
    ['custom shape with fractional heads', { model: { parameterCount: 1e9, layers: 24, hiddenSize: 2048, kvHeads: 7.5, headDim: 128, vocabSize: 32000, sequenceLength: 4096 } }, 'not_integer', 'workloads.0.model.kvHeads'],
    ['custom shape with an absurd size', { model: { parameterCount: 1e15, layers: 24, hiddenSize: 2048, kvHeads: 8, headDim: 128, vocabSize: 32000, sequenceLength: 4096 } }, 'too_large', 'workloads.0.model.parameterCount'],
    ['custom shape missing fields', { model: { parameterCount: 1e9 } }, 'required', 'workloads.0.model.layers'],
    ['model neither id nor shape', { model: 42 }, 'required', 'workloads.0.model'],
  ])('%s', (_name, patch, reason, path) => {
    expect(reasonOf(withWorkload(patch))).toEqual({ reason, path });
  });

  it.each([
    ['vision training of an LLM', { type: 'vision_training', model: 'llama-3.1-8b', images: 10 }, 'wrong_model_kind'],
    ['vision training without images', { type: 'vision_training', model: 'resnet-50' }, 'required'],
    ['batch inference without requests', { type: 'batch_inference', model: 'llama-3.1-8b', tokensPerRequest: 10 }, 'required'],
    ['prompt plus output beyond the context', { type: 'batch_inference', model: 'bert-base', requests: 1, tokensPerRequest: 600 }, 'exceeds_model_context'],
    ['an encoder asked to generate', { type: 'serving', model: 'bert-base', servingHours: 1, tokensPerRequest: 100, outputTokensPerRequest: 10 }, 'encoder_cannot_generate'],
    ['serving without hours', { type: 'serving', model: 'llama-3.1-8b' }, 'required'],
    ['serving for 20 years', { type: 'serving', model: 'llama-3.1-8b', servingHours: 175_200 }, 'too_large'],
    ['negative output tokens', { type: 'batch_inference', model: 'llama-3.1-8b', requests: 1, tokensPerRequest: 10, outputTokensPerRequest: -1 }, 'negative'],
  ])('%s', (_name, workload, reason) => {
    expect(reasonOf({ ...valid(), workloads: [workload] }).reason).toBe(reason);
  });

  it('refuses bad top-level input and settings', () => {
    expect(reasonOf(null).reason).toBe('required');
    expect(reasonOf({ ...valid(), workloads: 'lots' })).toEqual({ reason: 'required', path: 'workloads' });
    expect(reasonOf({ ...valid(), workloads: Array.from({ length: 101 }, () => valid().workloads[0]) }).reason).toBe('too_many_workloads');
    expect(reasonOf({ ...valid(), workloads: [null] }).reason).toBe('required');
    expect(reasonOf({ ...valid(), hardwareId: 'tpu-v5' })).toEqual({ reason: 'unknown_hardware', path: 'hardwareId' });
    expect(reasonOf({ ...valid(), hardwareId: 'constructor' }).reason).toBe('unknown_hardware');
    expect(reasonOf({ ...valid(), precision: 'fp4' })).toEqual({ reason: 'invalid_precision', path: 'precision' });
    expect(reasonOf({ ...valid(), precision: 'fp8' })).toEqual({ reason: 'precision_unsupported', path: 'precision' });
    expect(reasonOf({ ...valid(), settings: { pue: 0.5 } })).toEqual({ reason: 'too_small', path: 'settings.pue' });
    expect(reasonOf({ ...valid(), settings: { cashbackRate: 1.5 } }).reason).toBe('too_large');
    expect(reasonOf({ ...valid(), settings: { pricePerGpuHourCents: -5 } }).reason).toBe('negative');
    expect(reasonOf({ ...valid(), settings: { carbonBasis: 'wishful' } }).reason).toBe('invalid_value');
    expect(reasonOf({ ...valid(), settings: { gpusPerNode: 2.5 } }).reason).toBe('not_integer');
    expect(reasonOf({ ...valid(), settings: { playgroundMaxGpuHours: 60_000 } }).reason).toBe('too_large');
    expect(reasonOf({ ...valid(), settings: 'cheap' }).reason).toBe('invalid_value');
  });

  it('reports every problem at once', () => {
    try {
      estimateGpuBudget({ ...valid(), workloads: [{ type: 'lora', model: 'llama-3.1-8b', tokens: -1, runs: 0 }, { type: 'qlora', model: 'nope', tokens: 1 }] });
      throw new Error('expected an error');
    } catch (e) {
      const paths = (e as GpuBudgetInputError).problems.map((p) => p.path);
      expect(paths).toEqual(['workloads.0.tokens', 'workloads.0.runs', 'workloads.1.model']);
    }
  });

  it('ignores unknown keys in settings and does not let them through', () => {
    const e = estimateGpuBudget({ ...valid(), settings: JSON.parse('{"__proto__": {"pue": 9}, "pue": 1.3, "extra": 1}') });
    expect(e.settings.pue).toBe(1.3);
    expect(Object.keys(e.settings)).toEqual(Object.keys(defaultGpuBudgetSettings()));
  });
});

describe('determinism and invariants', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(deepFreeze);
      Object.freeze(o);
    }
    return o;
  };

  it('the same input gives the same output and is not mutated', () => {
    const input = deepFreeze<GpuBudgetInput>({
      workloads: [
        { type: 'qlora', model: 'llama-3.1-70b', tokens: 5e8 },
        { type: 'serving', model: 'mistral-7b-v0.3', servingHours: 300, concurrentUsers: 40 },
        { type: 'vision_training', model: 'vit-b-16', images: 2e6, epochs: 10 },
      ],
      hardwareId: 'h200',
      precision: 'fp8',
      settings: { carbonBasis: 'production' },
    });
    const a = estimateGpuBudget(input);
    const b = estimateGpuBudget(input);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('for any valid workload: finite, low ≤ expected ≤ high, monotonic in tokens, memory within the GPU', () => {
    const trainingType = fc.constantFrom('full_finetune', 'pretraining', 'lora', 'qlora' as const);
    const model = fc.constantFrom('llama-3.1-8b', 'llama-3.1-70b', 'mistral-7b-v0.3', 'qwen2.5-14b', 'bert-base');
    const hardware = fc.constantFrom(...GPU_HARDWARE.map((h) => h.id));
    fc.assert(
      fc.property(trainingType, model, hardware, fc.double({ min: 1, max: 1e13, noNaN: true }), (type, modelId, hw, tokens) => {
        const w = one({ type, model: modelId, tokens }, hw);
        const bigger = one({ type, model: modelId, tokens: tokens * 2 }, hw);
        for (const v of [w.gpuHours.low, w.gpuHours.expected, w.gpuHours.high, w.energyKwh.expected, w.throughputPerGpu.value]) {
          expect(Number.isFinite(v) && v > 0).toBe(true);
        }
        expect(w.gpuHours.low).toBeLessThanOrEqual(w.gpuHours.expected);
        expect(w.gpuHours.expected).toBeLessThanOrEqual(w.gpuHours.high);
        expect(bigger.gpuHours.expected).toBeGreaterThan(w.gpuHours.expected);
        expect(w.peakMemoryPerGpuGiB).toBeLessThanOrEqual(w.fit.usableMemoryPerGpuGiB * (1 + 1e-12));
        // Billed per node (default): whole nodes of 4 GPUs.
        expect(w.nodeHours).toBe(Math.ceil((w.gpuHours.expected * (w.nodesPerJob * 4)) / w.gpusPerJob / 4));
      }),
      { numRuns: 200 },
    );
  });

  it('every workload type yields a result on every hardware that supports the precision', () => {
    const inputs: Record<(typeof WORKLOAD_TYPES)[number], WorkloadInput> = {
      full_finetune: { type: 'full_finetune', model: 'llama-3.1-8b', tokens: 1e8 },
      pretraining: { type: 'pretraining', model: 'bert-base', tokens: 1e9 },
      lora: { type: 'lora', model: 'mistral-7b-v0.3', tokens: 1e8 },
      qlora: { type: 'qlora', model: 'llama-3.1-70b', tokens: 1e8 },
      vision_training: { type: 'vision_training', model: 'yolov8m', images: 1e5, epochs: 100 },
      batch_inference: { type: 'batch_inference', model: 'qwen2.5-14b', requests: 1e5, tokensPerRequest: 800, outputTokensPerRequest: 200 },
      serving: { type: 'serving', model: 'llama-3.1-8b', servingHours: 720, concurrentUsers: 25 },
    };
    for (const h of GPU_HARDWARE) {
      for (const precision of ['bf16', 'fp8'] as const) {
        if (precision === 'fp8' && h.peakTflops.fp8 === null) continue;
        const e = run(Object.values(inputs), h.id, precision);
        expect(e.workloads.map((w) => w.type)).toEqual([...WORKLOAD_TYPES]);
        for (const w of e.workloads) expect(w.gpuHours.expected).toBeGreaterThan(0);
        expect(e.total.gpuHours.expected).toBeCloseTo(e.workloads.reduce((s, w) => s + w.gpuHours.expected, 0), 6);
      }
    }
    expect(MODEL_CONSTANTS.usableMemoryFraction).toBe(0.9);
  });
});
