/**
 * Roadmap generator: turns maturity gaps into a scheduled list of initiatives from a catalogue.
 * Pure and deterministic: same input → same output, whatever the order of `dimensions` / `answers`
 * (for a duplicated dimension or item id, the first scored entry is used).
 *
 * Rules (all constants in ROADMAP_RULES):
 * 1. Scores are 0–100, item scores 0–1; non-finite values count as unknown (null), others are clamped.
 *    A dimension without a score is skipped. No target is ever invented (domain.md §2): a dimension
 *    without an agreed target has no gap (`reason.target` and `reason.gap` are null).
 * 2. gap = target − score. Gaps of at most 5 points (one answer step on a 4–5-item dimension is ~4–5
 *    points) are treated as noise. Weak items are answered items scoring ≤ 0.4; an item id's dimension is
 *    the part before the first dot (`data.inventory` → `data`).
 * 3. "Close gaps" mode (some gap > 5, or a dimension without a target that has weak items): dimensions with
 *    a real gap are served largest gap first (ties by id), then the dimensions without a target that have
 *    weak answers (lowest score first, then id), in rounds; a dimension with a gap gets up to
 *    ceil(gap / 20) initiatives (max 3), one without a target gets one (its weak answers are the only
 *    evidence of a need; how far to go is the client's call). Its candidates are the non-sustain
 *    templates covering it, minus those whose items in it are all answered ≥ 0.8 (already in place),
 *    ranked by number of weak items addressed, then summed deficit (1 − item score), then fewest
 *    templates to add (itself + missing prerequisites), then id.
 *    A chosen template pulls in its missing prerequisites first (depth first, ids sorted), except those
 *    already in place (every item of the prerequisite answered ≥ 0.8). When the pick
 *    plus its prerequisites would exceed maxInitiatives, the next candidate of that dimension is tried.
 * 4. "Sustain" mode (nothing to close, at least one scored dimension, or close-gaps found nothing): the
 *    3 sustain templates whose dimensions show the largest gap (no target counts as no gap; then lowest
 *    score, then id); one none of
 *    whose dimensions was scored comes last and is explained by the company's weakest scored dimension.
 *    With no scored dimension at all the roadmap is empty ("no_data").
 * 5. Scheduling, in selection order (prerequisites always come before their dependents):
 *    start = end of the latest prerequisite (0 without), then the first month from there at which at
 *    most 3 initiatives run in parallel over its whole duration (an SME cannot run more); if no such
 *    month fits in the horizon it starts at the earliest month anyway.
 *    If it does not fit in the horizon at full length: it is shortened to end at the horizon, but never
 *    below half its typical duration (rounded up); failing that it starts together with its latest-
 *    starting prerequisite (`overlapsPrerequisite`), again at least half its typical length; failing that
 *    it is dropped, and so is everything that requires it (`dropped`). Nothing ever ends after the horizon.
 *    A shortened initiative keeps its cost (same work, compressed).
 * 6. costCents = midpoint of the template's cost range, rounded to the cent.
 */
import type { Catalogue, InitiativeTemplate } from '../reference/catalogue/types';
import { dimensionOfItem } from '../reference/catalogue/validate';
import { roundToTenth } from '../rounding';
import { ROADMAP_HORIZONS, type RoadmapHorizon, ROADMAP_RULES, type ProposeRoadmapInput, type InitiativeReason, type RoadmapMode, type ProposedRoadmap } from './roadmap-types';
import { byText, Selection } from './roadmap-selection';
import { schedule } from './roadmap-schedule';

// Shapes and rules, selection and scheduling live in their own modules; re-exported so callers import the roadmap from one place.
export { ROADMAP_HORIZONS, type RoadmapHorizon, ROADMAP_RULES, type RoadmapDimensionInput, type RoadmapAnswerInput, type ProposeRoadmapInput, type InitiativeReason, type ProposedInitiative, type RoadmapMode, type DroppedInitiative, type ProposedRoadmap } from './roadmap-types';

interface DimensionState {
  id: string;
  score: number;
  target: number | null;
  gap: number | null;
  weak: Set<string>;
}

/** Gap used for ranking: a dimension without a target has none (−∞ sorts it after every real gap). */
const rankGap = (d: DimensionState): number => d.gap ?? -Infinity;


function clean(value: unknown, min: number, max: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(max, Math.max(min, value));
}

