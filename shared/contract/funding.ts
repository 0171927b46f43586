/**
 * Funding scenarios and the funding schemes they are computed with (issue 5, domain.md §3).
 *
 * Schemes: the shipped, versioned data (shared/reference/schemes) plus the advisor's overrides,
 * each override a new revision recorded with who, when and old → new. Scenarios: a client's cost
 * lines, selected schemes and prior de minimis aid; a scenario pins the scheme set version and the
 * scheme revisions it was computed with until the advisor asks to recompute with current rules.
 *
 * Every number is bounded here, so hostile input (negative, NaN, 1e18, text) is refused with a
 * field path before any service runs; the engine's own checks (FundingInputError) come back as
 * `invalid_input` with the same `details.fields` shape.
 */
import { z } from 'zod';
import { method } from './define';
import { LIMITS, cents, id, isoDate, shortText, text } from './common';
import { COST_TYPES, CUMULATION_RULES, type CostType, type Scheme, type SchemeFieldChange } from '../reference/schemes/types';
import { MAX_GPU_HOURS } from '../reference/schemes/validate';
import { SIZE_CLASSES, type SizeClass, type SizeFigure } from '../domain/sme-size';
import type { ScenarioResult } from '../domain/funding';

/** At most this many cost lines per scenario and scenarios per client (far above real use). */
export const FUNDING_LIMITS = { costLines: 100, scenariosPerClient: 50, schemesPerScenario: 20 } as const;

const schemeId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'scheme_id_invalid');
const name = shortText.trim().min(1);
const gpuHours = z.number().min(0).max(MAX_GPU_HOURS);
/** A price of zero would hide the compute's real value: free compute is a scheme (EuroHPC), not a price. */
const pricePerGpuHourCents = cents.min(1);
const fraction = z.number().min(0).max(1);
const revision = z.number().int().min(1).max(1_000_000);
const initiativeId = shortText.trim().min(1);

function bySize<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(SIZE_CLASSES.map((s) => [s, value.optional()])) as Record<SizeClass, z.ZodOptional<T>>);
}
const localizedPatch = (max: number) =>
  z.strictObject({
    fr: text(max, { multiline: max > LIMITS.shortText }).trim().min(1).optional(),
    de: text(max, { multiline: max > LIMITS.shortText }).trim().min(1).optional(),
    en: text(max, { multiline: max > LIMITS.shortText }).trim().min(1).optional(),
    lb: text(max, { multiline: max > LIMITS.shortText }).trim().min(1).optional(),
  });
const costTypeList = z.array(z.enum(COST_TYPES)).min(1).max(COST_TYPES.length);

/** What an advisor may change in a scheme (mirrors SchemePatch; null removes an optional figure). */
const schemePatchSchema = z.strictObject({
  name: localizedPatch(LIMITS.shortText).optional(),
  description: localizedPatch(LIMITS.mediumText).optional(),
  eligibleCostTypes: costTypeList.optional(),
  intensityBySize: bySize(fraction.nullable()).optional(),
  capCentsBySize: bySize(cents.nullable()).optional(),
  flatGrantCents: cents.min(1).nullable().optional(),
  flatGrantCostTypes: costTypeList.nullable().optional(),
  minProjectCents: cents.nullable().optional(),
  maxProjectCents: cents.min(1).nullable().optional(),
  gpuHoursAtMost: gpuHours.nullable().optional(),
  gpuHoursAbove: gpuHours.nullable().optional(),
  collaborationBonus: z.strictObject({ points: fraction, maxIntensity: fraction }).nullable().optional(),
  legalBasis: shortText.trim().min(1).optional(),
  countsAsDeMinimis: z.boolean().optional(),
  cumulation: z.enum(CUMULATION_RULES).optional(),
  source: z
    .strictObject({
      title: text(300).trim().min(1),
      url: z.string().max(LIMITS.mediumText).regex(/^https:\/\/[^\s]+$/, 'https_url_required'),
    })
    .optional(),
  lastChecked: isoDate.optional(),
  confirmed: z.boolean().optional(),
  unconfirmedFields: z.array(text(100).trim().min(1)).max(50).nullable().optional(),
});
export type SchemePatchInput = z.output<typeof schemePatchSchema>;

