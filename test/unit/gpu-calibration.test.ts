/**
 * Calibration of the GPU-hour model (domain.md §5) against published measurements.
 * Rule: at expected settings the model lands within ±25 % of the published figure and the
 * published figure lies inside the model's low–high band; memory figures within ±2 %.
 * Published runs are single runs, so `runs: 1, overhead: 1` pin those factors and the band
 * comes from the MFU range alone. Where a figure does not fit, the test says so and asserts
 * the size of the gap instead of bending a constant.
 */
import { describe, expect, it } from 'vitest';
import {
  estimateGpuBudget,
  gpusForMemory,
  kvCacheBytesPerToken,
  trainingMemoryBytes,
  type WorkloadEstimate,
  type WorkloadInput,
} from '@shared/domain/gpu-budget';
import type { Precision } from '@shared/reference/gpu/hardware';
import type { ModelShape } from '@shared/reference/gpu/models';

function single(workload: WorkloadInput, hardwareId: string, precision: Precision = 'bf16'): WorkloadEstimate {
  return estimateGpuBudget({ workloads: [workload], hardwareId, precision }).workloads[0];
}

/** A single published pre-training run: one run, no overhead factor. */
function pretraining(model: ModelShape | string, tokens: number, sequenceLength: number, hardwareId: string, precision: Precision = 'bf16') {
  return single({ type: 'pretraining', model, tokens, sequenceLength, runs: 1, overhead: 1 }, hardwareId, precision);
}

function expectCalibrated(range: { low: number; expected: number; high: number }, published: number): void {
  expect(Math.abs(range.expected / published - 1)).toBeLessThanOrEqual(0.25);
  expect(published).toBeGreaterThanOrEqual(range.low);
  expect(published).toBeLessThanOrEqual(range.high);
}

/** Throughput band: the low GPU-hours come with the high throughput and vice versa. */
function throughputBand(w: WorkloadEstimate) {
  const work = w.throughputPerGpu.value * w.gpuHours.expected;
  return { low: work / w.gpuHours.high, expected: w.throughputPerGpu.value, high: work / w.gpuHours.low };
}

function dense(parameterCount: number, layers: number, hiddenSize: number, kvHeads: number, vocabSize: number, sequenceLength: number): ModelShape {
  return { parameterCount, layers, hiddenSize, kvHeads, headDim: 128, vocabSize, sequenceLength };
}

// MPT-7B (mosaicml/mpt-7b config.json: d_model 4096, n_layers 32, n_heads 32, vocab 50432).
const MPT_7B_S4096 = dense(6_667_247_616, 32, 4096, 32, 50_432, 65_536);
const MPT_7B_S2048 = dense(6_658_859_008, 32, 4096, 32, 50_432, 65_536);

describe('calibration: the three measurements of domain.md §5', () => {
  it('MPT-7B pre-training on 8× H100 BF16, S = 4096: 8,611 tokens/s per GPU', () => {
    // https://github.com/mosaicml/llm-foundry/blob/main/scripts/train/benchmarking/README.md
    // "H100 80GB BF16" table, row `7b | 4096 | 8 | h100_80gb | 40.42 (MFU) | ... | 8611 T/s/GPU`, NumParams 6,667,247,616.
    const w = pretraining(MPT_7B_S4096, 1e9, 4096, 'h100-sxm');
    expect(w.throughputPerGpu.unit).toBe('tokens/s');
    expectCalibrated(throughputBand(w), 8611); // model: ≈ 8,695 tokens/s (+1 %)
  });

  it('ResNet-50, 90 epochs of ImageNet-1k on 1× A100-80GB mixed precision: ≈ 2,470 images/s, ≈ 13 GPU-hours', () => {
    // https://github.com/NVIDIA/DeepLearningExamples/tree/master/PyTorch/Classification/ConvNets/resnet50v1.5
    // "Training performance: NVIDIA DGX A100 (8x A100 80GB)", 1 GPU: 2470 img/s mixed precision, "~14 hours" for 90 epochs.
    // ImageNet-1k train split: 1,281,167 images → 90 × 1,281,167 ÷ 2,470 ÷ 3,600 = 12.97 h of pure compute.
    const w = single({ type: 'vision_training', model: 'resnet-50', images: 1_281_167, epochs: 90, runs: 1, overhead: 1 }, 'a100-80gb');
    expect(w.throughputPerGpu.unit).toBe('images/s');
    expectCalibrated(throughputBand(w), 2470); // model: ≈ 2,543 images/s (+3 %)
    expectCalibrated(w.gpuHours, 12.97); // model: ≈ 12.6 GPU-hours
    expectCalibrated(w.gpuHours, 14); // the README's wall-clock "~14 hours" (data loading, evaluation included)
  });

  it('Llama-3.1-8B KV cache in BF16: exactly 131,072 bytes per token', () => {
    // config.json: 32 layers, 8 KV heads, head_dim 4096/32 = 128 → 2 · 32 · 8 · 128 · 2 bytes.
    expect(kvCacheBytesPerToken({ layers: 32, kvHeads: 8, headDim: 128 }, 2)).toBe(131_072);
    const w = single({ type: 'serving', model: 'llama-3.1-8b', servingHours: 1 }, 'h100-sxm');
    expect(w.assumptions.find((a) => a.id === 'kv_cache_bytes_per_token')?.value).toBe(131_072);
  });
});

