/**
 * AI maturity checks: capture (each answer, note, target and cursor move is one short
 * transaction, committed before the call returns), finalisation into immutable revisions
 * (with the portal `assessment` submission queued in the same transaction when the client
 * consented), and results. Scoring is the pure `scoreAssessment` of shared/domain.
 */
import { AppError } from '../../../shared/errors';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import type {
  AssessmentDetail,
  AssessmentHeader,
  AssessmentSummary,
  Completeness,
  FinalisedSnapshot,
  FinaliseOutcome,
  Participant,
  ProgressPoint,
  ResultsView,
  SharingOutcome,
  Stage,
} from '../../../shared/contract/assessments';
import type { Client } from '../../../shared/contract/clients';
import { buildAssessmentPayload, checkAssessmentPayload } from '../../../shared/contract/assessment-payload';
import {
  answerState,
  checkAnswer,
  compareChecks,
  CURRENT_SCORING_VERSION,
  normaliseResult,
  scoreAssessment,
  type Answer,
  type AssessmentScore,
} from '../../../shared/domain/scoring';
import { CURRENT_SCHEMES_VERSION } from '../../../shared/reference/schemes';
import { progressLabel, workshopSteps } from '../../../shared/domain/assessment-flow';
import { CURRENT_INSTRUMENT_VERSION, getInstrument, itemsById, type DimensionId, type Instrument, type Item } from '../../../shared/reference/instrument';
import type { Locale } from '../../../shared/locale';
import { enqueueSubmission } from '../sync/outbox';
import { sizeClassOf } from '../../../shared/domain/sme-size';
import type { ServiceContext } from './context';
import { answerFromRow, answerParams, type AnswerColumns } from './answer-row';

interface AssessmentRow {
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

/** The hot path of a save: what is needed to check the write, nothing more. */
interface HeadRow {
  client_id: string;
  status: string;
  instrument_version: string;
}

export interface AssessmentsDeps {
  getClient: (id: string) => Client;
  appVersion: string;
}

/** Per instrument version: items by id and the workshop step ids (built once). */
const lookups = new Map<string, { items: ReadonlyMap<string, Item>; steps: Set<string> }>();
function lookupOf(instrument: Instrument) {
  let l = lookups.get(instrument.version);
  if (!l) {
    l = {
      items: itemsById(instrument),
      steps: new Set(workshopSteps(instrument).map((s) => s.id)),
    };
    lookups.set(instrument.version, l);
  }
  return l;
}

function toHeader(row: AssessmentRow): AssessmentHeader {
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
  };
}

