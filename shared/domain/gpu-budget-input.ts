/**
 * The estimator's input check: every number against its rule, the model, workload and settings
 * resolved from presets or custom shapes; refused input throws GpuBudgetInputError with every
 * field problem (shared/field-problems.ts).
 */
import { InvalidInputError, fieldProblem, type FieldProblem } from '../field-problems';
import { findModelPreset, type Architecture, type ModelShape } from '../reference/gpu/models';
import { BILLING_UNITS, CARBON_BASES, defaultGpuBudgetSettings, type GpuBudgetSettings, type NumericSettingKey } from '../reference/gpu/settings';
import { WORKLOAD_TYPES, type WorkloadType, type WorkloadInput } from './gpu-budget-types';
import { LIMITS, TEXT_TRAINING } from './gpu-budget-formulas';

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

export class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, code: GpuBudgetErrorReason, message: string, params?: Record<string, unknown>): void {
    this.list.push(fieldProblem(path, code, message, params));
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new GpuBudgetInputError(this.list);
  }
}

export interface NumberRule {
  max: number;
  /** Minimum allowed; `positive` means > 0. */
  min?: number;
  positive?: boolean;
  integer?: boolean;
}

/** Checks an optional number; returns it, or undefined when absent or invalid (problem recorded). */
export function checkNumber(p: Problems, path: string, value: unknown, rule: NumberRule): number | undefined {
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

export function requireNumber(p: Problems, path: string, value: unknown, rule: NumberRule): number | undefined {
  if (value === undefined || value === null) {
    p.add(path, 'required', 'is required for this workload type');
    return undefined;
  }
  return checkNumber(p, path, value, rule);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Input resolution

export interface ResolvedModel {
  id: string | null;
  name: string;
  shape: Required<Omit<ModelShape, 'forwardFlopsPerImage' | 'architecture'>> & { forwardFlopsPerImage: number };
  architecture: Architecture;
}

export interface ResolvedWorkload {
  input: WorkloadInput;
  model: ResolvedModel;
  type: WorkloadType;
}

export function resolveModel(p: Problems, path: string, model: unknown): ResolvedModel | undefined {
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

export const WORKLOAD_NUMBER_RULES: Record<keyof typeof LIMITS & keyof WorkloadInput, Omit<NumberRule, 'max'>> = {
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
export function requiredFields(type: WorkloadType, architecture: Architecture): (keyof WorkloadInput)[] {
  if (TEXT_TRAINING.includes(type)) return ['tokens'];
  if (type === 'vision_training') return ['images'];
  if (type === 'batch_inference') return architecture === 'vision' ? ['images'] : ['requests', 'tokensPerRequest'];
  return ['servingHours'];
}

export function resolveWorkload(p: Problems, index: number, raw: unknown): ResolvedWorkload | undefined {
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

export function resolveSettings(p: Problems, raw: unknown): GpuBudgetSettings {
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
