/**
 * EU SME size class, Commission Recommendation 2003/361/EC (Annex, art. 2–6).
 * https://eur-lex.europa.eu/eli/reco/2003/361/oj
 *
 * - micro:  < 10 staff  and (turnover ≤ €2 M  or balance sheet ≤ €2 M)
 * - small:  < 50 staff  and (turnover ≤ €10 M or balance sheet ≤ €10 M)
 * - medium: < 250 staff and (turnover ≤ €50 M or balance sheet ≤ €43 M)
 * - otherwise large.
 * Partner enterprises (25 % to 50 % held, art. 3.2) are added in proportion to the share;
 * linked enterprises (more than 50 %, art. 3.3) are added in full. A holding under 25 % is autonomous.
 * A missing figure is never guessed: when it could change the class, the answer is "unknown".
 */
import type { SizeClass } from '../reference/size-classes';

export { SIZE_CLASSES, type SizeClass } from '../reference/size-classes';

export interface EnterpriseFigures {
  /** Staff headcount in annual work units. */
  headcount: number | null;
  /** Annual turnover in euro cents. */
  turnoverCents: number | null;
  /** Balance-sheet total in euro cents. */
  balanceSheetCents: number | null;
}

export interface RelatedEnterprise extends EnterpriseFigures {
  name: string;
  /** Share of capital or voting rights held, in percent (0–100). */
  sharePercent: number | null;
}

export type Relation = 'autonomous' | 'partner' | 'linked';
export type SizeFigure = 'headcount' | 'turnover' | 'balanceSheet' | 'share';

export interface SizeClassResult {
  sizeClass: SizeClass | 'unknown';
  /** Aggregated figures used (own + partner share + linked), null where unknown. */
  totals: EnterpriseFigures;
  /** The figure that decided the class (for the "why"), or the figures missing when unknown. */
  decidedBy: SizeFigure[];
  missing: SizeFigure[];
  /** How many partner / linked enterprises were added in. */
  partners: number;
  linked: number;
}

const EUR = 100; // cents per euro
const M = 1_000_000 * EUR;

const SIZE_THRESHOLDS = [
  { sizeClass: 'micro', staffBelow: 10, turnoverMaxCents: 2 * M, balanceMaxCents: 2 * M },
  { sizeClass: 'small', staffBelow: 50, turnoverMaxCents: 10 * M, balanceMaxCents: 10 * M },
  { sizeClass: 'medium', staffBelow: 250, turnoverMaxCents: 50 * M, balanceMaxCents: 43 * M },
] as const;

export function relationOf(sharePercent: number | null): Relation | null {
  if (sharePercent === null || !Number.isFinite(sharePercent)) return null;
  if (sharePercent > 50) return 'linked';
  if (sharePercent >= 25) return 'partner';
  return 'autonomous';
}

function addFigure(total: number | null, value: number | null, factor: number): number | null {
  if (total === null || value === null) return null;
  return total + value * factor;
}

/** Three-valued comparison: true, false, or null when the figure is unknown. */
function atMost(value: number | null, max: number): boolean | null {
  return value === null ? null : value <= max;
}

function or3(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  if (a === false && b === false) return false;
  return null;
}

export function classifySme(own: EnterpriseFigures, related: readonly RelatedEnterprise[] = []): SizeClassResult {
  const totals: EnterpriseFigures = { ...own };
  const missing = new Set<SizeFigure>();
  let partners = 0;
  let linked = 0;
  for (const r of related) {
    const relation = relationOf(r.sharePercent);
    if (relation === null) { missing.add('share'); continue; }
    if (relation === 'autonomous') continue;
    const factor = relation === 'linked' ? 1 : r.sharePercent! / 100;
    if (relation === 'linked') linked++; else partners++;
    totals.headcount = addFigure(totals.headcount, r.headcount, factor);
    totals.turnoverCents = addFigure(totals.turnoverCents, r.turnoverCents, factor);
    totals.balanceSheetCents = addFigure(totals.balanceSheetCents, r.balanceSheetCents, factor);
  }
  if (totals.turnoverCents !== null) totals.turnoverCents = Math.round(totals.turnoverCents);
  if (totals.balanceSheetCents !== null) totals.balanceSheetCents = Math.round(totals.balanceSheetCents);

  const base = { totals, partners, linked };
  if (missing.has('share')) return { ...base, sizeClass: 'unknown', decidedBy: [], missing: ['share'] };

  for (const t of SIZE_THRESHOLDS) {
    const staffFits = totals.headcount === null ? null : totals.headcount < t.staffBelow;
    const moneyFits = or3(atMost(totals.turnoverCents, t.turnoverMaxCents), atMost(totals.balanceSheetCents, t.balanceMaxCents));
    // Too many staff, or both financial ceilings exceeded: not this class, try the next one.
    if (staffFits === false || moneyFits === false) continue;
    if (staffFits === true && moneyFits === true) {
      const byTurnover = totals.turnoverCents !== null && totals.turnoverCents <= t.turnoverMaxCents;
      return { ...base, sizeClass: t.sizeClass, decidedBy: ['headcount', byTurnover ? 'turnover' : 'balanceSheet'], missing: [] };
    }
    // Something needed to decide this class is unknown.
    const need: SizeFigure[] = [];
    if (staffFits === null) need.push('headcount');
    if (moneyFits === null) {
      if (totals.turnoverCents === null) need.push('turnover');
      if (totals.balanceSheetCents === null) need.push('balanceSheet');
    }
    return { ...base, sizeClass: 'unknown', decidedBy: [], missing: need };
  }
  // Fits no SME class: large, decided by staff or by both financial ceilings.
  const overStaff = totals.headcount !== null && totals.headcount >= 250;
  return { ...base, sizeClass: 'large', decidedBy: overStaff ? ['headcount'] : ['turnover', 'balanceSheet'], missing: [] };
}

/** The size-relevant fields of a client record (own figures and related enterprises). */
export interface ClientSizeFields extends EnterpriseFigures {
  related: readonly RelatedEnterprise[];
}

/**
 * A client's size class: the one call every feature uses (the stored column, portal payloads,
 * funding, the report), so they cannot disagree about which figures count.
 */
export function sizeClassOf(client: ClientSizeFields): SizeClassResult {
  return classifySme(
    { headcount: client.headcount, turnoverCents: client.turnoverCents, balanceSheetCents: client.balanceSheetCents },
    client.related,
  );
}
