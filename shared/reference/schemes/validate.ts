/**
 * Structural and range checks for a scheme. Used on the shipped data (tests), on every advisor
 * override (applySchemeOverride) and by the funding engine before it trusts a scheme it is given.
 * Returns the problems found (empty = valid) rather than throwing, so Settings can show them all.
 */
import { fieldProblem, type FieldProblem } from '../../field-problems';
import { LOCALES } from '../../locale';
import { SIZE_CLASSES } from '../size-classes';
import { COST_TYPES, CUMULATION_RULES } from './types';

/** Same bound as LIMITS.maxCents in the contract: €10 bn, far above any SME figure. */
export const MAX_SCHEME_CENTS = 1_000_000_000_000;
/** More GPU-hours than any AI Factory allocation; keeps sums far from float trouble. */
export const MAX_GPU_HOURS = 1_000_000_000;

const SCHEME_KEYS = new Set([
  'id', 'revision', 'name', 'description', 'eligibleCostTypes', 'intensityBySize', 'capCentsBySize',
  'flatGrantCents', 'flatGrantCostTypes', 'minProjectCents', 'maxProjectCents', 'gpuHoursAtMost',
  'gpuHoursAbove', 'collaborationBonus', 'sizeAssumptions', 'legalBasis', 'countsAsDeMinimis',
  'cumulation', 'source', 'extraSources', 'lastChecked', 'confirmed', 'unconfirmedFields', 'variantOf',
]);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_MAX = 2_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFraction(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SCHEME_CENTS;
}

function isGpuHours(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_GPU_HOURS;
}

function isText(value: unknown, max = TEXT_MAX): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