export function proposeRoadmap(input: ProposeRoadmapInput): ProposedRoadmap {
  const { catalogue } = input;
  const horizon = input.horizonMonths;
  if (!(ROADMAP_HORIZONS as readonly number[]).includes(horizon)) {
    throw new RangeError(`horizonMonths must be one of ${ROADMAP_HORIZONS.join(', ')}`);
  }
  const maxInitiatives = resolveMax(input.maxInitiatives, horizon);
  const byId = new Map(catalogue.templates.map((t) => [t.id, t]));

  // Item scores: first answer per item wins (input order of duplicates is the caller's concern).
  const itemScores = new Map<string, number | null>();
  for (const a of input.answers) {
    if (!itemScores.has(a.itemId)) itemScores.set(a.itemId, clean(a.score, 0, 1));
  }

  const dims = new Map<string, DimensionState>();
  for (const d of input.dimensions) {
    const score = clean(d.score, 0, 100);
    if (dims.has(d.id) || score === null) continue;
    const target = clean(d.target, 0, 100);
    const weak = new Set<string>();
    for (const [itemId, s] of itemScores) {
      if (s !== null && s <= ROADMAP_RULES.weakItemMax && dimensionOfItem(itemId) === d.id) weak.add(itemId);
    }
    dims.set(d.id, {
      id: d.id,
      score: roundToTenth(score),
      target: target === null ? null : roundToTenth(target),
      gap: target === null ? null : roundToTenth(target - score),
      weak,
    });
  }

  const empty = (mode: RoadmapMode): ProposedRoadmap => ({ catalogueVersion: catalogue.version, horizonMonths: horizon, mode, initiatives: [], dropped: [] });
  if (dims.size === 0) return empty('no_data');

  const inPlace = (t: InitiativeTemplate): boolean =>
    t.itemIds.every((i) => {
      const s = itemScores.get(i);
      return s !== undefined && s !== null && s >= ROADMAP_RULES.inPlaceItemMin;
    });
  const selection = new Selection(byId, maxInitiatives, inPlace);
  const gapDims = [...dims.values()]
    .filter((d) => d.gap !== null && d.gap > ROADMAP_RULES.smallGapPoints)
    .sort((a, b) => rankGap(b) - rankGap(a) || byText(a.id, b.id));
  // Without a target there is no gap; weak answers alone still show a need, served after real gaps.
  const untargetedWeak = [...dims.values()]
    .filter((d) => d.target === null && d.weak.size > 0)
    .sort((a, b) => a.score - b.score || byText(a.id, b.id));
  gapDims.push(...untargetedWeak);

  let mode: RoadmapMode = 'close_gaps';
  if (gapDims.length > 0) selectForGaps(gapDims, dims, catalogue, itemScores, selection);
  if (selection.order.length === 0) {
    mode = 'sustain';
    selectSustain(dims, catalogue, selection);
  }
  if (selection.order.length === 0) return empty(mode);

  return schedule(selection, horizon, catalogue.version, mode);
}

function resolveMax(value: number | undefined, horizon: RoadmapHorizon): number {
  if (value === undefined || !Number.isFinite(value)) return ROADMAP_RULES.defaultMaxInitiatives[horizon];
  return Math.max(0, Math.floor(value));
}

function reasonFor(template: InitiativeTemplate, dim: DimensionState): InitiativeReason {
  return {
    dimensionId: dim.id,
    score: dim.score,
    target: dim.target,
    gap: dim.gap,
    weakItemIds: template.itemIds.filter((i) => dim.weak.has(i)),
  };
}

/** Of the template's scored dimensions, the one with the largest gap (then lowest score, then id). */
function anchorDimension(template: InitiativeTemplate, dims: Map<string, DimensionState>, minGap = -Infinity): DimensionState | undefined {
  return template.dimensionIds
    .map((id) => dims.get(id))
    .filter((d): d is DimensionState => d !== undefined && (minGap === -Infinity || rankGap(d) > minGap))
    .sort((a, b) => rankGap(b) - rankGap(a) || a.score - b.score || byText(a.id, b.id))[0];
}

interface Candidate {
  template: InitiativeTemplate;
  weakHits: number;
  deficit: number;
}

function candidatesFor(dim: DimensionState, catalogue: Catalogue, itemScores: Map<string, number | null>): Candidate[] {
  const out: Candidate[] = [];
  for (const t of catalogue.templates) {
    if (t.sustain || !t.dimensionIds.includes(dim.id)) continue;
    const items = t.itemIds.filter((i) => dimensionOfItem(i) === dim.id);
    if (items.length === 0) continue;
    const scoreOf = (i: string): number | null => itemScores.get(i) ?? null;
    const inPlace = items.every((i) => {
      const s = scoreOf(i);
      return s !== null && s >= ROADMAP_RULES.inPlaceItemMin;
    });
    if (inPlace) continue;
    const weakHits = items.filter((i) => dim.weak.has(i)).length;
    const deficit = items.reduce((sum, i) => {
      const s = scoreOf(i);
      return sum + (s === null ? 0 : 1 - s);
    }, 0);
    out.push({ template: t, weakHits, deficit });
  }
  return out;
}

