import type { LocalizedText } from '../../locale';

/**
 * The six service pillars of the Luxembourg AI Factory (L-AIF), in the order the L-AIF lists them:
 * Assess & Accelerate, Upskill & Train, Connect, Fund, Build & Test, Scale & Execute.
 * The ids are the ones of the portal's `roadmap` payload (portal-protocol.md).
 */
export const PILLARS = ['assess', 'upskill', 'connect', 'fund', 'build_test', 'scale_execute'] as const;
export type Pillar = (typeof PILLARS)[number];

/** One reusable initiative ("Maßnahme" / "Moossnam") the roadmap generator can propose. */
export interface InitiativeTemplate {
  /** Stable kebab-case id; never reused for a different initiative in a later catalogue version. */
  id: string;
  pillar: Pillar;
  /** Maturity dimensions the initiative improves (instrument dimension ids, e.g. `data`). */
  dimensionIds: string[];
  /** Instrument items it improves; by convention an item id is `<dimensionId>.<name>`. */
  itemIds: string[];
  /** Typical duration in whole months. */
  durationMonths: number;
  /** Typical external + internal cost for an SME, euro cents excl. VAT, `[low, high]`. */
  costRangeCents: [number, number];
  /** Template ids that must be done (or at least started) before this one. Acyclic. */
  prerequisites: string[];
  kpis: LocalizedText[];
  title: LocalizedText;
  rationale: LocalizedText;
  /** True when the initiative builds or deploys an AI system, so it needs an AI Act triage. */
  buildsAiSystem: boolean;
  /** "Sustain and scale" initiative, proposed when every gap is small (already mature companies). */
  sustain?: true;
}

/** A versioned catalogue; a saved roadmap stores the version it was generated from. */
export interface Catalogue {
  /** e.g. `2026.1` */
  version: string;
  /** ISO date the content was last reviewed. */
  checkedOn: string;
  /** Instrument version whose item ids the templates use (from 2026.2 on; 2026.1 predates the field). */
  instrumentVersion?: string;
  /** Where the cost ranges come from, shown next to costs in the UI and report. */
  costBasis: LocalizedText;
  templates: readonly InitiativeTemplate[];
}