export function validateScheme(scheme: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push(fieldProblem(path, code, message));

  if (!isPlainObject(scheme)) {
    add('', 'not_an_object', 'a scheme must be an object');
    return problems;
  }
  for (const key of Object.keys(scheme)) {
    if (!SCHEME_KEYS.has(key)) add(key, 'unknown_field', `unknown field "${key}"`);
  }

  if (typeof scheme.id !== 'string' || !ID_PATTERN.test(scheme.id)) add('id', 'invalid_id', 'id must be kebab-case, 1–64 characters');
  if (typeof scheme.revision !== 'number' || !Number.isInteger(scheme.revision) || scheme.revision < 1 || scheme.revision > 1_000_000) {
    add('revision', 'invalid_revision', 'revision must be an integer ≥ 1');
  }

  for (const field of ['name', 'description'] as const) {
    const text = scheme[field];
    if (!isPlainObject(text)) {
      add(field, 'not_localized', `${field} must have a text per language`);
      continue;
    }
    for (const key of Object.keys(text)) {
      if (!(LOCALES as readonly string[]).includes(key)) add(`${field}.${key}`, 'unknown_field', `unknown language "${key}"`);
    }
    for (const locale of LOCALES) {
      if (!isText(text[locale])) add(`${field}.${locale}`, 'missing_text', `${field} needs a ${locale} text`);
    }
  }

  const eligible = scheme.eligibleCostTypes;
  const costTypes = COST_TYPES as readonly string[];
  if (!Array.isArray(eligible) || eligible.length === 0) {
    add('eligibleCostTypes', 'empty', 'a scheme must pay for at least one cost type');
  } else {
    eligible.forEach((t, i) => {
      if (typeof t !== 'string' || !costTypes.includes(t)) add(`eligibleCostTypes.${i}`, 'invalid_cost_type', `unknown cost type "${String(t)}"`);
    });
    if (new Set(eligible).size !== eligible.length) add('eligibleCostTypes', 'duplicate', 'a cost type is listed twice');
  }

  for (const field of ['intensityBySize', 'capCentsBySize'] as const) {
    const record = scheme[field];
    if (!isPlainObject(record)) {
      add(field, 'not_by_size', `${field} needs a value (or null) per size class`);
      continue;
    }
    for (const key of Object.keys(record)) {
      if (!(SIZE_CLASSES as readonly string[]).includes(key)) add(`${field}.${key}`, 'unknown_field', `unknown size class "${key}"`);
    }
    for (const size of SIZE_CLASSES) {
      const value = record[size];
      if (value === null) continue;
      if (field === 'intensityBySize' && !isFraction(value)) add(`${field}.${size}`, 'out_of_range', 'intensity must be between 0 and 1, or null');
      if (field === 'capCentsBySize' && !isCents(value)) add(`${field}.${size}`, 'invalid_cents', 'cap must be whole cents ≥ 0, or null');
    }
  }

  for (const field of ['flatGrantCents', 'minProjectCents', 'maxProjectCents'] as const) {
    if (scheme[field] !== undefined && !isCents(scheme[field])) add(field, 'invalid_cents', `${field} must be whole cents ≥ 0`);
  }
  if (isCents(scheme.minProjectCents) && isCents(scheme.maxProjectCents) && scheme.minProjectCents > scheme.maxProjectCents) {
    add('minProjectCents', 'min_above_max', 'minimum project size is above the maximum');
  }
  if (scheme.flatGrantCostTypes !== undefined) {
    const flat = scheme.flatGrantCostTypes;
    if (scheme.flatGrantCents === undefined) add('flatGrantCostTypes', 'without_flat_grant', 'flat-grant cost types need a flat grant');
    if (!Array.isArray(flat) || flat.length === 0) {
      add('flatGrantCostTypes', 'empty', 'list at least one cost type');
    } else {
      flat.forEach((t, i) => {
        if (!Array.isArray(eligible) || !eligible.includes(t)) add(`flatGrantCostTypes.${i}`, 'not_eligible', 'a flat-grant cost type must be eligible');
      });
    }
  }

  for (const field of ['gpuHoursAtMost', 'gpuHoursAbove'] as const) {
    if (scheme[field] !== undefined && !isGpuHours(scheme[field])) add(field, 'out_of_range', `${field} must be a number of GPU-hours ≥ 0`);
  }
  if (isGpuHours(scheme.gpuHoursAtMost) && isGpuHours(scheme.gpuHoursAbove) && scheme.gpuHoursAbove >= scheme.gpuHoursAtMost) {
    add('gpuHoursAbove', 'min_above_max', 'GPU-hour range is empty');
  }

  if (scheme.collaborationBonus !== undefined) {
    const bonus = scheme.collaborationBonus;
    if (!isPlainObject(bonus) || !isFraction(bonus.points) || !isFraction(bonus.maxIntensity) || Object.keys(bonus).length !== 2) {
      add('collaborationBonus', 'out_of_range', 'collaboration bonus needs points and maxIntensity between 0 and 1');
    }
  }

  if (scheme.sizeAssumptions !== undefined) {
    const assumptions = scheme.sizeAssumptions;
    const sizes = SIZE_CLASSES as readonly string[];
    if (!isPlainObject(assumptions) || Object.entries(assumptions).some(([k, v]) => !sizes.includes(k) || typeof v !== 'string' || !sizes.includes(v) || k === v)) {
      add('sizeAssumptions', 'invalid_size_class', 'size assumptions map a size class to another size class');
    }
  }

  if (!isText(scheme.legalBasis, 200)) add('legalBasis', 'missing_text', 'legal basis is required');
  if (typeof scheme.countsAsDeMinimis !== 'boolean') add('countsAsDeMinimis', 'not_boolean', 'countsAsDeMinimis must be true or false');
  if (typeof scheme.cumulation !== 'string' || !(CUMULATION_RULES as readonly string[]).includes(scheme.cumulation)) {
    add('cumulation', 'invalid_rule', 'unknown cumulation rule');
  }

  const sources: Array<[string, unknown]> = [['source', scheme.source]];
  if (scheme.extraSources !== undefined) {
    if (!Array.isArray(scheme.extraSources)) add('extraSources', 'not_a_list', 'extraSources must be a list');
    else scheme.extraSources.forEach((s, i) => sources.push([`extraSources.${i}`, s]));
  }
  for (const [path, source] of sources) {
    // The URL may be left out (a page read through a copy), never anything but https.
    const badUrl = isPlainObject(source) && source.url !== undefined && (typeof source.url !== 'string' || !/^https:\/\/[^\s]+$/.test(source.url));
    if (!isPlainObject(source) || !isText(source.title, 300) || badUrl) {
      add(path, 'invalid_source', 'a source needs a title and, if it has a URL, an https one');
    }
  }

  if (typeof scheme.lastChecked !== 'string' || !DATE_PATTERN.test(scheme.lastChecked)) add('lastChecked', 'invalid_date', 'expected YYYY-MM-DD');
  if (typeof scheme.confirmed !== 'boolean') add('confirmed', 'not_boolean', 'confirmed must be true or false');
  if (scheme.unconfirmedFields !== undefined) {
    const fields = scheme.unconfirmedFields;
    if (!Array.isArray(fields) || fields.some((f) => !isText(f, 100))) add('unconfirmedFields', 'not_a_list', 'unconfirmedFields lists field names');
  }
  if (scheme.variantOf !== undefined && (typeof scheme.variantOf !== 'string' || !ID_PATTERN.test(scheme.variantOf) || scheme.variantOf === scheme.id)) {
    add('variantOf', 'invalid_id', 'variantOf must name another scheme');
  }
  return problems;
}
