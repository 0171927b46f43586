/**
 * Every SQL statement of the maturity checks, and the one row builder of each table:
 * assessments (the working copy's header and cursor), assessment_answers (answer-row.ts, shared
 * with the participants' votes), assessment_notes, assessment_targets and assessment_revisions
 * (the frozen snapshots). Rules live in the services of this folder; nothing here decides.
 * Statements are prepared once: a save is one short transaction on the hot path (§1).
 */
import type { AssessmentDetail, AssessmentHeader, Participant, Stage } from '@shared/contract/assessments';
import type { Answer, AssessmentScore } from '@shared/domain/scoring';
import type { DimensionId } from '@shared/reference/instrument';
import type { Locale } from '@shared/locale';
import type { Db } from '@main/db/open-database';
import { insertSql, mapRow, upsertSql } from '@main/db/sql-rows';
import { answerColumns, answerFromRow, type AnswerColumns } from '../answer-row';

/** A check's working copy: its header and where the presenter stands. */
export interface CheckRecord extends AssessmentHeader {
  position: AssessmentDetail['position'];
}

/** The few columns every write checks (the hot path of a save), votes included. */
export interface CheckHead {
  clientId: string;
  status: AssessmentHeader['status'];
  instrumentVersion: string;
  language: Locale;
  previousId: string | null;
}

/** A check as it is started: the rest (status, revision, cursor) takes the table's defaults. */
export type NewCheck = Pick<AssessmentHeader, 'id' | 'clientId' | 'stage' | 'previousId' | 'heldOn' | 'language' | 'participants' | 'instrumentVersion'> & {
  createdAt: string;
};

export type Targets = Partial<Record<DimensionId, number>>;

/** One frozen revision, its JSON columns read back. `result` is as stored (see normaliseResult). */
export interface RevisionRecord {
  assessmentId: string;
  clientId: string;
  revision: number;
  finalisedAt: string;
  instrumentVersion: string;
  heldOn: string;
  language: Locale;
  participants: Participant[];
  answers: Answer[];
  notes: Record<string, string>;
  targets: Targets;
  result: AssessmentScore;
  overall: number | null;
  scoringVersion: string;
  fundingRulesVersion: string;
}

export interface RevisionListing {
  revision: number;
  finalisedAt: string;
  overall: number | null;
}

interface CheckRow {
  id: string;
  client_id: string;
  stage: string;
  previous_id: string | null;
  held_on: string;
  language: string;
  participants_json: string;
  instrument_version: string;
  status: string;
  revision: number;
  cursor_step: string | null;
  cursor_view: string;
  created_at: string;
  updated_at: string;
}

interface HeadRow {
  client_id: string;
  status: string;
  instrument_version: string;
  language: string;
  previous_id: string | null;
}

interface RevisionRow {
  assessment_id: string;
  client_id: string;
  revision: number;
  finalised_at: string;
  instrument_version: string;
  held_on: string;
  language: string;
  participants_json: string;
  answers_json: string;
  notes_json: string;
  targets_json: string;
  result_json: string;
  overall: number | null;
  scoring_version: string;
  funding_rules_version: string;
}

// ------------------------------------------------------------------------------------------------
// Row builders: one per table, both ways.
// ------------------------------------------------------------------------------------------------

function headFromRow(row: HeadRow): CheckHead {
  return {
    clientId: row.client_id,
    status: row.status as CheckHead['status'],
    instrumentVersion: row.instrument_version,
    language: row.language as Locale,
    previousId: row.previous_id,
  };
}

function checkFromRow(row: CheckRow): CheckRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    stage: row.stage as Stage,
    previousId: row.previous_id,
    heldOn: row.held_on,
    language: row.language as Locale,
    participants: JSON.parse(row.participants_json) as Participant[],
    instrumentVersion: row.instrument_version,
    status: row.status as AssessmentHeader['status'],
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    position: { step: row.cursor_step, view: row.cursor_view as CheckRecord['position']['view'] },
  };
}

/** A started check's row; status, revision and cursor take the table's defaults. */
function checkRow(check: NewCheck) {
  return {
    id: check.id,
    client_id: check.clientId,
    stage: check.stage,
    previous_id: check.previousId,
    held_on: check.heldOn,
    language: check.language,
    participants_json: JSON.stringify(check.participants),
    instrument_version: check.instrumentVersion,
    created_at: check.createdAt,
    updated_at: check.createdAt,
  };
}

