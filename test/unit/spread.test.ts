/**
 * The spread of participants' answers (shared/domain/spread.ts). Every expected figure below is
 * worked out by hand in the comment beside it (type 7 quantiles: h = (n − 1)·p, then linear
 * interpolation between the neighbours of h in the sorted list).
 */
import { describe, expect, it } from 'vitest';
import { checkSpread, DISAGREEMENT, itemSpread, spreadChange, type DimensionSpread, type Vote } from '@shared/domain/spread';
import type { Instrument, Item } from '@shared/reference/instrument/types';

const text = (s: string) => ({ en: s, fr: s, de: s, lb: s });
const scale = (id: string, dimensionId: Item['dimensionId'] = 'data'): Item => ({
  id,
  dimensionId,
  weight: 1,
  question: text(id),
  help: text(id),
  format: { kind: 'scale', levels: [text('0'), text('1'), text('2'), text('3'), text('4'), text('5')] },
});
const checklist = (id: string, dimensionId: Item['dimensionId'] = 'data'): Item => ({
  id,
  dimensionId,
  weight: 1,
  question: text(id),
  help: text(id),
  format: { kind: 'checklist', options: [{ id: 'a', label: text('a') }, { id: 'b', label: text('b') }, { id: 'c', label: text('c') }] },
});

const S = scale('data.quality');
const C = checklist('data.sources');
let n = 0;
const vote = (itemId: string, patch: Partial<Vote>): Vote => ({
  voterId: `v${++n}`,
  itemId,
  level: null,
  checked: null,
  notApplicable: false,
  unknown: false,
  ...patch,
});
const levels = (...ls: number[]) => ls.map((level) => vote(S.id, { level }));
const ticks = (...lists: string[][]) => lists.map((checked) => vote(C.id, { checked }));

