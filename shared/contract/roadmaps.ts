/**
 * Roadmaps (issue 4): generated from a finalised maturity check, edited with the client (every
 * change committed at once), triaged against the AI Act, reviewed, signed off and exported as a
 * Word report in the client's language.
 *
 * Revisions: a roadmap is edited as a draft of revision N. Signing off freezes revision N (read-
 * only for ever, queued for the portal in the same transaction); `roadmaps.newRevision` opens
 * revision N + 1 as a copy, which needs its own sign-off. Edits to a signed-off revision answer
 * `read_only`.
 */
import { z } from 'zod';
import { method } from './define';
import { cents, id, isoDate, locale, mediumText, shortText, text } from './common';
import { AI_ACT_QUESTION_IDS, type AiActRisk, type AiActTriage } from '../domain/ai-act';
import { ROADMAP_HORIZONS, type InitiativeReason, type ProposedRoadmap, type RoadmapMode, type RoadmapTotals } from '../domain/roadmap';
import type { MaturityLevel } from '../domain/scoring';
import type { ComparisonChange, EditedInitiative, RoadmapProblem, RoadmapWarning } from '../domain/roadmap-edit';
import { PILLARS } from '../reference/catalogue/types';
import { DIMENSION_IDS } from '../reference/instrument/types';
import type { Locale } from '../locale';

export const ROADMAP_LIMITS = {
  /** Far above a real SME roadmap (6–12), low enough to keep every screen and the report fast. */
  initiatives: 100,
  /** Longest horizon × 5: a start or duration beyond that is a typo. */
  maxMonth: 120,
} as const;

export const INITIATIVE_SOURCES = ['proposal', 'catalogue', 'custom'] as const;
export type InitiativeSource = (typeof INITIATIVE_SOURCES)[number];
export type RoadmapStatus = 'draft' | 'signed_off';

const horizon = z.union(ROADMAP_HORIZONS.map((h) => z.literal(h)) as [z.ZodLiteral<12>, z.ZodLiteral<18>, z.ZodLiteral<24>]);
const key = z.string().uuid();
const revision = z.number().int().min(1).max(100_000);
const month = z.number().int().min(0).max(ROADMAP_LIMITS.maxMonth);
const duration = z.number().int().min(1).max(ROADMAP_LIMITS.maxMonth);
const templateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'template_id_invalid');
const dimensionIds = z
  .array(z.enum(DIMENSION_IDS))
  .max(DIMENSION_IDS.length)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_dimension' });
/** First day of a month: the roadmap's month 1, used for month names on the timeline. */
const monthStart = isoDate.refine((d) => d.endsWith('-01'), { message: 'first_of_month' });
const requiredText = shortText.trim().min(1, 'required');

const aiActAnswersSchema = z.strictObject(
  Object.fromEntries(AI_ACT_QUESTION_IDS.map((q) => [q, text(60).nullable().optional()])) as Record<
    (typeof AI_ACT_QUESTION_IDS)[number],
    z.ZodOptional<z.ZodNullable<z.ZodString>>
  >,
);

/** What the advisor edits on an initiative; each field is saved on its own as it is typed. */
export const initiativePatchSchema = z
  .strictObject({
    /** '' = the catalogue title, in the reader's language. */
    title: shortText,
    pillar: z.enum(PILLARS),
    dimensionIds,
    startMonth: month,
    durationMonths: duration,
    costCents: cents,
    owner: shortText,
    expectedBenefitCentsPerYear: cents.nullable(),
    /** '' = the catalogue KPIs, in the reader's language. */
    kpi: mediumText,
    /** Builds or uses an AI system: needs an AI Act triage. */
    usesAi: z.boolean(),
  })
  .partial();
export type InitiativePatch = z.output<typeof initiativePatchSchema>;

const customInitiativeSchema = z.strictObject({
  title: requiredText,
  pillar: z.enum(PILLARS),
  dimensionIds: dimensionIds.default([]),
  startMonth: month.default(0),
  durationMonths: duration.default(3),
  costCents: cents.default(0),
  usesAi: z.boolean().default(false),
});

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

