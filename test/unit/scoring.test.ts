import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  answerState,
  compareChecks,
  coverageOf,
  CURRENT_SCORING_VERSION,
  dmaBandOf,
  levelBands,
  normaliseResult,
  scoringRules,
  levelOf,
  scoreAssessment,
  scoreItem,
  targetFromLevel,
  validateAnswer,
  type Answer,
  type AnswerErrorCode,
} from '@shared/domain/scoring';
import { roundToTenth } from '@shared/rounding';
import { getInstrument } from '@shared/reference/instrument';
import type { DimensionId, Instrument, Item } from '@shared/reference/instrument/types';

// ---------------------------------------------------------------------------------------------
// Helpers: a small synthetic instrument gives exact control over weights.
// ---------------------------------------------------------------------------------------------
const T = { en: 't', fr: 't-fr', de: 't-de', lb: 't-lb' };
const LEVELS = [T, T, T, T, T, T] as const;

function scaleItem(id: string, dimensionId: DimensionId, weight = 1): Item {
  return { id, dimensionId, weight, question: T, help: T, format: { kind: 'scale', levels: LEVELS } };
}
function checklistItem(id: string, dimensionId: DimensionId, options: Array<[string, number?]>, weight = 1): Item {
  return {
    id,
    dimensionId,
    weight,
    question: T,
    help: T,
    format: { kind: 'checklist', options: options.map(([oid, w]) => ({ id: oid, label: T, weight: w })) },
  };
}
function makeInstrument(dims: Array<[DimensionId, number]>, items: Item[]): Instrument {
  return {
    version: 'test',
    publishedAt: '2026-01-01',
    sources: [],
    dimensions: dims.map(([id, order]) => ({ id, order, title: T, description: T })),
    items,
  };
}

const base = { level: null, checked: null, notApplicable: false, unknown: false };
const lvl = (itemId: string, level: number): Answer => ({ ...base, itemId, level });
const chk = (itemId: string, checked: string[]): Answer => ({ ...base, itemId, checked });
const na = (itemId: string): Answer => ({ ...base, itemId, notApplicable: true });
const dk = (itemId: string): Answer => ({ ...base, itemId, unknown: true });
const blank = (itemId: string): Answer => ({ ...base, itemId });

const real = getInstrument('2026.1');

// ---------------------------------------------------------------------------------------------
describe('levelOf', () => {
  it('scores new checks with scoring 2026.2', () => expect(CURRENT_SCORING_VERSION).toBe('2026.2'));

  it.each([
    [0, 'initial'], [29.99, 'initial'], [30, 'adopted'], [49.99, 'adopted'], [50, 'defined'],
    [69.99, 'defined'], [70, 'managed'], [89.99, 'managed'], [90, 'optimized'], [100, 'optimized'],
  ] as const)('2026.2 (default): %s → %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
    expect(levelOf(score, '2026.2')).toBe(level);
  });

  it.each([
    [0, 'initial'], [19.99, 'initial'], [20, 'adopted'], [39.99, 'adopted'], [40, 'defined'],
    [59.99, 'defined'], [60, 'managed'], [79.99, 'managed'], [80, 'optimized'], [100, 'optimized'],
  ] as const)('2026.1 (checks finalised under it): %s → %s', (score, level) => {
    expect(levelOf(score, '2026.1')).toBe(level);
  });

  it.each([-0.1, 100.1, NaN, Infinity, -Infinity])('rejects %s', (score) => {
    expect(() => levelOf(score)).toThrow(RangeError);
  });

  it('refuses an unknown scoring version instead of guessing', () => {
    expect(() => levelOf(50, '2099.9')).toThrow(RangeError);
    expect(() => levelOf(50, '__proto__')).toThrow(RangeError);
    expect(() => scoringRules('')).toThrow(RangeError);
  });

  it('draws the level bands of a version edge to edge', () => {
    expect(levelBands('2026.2').map((b) => [b.from, b.to])).toEqual([[0, 30], [30, 50], [50, 70], [70, 90], [90, 100]]);
    expect(levelBands('2026.1').map((b) => [b.from, b.to])).toEqual([[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]]);
  });
});

describe('dmaBandOf', () => {
  it.each([
    [0, 'basic'], [25, 'basic'], [25.1, 'average'], [26, 'average'], [50, 'average'], [50.1, 'moderately_advanced'],
    [51, 'moderately_advanced'], [75, 'moderately_advanced'], [75.1, 'advanced'], [76, 'advanced'], [100, 'advanced'],
  ] as const)('%s → %s', (score, band) => {
    expect(dmaBandOf(score)).toBe(band);
  });

  it.each([-1, 101, NaN])('rejects %s', (score) => {
    expect(() => dmaBandOf(score)).toThrow(RangeError);
  });
});