export function createAssessmentsService(ctx: ServiceContext, deps: AssessmentsDeps) {
  const { db } = ctx;

  const byId = db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE id = ?');
  const headOf = db.prepare<[string], HeadRow>('SELECT client_id, status, instrument_version FROM assessments WHERE id = ?');
  const byClient = db.prepare<[string], AssessmentRow>(
    'SELECT * FROM assessments WHERE client_id = ? ORDER BY held_on, created_at, id',
  );
  const answersOf = db.prepare<[string], AnswerColumns>(
    'SELECT item_id, level, checked_json, not_applicable, unknown FROM assessment_answers WHERE assessment_id = ?',
  );
  const notesOf = db.prepare<[string], { item_id: string; body: string }>(
    'SELECT item_id, body FROM assessment_notes WHERE assessment_id = ?',
  );
  const targetsOf = db.prepare<[string], { dimension_id: string; target: number }>(
    'SELECT dimension_id, target FROM assessment_targets WHERE assessment_id = ?',
  );
  const upsertAnswer = db.prepare(
    `INSERT INTO assessment_answers (assessment_id, client_id, item_id, level, checked_json, not_applicable, unknown, updated_at)
     VALUES (@assessmentId, @clientId, @itemId, @level, @checkedJson, @notApplicable, @unknown, @at)
     ON CONFLICT (assessment_id, item_id) DO UPDATE SET
       level = excluded.level, checked_json = excluded.checked_json, not_applicable = excluded.not_applicable,
       unknown = excluded.unknown, updated_at = excluded.updated_at`,
  );
  const deleteAnswer = db.prepare('DELETE FROM assessment_answers WHERE assessment_id = ? AND item_id = ?');
  const upsertNote = db.prepare(
    `INSERT INTO assessment_notes (assessment_id, client_id, item_id, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (assessment_id, item_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );
  const deleteNote = db.prepare('DELETE FROM assessment_notes WHERE assessment_id = ? AND item_id = ?');
  const upsertTarget = db.prepare(
    `INSERT INTO assessment_targets (assessment_id, client_id, dimension_id, target, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (assessment_id, dimension_id) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at`,
  );
  const deleteTarget = db.prepare('DELETE FROM assessment_targets WHERE assessment_id = ? AND dimension_id = ?');
  const setCursor = db.prepare('UPDATE assessments SET cursor_step = ?, cursor_view = ? WHERE id = ?');
  const touch = db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?');
  const revisionOf = db.prepare<[string, number], RevisionRow>(
    'SELECT * FROM assessment_revisions WHERE assessment_id = ? AND revision = ?',
  );
  const revisionsOf = db.prepare<[string], { revision: number; finalised_at: string; overall: number | null }>(
    'SELECT revision, finalised_at, overall FROM assessment_revisions WHERE assessment_id = ? ORDER BY revision',
  );
  const insertRevision = db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, client_id, revision, finalised_at, instrument_version, held_on, language,
       participants_json, answers_json, notes_json, targets_json, result_json, overall, scoring_version, funding_rules_version)
     VALUES (@assessmentId, @clientId, @revision, @finalisedAt, @instrumentVersion, @heldOn, @language,
       @participantsJson, @answersJson, @notesJson, @targetsJson, @resultJson, @overall, @scoringVersion, @fundingRulesVersion)`,
  );

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  function row(id: string): AssessmentRow {
    const r = byId.get(id);
    if (!r) throw new AppError('not_found', 'No such maturity check', { entity: 'assessment' });
    return r;
  }

  /** For every write: the check exists and is a draft. */
  function draftHead(id: string): HeadRow {
    const head = headOf.get(id);
    if (!head) throw new AppError('not_found', 'No such maturity check', { entity: 'assessment' });
    if (head.status !== 'draft') {
      throw new AppError('read_only', 'This maturity check is finalised; reopen it to make a new revision', { entity: 'assessment' });
    }
    return head;
  }

  function workingAnswers(id: string): Answer[] {
    return answersOf.all(id).map(answerFromRow);
  }
  function workingNotes(id: string): Record<string, string> {
    return Object.fromEntries(notesOf.all(id).map((n) => [n.item_id, n.body]));
  }
  function workingTargets(id: string): Partial<Record<DimensionId, number>> {
    return Object.fromEntries(targetsOf.all(id).map((t) => [t.dimension_id, t.target]));
  }

  function lastFinalisedAt(r: AssessmentRow): string | null {
    return r.revision > 0 ? (revisionOf.get(r.id, r.revision)?.finalised_at ?? null) : null;
  }

  function detail(id: string): AssessmentDetail {
    const r = row(id);
    return {
      ...toHeader(r),
      answers: workingAnswers(id),
      notes: workingNotes(id),
      targets: workingTargets(id),
      position: { step: r.cursor_step, view: r.cursor_view as AssessmentDetail['position']['view'] },
      lastFinalisedAt: lastFinalisedAt(r),
      previous: followedUp(r),
    };
  }

  /**
   * Follow-up: the answers of the check it follows up (its latest revision), kept only where the
   * question exists in this check's instrument in the same format (and, for checklists, only
   * options it still has), so a changed instrument never shows an answer to another question.
   */
  function followedUp(r: AssessmentRow): AssessmentDetail['previous'] {
    const earlier = r.previous_id ? byId.get(r.previous_id) : undefined;
    const rev = earlier && earlier.revision > 0 ? revisionOf.get(earlier.id, earlier.revision) : undefined;
    if (!rev) return null;
    const items = lookupOf(getInstrument(r.instrument_version)).items;
    const then = lookupOf(getInstrument(rev.instrument_version)).items;
    const answers: Answer[] = [];
    for (const a of JSON.parse(rev.answers_json) as Answer[]) {
      const item = items.get(a.itemId);
      if (!item || then.get(a.itemId)?.format.kind !== item.format.kind) continue;
      const format = item.format;
      const checked = a.checked && format.kind === 'checklist' ? a.checked.filter((o) => format.options.some((x) => x.id === o)) : a.checked;
      answers.push({ itemId: a.itemId, level: a.level, checked, notApplicable: a.notApplicable, unknown: a.unknown });
    }
    return { id: rev.assessment_id, revision: rev.revision, heldOn: rev.held_on, answers };
  }

  function toSnapshot(rev: RevisionRow, r: AssessmentRow): FinalisedSnapshot {
    const notes = JSON.parse(rev.notes_json) as Record<string, string>;
    const answers = (JSON.parse(rev.answers_json) as Answer[]).map((a) => (notes[a.itemId] ? { ...a, note: notes[a.itemId] } : a));
    return {
      id: rev.assessment_id,
      revision: rev.revision,
      clientId: rev.client_id,
      instrumentVersion: rev.instrument_version,
      scoringVersion: rev.scoring_version,
      fundingRulesVersion: rev.funding_rules_version,
      finalisedAt: rev.finalised_at,
      heldOn: rev.held_on,
      stage: r.stage as Stage,
      language: rev.language as Locale,
      participants: JSON.parse(rev.participants_json) as Participant[],
      answers,
      notes,
      targets: JSON.parse(rev.targets_json) as FinalisedSnapshot['targets'],
      result: storedResult(rev),
    };
  }

  /** The result frozen in a revision, with its scoring version and coverage (never re-scored). */
  function storedResult(rev: Pick<RevisionRow, 'result_json' | 'scoring_version'>): AssessmentScore {
    return normaliseResult(JSON.parse(rev.result_json) as AssessmentScore, rev.scoring_version);
  }

  /** One finalised revision (default: the latest). For roadmaps and reports. */
  function getSnapshot(id: string, revision?: number): FinalisedSnapshot {
    const r = row(id);
    const wanted = revision ?? r.revision;
    const rev = wanted >= 1 ? revisionOf.get(id, wanted) : undefined;
    if (!rev) {
      throw new AppError('not_found', r.revision === 0 ? 'This maturity check has not been finalised yet' : 'No such revision', {
        entity: 'assessment_revision',
        revision: wanted,
      });
    }
    return toSnapshot(rev, r);
  }

  /** The latest finalised revision of each of a client's checks, in the order they were held. */
  function listFinalised(clientId: string): FinalisedSnapshot[] {
    return byClient
      .all(clientId)
      .filter((r) => r.revision > 0)
      .map((r) => toSnapshot(revisionOf.get(r.id, r.revision)!, r));
  }

  function progressOf(clientId: string): ProgressPoint[] {
    return listFinalised(clientId).map((s, index) => ({
      id: s.id,
      revision: s.revision,
      label: progressLabel(index),
      heldOn: s.heldOn,
      finalisedAt: s.finalisedAt,
      stage: s.stage,
      instrumentVersion: s.instrumentVersion,
      scoringVersion: s.scoringVersion,
      overall: s.result.overall,
      level: s.result.level,
      coverage: s.result.coverage,
      dimensions: s.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target })),
    }));
  }

  /** The check this one is compared with: the one it follows up, else the latest finalised one held before it. */
  function previousOf(r: AssessmentRow): ResultsView['previous'] {
    let candidate: AssessmentRow | undefined;
    if (r.previous_id) candidate = byId.get(r.previous_id);
    if (!candidate || candidate.revision === 0) {
      const earlier = byClient
        .all(r.client_id)
        .filter((o) => o.id !== r.id && o.revision > 0 && (o.held_on < r.held_on || (o.held_on === r.held_on && o.created_at < r.created_at)));
      candidate = earlier[earlier.length - 1];
    }
    if (!candidate || candidate.revision === 0) return null;
    const s = getSnapshot(candidate.id);
    return {
      id: s.id,
      revision: s.revision,
      heldOn: s.heldOn,
      finalisedAt: s.finalisedAt,
      instrumentVersion: s.instrumentVersion,
      scoringVersion: s.scoringVersion,
      result: s.result,
    };
  }

  function score(r: AssessmentRow, answers: Answer[], targets: Partial<Record<DimensionId, number>>): AssessmentScore {
    return scoreAssessment(getInstrument(r.instrument_version), answers, targets, CURRENT_SCORING_VERSION);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing: every function is one short transaction.
  // ---------------------------------------------------------------------------------------------

  const saveAnswerTx = db.transaction((input: ParsedInput<'assessments.saveAnswer'>, at: string) => {
    const head = draftHead(input.id);
    const { answer, state } = checkAnswer(getInstrument(head.instrument_version), input);
    if (state === 'unanswered') {
      deleteAnswer.run(input.id, input.itemId);
    } else {
      upsertAnswer.run({
        assessmentId: input.id,
        clientId: head.client_id,
        itemId: input.itemId,
        ...answerParams(answer),
        at,
      });
    }
    return state;
  });

  const finaliseTx = db.transaction((id: string, at: Date): FinaliseOutcome => {
    const r = row(id);
    if (r.status !== 'draft') throw new AppError('read_only', 'This maturity check is already finalised', { entity: 'assessment' });
    const instrument = getInstrument(r.instrument_version);
    const answers = workingAnswers(id).sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
    const notes = workingNotes(id);
    const targets = workingTargets(id);
    // A new revision is scored with the rules of today, and says so; earlier revisions keep theirs.
    const result = scoreAssessment(instrument, answers, targets, CURRENT_SCORING_VERSION);
    const revision = r.revision + 1;
    const finalisedAt = at.toISOString();
    insertRevision.run({
      assessmentId: id,
      clientId: r.client_id,
      revision,
      finalisedAt,
      instrumentVersion: r.instrument_version,
      heldOn: r.held_on,
      language: r.language,
      participantsJson: r.participants_json,
      answersJson: JSON.stringify(answers),
      notesJson: JSON.stringify(notes),
      targetsJson: JSON.stringify(targets),
      resultJson: JSON.stringify(result),
      overall: result.overall,
      scoringVersion: result.scoringVersion,
      fundingRulesVersion: CURRENT_SCHEMES_VERSION,
    });
    db.prepare("UPDATE assessments SET status = 'finalised', revision = ?, updated_at = ? WHERE id = ?").run(revision, finalisedAt, id);

    // The portal submission goes in the same transaction: both exist, or neither.
    let sharing: SharingOutcome = { state: 'no_consent' };
    const client = deps.getClient(r.client_id);
    if (client.consentToBenchmark) {
      const payload = buildAssessmentPayload({
        company: {
          name: client.name,
          rcsNumber: client.rcsNumber,
          naceCode: client.naceCode,
          sizeClass: sizeClassOf(client).sizeClass,
          headcount: client.headcount,
          turnoverCents: client.turnoverCents,
          balanceSheetCents: client.balanceSheetCents,
        },
        instrument,
        finalisedAt,
        result,
        answers,
      });
      const problems = checkAssessmentPayload(payload);
      if (problems.length > 0) {
        sharing = { state: 'not_shareable', problems };
      } else {
        const { outboxId } = enqueueSubmission(db, {
          kind: 'assessment',
          recordId: id,
          revision,
          locale: r.language as Locale,
          clientId: r.client_id,
          payload,
          instrumentVersion: r.instrument_version,
          appVersion: deps.appVersion,
          createdAt: at,
          newId: ctx.newId,
        });
        sharing = { state: 'queued', outboxId };
      }
    }
    return { snapshot: getSnapshot(id, revision), sharing };
  });

  function completeness(id: string): Completeness {
    const r = row(id);
    const instrument = getInstrument(r.instrument_version);
    const answers = new Map(workingAnswers(id).map((a) => [a.itemId, a]));
    const targets = workingTargets(id);
    const result = scoreAssessment(instrument, [...answers.values()], targets);
    const unanswered: Completeness['unanswered'] = [];
    const unknown: Completeness['unknown'] = [];
    for (const step of workshopSteps(instrument)) {
      if (step.kind !== 'item') continue;
      const state = answerState(lookupOf(instrument).items.get(step.itemId)!, answers.get(step.itemId));
      if (state === 'unanswered') unanswered.push({ itemId: step.itemId, dimensionId: step.dimensionId });
      if (state === 'unknown') unknown.push({ itemId: step.itemId, dimensionId: step.dimensionId });
    }
    const missingTargets = [...instrument.dimensions]
      .sort((a, b) => a.order - b.order)
      .map((d) => d.id)
      .filter((d) => targets[d] === undefined);
    return { counts: result.counts, unanswered, unknown, missingTargets, canFinalise: r.status === 'draft' };
  }

  function summaries(clientId: string): AssessmentSummary[] {
    return byClient.all(clientId).map((r) => {
      const working = score(r, workingAnswers(r.id), {});
      const last = r.revision > 0 ? revisionOf.get(r.id, r.revision) : undefined;
      const lastResult = last ? storedResult(last) : null;
      return {
        ...toHeader(r),
        counts: working.counts,
        lastFinalisedAt: last?.finalised_at ?? null,
        overall: lastResult?.overall ?? null,
        level: lastResult?.level ?? null,
        coverage: lastResult?.coverage ?? null,
      };
    });
  }

  const handlers = {
    'assessments.start': (input: ParsedInput<'assessments.start'>) => {
      deps.getClient(input.clientId); // not_found before any write
      if (input.stage === 'first' && input.previousId !== null) {
        throw new AppError('invalid_input', 'A first check does not follow up another one', { field: 'previousId' });
      }
      if (input.stage === 'follow_up') {
        const previous = input.previousId ? byId.get(input.previousId) : undefined;
        if (!previous || previous.client_id !== input.clientId || previous.revision === 0) {
          throw new AppError('invalid_previous_check', 'A follow-up must name a finalised earlier check of the same client', {
            field: 'previousId',
          });
        }
        // T0 → T1 → T2 is ordered by date: a follow-up cannot be held before the check it follows.
        if (input.heldOn < previous.held_on) {
          throw new AppError('invalid_previous_check', 'A follow-up cannot be dated before the check it follows', {
            field: 'heldOn',
            previousHeldOn: previous.held_on,
          });
        }
      }
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO assessments (id, client_id, stage, previous_id, held_on, language, participants_json, instrument_version, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, input.clientId, input.stage, input.previousId, input.heldOn, input.language, JSON.stringify(input.participants), CURRENT_INSTRUMENT_VERSION, at, at);
        // A follow-up starts from the targets agreed last time (each stays editable in the workshop);
        // a dimension the current instrument no longer has is left out.
        if (input.previousId && input.stage === 'follow_up') {
          const dimensions = new Set<string>(getInstrument(CURRENT_INSTRUMENT_VERSION).dimensions.map((d) => d.id));
          for (const [dimensionId, target] of Object.entries(getSnapshot(input.previousId).targets)) {
            if (dimensions.has(dimensionId) && typeof target === 'number') upsertTarget.run(id, input.clientId, dimensionId, target, at);
          }
        }
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return detail(id);
    },

    'assessments.get': ({ id }: ParsedInput<'assessments.get'>) => detail(id),

    'assessments.list': ({ clientId }: ParsedInput<'assessments.list'>) => {
      deps.getClient(clientId);
      return summaries(clientId);
    },

    'assessments.saveAnswer': (input: ParsedInput<'assessments.saveAnswer'>) => {
      const at = ctx.now().toISOString();
      const state = saveAnswerTx(input, at);
      return { itemId: input.itemId, state, savedAt: at };
    },

    'assessments.saveNote': ({ id, itemId, note }: ParsedInput<'assessments.saveNote'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const head = draftHead(id);
        if (!lookupOf(getInstrument(head.instrument_version)).items.has(itemId)) {
          throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId });
        }
        if (note.trim() === '') deleteNote.run(id, itemId);
        else upsertNote.run(id, head.client_id, itemId, note, at);
      })();
      return { itemId, savedAt: at };
    },

    'assessments.saveTarget': ({ id, dimensionId, target }: ParsedInput<'assessments.saveTarget'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const head = draftHead(id);
        if (target === null) deleteTarget.run(id, dimensionId);
        else upsertTarget.run(id, head.client_id, dimensionId, target, at);
      })();
      return { dimensionId, savedAt: at };
    },

    'assessments.savePosition': ({ id, step, view }: ParsedInput<'assessments.savePosition'>) => {
      const head = headOf.get(id);
      if (!head) throw new AppError('not_found', 'No such maturity check', { entity: 'assessment' });
      if (step !== null && !lookupOf(getInstrument(head.instrument_version)).steps.has(step)) {
        throw new AppError('invalid_input', 'No such step in this instrument', { field: 'step' });
      }
      // Allowed on a finalised check too: it is where the presenter stands, not part of the record.
      setCursor.run(step, view, id);
      return { savedAt: ctx.now().toISOString() };
    },

    'assessments.update': ({ id, patch }: ParsedInput<'assessments.update'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const r = row(id);
        const editsRecord = patch.heldOn !== undefined || patch.participants !== undefined;
        if (editsRecord && r.status !== 'draft') {
          throw new AppError('read_only', 'This maturity check is finalised; reopen it to make a new revision', { entity: 'assessment' });
        }
        if (patch.heldOn !== undefined) {
          const previous = r.previous_id ? byId.get(r.previous_id) : undefined;
          if (previous && patch.heldOn < previous.held_on) {
            throw new AppError('invalid_previous_check', 'A follow-up cannot be dated before the check it follows', {
              field: 'heldOn',
              previousHeldOn: previous.held_on,
            });
          }
          db.prepare('UPDATE assessments SET held_on = ? WHERE id = ?').run(patch.heldOn, id);
        }
        if (patch.language !== undefined) db.prepare('UPDATE assessments SET language = ? WHERE id = ?').run(patch.language, id);
        if (patch.participants !== undefined) {
          db.prepare('UPDATE assessments SET participants_json = ? WHERE id = ?').run(JSON.stringify(patch.participants), id);
        }
        touch.run(at, id);
      })();
      return detail(id);
    },

    'assessments.completeness': ({ id }: ParsedInput<'assessments.completeness'>) => completeness(id),

    'assessments.finalise': ({ id }: ParsedInput<'assessments.finalise'>) => {
      const outcome = finaliseTx(id, ctx.now());
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      // The sync centre shows the queue: it listens to 'sync'.
      if (outcome.sharing.state === 'queued') ctx.emit({ type: 'changed', entity: 'sync' });
      return outcome;
    },

    'assessments.reopen': ({ id }: ParsedInput<'assessments.reopen'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const r = row(id);
        if (r.status !== 'finalised') throw new AppError('conflict', 'This maturity check is already open for editing', { entity: 'assessment' });
        db.prepare("UPDATE assessments SET status = 'draft', updated_at = ? WHERE id = ?").run(at, id);
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return detail(id);
    },

    'assessments.discard': ({ id }: ParsedInput<'assessments.discard'>) => {
      db.transaction(() => {
        const r = row(id);
        if (r.revision > 0) {
          throw new AppError('read_only', 'A check that was finalised is part of the record and cannot be discarded', { entity: 'assessment' });
        }
        db.prepare('DELETE FROM assessments WHERE id = ?').run(id);
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return { discarded: true as const };
    },

    'assessments.results': ({ id, revision }: ParsedInput<'assessments.results'>): ResultsView => {
      const r = row(id);
      let source: ResultsView['source'];
      let result: AssessmentScore;
      let versions: ResultsView['versions'];
      if (revision !== undefined || r.status === 'finalised') {
        const snapshot = getSnapshot(id, revision);
        source = { kind: 'revision', revision: snapshot.revision, finalisedAt: snapshot.finalisedAt };
        result = snapshot.result;
        versions = { instrument: snapshot.instrumentVersion, scoring: snapshot.scoringVersion, fundingRules: snapshot.fundingRulesVersion };
      } else {
        source = { kind: 'draft' };
        result = score(r, workingAnswers(id), workingTargets(id));
        versions = { instrument: r.instrument_version, scoring: result.scoringVersion, fundingRules: CURRENT_SCHEMES_VERSION };
      }
      const previous = previousOf(r);
      return {
        assessment: toHeader(r),
        source,
        result,
        versions,
        previous,
        comparison: previous
          ? compareChecks(
              { ...previous.result, instrumentVersion: previous.instrumentVersion, scoringVersion: previous.scoringVersion },
              { ...result, instrumentVersion: versions.instrument, scoringVersion: versions.scoring },
            )
          : null,
        progress: progressOf(r.client_id),
        revisions: revisionsOf.all(id).map((v) => ({ revision: v.revision, finalisedAt: v.finalised_at, overall: v.overall })),
      };
    },

    'assessments.snapshot': ({ id, revision }: ParsedInput<'assessments.snapshot'>) => getSnapshot(id, revision),

    'assessments.progress': ({ clientId }: ParsedInput<'assessments.progress'>) => {
      deps.getClient(clientId);
      return progressOf(clientId);
    },

    'assessments.listFinalised': ({ clientId }: ParsedInput<'assessments.listFinalised'>) => {
      deps.getClient(clientId);
      return listFinalised(clientId);
    },
  } satisfies Partial<Handlers>;

  return { handlers, getSnapshot, listFinalised };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
