/**
 * Spread of participants' individual answers (issue 14, "every voice in the room").
 *
 * Pure: the votes service, the results screen and the report read the same figures from here.
 * A participant answer is a `Vote`; the agreed answer (what scores) is the check's own answer and
 * is not seen here. N/A and "don't know" are counted but never enter median, range or IQR.
 */
import type { DimensionId, Instrument, Item } from '../reference/instrument/types';
import { answerState } from './scoring';
import { roundToTenth } from '../rounding';

/** One participant's answer to one item (the same shape rules as a check's answer). */
export interface Vote {
  voterId: string;
  itemId: string;
  /** Scale items: 0..5. */
  level: number | null;
  /** Checklist items: ids of the options ticked (an empty list is "none of these"). */
  checked: string[] | null;
  notApplicable: boolean;
  unknown: boolean;
}

export interface ItemSpread {
  itemId: string;
  kind: 'scale' | 'checklist';
  /** Participants who gave any answer to this item (a level, a checklist, N/A or don't know). */
  voters: number;
  /** Scale: length 6, counts of levels 0..5. Checklist: []. */
  counts: number[];
  /** Checklist: option id → share 0..1 of the voters who answered the checklist that ticked it. Scale: {}. */
  optionShares: Record<string, number>;
  notApplicable: number;
  unknown: number;
  /** Scale: median of the level answers (mean of the two middle ones for an even count), one decimal; null without a level answer. */
  median: number | null;
  /** Scale: highest − lowest level given; null without a level answer. */
  range: number | null;
  /** Scale: interquartile range, type 7 quantiles (R's default), one decimal; null without a level answer. */
  iqr: number | null;
  /** The room disagreed here: see DISAGREEMENT. */
  disagreement: boolean;
}

export interface DimensionSpread {
  dimensionId: DimensionId;
  /** Items of the dimension with at least one participant answer. */
  items: number;
  /** Of those, the items flagged for disagreement. */
  flaggedItems: number;
  /** Mean range of its scale items with a level answer, one decimal; null when none. */
  meanRange: number | null;
}

export interface SpreadChange {
  dimensionId: DimensionId;
  /** Mean range in the earlier check, or null. */
  before: number | null;
  after: number | null;
  /** after < before; null when either is missing. */
  narrowed: boolean | null;
}

/**
 * The flag rule, in one place. Why these numbers: with fewer than three people "disagreement"
 * is just two opinions, so nothing is flagged. On the 0–5 scale a range of 3 means people sit
 * at least three levels apart (e.g. "ad hoc" against "scaled"), which is worth discussing even
 * when only one person is the outlier; an IQR of 2 catches a room split into two camps while
 * ignoring a single stray answer in a large room. On a checklist an option ticked by between a
 * third and two thirds of the room has no clear majority either way.
 */
export const DISAGREEMENT = {
  minVoters: 3,
  scaleRange: 3,
  scaleIqr: 2,
  /** An option is contested when its share s satisfies low ≤ s ≤ high (as fractions). */
  checklistShare: { low: [1, 3], high: [2, 3] },
} as const;


/** A vote that is a valid answer to this item (the check's own answer rule): anything else counts nowhere. */
function counts(item: Item, vote: Vote): boolean {
  return vote.itemId === item.id && answerState(item, vote) !== 'unanswered';
}