describe('calibration: further published measurements', () => {
  it('MPT-7B on 8× A100-40GB (the MeluXina GPU), S = 2048: 3,679 tokens/s per GPU', () => {
    // llm-foundry benchmarking README, "A100 40GB with 1600 Gbps node-node interconnect (RoCE)":
    // `7b | 2048 | 8 | a100_40gb | 50.92 (MFU) | ... | 29436 T/s | 3679 T/s/GPU`, NumParams 6,658,859,008.
    const w = pretraining(MPT_7B_S2048, 1e9, 2048, 'meluxina-a100-40gb');
    expectCalibrated(throughputBand(w), 3679); // model: ≈ 3,378 tokens/s (−8 %)
  });

  it('Llama 2 pre-training GPU-hours on A100-80GB (2T tokens, S = 4096)', () => {
    // https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md, "Carbon Footprint" table:
    // Llama 2 7B 184,320 · 13B 368,640 · 70B 1,720,320 GPU-hours (A100-80GB, 400 W), 2.0T tokens, 4k context.
    // Shapes from the HF config.json files (7B/13B MHA, 70B GQA with 8 KV heads).
    const cases = [
      { shape: dense(6_738_415_616, 32, 4096, 32, 32_000, 4096), published: 184_320 }, // model −6 %
      { shape: dense(13_015_864_320, 40, 5120, 40, 32_000, 4096), published: 368_640 }, // model −11 %
      { shape: dense(68_976_648_192, 80, 8192, 8, 32_000, 4096), published: 1_720_320 }, // model −1 %
    ];
    for (const c of cases) expectCalibrated(pretraining(c.shape, 2e12, 4096, 'a100-80gb').gpuHours, c.published);
  });

  it('LLaMA-65B: 380 tokens/s per GPU on 2,048 A100-80GB, 1,022,362 GPU-hours for 1.4T tokens; LLaMA-7B 82,432 GPU-hours for 1T', () => {
    // Touvron et al. 2023, https://arxiv.org/abs/2302.13971 — §2.4 "our code processes around 380 tokens/sec/GPU
    // on 2048 A100 GPU with 80GB of RAM"; Table 15: LLaMA-7B 82,432, LLaMA-65B 1,022,362 GPU-hours (A100-80GB).
    // Context 2,048 tokens; LLaMA-65B: 80 layers, d = 8192, 65.2B parameters.
    const l65 = pretraining(dense(65_285_660_672, 80, 8192, 64, 32_000, 2048), 1.4e12, 2048, 'a100-80gb');
    expectCalibrated(throughputBand(l65), 380); // model: ≈ 351 tokens/s (−8 %)
    expectCalibrated(l65.gpuHours, 1_022_362); // model: +8 %
    const l7 = pretraining(dense(6_738_415_616, 32, 4096, 32, 32_000, 2048), 1e12, 2048, 'a100-80gb');
    expectCalibrated(l7.gpuHours, 82_432); // model: +1 %
  });

  it('Llama 3.1 405B: 30.84M H100-80GB GPU-hours on ~15T tokens', () => {
    // https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md, "Training Energy Use":
    // 8B 1.46M, 70B 7.0M, 405B 30.84M GPU-hours on H100-80GB; "pretrained on ~15 trillion tokens".
    // 405B shape (config.json): 126 layers, d = 16384, 8 KV heads; pre-training context 8,192.
    const w = pretraining(dense(405_853_388_800, 126, 16_384, 8, 128_256, 131_072), 15e12, 8192, 'h100-sxm');
    expectCalibrated(w.gpuHours, 30_840_000); // model: ≈ 28.1M (−9 %)
  });

  it('Llama 3.1 70B: 7.0M GPU-hours is inside the band but 28 % above the expected value (misses ±25 %)', () => {
    // Same model card. The model gives ≈ 5.05M at MFU 0.38. The published time also covers the long-context
    // stages (up to 128k tokens, where the 6·L·S·d term grows) and annealing, which a single S = 8192 run
    // does not; we report the gap rather than lower the H100 MFU for everyone.
    const w = pretraining('llama-3.1-70b', 15e12, 8192, 'h100-sxm');
    expect(7_000_000).toBeGreaterThanOrEqual(w.gpuHours.low);
    expect(7_000_000).toBeLessThanOrEqual(w.gpuHours.high);
    const gap = 7_000_000 / w.gpuHours.expected;
    expect(gap).toBeGreaterThan(1.3);
    expect(gap).toBeLessThan(1.45);
  });

  it('Llama 3.1 8B: 1.46M GPU-hours does NOT fit the model (2.4× the expected value, above the band)', () => {
    // Same model card. 15T tokens × 54.6 GFLOP/token = 8.2e23 FLOPs; 1.46M H100-hours imply an MFU of
    // only ≈ 0.16. An 8B model on Meta's 16k-GPU cluster is far less efficient than the MFU band (which
    // holds for the 405B run and for small jobs on 8–64 GPUs, see the llm-foundry rows above). Documented
    // mismatch, not a calibration point: an SME fine-tuning an 8B model on a few GPUs is in the band.
    const w = pretraining('llama-3.1-8b', 15e12, 8192, 'h100-sxm');
    expect(1_460_000).toBeGreaterThan(w.gpuHours.high);
    const gap = 1_460_000 / w.gpuHours.expected;
    expect(gap).toBeGreaterThan(2.3);
    expect(gap).toBeLessThan(2.5);
  });

  it('FP8 on H100: llm-foundry MPT-3B at S = 2048 reaches 30,586 tokens/s per GPU — inside the band, but the expected FP8 MFU is optimistic', () => {
    // llm-foundry benchmarking README, "H100 80GB FP8": `3b | 2048 | 8 | h100_80gb | 27.7 (MFU) | ... | 30586 T/s/GPU`,
    // NumParams 2,651,837,440 (MPT-3B: d_model 2560, 32 layers). Its MFU is against the FP8 peak, like domain.md's band.
    // The model (expected FP8 MFU 0.35) gives ≈ 41,000 tokens/s, +34 %: outside ±25 %. Small models reach
    // 0.21–0.30 FP8 MFU in that table; we keep domain.md's 0.35 and flag the gap instead of tuning it.
    const w = pretraining(dense(2_651_837_440, 32, 2560, 32, 50_432, 65_536), 1e9, 2048, 'h100-sxm', 'fp8');
    const band = throughputBand(w);
    expect(30_586).toBeGreaterThanOrEqual(band.low);
    expect(30_586).toBeLessThanOrEqual(band.high);
    expect(band.expected / 30_586).toBeGreaterThan(1.3);
    expect(band.expected / 30_586).toBeLessThan(1.4);
  });
});

