/**
 * GPU budgets that challenge the impossible (issue 10), the 2026.2 hardware figures, per-figure
 * sources and how a serving workload is described. Every limit is derived in the test.
 */
import { describe, expect, it } from 'vitest';
import { ADVISOR_SETTING_SOURCE, CAPACITY, estimateGpuBudget, toComputeRequestFigures, type WorkloadInput } from '@shared/domain/gpu-budget';
import { findHardware, GPU_REFERENCE_VERSION } from '@shared/reference/gpu/hardware';
import { SETTING_REFERENCES } from '@shared/reference/gpu/settings';
import { justificationTemplate } from '@shared/domain/compute-request-template';
import { LOCALES } from '@shared/locale';

const est = (workloads: WorkloadInput[], hardwareId = 'meluxina-a100-40gb', settings = {}) =>
  estimateGpuBudget({ workloads, hardwareId, precision: 'bf16', settings });
const lora = (extra: Partial<WorkloadInput> = {}): WorkloadInput => ({ type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, ...extra });

describe('hardware 2026.2', () => {
  it('A100-80GB 2.039 TB/s; B200 is the HGX board: 180 GB, 7.7 TB/s, 1.0 kW; MeluXina sizes for the checks', () => {
    expect(GPU_REFERENCE_VERSION).toBe('2026.2');
    expect(findHardware('a100-80gb')!.bandwidthTBs).toBe(2.039);
    expect(findHardware('b200')).toMatchObject({ memoryGB: 180, bandwidthTBs: 7.7, boardPowerKw: 1.0 });
    expect(findHardware('b200')!.label.en).toMatch(/HGX/);
    // ~200 nodes × 4 GPUs; MeluXina-AI: "> 2,100 GPUs" (lower bound).
    expect(findHardware('meluxina-a100-40gb')!.systemGpus).toBe(200 * 4);
    expect(findHardware('h200')!.systemGpus).toBe(2100);
    expect(findHardware('h100-sxm')!.systemGpus).toBeNull();
  });

  it('single-stream decode on the A100-80GB follows its 2.039 TB/s: 0.75 · bandwidth ÷ weight bytes', () => {
    // Llama-3.1-8B in BF16: 8,030,261,248 × 2 bytes; one user, short context.
    const e = est([{ type: 'serving', model: 'llama-3.1-8b', servingHours: 1, concurrentUsers: 1, sequenceLength: 1 }], 'a100-80gb');
    const perSecond = e.workloads[0].assumptions.find((a) => a.id === 'decode_tokens_per_s_per_sequence')!.value as number;
    const expected = (0.75 * 2.039e12) / (8_030_261_248 * 2 + 1 * 131_072);
    expect(Math.abs(perSecond / expected - 1)).toBeLessThan(1e-9);
  });
});

