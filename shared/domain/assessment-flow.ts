/**
 * The order of a maturity-check workshop: for each dimension, its items in the order they are
 * asked, then the dimension's target (what the client wants to reach in 12–24 months). The
 * presenter view walks these steps; the saved cursor is a step id, so a reopened workshop
 * resumes on the same screen. Pure: used by the main process (to check a cursor) and the UI.
 */
import type { DimensionId, Instrument } from '../reference/instrument/types';

export type WorkshopStep =
  | { kind: 'item'; id: string; itemId: string; dimensionId: DimensionId }
  | { kind: 'target'; id: string; dimensionId: DimensionId };

export const targetStepId = (dimensionId: DimensionId): string => `target:${dimensionId}`;

export function workshopSteps(instrument: Instrument): WorkshopStep[] {
  const steps: WorkshopStep[] = [];
  const dimensions = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  for (const dimension of dimensions) {
    for (const item of instrument.items) {
      if (item.dimensionId === dimension.id) steps.push({ kind: 'item', id: item.id, itemId: item.id, dimensionId: dimension.id });
    }
    steps.push({ kind: 'target', id: targetStepId(dimension.id), dimensionId: dimension.id });
  }
  return steps;
}

/** Index of a step id, or 0 (the first step) when the id is unknown or missing. */
export function stepIndex(steps: readonly WorkshopStep[], stepId: string | null | undefined): number {
  if (!stepId) return 0;
  const index = steps.findIndex((s) => s.id === stepId);
  return index < 0 ? 0 : index;
}

/** Progress label of a check in a client's series: "T0" before support, then T1, T2 … */
export const progressLabel = (index: number): string => `T${index}`;
