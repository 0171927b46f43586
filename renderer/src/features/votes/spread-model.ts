/**
 * View-model of the participants' answers (issue 14): which questions a hand-over or a room
 * covers, the bar row of a spread, where the room disagreed most, the QR image source, and when
 * an empty room suggests round the table.
 * Pure (no React, no DOM) so the rules are unit-tested; the figures themselves come from
 * shared/domain/spread.ts through `votes.spread` — nothing here computes a median or a flag.
 */
import type { DimensionSpread, ItemSpread, RoomInfo, SpreadView } from '@shared/contract/votes';
import type { Instrument } from '@shared/reference/instrument/types';

export type Scope = 'item' | 'dimension' | 'all';

/** The items of a scope, in workshop order. `itemId` null (a target step): 'item' falls back to the dimension. */
export function scopeItemIds(instrument: Instrument, dimensionId: string, itemId: string | null, scope: Scope): string[] {
  if (scope === 'item' && itemId) return [itemId];
  const order = new Map(instrument.dimensions.map((d) => [d.id, d.order]));
  const items = [...instrument.items]
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (order.get(a.item.dimensionId) ?? 0) - (order.get(b.item.dimensionId) ?? 0) || a.index - b.index)
    .map(({ item }) => item);
  return (scope === 'all' ? items : items.filter((i) => i.dimensionId === dimensionId)).map((i) => i.id);
}

/** Heights of the level bars in percent of the tallest (0 for an empty level; all 0 without answers). */
export function barHeights(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts.filter((c) => Number.isFinite(c) && c > 0));
  return counts.map((c) => (max > 0 && Number.isFinite(c) && c > 0 ? Math.round((c / max) * 100) : 0));
}

/** How many of `itemIds` a voter has answered, from the view's `answered` lists (never the answers). */
export function answeredBy(view: Pick<SpreadView, 'answered'> | null, voterId: string, itemIds: readonly string[]): number {
  if (!view) return 0;
  return itemIds.filter((id) => (view.answered[id] ?? []).includes(voterId)).length;
}

export interface Disagreement {
  /** Dimensions with at least one flagged question: most flagged first, then the widest mean range, then instrument order. */
  dimensions: DimensionSpread[];
  /** Flagged questions: widest range first (checklists, which have none, after), then workshop order. */
  items: ItemSpread[];
}

/** Where the room disagreed most. Empty lists when nothing was flagged. */
export function disagreedMost(view: Pick<SpreadView, 'items' | 'dimensions'>, instrument: Instrument): Disagreement {
  const dimOrder = new Map(instrument.dimensions.map((d) => [d.id as string, d.order]));
  const itemOrder = new Map(scopeItemIds(instrument, '', null, 'all').map((id, i) => [id, i]));
  const dimensions = view.dimensions
    .filter((d) => d.flaggedItems > 0)
    .sort(
      (a, b) =>
        b.flaggedItems - a.flaggedItems ||
        (b.meanRange ?? -1) - (a.meanRange ?? -1) ||
        (dimOrder.get(a.dimensionId) ?? 0) - (dimOrder.get(b.dimensionId) ?? 0),
    );
  const items = view.items
    .filter((i) => i.disagreement)
    .sort((a, b) => (b.range ?? -1) - (a.range ?? -1) || (itemOrder.get(a.itemId) ?? 0) - (itemOrder.get(b.itemId) ?? 0));
  return { dimensions, items };
}

/**
 * The room's QR code as an image source. The SVG comes from the main process; shown through
 * <img> it can run no script and inject no markup into the page (the CSP allows data: images).
 */
export function qrImageSource(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * A room nobody has joined this long after it opened probably sits on a network that keeps
 * devices apart (guest Wi-Fi often isolates clients), which the laptop cannot see from inside.
 */
export const ROOM_NOBODY_HINT_MS = 45_000;

/** True when the panel should suggest round the table because nobody could join. */
export function roomLooksUnreachable(room: Pick<RoomInfo, 'openedAt' | 'participants'>, nowMs: number): boolean {
  const opened = Date.parse(room.openedAt);
  return room.participants.length === 0 && Number.isFinite(opened) && nowMs - opened >= ROOM_NOBODY_HINT_MS;
}
