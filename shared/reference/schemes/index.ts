/**
 * Versioned funding-scheme sets, plus the pure half of "an advisor edits a scheme in Settings":
 * applySchemeOverride builds the new revision, diffScheme lists what changed. The main process
 * stores the result and records who changed what and when.
 */
import { InvalidInputError, fieldProblem, type FieldProblem } from '../../field-problems';
import { SCHEMES_2026_1 } from './v2026-1';
import { SCHEMES_2026_2 } from './v2026-2';
import type { Scheme, SchemeFieldChange, SchemePatch, SchemeSet } from './types';
import { validateScheme } from './validate';

export * from './types';
export { validateScheme, MAX_SCHEME_CENTS, MAX_GPU_HOURS } from './validate';

/** New scenarios take this set; a stored scenario keeps the one it was computed with. */
export const CURRENT_SCHEMES_VERSION = '2026.2';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Frozen: reference data is shared by every scenario; an edit must go through applySchemeOverride.
const SETS: Readonly<Record<string, SchemeSet>> = deepFreeze({
  [SCHEMES_2026_1.version]: SCHEMES_2026_1,
  [SCHEMES_2026_2.version]: SCHEMES_2026_2,
});

export function listSchemeVersions(): string[] {
  return Object.keys(SETS).sort();
}

export function getSchemeSet(version: string = CURRENT_SCHEMES_VERSION): SchemeSet | undefined {
  return Object.prototype.hasOwnProperty.call(SETS, version) ? SETS[version] : undefined;
}

export function findScheme(id: string, version: string = CURRENT_SCHEMES_VERSION): Scheme | undefined {
  return getSchemeSet(version)?.schemes.find((s) => s.id === id);
}

/** True once `today` (YYYY-MM-DD) is after the set's valid-until date: its rules must be rechecked. */
export function rulesExpired(validUntil: string, today: string): boolean {
  return today > validUntil;
}

/** Schemes the advisor picks between: the scheme itself and every variant of it. */
export function schemeVariants(id: string, version: string = CURRENT_SCHEMES_VERSION): Scheme[] {
  const set = getSchemeSet(version);
  if (!set) return [];
  const root = set.schemes.find((s) => s.id === id)?.variantOf ?? id;
  return set.schemes.filter((s) => s.id === root || s.variantOf === root);
}

/** An override refused: `invalid_input` with every field problem of the patched scheme. */
export class SchemePatchError extends InvalidInputError {
  constructor(problems: FieldProblem[]) {
    super(problems, `scheme override rejected: ${problems.map((p) => `${p.path || '(root)'} ${p.code}`).join(', ')}`);
    this.name = 'SchemePatchError';
  }
}

const MERGED_FIELDS = new Set(['name', 'description', 'intensityBySize', 'capCentsBySize']);
const REMOVABLE_FIELDS = new Set([
  'flatGrantCents', 'flatGrantCostTypes', 'minProjectCents', 'maxProjectCents', 'gpuHoursAtMost', 'gpuHoursAbove',
  'collaborationBonus', 'sizeAssumptions', 'unconfirmedFields',
]);
const REPLACED_FIELDS = new Set(['eligibleCostTypes', 'legalBasis', 'countsAsDeMinimis', 'cumulation', 'source', 'lastChecked', 'confirmed']);
const READ_ONLY_FIELDS = new Set(['id', 'revision', 'variantOf', 'extraSources']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies plain data; a value that is not plain data (a function, a symbol…) is reported. */
function cloneData(value: unknown, path: string, problems: FieldProblem[]): unknown {
  try {
    return structuredClone(value);
  } catch {
    problems.push(fieldProblem(path, 'not_data', `${path} is not plain data`));
    return undefined;
  }
}

/**
 * A new scheme with the patch applied and `revision` + 1. Records (names, intensities, caps) are
 * merged key by key; `null` removes an optional figure. Throws SchemePatchError listing every
 * problem (unknown or read-only field, intensity outside 0..1, cap not whole cents ≥ 0, …).
 * A patch that changes nothing returns the scheme unchanged (same revision).
 */
export function applySchemeOverride(scheme: Scheme, patch: SchemePatch): Scheme {
  if (!isPlainObject(patch)) throw new SchemePatchError([fieldProblem('', 'not_an_object', 'a patch must be an object')]);
  const problems: FieldProblem[] = [];
  // structuredClone drops the frozen state and any shared references with the reference data.
  const next = structuredClone(scheme) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (READ_ONLY_FIELDS.has(key)) {
      problems.push(fieldProblem(key, 'read_only', `${key} cannot be edited`));
    } else if (MERGED_FIELDS.has(key)) {
      if (!isPlainObject(value)) problems.push(fieldProblem(key, 'not_an_object', `${key} must be an object`));
      else next[key] = { ...(next[key] as Record<string, unknown>), ...(cloneData(value, key, problems) as object) };
    } else if (REMOVABLE_FIELDS.has(key)) {
      if (value === null) delete next[key];
      else next[key] = cloneData(value, key, problems);
    } else if (REPLACED_FIELDS.has(key)) {
      next[key] = cloneData(value, key, problems);
    } else {
      problems.push(fieldProblem(key, 'unknown_field', `unknown field "${key}"`));
    }
  }
  problems.push(...validateScheme(next));
  if (problems.length > 0) throw new SchemePatchError(problems);
  const candidate = next as unknown as Scheme;
  if (diffScheme(scheme, candidate).length === 0) return scheme;
  return { ...candidate, revision: scheme.revision + 1 };
}

function sameLeaf(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function walk(path: string, a: unknown, b: unknown, out: SchemeFieldChange[]): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) walk(path ? `${path}.${key}` : key, a[key], b[key], out);
    return;
  }
  // Arrays, primitives and an object appearing or disappearing are compared whole.
  if (!sameLeaf(a, b)) out.push({ field: path, old: a ?? null, new: b ?? null });
}

/**
 * Field-level differences between two revisions of a scheme, as dotted paths sorted by name
 * (e.g. `capCentsBySize.small`). `revision` itself is left out: it always changes. A field that
 * is absent on one side is reported as null there.
 */
export function diffScheme(oldScheme: Scheme, newScheme: Scheme): SchemeFieldChange[] {
  const out: SchemeFieldChange[] = [];
  const a: Partial<Scheme> = { ...oldScheme };
  const b: Partial<Scheme> = { ...newScheme };
  delete a.revision;
  delete b.revision;
  walk('', a, b, out);
  return out;
}