describe('itemSpread on a scale item', () => {
  it('[1, 1, 4]: median 1, range 3, IQR 1.5, flagged by the range', () => {
    // q25: h = 0.5 → 1 + 0.5·(1 − 1) = 1; q75: h = 1.5 → 1 + 0.5·(4 − 1) = 2.5; IQR 1.5.
    const s = itemSpread(S, levels(1, 1, 4));
    expect(s).toMatchObject({ kind: 'scale', voters: 3, counts: [0, 2, 0, 0, 1, 0], median: 1, range: 3, iqr: 1.5, disagreement: true });
    expect(s.optionShares).toEqual({});
  });

  it('[2, 3]: mean of the two middle values, never flagged with two people', () => {
    // median (2 + 3) / 2 = 2.5; q25 h = 0.25 → 2.25; q75 h = 0.75 → 2.75; IQR 0.5.
    expect(itemSpread(S, levels(2, 3))).toMatchObject({ median: 2.5, range: 1, iqr: 0.5, disagreement: false });
    // Two people at opposite ends: range 5, still only two opinions.
    expect(itemSpread(S, levels(0, 5))).toMatchObject({ range: 5, disagreement: false });
  });

  it('[1, 1, 3, 3]: a room split in two camps is flagged by the IQR although the range is only 2', () => {
    // q25 h = 0.75 → 1 + 0.75·0 = 1; q75 h = 2.25 → 3 + 0.25·0 = 3; IQR 2; median (1 + 3) / 2 = 2.
    expect(itemSpread(S, levels(1, 1, 3, 3))).toMatchObject({ median: 2, range: 2, iqr: 2, disagreement: true });
  });

  it('[1, 2, 2, 2, 3] and [2, 2, 3, 3, 3]: close answers are not flagged', () => {
    // q25 h = 1 → 2; q75 h = 3 → 2; IQR 0.
    expect(itemSpread(S, levels(1, 2, 2, 2, 3))).toMatchObject({ median: 2, range: 2, iqr: 0, disagreement: false });
    // q25 h = 1 → 2; q75 h = 3 → 3; IQR 1.
    expect(itemSpread(S, levels(2, 2, 3, 3, 3))).toMatchObject({ median: 3, range: 1, iqr: 1, disagreement: false });
  });

  it('[0, 1, 2, 4]: the IQR is rounded to one decimal (1.75 → 1.8)', () => {
    // q25 h = 0.75 → 0 + 0.75·1 = 0.75; q75 h = 2.25 → 2 + 0.25·2 = 2.5; IQR 1.75; median 1.5.
    expect(itemSpread(S, levels(0, 1, 2, 4))).toMatchObject({ median: 1.5, range: 4, iqr: 1.8, disagreement: true });
  });

  it('counts N/A and don\'t know but keeps them out of median, range and the minimum of three', () => {
    const s = itemSpread(S, [
      vote(S.id, { notApplicable: true }),
      vote(S.id, { unknown: true }),
      vote(S.id, { notApplicable: true }),
      ...levels(0, 5),
    ]);
    expect(s).toMatchObject({ voters: 5, notApplicable: 2, unknown: 1, counts: [1, 0, 0, 0, 0, 1], median: 2.5, range: 5, disagreement: false });
  });

  it('a single answer: median is it, range and IQR 0; none: nulls and zeros', () => {
    expect(itemSpread(S, levels(4))).toMatchObject({ voters: 1, median: 4, range: 0, iqr: 0, disagreement: false });
    expect(itemSpread(S, [])).toEqual({
      itemId: S.id,
      kind: 'scale',
      voters: 0,
      counts: [0, 0, 0, 0, 0, 0],
      optionShares: {},
      notApplicable: 0,
      unknown: 0,
      median: null,
      range: null,
      iqr: null,
      disagreement: false,
    });
  });

  it('ignores votes of other items, and counts one answer per participant (the last)', () => {
    const a = vote(S.id, { voterId: 'same', level: 0 });
    const b = vote(S.id, { voterId: 'same', level: 5 });
    const s = itemSpread(S, [a, b, vote('data.other', { level: 0 }), vote(C.id, { checked: ['a'] })]);
    expect(s).toMatchObject({ voters: 1, counts: [0, 0, 0, 0, 0, 1], median: 5 });
  });

  it('counts nowhere a vote that breaks the answer rule (NaN, 6, −1, 2.5, a checklist on a scale, N/A with a level)', () => {
    const hostile = [
      vote(S.id, { level: Number.NaN }),
      vote(S.id, { level: 6 }),
      vote(S.id, { level: -1 }),
      vote(S.id, { level: 2.5 }),
      vote(S.id, { checked: ['a'] }),
      vote(S.id, { notApplicable: true, level: 3 }),
      vote(S.id, { notApplicable: true, unknown: true }),
      vote(S.id, {}),
    ];
    expect(itemSpread(S, hostile)).toMatchObject({ voters: 0, counts: [0, 0, 0, 0, 0, 0], notApplicable: 0, unknown: 0, median: null });
  });

  it('a large room: 1,000 participants, 500 at 0 and 500 at 5', () => {
    const s = itemSpread(S, [...levels(...Array<number>(500).fill(0)), ...levels(...Array<number>(500).fill(5))]);
    // q25 h = 249.75 → 0; q75 h = 749.25 → 5; IQR 5; median (0 + 5) / 2 = 2.5.
    expect(s).toMatchObject({ voters: 1000, counts: [500, 0, 0, 0, 0, 500], median: 2.5, range: 5, iqr: 5, disagreement: true });
  });
});

describe('itemSpread on a checklist item', () => {
  it('3 voters, option b ticked by 1 of 3 (exactly one third): flagged', () => {
    const s = itemSpread(C, ticks(['a'], ['a', 'b'], ['a']));
    expect(s).toMatchObject({ kind: 'checklist', voters: 3, counts: [], median: null, range: null, iqr: null, disagreement: true });
    expect(s.optionShares).toEqual({ a: 1, b: 1 / 3, c: 0 });
  });

  it('unanimous lists (including "none of these") are not flagged', () => {
    expect(itemSpread(C, ticks(['a', 'c'], ['c', 'a'], ['a', 'c'])).disagreement).toBe(false);
    const none = itemSpread(C, ticks([], [], []));
    expect(none.optionShares).toEqual({ a: 0, b: 0, c: 0 });
    expect(none.disagreement).toBe(false);
  });

  it('6 voters: 4 of 6 (two thirds) is contested, 5 of 6 is a clear majority', () => {
    expect(itemSpread(C, ticks(['b'], ['b'], ['b'], ['b'], [], [])).disagreement).toBe(true);
    expect(itemSpread(C, ticks(['b'], ['b'], ['b'], ['b'], ['b'], [])).disagreement).toBe(false);
  });

  it('two voters who disagree are not flagged; N/A and don\'t know are not answering voters for the shares', () => {
    expect(itemSpread(C, ticks(['a'], ['b'])).disagreement).toBe(false);
    const s = itemSpread(C, [...ticks(['a'], ['b']), vote(C.id, { notApplicable: true }), vote(C.id, { unknown: true })]);
    expect(s).toMatchObject({ voters: 4, notApplicable: 1, unknown: 1, disagreement: false });
    expect(s.optionShares).toEqual({ a: 0.5, b: 0.5, c: 0 });
  });

  it('a list naming an unknown or a repeated option counts nowhere', () => {
    const s = itemSpread(C, ticks(['zz'], ['a', 'a'], ['a'], ['__proto__']));
    expect(s).toMatchObject({ voters: 1 });
    expect(s.optionShares).toEqual({ a: 1, b: 0, c: 0 });
  });
});

