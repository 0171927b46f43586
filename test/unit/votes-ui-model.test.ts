/**
 * The presenter's view-model of participant answers (renderer/src/features/votes/spread-model.ts):
 * which questions a hand-over covers, bar heights, who answered what (without the answers),
 * the "where the room disagreed most" order, and the QR image source (no markup can escape it).
 */
import { describe, expect, it } from 'vitest';
import { answeredBy, barHeights, disagreedMost, qrImageSource, roomLooksUnreachable, ROOM_NOBODY_HINT_MS, scopeItemIds } from '@renderer/features/votes/spread-model';
import { getInstrument, CURRENT_INSTRUMENT_VERSION } from '@shared/reference/instrument';
import { checkSpread, type Vote } from '@shared/domain/spread';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const dims = [...instrument.dimensions].sort((a, b) => a.order - b.order);
const itemsOf = (dimensionId: string) => instrument.items.filter((i) => i.dimensionId === dimensionId);
const firstScale = (dimensionId: string) => itemsOf(dimensionId).find((i) => i.format.kind === 'scale')!;

describe('scopeItemIds', () => {
  it('this question, this dimension in instrument order, or every item in workshop order', () => {
    const dim = dims[1];
    const items = itemsOf(dim.id).map((i) => i.id);
    expect(scopeItemIds(instrument, dim.id, items[1], 'item')).toEqual([items[1]]);
    expect(scopeItemIds(instrument, dim.id, items[1], 'dimension')).toEqual(items);
    const all = scopeItemIds(instrument, dim.id, items[1], 'all');
    expect(all).toHaveLength(instrument.items.length);
    expect(all).toEqual(dims.flatMap((d) => itemsOf(d.id).map((i) => i.id)));
  });
  it('on a target step (no question) "this question" falls back to the dimension', () => {
    expect(scopeItemIds(instrument, dims[0].id, null, 'item')).toEqual(itemsOf(dims[0].id).map((i) => i.id));
  });
  it('an unknown dimension gives no questions (nothing to hand over)', () => {
    expect(scopeItemIds(instrument, 'nope', null, 'dimension')).toEqual([]);
  });
});

describe('barHeights', () => {
  it('in percent of the tallest level', () => {
    expect(barHeights([1, 0, 0, 0, 2, 0])).toEqual([50, 0, 0, 0, 100, 0]);
    expect(barHeights([3, 0, 0, 0, 0, 0])).toEqual([100, 0, 0, 0, 0, 0]);
  });
  it('all zero without answers; NaN, negative and infinite counts draw nothing', () => {
    expect(barHeights([0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(barHeights([])).toEqual([]);
    expect(barHeights([Number.NaN, -2, Number.POSITIVE_INFINITY, 4, 0, 1])).toEqual([0, 0, 0, 100, 0, 25]);
  });
});

describe('answeredBy', () => {
  it('counts the scope items a voter answered, from the ids only', () => {
    const view = { answered: { a: ['v1', 'v2'], b: ['v2'], c: [] } };
    expect(answeredBy(view, 'v1', ['a', 'b', 'c'])).toBe(1);
    expect(answeredBy(view, 'v2', ['a', 'b', 'c'])).toBe(2);
    expect(answeredBy(view, 'v2', ['b', 'zzz'])).toBe(1);
    expect(answeredBy(view, 'v3', ['a'])).toBe(0);
    expect(answeredBy(null, 'v1', ['a'])).toBe(0);
  });
});

describe('disagreedMost', () => {
  const vote = (voterId: string, itemId: string, level: number | null, extra: Partial<Vote> = {}): Vote => ({
    voterId,
    itemId,
    level,
    checked: null,
    notApplicable: false,
    unknown: false,
    ...extra,
  });

  it('flagged dimensions first by count of flagged questions, flagged questions widest range first', () => {
    const [d0, d1] = dims;
    const [a, b] = itemsOf(d1.id).filter((i) => i.format.kind === 'scale');
    const c = firstScale(d0.id);
    const votes: Vote[] = [
      // d1: two flagged questions (levels 1,1,4 → range 3; 0,2,5 → range 5)
      ...[1, 1, 4].map((l, k) => vote(`v${k}`, a.id, l)),
      ...[0, 2, 5].map((l, k) => vote(`v${k}`, b.id, l)),
      // d0: one flagged (range 3): its dimension after d1, its question before a (same range, earlier in the workshop)
      ...[2, 2, 5].map((l, k) => vote(`v${k}`, c.id, l)),
    ];
    const spread = checkSpread(instrument, votes);
    const most = disagreedMost(spread, instrument);
    expect(most.dimensions.map((d) => d.dimensionId)).toEqual([d1.id, d0.id]);
    expect(most.dimensions[0].flaggedItems).toBe(2);
    expect(most.items.map((i) => i.itemId)).toEqual([b.id, c.id, a.id]);
    expect(most.items[0].range).toBe(5);
  });

  it('nothing flagged: two voters, or three who agree, or only N/A and don\'t know', () => {
    const item = firstScale(dims[0].id);
    const two = checkSpread(instrument, [vote('v1', item.id, 0), vote('v2', item.id, 5)]);
    expect(disagreedMost(two, instrument)).toEqual({ dimensions: [], items: [] });
    const agree = checkSpread(instrument, [2, 3, 3].map((l, k) => vote(`v${k}`, item.id, l)));
    expect(disagreedMost(agree, instrument).items).toEqual([]);
    const flags = checkSpread(instrument, [
      vote('v1', item.id, null, { notApplicable: true }),
      vote('v2', item.id, null, { unknown: true }),
      vote('v3', item.id, null, { unknown: true }),
    ]);
    expect(disagreedMost(flags, instrument).items).toEqual([]);
    expect(disagreedMost({ items: [], dimensions: [] }, instrument)).toEqual({ dimensions: [], items: [] });
  });
});

describe('qrImageSource', () => {
  it('is a base64 data: image, so the SVG text never becomes markup in the page', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>é</text></svg>';
    const src = qrImageSource(svg);
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const body = src.slice('data:image/svg+xml;base64,'.length);
    expect(body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(new TextDecoder().decode(Uint8Array.from(atob(body), (ch) => ch.charCodeAt(0)))).toBe(svg);
  });
  it('an empty SVG still gives a valid (empty) image source', () => {
    expect(qrImageSource('')).toBe('data:image/svg+xml;base64,');
  });
});

describe('an empty room suggests round the table', () => {
  const openedAt = '2026-12-02T09:00:00.000Z';
  const opened = Date.parse(openedAt);
  const someone = [{ voterId: 'v', label: 'Participant 1', language: 'fr' as const, answered: 0, lastSeenAt: openedAt }];

  it('only once nobody has joined for the hint delay', () => {
    expect(roomLooksUnreachable({ openedAt, participants: [] }, opened + ROOM_NOBODY_HINT_MS - 1)).toBe(false);
    expect(roomLooksUnreachable({ openedAt, participants: [] }, opened + ROOM_NOBODY_HINT_MS)).toBe(true);
    expect(roomLooksUnreachable({ openedAt, participants: someone }, opened + 10 * ROOM_NOBODY_HINT_MS)).toBe(false);
  });

  it('never on an unreadable opening time', () => {
    expect(roomLooksUnreachable({ openedAt: 'not a date', participants: [] }, Date.now())).toBe(false);
  });
});
