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
import { findHardware, PRECISIONS, type GpuHardware, type Precision } from '../reference/gpu/hardware';
import { BILLING_UNIT_SOURCE, CARBON_SETTING_KEY, SETTING_REFERENCES, carbonIntensityGPerKwh, defaultGpuBudgetSettings, type GpuBudgetSettings, type NumericSettingKey } from '../reference/gpu/settings';
import { roundToTenth } from '../rounding';
import { type WorkloadType, type GpuBudgetInput, type WorkloadEstimate, type GpuBudgetEstimate, type ChallengeCode, type Challenge, CAPACITY } from './gpu-budget-types';
import { DOMAIN, MODEL_CONSTANTS, LIMITS, TEXT_TRAINING, suggestAccessMode } from './gpu-budget-formulas';
import { Problems, isRecord, type ResolvedWorkload, resolveWorkload, resolveSettings } from './gpu-budget-input';
import { type Context, gib, textTraining, visionTraining, textInference, visionInference, rangeOf, addRanges, ZERO, costOf, addCosts, energyOf, co2Of } from './gpu-budget-workloads';

// The parts of the estimator, re-exported so callers import from one module.
export { WORKLOAD_TYPES, type WorkloadType, ACCESS_MODES, type AccessMode, type WorkloadInput, type GpuBudgetInput, type Range, type Assumption, type FitOptionKind, type FitOption, type FitAssessment, type WallClock, type CostEstimate, type WorkloadEstimate, type GpuBudgetEstimate, type ChallengeCode, type Challenge, CAPACITY } from './gpu-budget-types';
export { MODEL_CONSTANTS, kvCacheBytesPerToken, trainingFlopsPerToken, trainingActivationBytes, type TrainingMemory, trainingMemoryBytes, inferenceMemoryBytes, usableBytesPerGpu, gpusForMemory, decodeStepSeconds, suggestAccessMode } from './gpu-budget-formulas';
export { type GpuBudgetErrorReason, GpuBudgetInputError } from './gpu-budget-input';

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
