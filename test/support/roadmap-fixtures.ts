/**
 * A finalised maturity check made through the contract, for roadmap tests (integration and
 * end to end): every item answered at a level per dimension, targets set, then finalised.
 */
import type { Input, MethodName, Output } from '@shared/contract';
import { getInstrument } from '@shared/reference/instrument';
import type { DimensionId } from '@shared/reference/instrument/types';

type Ok = <K extends MethodName>(name: K, input: Input<K>) => Promise<Output<K>>;

/** Scale level 0..5 per dimension; a checklist gets the same share of its options ticked. */
export type CheckProfile = Record<DimensionId, number>;

/** A small manufacturer: weak data and AI use, decent foundations. Targets one to two levels up. */
export const WEAK_DATA: CheckProfile = { strategy: 2, foundations: 3, people: 2, data: 1, ai_use: 1, responsible: 2, green: 2 };
export const WEAK_DATA_TARGETS: Partial<Record<DimensionId, number>> = { strategy: 60, data: 60, ai_use: 60, people: 60, responsible: 60 };
/** Every practice in place: a "sustain and scale" roadmap. */
export const OPTIMIZED: CheckProfile = { strategy: 5, foundations: 5, people: 5, data: 5, ai_use: 5, responsible: 5, green: 5 };

export async function finalisedCheck(
  ok: Ok,
  clientId: string,
  profile: CheckProfile = WEAK_DATA,
  targets: Partial<Record<DimensionId, number>> = WEAK_DATA_TARGETS,
  heldOn = '2026-03-02',
) {
  const check = await ok('assessments.start', {
    clientId,
    stage: 'first',
    previousId: null,
    heldOn,
    language: 'fr',
    participants: [{ name: 'Anne Muller', role: 'Gérante' }],
  });
  // A new check uses the current instrument; answer the items of that version.
  const instrument = getInstrument(check.instrumentVersion);
  for (const item of instrument.items) {
    const level = profile[item.dimensionId];
    if (item.format.kind === 'scale') {
      await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, level });
    } else {
      const options = item.format.options;
      const n = Math.round((options.length * level) / 5);
      await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, checked: options.slice(0, n).map((o) => o.id) });
    }
  }
  await ok('assessments.saveNote', { id: check.id, itemId: 'data.inventory', note: 'Kundendaten in Excel-Dateien pro Verkäufer' });
  for (const [dimensionId, target] of Object.entries(targets)) {
    await ok('assessments.saveTarget', { id: check.id, dimensionId: dimensionId as DimensionId, target: target as number });
  }
  const outcome = await ok('assessments.finalise', { id: check.id });
  return outcome.snapshot;
}