/** An initiative as the screens get it: the fields the roadmap rules read, and what the service adds. */
export interface RoadmapInitiative extends EditedInitiative {
  /** 0-based order in the roadmap (the advisor's order). */
  position: number;
  source: InitiativeSource;
  dimensionIds: string[];
  /** Why the generator proposed it (null for one the advisor added). */
  reason: InitiativeReason | null;
  /** null when the initiative neither builds nor uses an AI system. */
  aiAct: AiActTriage | null;
  /** 'minimal' with usesAi false: no AI system, nothing to classify. */
  aiActRisk: AiActRisk;
  warnings: RoadmapWarning[];
  updatedAt: string;
}

export interface RoadmapCheckInfo {
  id: string;
  revision: number;
  heldOn: string;
  finalisedAt: string;
  instrumentVersion: string;
  overall: number | null;
  level: MaturityLevel | null;
  /** In instrument order. */
  dimensions: { id: string; score: number | null; target: number | null; gap: number | null }[];
}

export interface RoadmapSignOff {
  revision: number;
  managerName: string;
  managerRole: string;
  /** ISO date the manager signed. */
  signedOn: string;
  /** When it was recorded. */
  signedAt: string;
}

export interface RoadmapView {
  id: string;
  clientId: string;
  clientName: string;
  /** The language of the client's report (independent of the UI). */
  reportLocale: Locale;
  check: RoadmapCheckInfo;
  catalogueVersion: string;
  horizonMonths: 12 | 18 | 24;
  /** First day of month 1 (null: months are shown as M1, M2 …). */
  startsOn: string | null;
  mode: RoadmapMode;
  /** The revision shown. */
  revision: number;
  latestRevision: number;
  status: RoadmapStatus;
  /** True when this revision cannot change (signed off, or an older revision). */
  readOnly: boolean;
  initiatives: RoadmapInitiative[];
  totals: RoadmapTotals;
  signOff: RoadmapSignOff | null;
  /** What stops the sign-off of this revision (empty = it can be signed). */
  signOffProblems: RoadmapProblem[];
  createdAt: string;
  updatedAt: string;
}

export interface RoadmapSummary {
  id: string;
  revision: number;
  status: RoadmapStatus;
  horizonMonths: number;
  initiativeCount: number;
  totalCostCents: number;
  checkHeldOn: string;
  checkRevision: number;
  signOff: RoadmapSignOff | null;
  createdAt: string;
  updatedAt: string;
}

export interface RoadmapRevisionSummary {
  revision: number;
  status: RoadmapStatus;
  initiativeCount: number;
  totalCostCents: number;
  signOff: RoadmapSignOff | null;
  /** Set when the sign-off queued a portal submission: its outbox id. */
  outboxId: string | null;
}

/** A finalised check a roadmap can be generated from (latest revision of each check). */
export interface RoadmapSource {
  assessmentId: string;
  revision: number;
  heldOn: string;
  finalisedAt: string;
  overall: number | null;
  level: MaturityLevel | null;
  /** Roadmaps already generated from this check (any revision of it). */
  roadmapCount: number;
}

export type { ComparisonChange, RoadmapProblem, RoadmapWarning };

export interface RoadmapComparison {
  proposal: ProposedRoadmap;
  proposalTotals: RoadmapTotals;
  currentTotals: RoadmapTotals;
  /** Proposed initiatives still in the roadmap, with what the advisor changed. */
  kept: { templateId: string; key: string; changes: ComparisonChange[] }[];
  /** Proposed but removed. */
  removed: string[];
  /** In the roadmap but not proposed (catalogue additions and custom initiatives). */
  added: { key: string; templateId: string | null }[];
}

