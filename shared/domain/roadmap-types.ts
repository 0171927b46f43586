/**
 * A roadmap proposal's rules (horizons, ROADMAP_RULES), input and output shapes (docs/domain.md §4).
 * The proposal itself is roadmap.ts.
 */
import type { Catalogue, Pillar } from '../reference/catalogue/types';

export const ROADMAP_HORIZONS = [12, 18, 24] as const;
export type RoadmapHorizon = (typeof ROADMAP_HORIZONS)[number];

export const ROADMAP_RULES = {
  /** Item score (0..1) at or below which an answer counts as weak. */
  weakItemMax: 0.4,
  /** Item score at or above which the practice counts as already in place. */
  inPlaceItemMin: 0.8,
  /** Gaps up to this many points are noise, not a reason for an initiative. */
  smallGapPoints: 5,
  /** One initiative per this many gap points, at most `maxPerDimension`. */
  pointsPerInitiative: 20,
  maxPerDimension: 3,
  /** Preferred maximum of initiatives running in the same month. */
  maxParallel: 3,
  /** Size of a sustain-and-scale roadmap. */
  sustainCount: 3,
  defaultMaxInitiatives: { 12: 6, 18: 8, 24: 10 } as Record<RoadmapHorizon, number>,
} as const;

export interface RoadmapDimensionInput {
  id: string;
  /** 0–100, null when nothing was answered. */
  score: number | null;
  /** 0–100 set by the client, null when not set. */
  target: number | null;
}

export interface RoadmapAnswerInput {
  itemId: string;
  /** 0..1; null = not applicable, don't know or unanswered. */
  score: number | null;
}

export interface ProposeRoadmapInput {
  dimensions: readonly RoadmapDimensionInput[];
  answers: readonly RoadmapAnswerInput[];
  horizonMonths: RoadmapHorizon;
  catalogue: Catalogue;
  /** Upper bound on the number of initiatives (prerequisites included). Default by horizon: 6/8/10. */
  maxInitiatives?: number;
}

/** Why an initiative is proposed; data for the UI to phrase ("Data: 28 vs target 60; no data inventory"). */
export interface InitiativeReason {
  dimensionId: string;
  score: number;
  /** The target agreed with the client; null when none was set (never invented). */
  target: number | null;
  /** target − score, one decimal; null without a target; ≤ 5 in sustain mode. */
  gap: number | null;
  /**
   * Only in reasons stored by roadmaps generated before scoring 2026.2: true when `target` was a
   * default the generator made up (score + 20). Such a target is shown as "no target agreed".
   */
  targetIsDefault?: boolean;
  /** Weak items (≤ 0.4) of that dimension that this initiative addresses, in template order. */
  weakItemIds: string[];
}

export interface ProposedInitiative {
  templateId: string;
  pillar: Pillar;
  dimensionIds: string[];
  /** 0-based month of the horizon. */
  startMonth: number;
  durationMonths: number;
  /** The template's duration; larger than durationMonths when shortened to fit the horizon. */
  typicalDurationMonths: number;
  costCents: number;
  buildsAiSystem: boolean;
  reason: InitiativeReason;
  /** Prerequisites scheduled in this roadmap (before this initiative, or overlapping when flagged). */
  prerequisiteIds: string[];
  /** Prerequisites skipped because the answers show them already in place (all items ≥ 0.8). */
  prerequisitesInPlace: string[];
  /** Proposed initiatives that need this one first. */
  requiredBy: string[];
  /** Added as a prerequisite of another pick rather than for a gap of its own dimensions. */
  pulledIn: boolean;
  shortened: boolean;
  /** Starts together with a prerequisite instead of after it, because it would not fit otherwise. */
  overlapsPrerequisite: boolean;
}

export type RoadmapMode = 'close_gaps' | 'sustain' | 'no_data';

export interface DroppedInitiative {
  templateId: string;
  cause: 'horizon' | 'prerequisite_dropped';
}

export interface ProposedRoadmap {
  catalogueVersion: string;
  horizonMonths: RoadmapHorizon;
  mode: RoadmapMode;
  /** Sorted by start month, then by priority. */
  initiatives: ProposedInitiative[];
  /** Chosen but not schedulable inside the horizon. */
  dropped: DroppedInitiative[];
}