/** Type 7 quantile (R's default, numpy's 'linear') of an ascending list. */
function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Spread of one item over the votes given (votes of other items are ignored). */
export function itemSpread(item: Item, votes: readonly Vote[]): ItemSpread {
  // Latest vote per voter counts once (the table's key makes duplicates impossible; this keeps the rule pure).
  const byVoter = new Map<string, Vote>();
  for (const vote of votes) if (counts(item, vote)) byVoter.set(vote.voterId, vote);
  const answers = [...byVoter.values()];
  const notApplicable = answers.filter((v) => v.notApplicable).length;
  const unknown = answers.filter((v) => v.unknown).length;
  const given = answers.filter((v) => !v.notApplicable && !v.unknown);

  if (item.format.kind === 'scale') {
    const levels = given.map((v) => v.level as number).sort((a, b) => a - b);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const level of levels) counts[level] += 1;
    const hasLevels = levels.length > 0;
    const range = hasLevels ? levels[levels.length - 1] - levels[0] : null;
    const iqrRaw = hasLevels ? quantile7(levels, 0.75) - quantile7(levels, 0.25) : null;
    const disagreement =
      levels.length >= DISAGREEMENT.minVoters &&
      ((range ?? 0) >= DISAGREEMENT.scaleRange || (iqrRaw ?? 0) >= DISAGREEMENT.scaleIqr);
    return {
      itemId: item.id,
      kind: 'scale',
      voters: answers.length,
      counts,
      optionShares: {},
      notApplicable,
      unknown,
      median: hasLevels ? roundToTenth(median(levels)) : null,
      range,
      iqr: iqrRaw === null ? null : roundToTenth(iqrRaw),
      disagreement,
    };
  }

  const lists = given.map((v) => v.checked).filter((c): c is string[] => c !== null);
  const optionShares: Record<string, number> = {};
  let contested = false;
  const [lowNum, lowDen] = DISAGREEMENT.checklistShare.low;
  const [highNum, highDen] = DISAGREEMENT.checklistShare.high;
  for (const option of item.format.options) {
    const ticked = lists.filter((list) => list.includes(option.id)).length;
    optionShares[option.id] = lists.length === 0 ? 0 : ticked / lists.length;
    // Compared in integers so 1 of 3 counts as exactly one third.
    if (ticked * lowDen >= lowNum * lists.length && ticked * highDen <= highNum * lists.length) contested = true;
  }
  return {
    itemId: item.id,
    kind: 'checklist',
    voters: answers.length,
    counts: [],
    optionShares,
    notApplicable,
    unknown,
    median: null,
    range: null,
    iqr: null,
    disagreement: lists.length >= DISAGREEMENT.minVoters && contested,
  };
}

/** Spread of every item of the instrument (in workshop order) and of every dimension. */
export function checkSpread(
  instrument: Instrument,
  votes: readonly Vote[],
): { items: ItemSpread[]; dimensions: DimensionSpread[] } {
  const byItem = new Map<string, Vote[]>();
  for (const vote of votes) {
    const list = byItem.get(vote.itemId);
    if (list) list.push(vote);
    else byItem.set(vote.itemId, [vote]);
  }
  const items = instrument.items.map((item) => itemSpread(item, byItem.get(item.id) ?? []));
  const dimensions = [...instrument.dimensions]
    .sort((a, b) => a.order - b.order)
    .map((dimension): DimensionSpread => {
      const answered = items.filter(
        (s, i) => instrument.items[i].dimensionId === dimension.id && s.voters > 0,
      );
      const ranges = answered.map((s) => s.range).filter((r): r is number => r !== null);
      return {
        dimensionId: dimension.id,
        items: answered.length,
        flaggedItems: answered.filter((s) => s.disagreement).length,
        meanRange: ranges.length === 0 ? null : roundToTenth(ranges.reduce((a, b) => a + b, 0) / ranges.length),
      };
    });
  return { items, dimensions };
}

/** How each dimension's mean range moved from an earlier check to a later one (dimensions of `after`, in its order). */
export function spreadChange(before: readonly DimensionSpread[], after: readonly DimensionSpread[]): SpreadChange[] {
  const earlier = new Map(before.map((d) => [d.dimensionId, d.meanRange]));
  return after.map((d) => {
    const was = earlier.get(d.dimensionId) ?? null;
    return {
      dimensionId: d.dimensionId,
      before: was,
      after: d.meanRange,
      narrowed: was === null || d.meanRange === null ? null : d.meanRange < was,
    };
  });
}
