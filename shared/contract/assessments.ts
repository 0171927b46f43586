/**
 * AI maturity checks (issue 3): start a check, capture answers / notes / targets one at a time
 * (each one committed at once), resume, finalise into an immutable revision, read results.
 *
 * Revisions: a check is a draft until finalised; finalising freezes answers, notes, targets and
 * the computed result as revision N (N = 1, 2 …). `assessments.reopen` turns a finalised check
 * back into a draft of revision N + 1; revision N stays readable for ever.
 *
 * For other features (roadmaps, reports): `assessments.snapshot` gives one finalised revision as
 * a `FinalisedSnapshot` (the latest finalised revision of each of a client's checks:
 * `listFinalised` on the service object in the main process, and a test-only method, test-only.ts).
 */
import { z } from 'zod';
import { MAX_PARTICIPANTS, NOTE_TOO_LONG } from './assessment-limits';

export { MAX_PARTICIPANTS, NOTE_TOO_LONG };
import { method } from './define';
import { LIMITS, id, isoDate, locale, shortText, text } from './common';
import type { Locale } from '../locale';
import { DIMENSION_IDS, type DimensionId } from '../reference/instrument/types';
import type { Answer, AnswerCounts, AssessmentScore, CheckComparison, MaturityLevel, ScoreCoverage } from '../domain/scoring';

export { STAGES, type FinalisedSnapshot, type Stage } from '../domain/check-history';
import { STAGES, type FinalisedSnapshot, type Stage } from '../domain/check-history';
const CURSOR_VIEWS = ['item', 'grid'] as const;
export type CursorView = (typeof CURSOR_VIEWS)[number];

/** Message of the zod issue for an over-long note (translated in errors.json `fields.note_too_long`). */

export const participantSchema = z.strictObject({ name: shortText, role: shortText });
export type Participant = z.infer<typeof participantSchema>;

const itemId = text(120).min(1);
const participants = z.array(participantSchema).max(MAX_PARTICIPANTS);
/** A target on the 0–100 scale; the UI offers the level steps 0, 20 … 100. */
const target = z.number().int().min(0).max(100);

export const answerInputSchema = z.strictObject({
  id,
  itemId,
  /** Scale items: 0..5. Anything else is refused here, before the service sees it. */
  level: z.number().int().min(0).max(5).nullable().default(null),
  /** Checklist items: option ids in place (an empty list is the answer "none of these"). */
  checked: z.array(text(80).min(1)).max(50).nullable().default(null),
  notApplicable: z.boolean().default(false),
  unknown: z.boolean().default(false),
});

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

export interface AssessmentHeader {
  id: string;
  clientId: string;
  stage: Stage;
  /** The earlier check this one follows up (stage 'follow_up'), else null. */
  previousId: string | null;
  /** Date of the workshop (YYYY-MM-DD). */
  heldOn: string;
  /** Language the workshop is held in (and the portal submission's locale). */
  language: Locale;
  participants: Participant[];
  instrumentVersion: string;
  /** 'draft' while answers may change; 'finalised' when the working copy equals revision `revision`. */
  status: 'draft' | 'finalised';
  /** Number of finalised revisions so far (0 = never finalised). A draft edits revision + 1. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface AssessmentDetail extends AssessmentHeader {
  /** Working copy, one per answered / N/A / don't-know item (unanswered items have none). */
  answers: Answer[];
  /** itemId → note. */
  notes: Record<string, string>;
  /** dimensionId → target 0–100. */
  targets: Partial<Record<DimensionId, number>>;
  /** Where the workshop stands: a step id of `workshopSteps` (null = the start). */
  position: { step: string | null; view: CursorView };
  lastFinalisedAt: string | null;
  /**
   * A follow-up's earlier check (the latest revision of the check it follows up), so the
   * presenter can show last time's answer beside each question. Only answers whose question
   * still exists, in the same format, in this check's instrument. Null for a first check.
   */
  previous: { id: string; revision: number; heldOn: string; answers: Answer[] } | null;
}

export interface AssessmentSummary extends AssessmentHeader {
  /** Counts of the working copy (what is answered so far). */
  counts: AnswerCounts;
  /** Latest finalised revision's result, or nulls. */
  lastFinalisedAt: string | null;
  overall: number | null;
  level: MaturityLevel | null;
  /** Which dimensions that overall stands on (null when never finalised). */
  coverage: ScoreCoverage | null;
}

export interface ProgressPoint {
  id: string;
  revision: number;
  /** "T0", "T1" … in the order the checks were held. */
  label: string;
  heldOn: string;
  finalisedAt: string;
  stage: Stage;
  instrumentVersion: string;
  scoringVersion: string;
  overall: number | null;
  level: MaturityLevel | null;
  /** Incomplete when a dimension has no score (the overall is then over fewer dimensions). */
  coverage: ScoreCoverage;
  dimensions: { id: DimensionId; score: number | null; target: number | null }[];
}

