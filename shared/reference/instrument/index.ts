/**
 * Registry of instrument versions. A stored assessment names its version and is always read and
 * scored with that version, so old versions stay here when new ones are added.
 */
import { AppError } from '../../errors';
import type { DimensionId, Instrument, Item } from './types';
import { INSTRUMENT_2026_1 } from './v2026-1';
import { INSTRUMENT_2026_2 } from './v2026-2';
import { compareVersions } from '../versions';

export * from './types';

/** The version new assessments use. */
export const CURRENT_INSTRUMENT_VERSION = '2026.2';

const INSTRUMENTS: Readonly<Record<string, Instrument>> = {
  [INSTRUMENT_2026_1.version]: INSTRUMENT_2026_1,
  [INSTRUMENT_2026_2.version]: INSTRUMENT_2026_2,
};

/** Known versions, oldest first (versions are `YYYY.N`). */
export function listInstrumentVersions(): string[] {
  return Object.keys(INSTRUMENTS).sort(compareVersions);
}

/** The instrument of that version; throws `AppError('not_found')` for an unknown version. */
export function getInstrument(version: string): Instrument {
  const instrument = Object.prototype.hasOwnProperty.call(INSTRUMENTS, version) ? INSTRUMENTS[version] : undefined;
  if (!instrument) {
    const known = listInstrumentVersions();
    throw new AppError('not_found', `Unknown instrument version "${String(version)}" (known: ${known.join(', ')})`, {
      version,
      known,
    });
  }
  return instrument;
}

/**
 * Item scores of a check read in the item ids of instrument `toVersion` (for a catalogue written for
 * it): an item the check has no score for takes the score of the item it was carried from
 * (`Instrument.carriedFrom`). Scores already present are never replaced; everything else is kept as is.
 */
export function carryItemScores(scores: ReadonlyMap<string, number | null>, toVersion: string): Map<string, number | null> {
  const out = new Map(scores);
  for (const [newId, oldId] of Object.entries(getInstrument(toVersion).carriedFrom ?? {})) {
    if (!out.has(newId) && scores.has(oldId)) out.set(newId, scores.get(oldId) ?? null);
  }
  return out;
}

/** The items of one dimension, in the order they are asked. */
export function itemsOfDimension(instrument: Instrument, dimensionId: DimensionId): Item[] {
  return instrument.items.filter((item) => item.dimensionId === dimensionId);
}

const itemMaps = new WeakMap<Instrument, ReadonlyMap<string, Item>>();

/** The instrument's items by id (built once per instrument: answers are looked up on every save). */
export function itemsById(instrument: Instrument): ReadonlyMap<string, Item> {
  let items = itemMaps.get(instrument);
  if (!items) {
    items = new Map(instrument.items.map((item) => [item.id, item]));
    itemMaps.set(instrument, items);
  }
  return items;
}

/** The item with that id, or undefined. */
export function findItem(instrument: Instrument, itemId: string): Item | undefined {
  return itemsById(instrument).get(itemId);
}