describe('capacity checks', () => {
  it('more GPUs per job than MeluXina has (800) is challenged; 800 is not', () => {
    expect(est([lora({ gpusPerJob: 800 })]).challenges).toEqual([]);
    const c = est([lora({ gpusPerJob: 801 })]).challenges;
    expect(c).toEqual([
      expect.objectContaining({ code: 'gpus_exceed_system', workload: 0, value: 801, limit: 800, key: 'gpus_exceed_system:0:801' }),
    ]);
    // A bare GPU model stands for no system: nothing to compare with.
    expect(est([lora({ gpusPerJob: 5000 })], 'h100-sxm').challenges.map((x) => x.code)).not.toContain('gpus_exceed_system');
  });

  it('a run longer than the longest allocation (12 months = 8,760 h) is challenged', () => {
    expect(CAPACITY.allocationHours).toBe(365 * 24);
    expect(est([{ type: 'serving', model: 'llama-3.1-8b', servingHours: 8760 }]).challenges).toEqual([]);
    const years = est([{ type: 'serving', model: 'llama-3.1-8b', servingHours: 3 * 8760 }]).challenges;
    expect(years.map((x) => [x.code, x.value, x.limit])).toEqual([['run_longer_than_allocation', 3 * 8760, 8760]]);
  });

  it('10^15 tokens is understood as a quadrillion — beyond the largest published corpus (15 × 10^12) — and challenged', () => {
    const e = est([lora({ tokens: 1e15 })]);
    const codes = e.challenges.map((x) => x.code);
    expect(codes).toContain('tokens_beyond_largest_corpus');
    const tokens = e.challenges.find((x) => x.code === 'tokens_beyond_largest_corpus')!;
    expect(tokens).toMatchObject({ value: 1e15, limit: 15e12 });
    // It is estimated all the same: LoRA on 8B ≈ (2/3)·(6N + 6·L·S·d) FLOPs per token.
    expect(e.total.gpuHours.expected).toBeGreaterThan(1e8);
    // One run at 1 GPU is far beyond a year too, and the total beyond MeluXina busy for a year (800 × 8,760).
    expect(codes).toContain('run_longer_than_allocation');
    expect(codes).toContain('total_exceeds_system_year');
    expect(e.challenges.find((x) => x.code === 'total_exceeds_system_year')!.limit).toBe(800 * 8760);
    // Epochs count: 8 × 10^12 tokens × 2 epochs = 1.6 × 10^13 > 1.5 × 10^13.
    expect(est([lora({ tokens: 8e12, epochs: 2 })]).challenges.map((x) => x.code)).toContain('tokens_beyond_largest_corpus');
    expect(est([lora({ tokens: 8e12, epochs: 1 })]).challenges.map((x) => x.code)).not.toContain('tokens_beyond_largest_corpus');
  });

  it('every challenge carries a source, and its key changes with the value (a confirmation does not carry over)', () => {
    const a = est([lora({ gpusPerJob: 900 })]).challenges[0];
    const b = est([lora({ gpusPerJob: 901 })]).challenges[0];
    expect(a.source).toMatch(/docs\.lxp\.lu/);
    expect(a.key).not.toBe(b.key);
  });
});

describe('sources per figure', () => {
  it('a price or rate shows where it comes from: the Vega price list, the announcement, or the advisor setting', () => {
    const e = est([lora()]);
    const src = (id: string) => e.assumptions.find((a) => a.id === id)!.source!;
    expect(src('price_per_gpu_hour')).toMatch(/Vega.*price list/);
    expect(src('price_per_gpu_hour')).toMatch(/€1,000 yearly project fee/);
    expect(src('cashback_rate')).toMatch(/^L-AIF announcement/);
    // Never the estimation method (the workbench's own method document).
    for (const a of e.assumptions) expect(a.source ?? '', a.id).not.toMatch(/^domain\.md/);
    for (const r of Object.values(SETTING_REFERENCES)) expect(r.source, r.id).not.toMatch(/domain\.md/);
    // An advisor's own figure is the advisor's, not Vega's.
    const own = est([lora()], 'meluxina-a100-40gb', { pricePerGpuHourCents: 150 });
    expect(own.assumptions.find((a) => a.id === 'price_per_gpu_hour')!.source).toBe(ADVISOR_SETTING_SOURCE);
    expect(SETTING_REFERENCES.pricePerGpuHourCents.basis.fr).toMatch(/1 000 € par an/);
  });
});

describe('a serving workload is described by hours and users, with the model’s display name', () => {
  // A draft switched from LoRA to serving may still hold tokens and epochs.
  const serving: WorkloadInput = { type: 'serving', model: 'llama-3.1-8b', servingHours: 720, concurrentUsers: 25, epochs: 1, tokens: 5e6 };

  it('quantities are hours and users, never epochs or tokens', () => {
    const w = est([serving]).workloads[0];
    expect(w.quantities).toEqual({ servingHours: 720, concurrentUsers: 25 });
    expect(w.model.name).toBe('Llama-3.1-8B');
    const f = toComputeRequestFigures(est([serving])).workloads[0];
    expect(f).not.toHaveProperty('epochs');
    expect(f).not.toHaveProperty('tokens');
  });

  it.each(LOCALES)('the %s justification names the model and says hours and users, not "1 epochs"', (locale) => {
    const text = justificationTemplate(locale, est([serving]));
    expect(text).toContain('Llama-3.1-8B');
    expect(text).not.toMatch(/epoch|époque|Epoche/i);
    const hoursWord = { en: '720 h', fr: '720 h', de: '720 h', lb: '720 h' }[locale];
    expect(text).toContain(hoursWord);
    const users = { en: '25 concurrent users', fr: '25 utilisateurs simultanés', de: '25 gleichzeitige Nutzer', lb: '25 gläichzäiteg Benotzer' }[locale];
    expect(text).toContain(users);
  });
});