function selectForGaps(
  gapDims: DimensionState[],
  dims: Map<string, DimensionState>,
  catalogue: Catalogue,
  itemScores: Map<string, number | null>,
  selection: Selection,
): void {
  const { pointsPerInitiative, maxPerDimension, smallGapPoints } = ROADMAP_RULES;
  const candidates = new Map(gapDims.map((d) => [d.id, candidatesFor(d, catalogue, itemScores)]));
  const slots = new Map(gapDims.map((d) => [d.id, d.gap === null ? 1 : Math.min(maxPerDimension, Math.ceil(d.gap / pointsPerInitiative))]));

  for (let round = 0; round < maxPerDimension; round++) {
    for (const dim of gapDims) {
      if (selection.full) return;
      if ((slots.get(dim.id) ?? 0) <= round) continue;
      // Ranked now, not once: "fewest templates to add" depends on what is already chosen, so that
      // without item evidence the groundwork (no prerequisites) comes before a pilot that needs it.
      const ranked = (candidates.get(dim.id) ?? [])
        // Without a target only a weak answer justifies an initiative, so it must address one.
        .filter((c) => !selection.has(c.template.id) && (dim.gap !== null || c.weakHits > 0))
        .map((c) => ({ ...c, adds: selection.closure(c.template).length }))
        .sort((a, b) => b.weakHits - a.weakHits || b.deficit - a.deficit || a.adds - b.adds || byText(a.template.id, b.template.id));
      // A pick's reason is the dimension it was picked for; a pulled-in prerequisite explains itself by
      // its own largest real gap, else by the dimension of the pick that needs it.
      const reasonOf = (t: InitiativeTemplate, isPick: boolean): InitiativeReason =>
        reasonFor(t, isPick ? dim : (anchorDimension(t, dims, smallGapPoints) ?? dim));
      for (const c of ranked) {
        if (selection.tryAdd(c.template, reasonOf)) break;
      }
    }
  }
}

function selectSustain(dims: Map<string, DimensionState>, catalogue: Catalogue, selection: Selection): void {
  const weakest = [...dims.values()].sort((a, b) => rankGap(b) - rankGap(a) || a.score - b.score || byText(a.id, b.id))[0];
  // Templates none of whose dimensions was scored come last and borrow the weakest scored dimension.
  const ranked = catalogue.templates
    .filter((t) => t.sustain)
    .map((t) => {
      const own = anchorDimension(t, dims);
      return { t, own: own !== undefined, anchor: own ?? weakest };
    })
    .sort(
      (a, b) =>
        Number(b.own) - Number(a.own) || rankGap(b.anchor) - rankGap(a.anchor) || a.anchor.score - b.anchor.score || byText(a.t.id, b.t.id),
    );
  let taken = 0;
  for (const { t, anchor } of ranked) {
    if (taken >= ROADMAP_RULES.sustainCount || selection.full) break;
    if (selection.has(t.id)) continue;
    if (selection.tryAdd(t, (x) => reasonFor(x, anchorDimension(x, dims) ?? anchor))) taken++;
  }
}

export interface RoadmapTotals {
  totalCostCents: number;
  /** Sum of the stated yearly benefits; null when no initiative states one. */
  yearlyBenefitCents: number | null;
  /** Simple payback = total cost ÷ yearly benefit × 12, one decimal; 0 when nothing costs; null without a positive benefit. */
  paybackMonths: number | null;
}

/**
 * Totals of a roadmap. Non-finite figures are ignored (treated as not given); sums are rounded to the cent.
 * Simple payback ignores timing and discounting on purpose: it is the figure SME managers ask for first.
 */
export function roadmapTotals(initiatives: readonly { costCents: number; expectedBenefitCentsPerYear?: number | null }[]): RoadmapTotals {
  let cost = 0;
  let benefit = 0;
  let anyBenefit = false;
  for (const i of initiatives) {
    if (Number.isFinite(i.costCents)) cost += i.costCents;
    const b = i.expectedBenefitCentsPerYear;
    if (typeof b === 'number' && Number.isFinite(b)) {
      benefit += b;
      anyBenefit = true;
    }
  }
  const totalCostCents = Math.round(cost);
  const yearlyBenefitCents = anyBenefit ? Math.round(benefit) : null;
  let paybackMonths: number | null = null;
  if (yearlyBenefitCents !== null && yearlyBenefitCents > 0) {
    paybackMonths = totalCostCents <= 0 ? 0 : roundToTenth((totalCostCents / yearlyBenefitCents) * 12);
  }
  return { totalCostCents, yearlyBenefitCents, paybackMonths };
}