describe('checkSpread and spreadChange', () => {
  const instrument: Instrument = {
    version: 'test',
    publishedAt: '2026-01-01',
    sources: [],
    dimensions: [
      { id: 'strategy', order: 1, title: text('s'), description: text('s') },
      { id: 'data', order: 2, title: text('d'), description: text('d') },
      { id: 'green', order: 3, title: text('g'), description: text('g') },
    ],
    items: [scale('strategy.a', 'strategy'), scale('strategy.b', 'strategy'), checklist('strategy.c', 'strategy'), scale('data.a', 'data'), scale('green.a', 'green')],
  };
  const on = (itemId: string, ...ls: number[]) => ls.map((level) => vote(itemId, { level }));

  it('per dimension: items answered, flagged items and the mean range (one decimal)', () => {
    const votes = [
      ...on('strategy.a', 1, 1, 4), // range 3, flagged
      ...on('strategy.b', 2, 3, 3), // range 1
      ...['a', 'b', 'a'].map((o) => vote('strategy.c', { checked: [o] })), // a 2/3, b 1/3: flagged, no range
      vote('data.a', { notApplicable: true }), // answered, no level: no range
    ];
    const { items, dimensions } = checkSpread(instrument, votes);
    expect(items.map((i) => i.itemId)).toEqual(['strategy.a', 'strategy.b', 'strategy.c', 'data.a', 'green.a']);
    expect(dimensions).toEqual([
      { dimensionId: 'strategy', items: 3, flaggedItems: 2, meanRange: 2 }, // (3 + 1) / 2
      { dimensionId: 'data', items: 1, flaggedItems: 0, meanRange: null },
      { dimensionId: 'green', items: 0, flaggedItems: 0, meanRange: null },
    ]);
  });

  it('mean range rounds to one decimal: ranges 1, 1, 2 → 1.3', () => {
    const three: Instrument = { ...instrument, items: [scale('data.a'), scale('data.b'), scale('data.c')] };
    const { dimensions } = checkSpread(three, [...on('data.a', 0, 1), ...on('data.b', 4, 5), ...on('data.c', 1, 3)]);
    expect(dimensions.find((d) => d.dimensionId === 'data')!.meanRange).toBe(1.3);
  });

  it('spreadChange: narrowed when the mean range fell, not when it stayed or grew, null when either side is missing', () => {
    const d = (dimensionId: DimensionSpread['dimensionId'], meanRange: number | null): DimensionSpread => ({ dimensionId, items: 1, flaggedItems: 0, meanRange });
    expect(spreadChange([d('strategy', 3), d('data', 2), d('green', 1), d('people', null)], [d('strategy', 1), d('data', 2), d('green', 2.5), d('people', 1), d('ai_use', 0)])).toEqual([
      { dimensionId: 'strategy', before: 3, after: 1, narrowed: true },
      { dimensionId: 'data', before: 2, after: 2, narrowed: false },
      { dimensionId: 'green', before: 1, after: 2.5, narrowed: false },
      { dimensionId: 'people', before: null, after: 1, narrowed: null },
      { dimensionId: 'ai_use', before: null, after: 0, narrowed: null },
    ]);
    expect(spreadChange([], [])).toEqual([]);
  });

  it('the flag rule is one documented constant', () => {
    expect(DISAGREEMENT).toMatchObject({ minVoters: 3, scaleRange: 3, scaleIqr: 2 });
  });
});
