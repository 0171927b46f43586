/**
 * Placing the chosen initiatives on the horizon: after their prerequisites, at most ROADMAP_RULES.maxParallel
 * at once, shortened or dropped when they do not fit (rule 5 of roadmap.ts). Part of roadmap.ts.
 */
import { type RoadmapHorizon, ROADMAP_RULES, type InitiativeReason, type ProposedInitiative, type RoadmapMode, type DroppedInitiative, type ProposedRoadmap } from './roadmap-types';
import type { Selection } from './roadmap-selection';

export interface Slot {
  start: number;
  duration: number;
  shortened: boolean;
  overlaps: boolean;
}

export function schedule(selection: Selection, horizon: number, catalogueVersion: string, mode: RoadmapMode): ProposedRoadmap {
  const load = new Array<number>(horizon).fill(0);
  const placed = new Map<string, Slot>();
  const dropped: DroppedInitiative[] = [];
  const droppedIds = new Set<string>();
  const fitsCapacity = (start: number, duration: number): boolean => {
    for (let m = start; m < start + duration; m++) if (load[m] >= ROADMAP_RULES.maxParallel) return false;
    return true;
  };

  for (const t of selection.order) {
    if (t.prerequisites.some((p) => droppedIds.has(p))) {
      dropped.push({ templateId: t.id, cause: 'prerequisite_dropped' });
      droppedIds.add(t.id);
      continue;
    }
    // Prerequisites not in the selection are already in place in the company: nothing to wait for.
    const pre = t.prerequisites.map((p) => placed.get(p)).filter((s): s is Slot => s !== undefined);
    const earliest = Math.max(0, ...pre.map((s) => s.start + s.duration));
    const typical = t.durationMonths;
    const minDuration = Math.max(1, Math.ceil(typical / 2));
    let slot: Slot | null = null;
    if (earliest + typical <= horizon) {
      let start = earliest;
      for (let s = earliest; s + typical <= horizon; s++) {
        if (fitsCapacity(s, typical)) {
          start = s;
          break;
        }
      }
      slot = { start, duration: typical, shortened: false, overlaps: false };
    } else if (earliest + minDuration <= horizon) {
      slot = { start: earliest, duration: horizon - earliest, shortened: true, overlaps: false };
    } else if (pre.length > 0) {
      const start = Math.max(...pre.map((s) => s.start));
      const duration = Math.min(typical, horizon - start);
      if (duration >= minDuration) slot = { start, duration, shortened: duration < typical, overlaps: true };
    }
    if (!slot) {
      dropped.push({ templateId: t.id, cause: 'horizon' });
      droppedIds.add(t.id);
      continue;
    }
    placed.set(t.id, slot);
    for (let m = slot.start; m < slot.start + slot.duration; m++) load[m]++;
  }

  const priority = new Map(selection.order.map((t, i) => [t.id, i]));
  const initiatives: ProposedInitiative[] = selection.order
    .filter((t) => placed.has(t.id))
    .map((t) => {
      const slot = placed.get(t.id) as Slot;
      return {
        templateId: t.id,
        pillar: t.pillar,
        dimensionIds: [...t.dimensionIds],
        startMonth: slot.start,
        durationMonths: slot.duration,
        typicalDurationMonths: t.durationMonths,
        costCents: Math.round((t.costRangeCents[0] + t.costRangeCents[1]) / 2),
        buildsAiSystem: t.buildsAiSystem,
        reason: selection.reasons.get(t.id) as InitiativeReason,
        prerequisiteIds: t.prerequisites.filter((p) => placed.has(p)),
        prerequisitesInPlace: t.prerequisites.filter((p) => !selection.has(p)),
        requiredBy: selection.order.filter((d) => placed.has(d.id) && d.prerequisites.includes(t.id)).map((d) => d.id),
        pulledIn: selection.pulledIn.has(t.id),
        shortened: slot.shortened,
        overlapsPrerequisite: slot.overlaps,
      };
    })
    .sort((a, b) => a.startMonth - b.startMonth || (priority.get(a.templateId) ?? 0) - (priority.get(b.templateId) ?? 0));

  return { catalogueVersion, horizonMonths: horizon as RoadmapHorizon, mode, initiatives, dropped };
}