describe('targetFromLevel', () => {
  it('maps a level (0 Initial … 4 Optimized) to the lowest score of that level in the scoring version', () => {
    expect([0, 1, 2, 3, 4].map((l) => targetFromLevel(l))).toEqual([0, 30, 50, 70, 90]);
    expect([0, 1, 2, 3, 4].map((l) => targetFromLevel(l, '2026.1'))).toEqual([0, 20, 40, 60, 80]);
    // The target picked as a level reads back as that level.
    for (const l of [0, 1, 2, 3, 4]) expect(levelOf(targetFromLevel(l))).toBe(['initial', 'adopted', 'defined', 'managed', 'optimized'][l]);
  });
  it.each([-1, 5, 2.5, NaN, Infinity])('rejects %s', (level) => {
    expect(() => targetFromLevel(level)).toThrow(RangeError);
  });
});

describe('roundToTenth (shared/rounding.ts: every one-decimal figure)', () => {
  it('rounds to one decimal, half away from zero, despite binary noise', () => {
    expect(roundToTenth(6.25)).toBe(6.3);
    expect(roundToTenth(12.25)).toBe(12.3);
    // 1.45 is stored as 1.4499999…: naive Math.round(x * 10) / 10 would give 1.4
    expect(roundToTenth(1.45)).toBe(1.5);
    expect(roundToTenth(0.145 * 100)).toBe(14.5);
    // sums carry noise: 2.3 + 0.05 = 2.3499999999999996 and 32.3 + 0.05 = 32.349999999999994
    expect(roundToTenth(2.3 + 0.05)).toBe(2.4);
    expect(roundToTenth(32.3 + 0.05)).toBe(32.4);
    expect(roundToTenth(-1.45)).toBe(-1.5);
    expect(roundToTenth(-6.25)).toBe(-6.3);
    expect(roundToTenth(200 / 3)).toBe(66.7);
    expect(roundToTenth(100 / 3)).toBe(33.3);
    expect(roundToTenth(100)).toBe(100);
    expect(roundToTenth(0)).toBe(0);
  });
  it('never returns negative zero', () => {
    expect(Object.is(roundToTenth(-0.04), 0)).toBe(true);
    expect(Object.is(roundToTenth(-0), 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('validateAnswer', () => {
  const scale = scaleItem('s', 'strategy');
  const list = checklistItem('c', 'data', [['a'], ['b'], ['c']]);

  it('accepts valid answers, including an empty checklist and a note without a value', () => {
    expect(validateAnswer(scale, lvl('s', 0))).toBeNull();
    expect(validateAnswer(scale, lvl('s', 5))).toBeNull();
    expect(validateAnswer(scale, na('s'))).toBeNull();
    expect(validateAnswer(scale, dk('s'))).toBeNull();
    expect(validateAnswer(scale, { ...blank('s'), note: 'ask the fiduciary' })).toBeNull();
    expect(validateAnswer(list, chk('c', []))).toBeNull();
    expect(validateAnswer(list, chk('c', ['a', 'c']))).toBeNull();
  });

  const cases: Array<[string, Item, Answer, AnswerErrorCode]> = [
    ['other item', scale, lvl('x', 3), 'item_mismatch'],
    ['non-boolean flag', scale, { ...lvl('s', 3), notApplicable: 'yes' as unknown as boolean }, 'invalid_flags'],
    ['note not a string', scale, { ...lvl('s', 3), note: 42 as unknown as string }, 'invalid_note'],
    ['N/A and don’t know', scale, { ...blank('s'), notApplicable: true, unknown: true }, 'conflicting_flags'],
    ['level with N/A', scale, { ...lvl('s', 3), notApplicable: true }, 'value_with_not_applicable'],
    ['level 0 with N/A', scale, { ...lvl('s', 0), notApplicable: true }, 'value_with_not_applicable'],
    ['checked with don’t know', list, { ...chk('c', []), unknown: true }, 'value_with_unknown'],
    ['checked on a scale', scale, chk('s', []), 'checked_on_scale'],
    ['level on a checklist', list, lvl('c', 2), 'level_on_checklist'],
    ['fractional level', scale, lvl('s', 2.5), 'level_not_integer'],
    ['NaN level', scale, lvl('s', NaN), 'level_not_integer'],
    ['infinite level', scale, lvl('s', Infinity), 'level_not_integer'],
    ['string level', scale, lvl('s', '3' as unknown as number), 'level_not_integer'],
    ['negative level', scale, lvl('s', -1), 'level_out_of_range'],
    ['level 6', scale, lvl('s', 6), 'level_out_of_range'],
    ['checked not an array', list, chk('c', 'a' as unknown as string[]), 'checked_not_list'],
    ['checked with a number', list, chk('c', [1 as unknown as string]), 'checked_not_list'],
    ['unknown option', list, chk('c', ['a', 'z']), 'unknown_option'],
    ['duplicate option', list, chk('c', ['a', 'a']), 'duplicate_option'],
  ];
  it.each(cases)('%s → %s', (_label, item, answer, code) => {
    expect(validateAnswer(item, answer)).toBe(code);
  });
});

describe('scoreItem and answerState', () => {
  const scale = scaleItem('s', 'strategy');
  // weights 2, 1, 1 → total 4
  const list = checklistItem('c', 'data', [['a', 2], ['b'], ['c']]);

  it('scores a scale as level / 5', () => {
    expect([0, 1, 2, 3, 4, 5].map((l) => scoreItem(scale, lvl('s', l)))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('scores a checklist as checked weight / total weight', () => {
    expect(scoreItem(list, chk('c', ['a']))).toBe(0.5);
    expect(scoreItem(list, chk('c', ['b', 'c']))).toBe(0.5);
    expect(scoreItem(list, chk('c', ['b']))).toBe(0.25);
    expect(scoreItem(list, chk('c', ['c', 'b', 'a']))).toBe(1);
    expect(scoreItem(list, chk('c', []))).toBe(0);
  });

  it('gives no score to N/A, don’t know, blank, missing or invalid answers', () => {
    expect(scoreItem(scale, na('s'))).toBeNull();
    expect(scoreItem(scale, dk('s'))).toBeNull();
    expect(scoreItem(scale, blank('s'))).toBeNull();
    expect(scoreItem(scale, undefined)).toBeNull();
    expect(scoreItem(scale, null)).toBeNull();
    expect(scoreItem(scale, lvl('s', 7))).toBeNull();
    expect(scoreItem(list, chk('c', ['zzz']))).toBeNull();
    expect(answerState(scale, lvl('s', 7))).toBe('unanswered');
    expect(answerState(scale, na('s'))).toBe('notApplicable');
    expect(answerState(scale, dk('s'))).toBe('unknown');
    expect(answerState(list, chk('c', []))).toBe('answered');
    expect(answerState(list, blank('c'))).toBe('unanswered');
  });
});

// ---------------------------------------------------------------------------------------------
describe('scoreAssessment', () => {
  // strategy: s1 (w3), s2 (w1); data: d1 checklist 4×w1 (w1), d2 scale (w3); green: g1
  const inst = makeInstrument(
    [['strategy', 1], ['data', 2], ['green', 3]],
    [
      scaleItem('s1', 'strategy', 3),
      scaleItem('s2', 'strategy', 1),
      checklistItem('d1', 'data', [['a'], ['b'], ['c'], ['d']], 1),
      scaleItem('d2', 'data', 3),
      scaleItem('g1', 'green', 1),
    ],
  );

  it('returns nulls, zero confidence and all-unanswered counts with no answers', () => {
    const r = scoreAssessment(inst, []);
    expect(r.overall).toBeNull();
    expect(r.level).toBeNull();
    expect(r.dmaBand).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.strongest).toBeNull();
    expect(r.weakest).toBeNull();
    expect(r.counts).toEqual({ answered: 0, notApplicable: 0, unknown: 0, unanswered: 5, total: 5 });
    expect(r.dimensions.map((d) => [d.id, d.score, d.itemCount, d.unanswered])).toEqual([
      ['strategy', null, 2, 2],
      ['data', null, 2, 2],
      ['green', null, 1, 1],
    ]);
  });

  it('scores a single answer', () => {
    const r = scoreAssessment(inst, [lvl('s2', 3)]);
    expect(r.dimensions[0].score).toBe(60);
    expect(r.overall).toBe(60);
    // Answer 3 = level 3 = Defined (2026.2); 2026.1 read it as Managed.
    expect(r.level).toBe('defined');
    expect(scoreAssessment(inst, [lvl('s2', 3)], {}, '2026.1').level).toBe('managed');
    expect(r.dmaBand).toBe('moderately_advanced');
    expect(r.confidence).toBeCloseTo(1 / 5, 12);
    expect(r.strongest).toBe('strategy');
    expect(r.weakest).toBe('strategy');
  });

  it('weights items: the heavy item dominates', () => {
    expect(scoreAssessment(inst, [lvl('s1', 5), lvl('s2', 0)]).dimensions[0].score).toBe(75);
    expect(scoreAssessment(inst, [lvl('s1', 0), lvl('s2', 5)]).dimensions[0].score).toBe(25);
  });

  it('leaves an all-N/A dimension out of the score and of the confidence', () => {
    const r = scoreAssessment(inst, [na('s1'), na('s2'), lvl('d2', 5), chk('d1', ['a', 'b', 'c', 'd']), lvl('g1', 0)]);
    expect(r.dimensions[0]).toMatchObject({ id: 'strategy', score: null, notApplicable: 2, answered: 0 });
    expect(r.overall).toBe(50); // mean of data 100 and green 0; strategy not counted as 0
    expect(r.confidence).toBe(1);
    expect(r.counts).toEqual({ answered: 3, notApplicable: 2, unknown: 0, unanswered: 0, total: 5 });
  });

  it('all N/A: no score and zero confidence (nothing applicable)', () => {
    const r = scoreAssessment(inst, ['s1', 's2', 'd1', 'd2', 'g1'].map(na));
    expect(r.overall).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.counts.notApplicable).toBe(5);
  });

  it('all don’t know: no score and zero confidence', () => {
    const r = scoreAssessment(inst, ['s1', 's2', 'd1', 'd2', 'g1'].map(dk));
    expect(r.overall).toBeNull();
    expect(r.level).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.counts.unknown).toBe(5);
    expect(r.dimensions.every((d) => d.score === null)).toBe(true);
  });

  it('computes confidence as answered ÷ (answered + unknown + unanswered)', () => {
    const r = scoreAssessment(inst, [lvl('s1', 1), lvl('s2', 1), dk('d1'), na('d2')]);
    // answered 2, unknown 1, unanswered 1 (g1), N/A 1 → 2 / 4
    expect(r.confidence).toBe(0.5);
  });

  it('rounds once at the end, half away from zero', () => {
    // data: d1 1 of 4 options (0.25, w1) + d2 level 0 (w3) → 0.25 / 4 = 6.25 % → 6.3
    const r = scoreAssessment(inst, [chk('d1', ['a']), lvl('d2', 0), lvl('g1', 0)]);
    expect(r.dimensions[1].score).toBe(6.3);
    expect(r.dimensions[2].score).toBe(0);
    // overall = (6.25 + 0) / 2 = 3.125 → 3.1; averaging the rounded 6.3 would give 3.2
    expect(r.overall).toBe(3.1);
  });

  it('keeps repeating fractions to one decimal', () => {
    // strategy: (3·0.2 + 1·0) / 4 = 15 %; data: (1·0.75 + 3·0.2) / 4 = 33.75 % → 33.8; green: 1/5 → 20
    const r = scoreAssessment(inst, [lvl('s1', 1), lvl('s2', 0), lvl('g1', 1), chk('d1', ['a', 'b', 'c']), lvl('d2', 1)]);
    expect(r.dimensions.map((d) => d.score)).toEqual([15, 33.8, 20]);
    expect(r.overall).toBe(22.9); // (15 + 33.75 + 20) / 3 = 22.9166…
    expect(r.level).toBe('initial'); // < 30 (it was Adopted under 2026.1's cut-off of 20)
    expect(r.dmaBand).toBe('basic');
  });

  it('computes targets and gaps, ignoring invalid targets', () => {
    const answers = [chk('d1', ['a']), lvl('d2', 0), lvl('s1', 5), lvl('s2', 5)];
    const r = scoreAssessment(inst, answers, { data: 60, strategy: 80, green: 40 });
    expect(r.dimensions[1]).toMatchObject({ score: 6.3, target: 60, gap: 53.7 });
    expect(r.dimensions[0]).toMatchObject({ score: 100, target: 80, gap: -20 });
    expect(r.dimensions[2]).toMatchObject({ score: null, target: 40, gap: null });

    for (const bad of [150, -5, NaN, Infinity, '60' as unknown as number]) {
      const x = scoreAssessment(inst, answers, { data: bad });
      expect(x.dimensions[1].target, String(bad)).toBeNull();
      expect(x.dimensions[1].gap, String(bad)).toBeNull();
    }
    const none = scoreAssessment(inst, answers, { data: undefined, strategy: null });
    expect(none.dimensions.every((d) => d.target === null && d.gap === null)).toBe(true);
    expect(scoreAssessment(inst, answers, { data: 0 }).dimensions[1].gap).toBe(-6.3);
    expect(scoreAssessment(inst, answers, { data: targetFromLevel(3) }).dimensions[1].target).toBe(70);
  });

  it('finds strongest and weakest, breaking ties by dimension order', () => {
    const r = scoreAssessment(inst, [lvl('s1', 2), lvl('d2', 4), lvl('g1', 1)]);
    expect(r.strongest).toBe('data');
    expect(r.weakest).toBe('green');
    const tie = scoreAssessment(inst, [lvl('s1', 3), lvl('d2', 3), lvl('g1', 3)]);
    expect(tie.strongest).toBe('strategy');
    expect(tie.weakest).toBe('strategy');
    const tieLow = scoreAssessment(inst, [lvl('s1', 4), lvl('d2', 1), lvl('g1', 1)]);
    expect(tieLow.weakest).toBe('data');
  });

  it('orders dimensions by their order field, not by array position', () => {
    const reversed = makeInstrument(
      [['green', 3], ['data', 2], ['strategy', 1]],
      [scaleItem('g1', 'green'), scaleItem('d1', 'data'), scaleItem('s1', 'strategy')],
    );
    const r = scoreAssessment(reversed, [lvl('g1', 2), lvl('d1', 2), lvl('s1', 2)]);
    expect(r.dimensions.map((d) => d.id)).toEqual(['strategy', 'data', 'green']);
    expect(r.strongest).toBe('strategy');
  });

  it('ignores answers to unknown items, lets the last duplicate win, counts invalid answers as unanswered', () => {
    const r = scoreAssessment(inst, [lvl('nope', 5), lvl('s2', 1), lvl('s2', 4), lvl('g1', 9)]);
    expect(r.dimensions[0].score).toBe(80);
    expect(r.dimensions[2]).toMatchObject({ score: null, unanswered: 1 });
    expect(r.counts.total).toBe(5);
    expect(r.counts.answered).toBe(1);
  });

  it('is deterministic and independent of answer order', () => {
    const answers = [chk('d1', ['b', 'a']), lvl('d2', 2), lvl('s1', 3), dk('s2'), na('g1')];
    const a = scoreAssessment(inst, answers, { data: 50 });
    const b = scoreAssessment(inst, [...answers].reverse(), { data: 50 });
    expect(b).toEqual(a);
    expect(scoreAssessment(inst, answers, { data: 50 })).toEqual(a);
  });

  it('does not mutate its inputs', () => {
    const answers = [lvl('s1', 3), chk('d1', ['a'])];
    const snapshot = JSON.stringify({ inst, answers });
    scoreAssessment(inst, answers, { strategy: 20 });
    expect(JSON.stringify({ inst, answers })).toBe(snapshot);
  });
});

describe('scoreAssessment on instrument 2026.1', () => {
  const fullAnswers = (top: boolean): Answer[] =>
    real.items.map((item) =>
      item.format.kind === 'scale'
        ? lvl(item.id, top ? 5 : 0)
        : chk(item.id, top ? item.format.options.map((o) => o.id) : []),
    );

  it('scores everything at the top as 100, Optimized, Advanced, full confidence', () => {
    const r = scoreAssessment(real, fullAnswers(true));
    expect(r.overall).toBe(100);
    expect(r.level).toBe('optimized');
    expect(r.dmaBand).toBe('advanced');
    expect(r.confidence).toBe(1);
    expect(r.dimensions).toHaveLength(7);
    expect(r.counts).toEqual({ answered: 32, notApplicable: 0, unknown: 0, unanswered: 0, total: 32 });
  });

  it('rounds a weighted mean that is exactly x.x5 in decimal but computed just below it', () => {
    // responsible: ai_act 4 (0.8 × w2) + gdpr dpo, breach, ai_inputs (3 of 10 option weight → 0.3 × w3)
    // + oversight 4 (0.8 × w2) + fairness 3 (0.6 × w1) = 4.7 / 8 = 58.75 %, computed as 58.74999999999999
    const r = scoreAssessment(real, [
      lvl('responsible.ai_act', 4),
      chk('responsible.gdpr', ['dpo', 'breach', 'ai_inputs']),
      lvl('responsible.oversight', 4),
      lvl('responsible.fairness', 3),
    ]);
    expect(r.dimensions.find((d) => d.id === 'responsible')?.score).toBe(58.8);
    expect(r.overall).toBe(58.8);
  });

  it('scores everything at the bottom as 0, Initial, Basic', () => {
    const r = scoreAssessment(real, fullAnswers(false));
    expect(r.overall).toBe(0);
    expect(r.level).toBe('initial');
    expect(r.dmaBand).toBe('basic');
  });
});

// ---------------------------------------------------------------------------------------------
// Scoring 2026.2: levels, coverage, like-for-like comparison. Expected figures are derived here
// from the answers (rounded mean answer → level), not from the code under test.
// ---------------------------------------------------------------------------------------------
const ALL_DIMS: DimensionId[] = ['strategy', 'foundations', 'people', 'data', 'ai_use', 'responsible', 'green'];
/** 7 dimensions × 4 equally weighted scale items: `<dim>.q0` … `<dim>.q3`. */
const sevenByFour = makeInstrument(
  ALL_DIMS.map((d, i) => [d, i + 1] as [DimensionId, number]),
  ALL_DIMS.flatMap((d) => [0, 1, 2, 3].map((k) => scaleItem(`${d}.q${k}`, d))),
);
/** The level the rounded mean answer names: 0–1 Initial, 2 Adopted, 3 Defined, 4 Managed, 5 Optimized. */
const levelOfMeanAnswer = (mean: number) => (['initial', 'initial', 'adopted', 'defined', 'managed', 'optimized'] as const)[Math.round(mean)];
const answerAll = (level: (dim: DimensionId, k: number) => number | null) =>
  ALL_DIMS.flatMap((d) => [0, 1, 2, 3].flatMap((k) => {
    const l = level(d, k);
    return l === null ? [] : [lvl(`${d}.q${k}`, l)];
  }));

describe('scoring 2026.2: the rounded mean answer gives the level', () => {
  it('mostly 1 ("mentions AI now and then") is Initial, not Adopted', () => {
    const all1 = scoreAssessment(sevenByFour, answerAll(() => 1));
    expect(all1.overall).toBe(20); // 1 / 5 × 100
    expect(all1.level).toBe('initial');
    expect(all1.level).toBe(levelOfMeanAnswer(1));
    expect(all1.scoringVersion).toBe('2026.2');
    // Three 1s and one 2 in every dimension: mean 1.25 → Initial (score 25).
    const mostly1 = scoreAssessment(sevenByFour, answerAll((_, k) => (k === 0 ? 2 : 1)));
    expect(mostly1.overall).toBe(25);
    expect(mostly1.level).toBe('initial');
    // Under 2026.1 the same answers read "Adopted": the version is what differs.
    expect(scoreAssessment(sevenByFour, answerAll(() => 1), {}, '2026.1').level).toBe('adopted');
  });

  it('mostly 4 is Managed, not Optimized', () => {
    const all4 = scoreAssessment(sevenByFour, answerAll(() => 4));
    expect(all4.overall).toBe(80);
    expect(all4.level).toBe('managed');
    expect(all4.level).toBe(levelOfMeanAnswer(4));
    const mostly4 = scoreAssessment(sevenByFour, answerAll((_, k) => (k === 0 ? 5 : 4)));
    expect(mostly4.overall).toBe(85); // mean 4.25
    expect(mostly4.level).toBe('managed');
    expect(scoreAssessment(sevenByFour, answerAll(() => 4), {}, '2026.1').level).toBe('optimized');
  });

  it('mixed answers: the level of the rounded mean, at the half-way points too', () => {
    // answers 0,1,2,3 in every dimension: mean 1.5 → rounds to 2 → Adopted (score 30, the cut-off).
    const r = scoreAssessment(sevenByFour, answerAll((_, k) => k));
    expect(r.overall).toBe(30);
    expect(r.level).toBe('adopted');
    expect(r.level).toBe(levelOfMeanAnswer(1.5));
    // 2,3,3,2 → 2.5 → Defined (score 50); 3,4,4,3 → 3.5 → Managed (70); 4,5,5,4 → 4.5 → Optimized (90).
    for (const [answers, mean] of [[[2, 3, 3, 2], 2.5], [[3, 4, 4, 3], 3.5], [[4, 5, 5, 4], 4.5], [[1, 1, 2, 1], 1.25], [[5, 5, 5, 5], 5], [[0, 0, 0, 0], 0]] as const) {
      const x = scoreAssessment(sevenByFour, answerAll((_, k) => answers[k]));
      expect(x.overall).toBe(mean * 20);
      expect(x.level, String(answers)).toBe(levelOfMeanAnswer(mean));
    }
    // Different dimensions at different levels: the overall is the mean of dimensions.
    const uneven = scoreAssessment(sevenByFour, answerAll((d) => (d === 'strategy' || d === 'data' ? 4 : 2)));
    expect(uneven.overall).toBe(roundToTenth(((2 * 4 + 5 * 2) / 7) * 20)); // 51.4
    expect(uneven.level).toBe(levelOfMeanAnswer((2 * 4 + 5 * 2) / 7)); // mean 2.57 → Defined
  });

  it('property: with equally weighted scale answers the level is always the rounded mean answer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 28, maxLength: 28 }), (levels) => {
        const r = scoreAssessment(sevenByFour, answerAll((d, k) => levels[ALL_DIMS.indexOf(d) * 4 + k]));
        const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
        expect(r.level).toBe(levelOfMeanAnswer(mean));
      }),
      { numRuns: 300 },
    );
  });

  it('on the real instrument 2026.1: every scale question at 1 is Initial, at 4 Managed', () => {
    const scaleOnly = (level: number) => real.items.filter((i) => i.format.kind === 'scale').map((i) => lvl(i.id, level));
    expect(scoreAssessment(real, scaleOnly(1)).level).toBe('initial');
    expect(scoreAssessment(real, scaleOnly(4)).level).toBe('managed');
  });
});

describe('coverage: an overall score without every dimension is incomplete and says which', () => {
  it('names the dimensions without a score, in dimension order', () => {
    const r = scoreAssessment(sevenByFour, answerAll((d) => (d === 'data' || d === 'green' ? null : 3)));
    expect(r.overall).toBe(60);
    expect(r.coverage).toEqual({ complete: false, missing: ['data', 'green'], scored: 5, total: 7 });
  });
  it('counts a dimension with only N/A or don’t know as missing, and a complete check as complete', () => {
    const answers = [...answerAll((d) => (d === 'people' ? null : 2)), na('people.q0'), dk('people.q1')];
    expect(scoreAssessment(sevenByFour, answers).coverage.missing).toEqual(['people']);
    expect(scoreAssessment(sevenByFour, answerAll(() => 2)).coverage).toEqual({ complete: true, missing: [], scored: 7, total: 7 });
  });
  it('nothing answered: no overall, every dimension missing, never "complete"', () => {
    const r = scoreAssessment(sevenByFour, []);
    expect(r.overall).toBeNull();
    expect(r.coverage).toEqual({ complete: false, missing: ALL_DIMS, scored: 0, total: 7 });
    expect(coverageOf([])).toEqual({ complete: false, missing: [], scored: 0, total: 0 });
  });
  it('a stored 2026.1 result gets its version and coverage, and keeps its level', () => {
    const stored = scoreAssessment(sevenByFour, answerAll((d) => (d === 'green' ? null : 4)), {}, '2026.1');
    const legacy = JSON.parse(JSON.stringify(stored)) as Record<string, unknown>;
    delete legacy.scoringVersion;
    delete legacy.coverage;
    const back = normaliseResult(legacy as unknown as Parameters<typeof normaliseResult>[0], '2026.1');
    expect(back.level).toBe('optimized'); // as finalised, never re-levelled
    expect(back.scoringVersion).toBe('2026.1');
    expect(back.coverage.missing).toEqual(['green']);
  });
});

describe('compareChecks: like for like', () => {
  const check = (scores: Partial<Record<DimensionId, number | null>>, instrumentVersion = '2026.1', scoringVersion = '2026.2') => ({
    instrumentVersion,
    scoringVersion,
    dimensions: ALL_DIMS.map((id) => ({ id, score: scores[id] ?? null })),
  });
  const full = (v: number) => Object.fromEntries(ALL_DIMS.map((d) => [d, v])) as Record<DimensionId, number>;

  it('counts only dimensions scored in both: a dimension added later never makes a headline gain', () => {
    // T0 answered 5 dimensions at 40; T1 the same 5 at 40 plus data and green at 100.
    const t0 = check({ ...full(40), data: null, green: null });
    const t1 = check({ ...full(40), data: 100, green: 100 });
    // The plain overall difference would be (5·40 + 2·100) / 7 − 40 = +17.1 with nothing improved.
    const c = compareChecks(t0, t1);
    expect(c.common).toEqual(['strategy', 'foundations', 'people', 'ai_use', 'responsible']);
    expect(c.onlyAfter).toEqual(['data', 'green']);
    expect(c.onlyBefore).toEqual([]);
    expect(c.delta).toBe(0);
    expect(c.allDimensions).toBe(false);
  });

  it('partial answers on both sides: the mean over the common dimensions', () => {
    const t0 = check({ strategy: 20, data: 30, green: 50 });
    const t1 = check({ strategy: 35, data: 36.4, people: 80 });
    const c = compareChecks(t0, t1);
    expect(c.common).toEqual(['strategy', 'data']);
    expect(c.before).toBe(25); // (20 + 30) / 2
    expect(c.after).toBe(35.7); // (35 + 36.4) / 2 = 35.7
    expect(c.delta).toBe(10.7);
    expect(c.onlyBefore).toEqual(['green']);
    expect(c.onlyAfter).toEqual(['people']);
  });

  it('complete on both sides: every dimension, flagged as such', () => {
    const c = compareChecks(check(full(40)), check({ ...full(40), data: 54 }));
    expect(c.allDimensions).toBe(true);
    expect(c.delta).toBe(2); // 14 / 7
  });

  it('same dimensions on both sides: the change is the difference of the overall scores as shown', () => {
    // The shown overall is the mean of unrounded dimensions, so it can differ from the mean of the
    // rounded ones by a tenth; the headline must match the two numbers on screen.
    const c = compareChecks({ ...check(full(40)), overall: 40.1 }, { ...check(full(42)), overall: 42 });
    expect(c).toMatchObject({ before: 40.1, after: 42, delta: 1.9, allDimensions: true });
    // With a dimension missing, the overall scores are not comparable and are not used.
    const partial = compareChecks({ ...check({ ...full(40), green: null }), overall: 99 }, { ...check(full(42)), overall: 1 });
    expect(partial).toMatchObject({ before: 40, after: 42, delta: 2, allDimensions: false });
    // Hostile overall values are ignored.
    expect(compareChecks({ ...check(full(40)), overall: NaN }, { ...check(full(42)), overall: 42 }).delta).toBe(2);
  });

  it('no dimension in common: no change at all (null), never 0', () => {
    const c = compareChecks(check({ strategy: 10 }), check({ data: 90 }));
    expect(c.delta).toBeNull();
    expect(c.before).toBeNull();
    expect(c.common).toEqual([]);
    expect(c.allDimensions).toBe(false);
  });

  it('ignores non-finite scores from hostile or corrupted data and says when versions differ', () => {
    const c = compareChecks(check({ strategy: NaN, data: 20 }, '2026.1', '2026.1'), check({ strategy: 50, data: Infinity }, '2026.2', '2026.2'));
    expect(c.common).toEqual([]);
    expect(c.delta).toBeNull();
    expect(c.sameInstrument).toBe(false);
    expect(c.sameScoring).toBe(false);
    expect(compareChecks(check({ data: 1 }), check({ data: 2 })).sameScoring).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests on the real instrument
// ---------------------------------------------------------------------------------------------
function answerArb(item: Item): fc.Arbitrary<Answer | null> {
  const value: fc.Arbitrary<Answer> =
    item.format.kind === 'scale'
      ? fc.integer({ min: 0, max: 5 }).map((l) => lvl(item.id, l))
      : fc.subarray(item.format.options.map((o) => o.id)).map((c) => chk(item.id, c));
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: fc.constant(na(item.id)) },
    { weight: 1, arbitrary: fc.constant(dk(item.id)) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}
const answersArb: fc.Arbitrary<Answer[]> = fc
  .tuple(...real.items.map(answerArb))
  .map((list) => list.filter((a): a is Answer => a !== null));

const isOneDecimal = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

describe('scoring properties (fast-check)', () => {
  it('keeps every score within 0..100 with at most one decimal, and the overall within its dimensions', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAssessment(real, answers);
        const scores = r.dimensions.map((d) => d.score).filter((s): s is number => s !== null);
        for (const s of scores) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
          expect(isOneDecimal(s)).toBe(true);
        }
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        const c = r.counts;
        expect(c.answered + c.notApplicable + c.unknown + c.unanswered).toBe(c.total);
        if (scores.length === 0) {
          expect(r.overall).toBeNull();
        } else {
          const overall = r.overall as number;
          expect(isOneDecimal(overall)).toBe(true);
          expect(overall).toBeGreaterThanOrEqual(Math.min(...scores));
          expect(overall).toBeLessThanOrEqual(Math.max(...scores));
          expect(r.level).toBe(levelOf(overall));
          expect(r.dmaBand).toBe(dmaBandOf(overall));
          expect(r.dimensions.find((d) => d.id === r.strongest)?.score).toBe(Math.max(...scores));
          expect(r.dimensions.find((d) => d.id === r.weakest)?.score).toBe(Math.min(...scores));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a dimension when one answer is raised', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), fc.nat(), (answers, pick, extra) => {
        const answered = answers.filter((a) => answerState(real.items.find((i) => i.id === a.itemId)!, a) === 'answered');
        fc.pre(answered.length > 0);
        const target = answered[pick % answered.length];
        const item = real.items.find((i) => i.id === target.itemId)!;
        let raised: Answer;
        if (item.format.kind === 'scale') {
          raised = { ...target, level: Math.min(5, (target.level as number) + 1 + (extra % 5)) };
        } else {
          const missing = item.format.options.map((o) => o.id).filter((id) => !target.checked!.includes(id));
          raised = missing.length ? { ...target, checked: [...target.checked!, missing[extra % missing.length]] } : target;
        }
        const before = scoreAssessment(real, answers);
        const after = scoreAssessment(real, answers.map((a) => (a === target ? raised : a)));
        const dim = item.dimensionId;
        const b = before.dimensions.find((d) => d.id === dim)!.score as number;
        const a = after.dimensions.find((d) => d.id === dim)!.score as number;
        expect(a).toBeGreaterThanOrEqual(b);
        expect(after.overall as number).toBeGreaterThanOrEqual(before.overall as number);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for any order of the answers', () => {
    fc.assert(
      fc.property(answersArb, fc.integer(), (answers, seed) => {
        const shuffled = [...answers].sort((x, y) => (hash(x.itemId, seed) - hash(y.itemId, seed)) || 0);
        expect(scoreAssessment(real, shuffled)).toEqual(scoreAssessment(real, answers));
      }),
      { numRuns: 100 },
    );
  });

  it('computes gap = target − score for any valid target', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 100, noNaN: true }), (answers, target) => {
        const r = scoreAssessment(real, answers, { data: target });
        const data = r.dimensions.find((d) => d.id === 'data')!;
        expect(data.target).toBe(target);
        if (data.score === null) expect(data.gap).toBeNull();
        else expect(data.gap).toBe(roundToTenth(target - data.score));
      }),
      { numRuns: 200 },
    );
  });
});

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x9e3779b1);
  return h;
}