export const costLineFieldsSchema = z.strictObject({
  type: z.enum(COST_TYPES),
  label: shortText,
  amountCents: cents,
  gpuHours: gpuHours.nullable(),
  pricePerGpuHourCents: pricePerGpuHourCents.nullable(),
  /** A roadmap initiative's id, stored as plain text (no foreign key: roadmaps are optional). */
  initiativeId: initiativeId.nullable(),
});

const newCostLineSchema = z.strictObject({
  type: z.enum(COST_TYPES),
  label: shortText.default(''),
  amountCents: cents.default(0),
  gpuHours: gpuHours.nullable().default(null),
  pricePerGpuHourCents: pricePerGpuHourCents.nullable().default(null),
  initiativeId: initiativeId.nullable().default(null),
});

const schemeIdList = z
  .array(schemeId)
  .max(FUNDING_LIMITS.schemesPerScenario)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'scheme_selected_twice' });

// ---------------------------------------------------------------------------------------------
// Outputs

export interface SchemeChangeMeta {
  revision: number;
  kind: 'override' | 'reset';
  changedBy: string;
  changedAt: string;
}

export interface SchemeChange extends SchemeChangeMeta {
  setVersion: string;
  changes: SchemeFieldChange[];
}

export interface SchemeEntry {
  /** The scheme in force now: shipped data plus the advisor's latest override. */
  scheme: Scheme;
  /** True when its content differs from the shipped data (an override is in force). */
  overridden: boolean;
  lastChange: SchemeChangeMeta | null;
}

export interface SchemeCatalogue {
  version: string;
  checkedOn: string;
  /** YYYY-MM-DD: after it the set's rules must be rechecked (GBER ends 31 Dec 2026). */
  validUntil: string;
  schemes: SchemeEntry[];
}

export interface SchemeHistory {
  schemeId: string;
  setVersion: string;
  shipped: Scheme;
  current: Scheme;
  /** Newest first. */
  changes: SchemeChange[];
}

export interface SchemeOverrideResult {
  scheme: Scheme;
  revision: number;
  changes: SchemeFieldChange[];
}

export interface FundingCostLine {
  id: string;
  type: CostType;
  label: string;
  amountCents: number;
  gpuHours: number | null;
  pricePerGpuHourCents: number | null;
  initiativeId: string | null;
}

export interface FundingScenario {
  id: string;
  clientId: string;
  name: string;
  /** In the order the advisor selected them. */
  schemeIds: string[];
  priorDeMinimisCents: number;
  collaboration: boolean;
  /** The scheme set and the revision of each selected scheme the figures rest on. */
  schemeSetVersion: string;
  schemeRevisions: Record<string, number>;
  /** When those rules were last taken (creation or "recompute with current rules"). */
  rulesTakenAt: string;
  costLines: FundingCostLine[];
  createdAt: string;
  updatedAt: string;
}

/** A selected scheme changed since the scenario took its rules. */
export interface SchemeUpdateNotice {
  schemeId: string;
  usedRevision: number;
  /** null when the scheme no longer exists in the current set. */
  currentRevision: number | null;
  changedBy: string | null;
  changedAt: string | null;
}

export interface ScenarioOutdated {
  setVersionUsed: string;
  currentSetVersion: string;
  notices: SchemeUpdateNotice[];
  /** What "recompute with current rules" would give. */
  withCurrentRules: { totalAidCents: number; netCostCents: number; status: ScenarioResult['status'] };
}

export interface FundingClientInfo {
  id: string;
  name: string;
  sizeClass: SizeClass | 'unknown';
  /** Figures the size class still needs (empty when known). */
  missingSizeFigures: SizeFigure[];
}

export interface ScenarioView {
  scenario: FundingScenario;
  client: FundingClientInfo;
  /** The scheme revisions the result was computed with, in the scenario's selection order. */
  schemes: Scheme[];
  result: ScenarioResult;
  /** null when the scenario uses the rules in force. */
  outdated: ScenarioOutdated | null;
}