export interface ExportResult {
  /**
   * 'saved': written where the advisor chose (Electron save dialog; `path` set);
   * 'download': no native dialog (browser preview, tests): the bytes come back as base64 and
   * the browser's own download asks where to save;
   * 'cancelled': the advisor closed the save dialog; nothing was written.
   */
  status: 'saved' | 'download' | 'cancelled';
  fileName: string;
  locale: Locale;
  sizeBytes: number;
  sha256: string;
  path: string | null;
  base64: string | null;
  /** Generation time, for the benchmark note. */
  millis: number;
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

export const roadmapsContract = {
  /** Finalised checks of a client that a roadmap can be generated from, newest first. */
  'roadmaps.sources': method<RoadmapSource[]>()(z.strictObject({ clientId: id })),
  /** Generates a roadmap from a finalised check (default: its latest revision) over 12, 18 or 24 months. */
  'roadmaps.generate': method<RoadmapView>()(
    z.strictObject({ clientId: id, assessmentId: id, assessmentRevision: revision.optional(), horizonMonths: horizon }),
  ),
  /** A revision of a roadmap (default: the latest). */
  'roadmaps.get': method<RoadmapView>()(z.strictObject({ id, revision: revision.optional() })),
  'roadmaps.list': method<RoadmapSummary[]>()(z.strictObject({ clientId: id })),
  /** Removes a roadmap that was never signed off (e.g. generated with the wrong horizon). */
  'roadmaps.delete': method<{ deleted: true }>()(z.strictObject({ id })),
  /** Month 1 of the roadmap (first day of a month), or null for M1, M2 …. */
  'roadmaps.update': method<RoadmapView>()(z.strictObject({ id, patch: z.strictObject({ startsOn: monthStart.nullable() }) })),
  'roadmaps.addFromCatalogue': method<RoadmapView>()(z.strictObject({ id, templateId, startMonth: month.optional() })),
  'roadmaps.addCustom': method<RoadmapView>()(z.strictObject({ id, initiative: customInitiativeSchema })),
  'roadmaps.removeInitiative': method<RoadmapView>()(z.strictObject({ id, key })),
  /** The new order: every initiative key of the revision exactly once. */
  'roadmaps.reorder': method<RoadmapView>()(z.strictObject({ id, keys: z.array(key).max(ROADMAP_LIMITS.initiatives) })),
  'roadmaps.updateInitiative': method<RoadmapView>()(z.strictObject({ id, key, patch: initiativePatchSchema })),
  /** Saves the AI Act triage answers of one initiative (the whole set; null/absent = unanswered). */
  'roadmaps.setAiActAnswers': method<RoadmapView>()(z.strictObject({ id, key, answers: aiActAnswersSchema })),
  /** The roadmap (a revision, default the latest) against the generated proposal. */
  'roadmaps.compare': method<RoadmapComparison>()(z.strictObject({ id, revision: revision.optional() })),
  /**
   * The SME manager signs the latest revision off: it becomes read-only and is queued for the
   * portal in the same transaction.
   */
  'roadmaps.signOff': method<RoadmapView>()(
    z.strictObject({ id, managerName: requiredText, managerRole: requiredText, signedOn: isoDate }),
  ),
  /** Opens revision N + 1 (a copy of the signed-off revision N) for changes. */
  'roadmaps.newRevision': method<RoadmapView>()(z.strictObject({ id })),
  'roadmaps.revisions': method<RoadmapRevisionSummary[]>()(z.strictObject({ id })),
  /**
   * The Word report of a revision (default: the latest) in the client's report language (or
   * `locale`). Progress arrives as `progress` events with task 'report' and this `taskId`.
   */
  'roadmaps.exportReport': method<ExportResult>()(
    z.strictObject({ id, revision: revision.optional(), locale: locale.optional(), taskId: z.string().uuid() }),
  ),
  /**
   * Opens the folder of a report saved in this session, with the file selected (desktop app).
   * Only a path the export itself wrote is accepted (anything else: not_found); `shown: false`
   * where there is no file manager to open (browser preview, tests).
   */
  'roadmaps.showReportInFolder': method<{ shown: boolean }>()(z.strictObject({ path: text(4096).min(1) })),
};