interface Saved {
  assessmentId: string;
  clientId: string;
  at: string;
}

function answerRow(a: Saved & Answer) {
  return { assessment_id: a.assessmentId, client_id: a.clientId, item_id: a.itemId, ...answerColumns(a), updated_at: a.at };
}

function noteRow(n: Saved & { itemId: string; body: string }) {
  return { assessment_id: n.assessmentId, client_id: n.clientId, item_id: n.itemId, body: n.body, updated_at: n.at };
}

function targetRow(t: Saved & { dimensionId: string; target: number }) {
  return { assessment_id: t.assessmentId, client_id: t.clientId, dimension_id: t.dimensionId, target: t.target, updated_at: t.at };
}

function revisionFromRow(row: RevisionRow): RevisionRecord {
  return {
    assessmentId: row.assessment_id,
    clientId: row.client_id,
    revision: row.revision,
    finalisedAt: row.finalised_at,
    instrumentVersion: row.instrument_version,
    heldOn: row.held_on,
    language: row.language as Locale,
    participants: JSON.parse(row.participants_json) as Participant[],
    answers: JSON.parse(row.answers_json) as Answer[],
    notes: JSON.parse(row.notes_json) as Record<string, string>,
    targets: JSON.parse(row.targets_json) as Targets,
    result: JSON.parse(row.result_json) as AssessmentScore,
    overall: row.overall,
    scoringVersion: row.scoring_version,
    fundingRulesVersion: row.funding_rules_version,
  };
}

function revisionRow(rev: RevisionRecord): RevisionRow {
  return {
    assessment_id: rev.assessmentId,
    client_id: rev.clientId,
    revision: rev.revision,
    finalised_at: rev.finalisedAt,
    instrument_version: rev.instrumentVersion,
    held_on: rev.heldOn,
    language: rev.language,
    participants_json: JSON.stringify(rev.participants),
    answers_json: JSON.stringify(rev.answers),
    notes_json: JSON.stringify(rev.notes),
    targets_json: JSON.stringify(rev.targets),
    result_json: JSON.stringify(rev.result),
    overall: rev.overall,
    scoring_version: rev.scoringVersion,
    funding_rules_version: rev.fundingRulesVersion,
  };
}

