/**
 * The funding engine's input check: cost lines, schemes and figures refused with FundingInputError
 * on anything hostile (money as integer cents within bounds, known ids and cost types).
 */
import { SIZE_CLASSES, type SizeClass } from './sme-size';
import { COST_TYPES, type CostType, type Scheme } from '../reference/schemes/types';
import { MAX_GPU_HOURS, validateScheme } from '../reference/schemes/validate';
import { MAX_CENTS, MAX_COST_LINES, MAX_SCHEMES, ID_MAX, type CostLine, type ScenarioResult, type FundingInputErrorCode, FundingInputError } from './funding-types';

// ---------------------------------------------------------------------------------------------
// Input checks

export function fail(code: FundingInputErrorCode, field: string, message: string): never {
  throw new FundingInputError(code, field, message);
}

export function checkNumber(value: unknown, field: string, max: number, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('not_a_number', field, 'not a finite number');
  if (value < 0) fail('negative', field, 'must not be negative');
  if (integer && !Number.isInteger(value)) fail('not_integer', field, 'must be whole cents');
  if (value > max) fail('too_large', field, `must not exceed ${max}`);
  return value + 0; // normalises -0
}

export function checkCents(value: unknown, field: string): number {
  return checkNumber(value, field, MAX_CENTS, true);
}

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > ID_MAX) fail('invalid_id', field, 'must be a non-empty string');
  return value;
}

export function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

export interface Line {
  id: string;
  type: CostType;
  amountCents: number;
  gpuHours: number | null;
  priced: { gpuHours: number; pricePerGpuHourCents: number } | null;
}

/** Cost of a line: round(gpuHours × price per GPU-hour) when both are set, else amountCents. */
export function lineAmountCents(line: CostLine): number {
  return checkLine(line, 'line').amountCents;
}

export function checkLine(raw: unknown, at: string): Line {
  if (typeof raw !== 'object' || raw === null) fail('invalid_input', at, 'must be an object');
  const line = raw as Record<string, unknown>;
  const id = checkId(line.id, `${at}.id`);
  if (typeof line.type !== 'string' || !(COST_TYPES as readonly string[]).includes(line.type)) {
    fail('invalid_cost_type', `${at}.type`, 'unknown cost type');
  }
  if (line.label !== undefined && typeof line.label !== 'string') fail('invalid_input', `${at}.label`, 'must be text');
  if (isSet(line.initiativeId) && typeof line.initiativeId !== 'string') fail('invalid_input', `${at}.initiativeId`, 'must be text');
  let amountCents = checkCents(line.amountCents, `${at}.amountCents`);
  const gpuHours = isSet(line.gpuHours) ? checkNumber(line.gpuHours, `${at}.gpuHours`, MAX_GPU_HOURS, false) : null;
  const price = isSet(line.pricePerGpuHourCents) ? checkCents(line.pricePerGpuHourCents, `${at}.pricePerGpuHourCents`) : null;
  let priced: Line['priced'] = null;
  if (gpuHours !== null && price !== null) {
    const product = gpuHours * price;
    if (product > MAX_CENTS) fail('too_large', `${at}.gpuHours`, 'GPU-hours × price exceeds the largest amount');
    amountCents = Math.round(product);
    priced = { gpuHours, pricePerGpuHourCents: price };
  }
  return { id, type: line.type as CostType, amountCents, gpuHours, priced };
}

export interface CheckedInput {
  validity: ScenarioResult['validity'];
  sizeClass: SizeClass | null;
  missing: string[];
  lines: Line[];
  schemes: Scheme[];
  prior: number;
  collaboration: boolean;
}

export function checkInput(input: unknown): CheckedInput {
  if (typeof input !== 'object' || input === null) fail('invalid_input', '', 'scenario input must be an object');
  const raw = input as Record<string, unknown>;

  const sizeClass = raw.sizeClass === 'unknown' ? null : raw.sizeClass ?? null;
  if (sizeClass !== null && !(typeof sizeClass === 'string' && (SIZE_CLASSES as readonly string[]).includes(sizeClass))) {
    fail('invalid_size_class', 'sizeClass', 'unknown size class');
  }
  const missing = raw.missingSizeFigures ?? [];
  if (!Array.isArray(missing) || missing.length > 20 || missing.some((m) => typeof m !== 'string' || m.length > ID_MAX)) {
    fail('invalid_input', 'missingSizeFigures', 'must be a short list of figure names');
  }

  if (!Array.isArray(raw.costLines)) fail('invalid_input', 'costLines', 'must be a list');
  if (raw.costLines.length > MAX_COST_LINES) fail('too_many_items', 'costLines', `at most ${MAX_COST_LINES} lines`);
  const lines = raw.costLines.map((l, i) => checkLine(l, `costLines.${i}`));
  const lineIds = new Set<string>();
  lines.forEach((l, i) => {
    if (lineIds.has(l.id)) fail('duplicate_id', `costLines.${i}.id`, 'line id used twice');
    lineIds.add(l.id);
  });

  if (!Array.isArray(raw.schemes)) fail('invalid_input', 'schemes', 'must be a list');
  if (raw.schemes.length > MAX_SCHEMES) fail('too_many_items', 'schemes', `at most ${MAX_SCHEMES} schemes`);
  const schemeIds = new Set<string>();
  raw.schemes.forEach((s: unknown, i: number) => {
    const problems = validateScheme(s);
    if (problems.length > 0) fail('invalid_scheme', `schemes.${i}.${problems[0].path}`, problems[0].message);
    const id = (s as Scheme).id;
    if (schemeIds.has(id)) fail('duplicate_id', `schemes.${i}.id`, 'scheme selected twice');
    schemeIds.add(id);
  });

  const prior = checkCents(raw.priorDeMinimisCents, 'priorDeMinimisCents');
  const options = raw.options ?? {};
  if (typeof options !== 'object' || options === null) fail('invalid_input', 'options', 'must be an object');
  const collaboration = (options as Record<string, unknown>).collaboration ?? false;
  if (typeof collaboration !== 'boolean') fail('invalid_input', 'options.collaboration', 'must be true or false');

  let validity: ScenarioResult['validity'] = null;
  if (raw.validity !== undefined) {
    const v = raw.validity as Record<string, unknown> | null;
    const isDay = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
    if (typeof v !== 'object' || v === null || !isDay(v.validUntil) || !isDay(v.today)) {
      fail('invalid_input', 'validity', 'validUntil and today must be YYYY-MM-DD dates');
    }
    // ISO dates compare as text: after the valid-until day the rules must be rechecked.
    validity = { validUntil: v.validUntil, today: v.today, expired: v.today > v.validUntil };
  }

  return {
    validity,
    sizeClass: sizeClass as SizeClass | null,
    missing: [...(missing as string[])],
    lines,
    schemes: raw.schemes as Scheme[],
    prior,
    collaboration,
  };
}