export interface ResultsView {
  assessment: AssessmentHeader;
  /** A finalised revision, or the live draft (a preview: not frozen). */
  source: { kind: 'revision'; revision: number; finalisedAt: string } | { kind: 'draft' };
  result: AssessmentScore;
  /** Versions the shown result was made with (a draft: the current ones, it is scored live). */
  versions: { instrument: string; scoring: string; fundingRules: string };
  previous: {
    id: string;
    revision: number;
    heldOn: string;
    finalisedAt: string;
    instrumentVersion: string;
    scoringVersion: string;
    result: AssessmentScore;
  } | null;
  /** Like-for-like change against `previous` (dimensions scored in both); null without a previous check. */
  comparison: CheckComparison | null;
  /** The client's finalised checks, oldest first (latest revision of each). */
  progress: ProgressPoint[];
  revisions: { revision: number; finalisedAt: string; overall: number | null }[];
}

export interface Completeness {
  counts: AnswerCounts;
  /** Items with no answer at all, in workshop order. */
  unanswered: { itemId: string; dimensionId: DimensionId }[];
  /** Items answered "don't know". */
  unknown: { itemId: string; dimensionId: DimensionId }[];
  missingTargets: DimensionId[];
  /** Finalising is always allowed (skips are allowed); false only when already finalised. */
  canFinalise: boolean;
}

export type SharingOutcome =
  /** An `assessment` submission is in the outbox (the client consented to share results). */
  | { state: 'queued'; outboxId: string }
  | { state: 'no_consent' }
  /** Consent given, but the payload would not pass the portal's checks (e.g. size class unknown). */
  | { state: 'not_shareable'; problems: string[] };

export interface FinaliseOutcome {
  snapshot: FinalisedSnapshot;
  sharing: SharingOutcome;
}

export interface SavedAnswer {
  itemId: string;
  state: 'answered' | 'notApplicable' | 'unknown' | 'unanswered';
  savedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

export const assessmentsContract = {
  'assessments.start': method<AssessmentDetail>()(
    z.strictObject({
      clientId: id,
      stage: z.enum(STAGES),
      previousId: id.nullable().default(null),
      heldOn: isoDate,
      language: locale,
      participants: participants.default([]),
    }),
  ),
  'assessments.get': method<AssessmentDetail>()(z.strictObject({ id })),
  'assessments.list': method<AssessmentSummary[]>()(z.strictObject({ clientId: id })),
  'assessments.saveAnswer': method<SavedAnswer>()(answerInputSchema),
  /** An empty note removes it. */
  'assessments.saveNote': method<{ itemId: string; savedAt: string }>()(
    z.strictObject({ id, itemId, note: text(LIMITS.longText, { multiline: true, tooLong: NOTE_TOO_LONG }) }),
  ),
  /** null removes the target. */
  'assessments.saveTarget': method<{ dimensionId: DimensionId; savedAt: string }>()(
    z.strictObject({ id, dimensionId: z.enum(DIMENSION_IDS), target: target.nullable() }),
  ),
  'assessments.savePosition': method<{ savedAt: string }>()(
    z.strictObject({ id, step: text(160).nullable(), view: z.enum(CURSOR_VIEWS).default('item') }),
  ),
  /** Workshop header: date and participants (drafts only); language (any time). */
  'assessments.update': method<AssessmentDetail>()(
    z.strictObject({
      id,
      patch: z.strictObject({ heldOn: isoDate.optional(), language: locale.optional(), participants: participants.optional() }),
    }),
  ),
  'assessments.completeness': method<Completeness>()(z.strictObject({ id })),
  'assessments.finalise': method<FinaliseOutcome>()(z.strictObject({ id })),
  /** Makes a finalised check editable again, as a draft of the next revision. */
  'assessments.reopen': method<AssessmentDetail>()(z.strictObject({ id })),
  /** Removes a check that was never finalised (e.g. started by mistake). */
  'assessments.discard': method<{ discarded: true }>()(z.strictObject({ id })),
  /** Results of a revision (default: the latest finalised, or the live draft if none). */
  'assessments.results': method<ResultsView>()(
    z.strictObject({ id, revision: z.number().int().min(1).max(100_000).optional() }),
  ),
  /** One finalised revision (default: the latest). not_found when never finalised. */
  'assessments.snapshot': method<FinalisedSnapshot>()(
    z.strictObject({ id, revision: z.number().int().min(1).max(100_000).optional() }),
  ),
  /** The client's finalised checks as a series T0 → T1 → T2 … (latest revision of each). */
  'assessments.progress': method<ProgressPoint[]>()(z.strictObject({ clientId: id })),
  /** The latest finalised revision of each of a client's checks, oldest first. */
};