export function createAssessmentsRepository(db: Db) {
  const byId = db.prepare<[string], CheckRow>('SELECT * FROM assessments WHERE id = ?');
  const headOf = db.prepare<[string], HeadRow>(
    'SELECT client_id, status, instrument_version, language, previous_id FROM assessments WHERE id = ?',
  );
  const byClient = db.prepare<[string], CheckRow>('SELECT * FROM assessments WHERE client_id = ? ORDER BY held_on, created_at, id');
  const insertCheck = db.prepare(insertSql('assessments', checkRow));
  const setHeldOn = db.prepare('UPDATE assessments SET held_on = ? WHERE id = ?');
  const setLanguage = db.prepare('UPDATE assessments SET language = ? WHERE id = ?');
  const setParticipants = db.prepare('UPDATE assessments SET participants_json = ? WHERE id = ?');
  const setCursor = db.prepare('UPDATE assessments SET cursor_step = ?, cursor_view = ? WHERE id = ?');
  const touch = db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?');
  const markFinalised = db.prepare("UPDATE assessments SET status = 'finalised', revision = ?, updated_at = ? WHERE id = ?");
  const markDraft = db.prepare("UPDATE assessments SET status = 'draft', updated_at = ? WHERE id = ?");
  const deleteCheck = db.prepare('DELETE FROM assessments WHERE id = ?');

  const answersOf = db.prepare<[string], AnswerColumns>(
    'SELECT item_id, level, checked_json, not_applicable, unknown FROM assessment_answers WHERE assessment_id = ?',
  );
  const upsertAnswer = db.prepare(upsertSql('assessment_answers', answerRow, ['assessment_id', 'item_id']));
  const deleteAnswer = db.prepare('DELETE FROM assessment_answers WHERE assessment_id = ? AND item_id = ?');

  const notesOf = db.prepare<[string], { item_id: string; body: string }>('SELECT item_id, body FROM assessment_notes WHERE assessment_id = ?');
  const upsertNote = db.prepare(upsertSql('assessment_notes', noteRow, ['assessment_id', 'item_id']));
  const deleteNote = db.prepare('DELETE FROM assessment_notes WHERE assessment_id = ? AND item_id = ?');

  const targetsOf = db.prepare<[string], { dimension_id: string; target: number }>(
    'SELECT dimension_id, target FROM assessment_targets WHERE assessment_id = ?',
  );
  const upsertTarget = db.prepare(upsertSql('assessment_targets', targetRow, ['assessment_id', 'dimension_id']));
  const deleteTarget = db.prepare('DELETE FROM assessment_targets WHERE assessment_id = ? AND dimension_id = ?');

  const revisionOf = db.prepare<[string, number], RevisionRow>('SELECT * FROM assessment_revisions WHERE assessment_id = ? AND revision = ?');
  const finalisedAtOf = db.prepare<[string, number], { finalised_at: string }>(
    'SELECT finalised_at FROM assessment_revisions WHERE assessment_id = ? AND revision = ?',
  );
  const revisionsOf = db.prepare<[string], { revision: number; finalised_at: string; overall: number | null }>(
    'SELECT revision, finalised_at, overall FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision',
  );
  const insertRevision = db.prepare(insertSql('assessment_revisions', revisionRow));

  return {
    // assessments
    check: (id: string): CheckRecord | undefined => mapRow(byId.get(id), checkFromRow),
    head: (id: string): CheckHead | undefined => mapRow(headOf.get(id), headFromRow),
    /** A client's checks in the order they were held. */
    checksOf: (clientId: string): CheckRecord[] => byClient.all(clientId).map(checkFromRow),
    insertCheck: (check: NewCheck) => void insertCheck.run(checkRow(check)),
    setHeldOn: (id: string, heldOn: string) => void setHeldOn.run(heldOn, id),
    setLanguage: (id: string, language: Locale) => void setLanguage.run(language, id),
    setParticipants: (id: string, participants: Participant[]) => void setParticipants.run(JSON.stringify(participants), id),
    setPosition: (id: string, position: CheckRecord['position']) => void setCursor.run(position.step, position.view, id),
    touch: (id: string, at: string) => void touch.run(at, id),
    markFinalised: (id: string, revision: number, at: string) => void markFinalised.run(revision, at, id),
    markDraft: (id: string, at: string) => void markDraft.run(at, id),
    deleteCheck: (id: string) => void deleteCheck.run(id),

    // assessment_answers
    answers: (id: string): Answer[] => answersOf.all(id).map(answerFromRow),
    saveAnswer: (id: string, clientId: string, answer: Answer, at: string) => void upsertAnswer.run(answerRow({ ...answer, assessmentId: id, clientId, at })),
    deleteAnswer: (id: string, itemId: string) => void deleteAnswer.run(id, itemId),

    // assessment_notes
    notes: (id: string): Record<string, string> => Object.fromEntries(notesOf.all(id).map((n) => [n.item_id, n.body])),
    saveNote: (id: string, clientId: string, itemId: string, body: string, at: string) =>
      void upsertNote.run(noteRow({ assessmentId: id, clientId, itemId, body, at })),
    deleteNote: (id: string, itemId: string) => void deleteNote.run(id, itemId),

    // assessment_targets
    targets: (id: string): Targets => Object.fromEntries(targetsOf.all(id).map((t) => [t.dimension_id, t.target])),
    saveTarget: (id: string, clientId: string, dimensionId: string, target: number, at: string) =>
      void upsertTarget.run(targetRow({ assessmentId: id, clientId, dimensionId, target, at })),
    deleteTarget: (id: string, dimensionId: string) => void deleteTarget.run(id, dimensionId),

    // assessment_revisions
    revision: (id: string, revision: number): RevisionRecord | undefined => mapRow(revisionOf.get(id, revision), revisionFromRow),
    finalisedAt: (id: string, revision: number): string | null => finalisedAtOf.get(id, revision)?.finalised_at ?? null,
    revisions: (id: string): RevisionListing[] =>
      revisionsOf.all(id).map((v) => ({ revision: v.revision, finalisedAt: v.finalised_at, overall: v.overall })),
    insertRevision: (rev: RevisionRecord) => void insertRevision.run(revisionRow(rev)),
  };
}

export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;