describe('calibration: memory figures (±2 %)', () => {
  it('ZeRO: mixed-precision Adam needs 16 bytes per parameter — "at least 24 GB" for the 1.5B GPT-2', () => {
    // Rajbhandari et al. 2019, https://arxiv.org/abs/1910.02054 §3.1: model states 2Ψ + 2Ψ + 12Ψ = 16Ψ bytes;
    // "GPT-2 with 1.5 Billion parameters ... a memory requirement of at least 24 GB".
    const m = trainingMemoryBytes({ parameterCount: 1.5e9, layers: 48, hiddenSize: 1600, vocabSize: 50_257 }, 'full_finetune', {
      sequenceLength: 1024,
    });
    expect(Math.abs(m.statesBytes / 24e9 - 1)).toBeLessThanOrEqual(0.02);
  });

  it('Hugging Face Llama 3.1 blog: KV cache at 128k tokens in FP16 = 15.62 GB (8B) and 39.06 GB (70B)', () => {
    // https://huggingface.co/blog/llama31#inference-memory-requirements — the table's "GB" are GiB of
    // 128,000 tokens (128,000 × 131,072 bytes ÷ 2^30 = 15.625). Its 405B row (123.05 GB) assumes 16 KV heads
    // while config.json has 8, so it is left out.
    const gib = (bytes: number) => bytes / 2 ** 30;
    const l8 = gib(128_000 * kvCacheBytesPerToken({ layers: 32, kvHeads: 8, headDim: 128 }, 2));
    const l70 = gib(128_000 * kvCacheBytesPerToken({ layers: 80, kvHeads: 8, headDim: 128 }, 2));
    expect(Math.abs(l8 / 15.62 - 1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(l70 / 39.06 - 1)).toBeLessThanOrEqual(0.02);
  });

  it('QLoRA: a 65B model fine-tunes on a single 48 GB GPU; 16-bit full fine-tuning needs more than 780 GB', () => {
    // Dettmers et al. 2023, https://arxiv.org/abs/2305.14314 (abstract and §1): "finetune a 65B parameter model on a
    // single 48GB GPU"; "regular 16-bit finetuning of a LLaMA 65B parameter model requires more than 780 GB".
    // Checked at a 2,048-token sequence with one micro-batch and full activation recomputation.
    const llama65b = { parameterCount: 65_285_660_672, layers: 80, hiddenSize: 8192, vocabSize: 32_000 };
    const qlora = trainingMemoryBytes(llama65b, 'qlora', { sequenceLength: 2048 });
    expect(gpusForMemory(qlora.totalBytes, { memoryGB: 48 })).toBe(1);
    // The "> 780 GB" is a lower bound; our 16 bytes/param (Adam with fp32 master weights) is above it.
    const full = trainingMemoryBytes(llama65b, 'full_finetune', { sequenceLength: 2048 });
    expect(full.statesBytes).toBeGreaterThan(780e9);
  });
});
