/**
 * Funding schemes as versioned reference data (domain.md §3).
 *
 * A scheme is plain data: the funding engine (shared/domain/funding.ts) reads it, the advisor can
 * edit it in Settings (applySchemeOverride in ./index.ts), and every figure that comes from an
 * announcement rather than an official page is listed in `unconfirmedFields` so the UI can show
 * an "unconfirmed" badge next to any result that depends on it.
 *
 * All amounts are integer euro cents, excluding VAT (the published thresholds are HTVA).
 */
import type { LocalizedText } from '../../locale';
import type { SizeClass } from '../size-classes';

/** Cost types a funding scenario's cost lines are sorted into; this order is the display order. */
export const COST_TYPES = [
  'diagnostic_consultancy',
  'implementation_consultancy',
  'technical_implementation',
  'personnel',
  'compute',
  'training',
  'other',
] as const;
export type CostType = (typeof COST_TYPES)[number];

/**
 * How a scheme combines with others on the same costs. The engine applies one rule for all of
 * them (no cost line funded above the highest intensity any selected scheme allows for it);
 * the id tells the UI which legal text to cite next to that rule.
 * - gber_highest_intensity: GBER (Reg. 651/2014) art. 8(3), State aid on the same eligible costs
 *   may be cumulated only up to the highest intensity applicable under the GBER.
 * - de_minimis_highest_intensity: Reg. 2023/2831 art. 5(2), de minimis aid on the same costs may
 *   not push the total above the highest intensity fixed by a block exemption or Commission
 *   decision; plus the €300,000 / 3 years ceiling (art. 3(2)).
 * - eu_managed_funds: resources managed centrally by the EU (EuroHPC JU) are not State aid, but
 *   GBER art. 8(2) still counts them when checking the cumulated intensity on the same costs.
 */
export const CUMULATION_RULES = ['gber_highest_intensity', 'de_minimis_highest_intensity', 'eu_managed_funds'] as const;
export type CumulationRuleId = (typeof CUMULATION_RULES)[number];

export interface SchemeSource {
  title: string;
  /** Absent when the page was read through a copy and no address can be vouched for; the title says so. */
  url?: string;
}

export interface Scheme {
  /** Stable id, kebab-case; scenarios and overrides refer to it. */
  id: string;
  /** 1 as shipped; +1 each time an advisor edits the scheme in Settings. */
  revision: number;
  name: LocalizedText;
  description: LocalizedText;
  /** Cost types the scheme pays for (percentage part and flat part together). */
  eligibleCostTypes: CostType[];
  /**
   * Aid intensity (0..1) on eligible costs per size class; null = this size class is not eligible.
   * For cost types covered by a flat grant the value only marks eligibility: the flat amount is
   * what is paid (never more than those costs).
   */
  intensityBySize: Record<SizeClass, number | null>;
  /** Most aid the scheme pays in one scenario, per size class; null = no published cap. */
  capCentsBySize: Record<SizeClass, number | null>;
  /** A fixed amount paid for the cost types in `flatGrantCostTypes` (default: all eligible ones). */
  flatGrantCents?: number;
  flatGrantCostTypes?: CostType[];
  /** Eligible project size (sum of the scheme's eligible cost lines); outside the range no aid. */
  minProjectCents?: number;
  maxProjectCents?: number;
  /** GPU-hour bounds of an access mode (EuroHPC): eligible when hours ≤ atMost / > above. */
  gpuHoursAtMost?: number;
  gpuHoursAbove?: number;
  /** Bonus for effective collaboration (GBER art. 25(6)(b)): points added, up to maxIntensity. */
  collaborationBonus?: { points: number; maxIntensity: number };
  /**
   * Size classes whose figures are an assumption: `{ micro: 'small' }` means the announcement
   * gives no micro figure and the data repeats the small one. The engine says so in a rule.
   */
  sizeAssumptions?: Partial<Record<SizeClass, SizeClass>>;
  /** e.g. 'GBER art. 18', 'de minimis (Reg. 2023/2831)', 'national law 17 May 2017'. */
  legalBasis: string;
  /** True when the aid counts towards the €300,000 de minimis ceiling (Reg. 2023/2831). */
  countsAsDeMinimis: boolean;
  cumulation: CumulationRuleId;
  source: SchemeSource;
  /** Further pages the figures rest on (legal texts). */
  extraSources?: SchemeSource[];
  /** YYYY-MM-DD, the day the source was last read. */
  lastChecked: string;
  /** False when the scheme's terms come from an announcement only (no official page). */
  confirmed: boolean;
  /** Fields (dotted paths allowed, e.g. 'capCentsBySize.micro') not backed by an official page. */
  unconfirmedFields?: string[];
  /** Id of the scheme this one is an alternative reading of; the advisor picks one of them. */
  variantOf?: string;
}

export interface SchemeSet {
  /** e.g. '2026.1'; a stored scenario keeps the version (and scheme revisions) it used. */
  version: string;
  checkedOn: string;
  /**
   * YYYY-MM-DD: last day the set's legal basis is known to apply (GBER ends 31 Dec 2026). After
   * it every scenario computed with the set, and the report, say the rules must be rechecked.
   */
  validUntil: string;
  schemes: readonly Scheme[];
}

/** Editable fields of a scheme (Settings). `null` removes an optional figure. */
export interface SchemePatch {
  name?: Partial<LocalizedText>;
  description?: Partial<LocalizedText>;
  eligibleCostTypes?: CostType[];
  intensityBySize?: Partial<Record<SizeClass, number | null>>;
  capCentsBySize?: Partial<Record<SizeClass, number | null>>;
  flatGrantCents?: number | null;
  flatGrantCostTypes?: CostType[] | null;
  minProjectCents?: number | null;
  maxProjectCents?: number | null;
  gpuHoursAtMost?: number | null;
  gpuHoursAbove?: number | null;
  collaborationBonus?: { points: number; maxIntensity: number } | null;
  sizeAssumptions?: Partial<Record<SizeClass, SizeClass>> | null;
  legalBasis?: string;
  countsAsDeMinimis?: boolean;
  cumulation?: CumulationRuleId;
  source?: SchemeSource;
  lastChecked?: string;
  confirmed?: boolean;
  unconfirmedFields?: string[] | null;
}

export interface SchemeFieldChange {
  /** Dotted path, e.g. 'capCentsBySize.small' or 'name.fr'. */
  field: string;
  old: unknown;
  new: unknown;
}