export interface ScenarioSummary {
  id: string;
  name: string;
  schemeIds: string[];
  lineCount: number;
  totalCostCents: number;
  totalAidCents: number;
  netCostCents: number;
  status: ScenarioResult['status'];
  outdated: boolean;
  /** Today is after the valid-until date of the rules the figures rest on: recheck them. */
  rulesExpired: boolean;
  updatedAt: string;
}

export interface ComparisonRow {
  id: string;
  name: string;
  totalCostCents: number;
  totalAidCents: number;
  netCostCents: number;
  /** Aid per scheme id (0 or absent when the scheme pays nothing in this scenario). */
  aidBySchemeCents: Record<string, number>;
  status: ScenarioResult['status'];
  outdated: boolean;
  rulesExpired: boolean;
  /** YYYY-MM-DD: valid-until date of the rules the row rests on. */
  rulesValidUntil: string | null;
  /** True when some aid rests on an unconfirmed figure or a size assumption. */
  unconfirmed: boolean;
}

export interface ScenarioComparison {
  client: FundingClientInfo;
  /** Every scheme selected in at least one compared scenario (the revision used by the first one). */
  schemes: Scheme[];
  rows: ComparisonRow[];
}

// ---------------------------------------------------------------------------------------------

const scenarioPatchSchema = z
  .strictObject({ name, priorDeMinimisCents: cents, collaboration: z.boolean() })
  .partial();

export const fundingContract = {
  /** Schemes in force (shipped + overrides), with their revision and confirmed flags. */
  'funding.listSchemes': method<SchemeCatalogue>()(z.strictObject({})),
  /**
   * Records an advisor's change to a scheme as a new revision (who = the advisor name in
   * Settings, required). `expectedRevision` guards against overwriting a change made meanwhile.
   */
  'funding.overrideScheme': method<SchemeOverrideResult>()(
    z.strictObject({ schemeId, patch: schemePatchSchema, expectedRevision: revision.optional() }),
  ),
  'funding.schemeHistory': method<SchemeHistory>()(z.strictObject({ schemeId })),
  /** Back to the shipped figures, recorded as a new revision (scenarios pinned to older ones keep them). */
  'funding.resetScheme': method<SchemeOverrideResult>()(z.strictObject({ schemeId, expectedRevision: revision.optional() })),

  'funding.listScenarios': method<ScenarioSummary[]>()(z.strictObject({ clientId: id })),
  'funding.getScenario': method<ScenarioView>()(z.strictObject({ id })),
  'funding.createScenario': method<ScenarioView>()(
    z.strictObject({ clientId: id, name, schemeIds: schemeIdList.default([]) }),
  ),
  /** Name, prior de minimis aid (3 rolling years), effective collaboration; one field at a time is fine. */
  'funding.updateScenario': method<ScenarioView>()(z.strictObject({ id, patch: scenarioPatchSchema })),
  /** A copy with its cost lines, selection and pinned rules. */
  'funding.duplicateScenario': method<ScenarioView>()(z.strictObject({ id, name })),
  'funding.deleteScenario': method<{ deleted: true }>()(z.strictObject({ id })),
  'funding.selectSchemes': method<ScenarioView>()(z.strictObject({ id, schemeIds: schemeIdList })),
  /** Takes the rules in force now for every selected scheme. */
  'funding.recomputeScenario': method<ScenarioView>()(z.strictObject({ id })),

  'funding.addCostLine': method<ScenarioView>()(z.strictObject({ scenarioId: id, line: newCostLineSchema })),
  'funding.updateCostLine': method<ScenarioView>()(
    z.strictObject({ scenarioId: id, lineId: id, patch: costLineFieldsSchema.partial() }),
  ),
  'funding.removeCostLine': method<ScenarioView>()(z.strictObject({ scenarioId: id, lineId: id })),

  /** Several scenarios of one client side by side (all of them when `scenarioIds` is left out). */
  'funding.compareScenarios': method<ScenarioComparison>()(
    z.strictObject({ clientId: id, scenarioIds: z.array(id).min(1).max(FUNDING_LIMITS.scenariosPerClient).optional() }),
  ),
};
