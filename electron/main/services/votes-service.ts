/**
 * Participants' individual answers (issue 14): voters of a check and their votes, one short
 * committed transaction per write (like the check's own answers), and the spread computed by
 * the pure shared/domain/spread.ts. The agreed answer stays `assessments.saveAnswer`: votes never
 * score and never reach the portal. Every write emits `changed / votes / <assessmentId>` so the
 * presenter's spread updates live (round the table and the own-devices room alike).
 */
import { AppError } from '../../../shared/errors';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import type { SpreadComparison, SpreadView, VoteInput, Voter, VoterChannel } from '../../../shared/contract/votes';
import { checkAnswer } from '../../../shared/domain/scoring';
import { checkSpread, spreadChange, type Vote } from '../../../shared/domain/spread';
import { getInstrument, itemsById } from '../../../shared/reference/instrument';
import type { Locale } from '../../../shared/locale';
import type { ServiceContext } from './context';
import { answerFromRow, answerParams, type AnswerColumns } from './answer-row';
import { votesTranslator } from './votes-texts';

/** Participants per check: a workshop room, with margin; keeps a flood of room joins bounded. */
export const MAX_VOTERS = 100;

interface VoterRow {
  id: string;
  assessment_id: string;
  label: string;
  anonymous: number;
  channel: string;
  language: string;
  created_at: string;
}

interface VoteRow extends AnswerColumns {
  voter_id: string;
}

interface CheckRow {
  client_id: string;
  status: string;
  instrument_version: string;
  language: string;
  previous_id: string | null;
}

function toVoter(row: VoterRow): Voter {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    label: row.label,
    anonymous: row.anonymous === 1,
    channel: row.channel as VoterChannel,
    language: row.language as Locale,
    createdAt: row.created_at,
  };
}

function toVote(row: VoteRow): Vote {
  return { voterId: row.voter_id, ...answerFromRow(row) };
}

export function createVotesService(ctx: ServiceContext) {
  const { db } = ctx;

  const checkOf = db.prepare<[string], CheckRow>(
    'SELECT client_id, status, instrument_version, language, previous_id FROM assessments WHERE id = ?',
  );
  const votersOf = db.prepare<[string], VoterRow>(
    'SELECT id, assessment_id, label, anonymous, channel, language, created_at FROM assessment_voters WHERE assessment_id = ? ORDER BY created_at, id',
  );
  const voterOf = db.prepare<[string, string], VoterRow>(
    'SELECT id, assessment_id, label, anonymous, channel, language, created_at FROM assessment_voters WHERE id = ? AND assessment_id = ?',
  );
  const labelsOf = db.prepare<[string], { label: string }>('SELECT label FROM assessment_voters WHERE assessment_id = ?');
  const insertVoter = db.prepare(
    `INSERT INTO assessment_voters (id, assessment_id, client_id, label, anonymous, channel, language, created_at)
     VALUES (@id, @assessmentId, @clientId, @label, @anonymous, @channel, @language, @createdAt)`,
  );
  const deleteVoter = db.prepare('DELETE FROM assessment_voters WHERE id = ? AND assessment_id = ?');
  const votesOf = db.prepare<[string], VoteRow>(
    'SELECT voter_id, item_id, level, checked_json, not_applicable, unknown FROM assessment_votes WHERE assessment_id = ?',
  );
  const votesOfVoter = db.prepare<[string, string], VoteRow>(
    'SELECT voter_id, item_id, level, checked_json, not_applicable, unknown FROM assessment_votes WHERE assessment_id = ? AND voter_id = ? ORDER BY item_id',
  );
  const upsertVote = db.prepare(
    `INSERT INTO assessment_votes (assessment_id, client_id, voter_id, item_id, level, checked_json, not_applicable, unknown, updated_at)
     VALUES (@assessmentId, @clientId, @voterId, @itemId, @level, @checkedJson, @notApplicable, @unknown, @at)
     ON CONFLICT (assessment_id, voter_id, item_id) DO UPDATE SET
       level = excluded.level, checked_json = excluded.checked_json, not_applicable = excluded.not_applicable,
       unknown = excluded.unknown, updated_at = excluded.updated_at`,
  );
  const deleteVote = db.prepare('DELETE FROM assessment_votes WHERE assessment_id = ? AND voter_id = ? AND item_id = ?');

  function check(assessmentId: string): CheckRow {
    const row = checkOf.get(assessmentId);
    if (!row) throw new AppError('not_found', 'No such maturity check', { entity: 'assessment' });
    return row;
  }

  /** Individual answers change only while the check is a draft, like its answers. */
  function draftCheck(assessmentId: string): CheckRow {
    const row = check(assessmentId);
    if (row.status !== 'draft') {
      throw new AppError('read_only', 'This maturity check is finalised; reopen it to collect answers again', { entity: 'assessment' });
    }
    return row;
  }

  function voter(assessmentId: string, voterId: string): VoterRow {
    const row = voterOf.get(voterId, assessmentId);
    if (!row) throw new AppError('not_found', 'No such participant in this check', { entity: 'voter' });
    return row;
  }

  const changed = (assessmentId: string) => ctx.emit({ type: 'changed', entity: 'votes', id: assessmentId });

  /** "Participant N" in the check's language: the first N not taken (a removed one's number is reused). */
  function anonymousLabel(assessmentId: string, language: Locale): string {
    const taken = new Set(labelsOf.all(assessmentId).map((r) => r.label));
    const t = votesTranslator(language);
    for (let n = 1; ; n += 1) {
      const label = t('core.participantLabel', { n });
      if (!taken.has(label)) return label;
    }
  }

  const lastJoined = db.prepare<[string], { at: string | null }>('SELECT max(created_at) AS at FROM assessment_voters WHERE assessment_id = ?');
  /**
   * When a participant joins: now, but always after the one before, so the order in which they
   * joined is their creation time alone and survives export and import (rows come back in key order).
   */
  function joinedAt(assessmentId: string): string {
    const now = ctx.now().getTime();
    const last = lastJoined.get(assessmentId)?.at;
    const after = last ? Date.parse(last) + 1 : -Infinity;
    return new Date(Math.max(now, after)).toISOString();
  }

  const addVoterTx = db.transaction((input: ParsedInput<'votes.addVoter'>): Voter => {
    const row = draftCheck(input.assessmentId);
    const count = labelsOf.all(input.assessmentId).length;
    if (count >= MAX_VOTERS) throw new AppError('too_large', 'This check has as many participants as it can take', { entity: 'voter', max: MAX_VOTERS });
    // An anonymous participant's name is never stored, even when one is sent.
    const name = input.label?.trim() ?? '';
    if (!input.anonymous && name === '') {
      throw new AppError('invalid_input', 'A named participant needs a name', { field: 'label' });
    }
    const label = input.anonymous ? anonymousLabel(input.assessmentId, row.language as Locale) : name;
    const voterRow: VoterRow = {
      id: ctx.newId(),
      assessment_id: input.assessmentId,
      label,
      anonymous: input.anonymous ? 1 : 0,
      channel: input.channel,
      language: input.language,
      created_at: joinedAt(input.assessmentId),
    };
    insertVoter.run({
      id: voterRow.id,
      assessmentId: voterRow.assessment_id,
      clientId: row.client_id,
      label: voterRow.label,
      anonymous: voterRow.anonymous,
      channel: voterRow.channel,
      language: voterRow.language,
      createdAt: voterRow.created_at,
    });
    return toVoter(voterRow);
  });

  const saveTx = db.transaction((input: VoteInput, at: string) => {
    const row = draftCheck(input.assessmentId);
    voter(input.assessmentId, input.voterId);
    const { answer, state } = checkAnswer(getInstrument(row.instrument_version), input);
    if (state === 'unanswered') {
      deleteVote.run(input.assessmentId, input.voterId, input.itemId);
      return;
    }
    upsertVote.run({
      assessmentId: input.assessmentId,
      clientId: row.client_id,
      voterId: input.voterId,
      itemId: input.itemId,
      ...answerParams(answer),
      at,
    });
  });

  /** The spread of a check's votes (every item, or the ones named), with who answered what. */
  function spreadOf(assessmentId: string, itemIds?: readonly string[]): SpreadView {
    const row = check(assessmentId);
    const instrument = getInstrument(row.instrument_version);
    const items = itemsById(instrument);
    for (const itemId of itemIds ?? []) {
      if (!items.has(itemId)) throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId });
    }
    const votes = votesOf.all(assessmentId).map(toVote);
    const spread = checkSpread(instrument, votes);
    const wanted = itemIds ? new Set(itemIds) : null;
    const answered: Record<string, string[]> = {};
    for (const vote of votes) {
      if (wanted && !wanted.has(vote.itemId)) continue;
      (answered[vote.itemId] ??= []).push(vote.voterId);
    }
    return {
      assessmentId,
      voters: votersOf.all(assessmentId).map(toVoter),
      items: wanted ? spread.items.filter((s) => wanted.has(s.itemId)) : spread.items,
      dimensions: spread.dimensions,
      answered,
    };
  }

  /** A follow-up's spread per dimension against the check it follows up (each scored with its own instrument). */
  function compare(assessmentId: string): SpreadComparison {
    const row = check(assessmentId);
    const after = checkSpread(getInstrument(row.instrument_version), votesOf.all(assessmentId).map(toVote)).dimensions;
    const earlier = row.previous_id ? checkOf.get(row.previous_id) : undefined;
    const before =
      earlier && row.previous_id
        ? checkSpread(getInstrument(earlier.instrument_version), votesOf.all(row.previous_id).map(toVote)).dimensions
        : [];
    return { dimensions: spreadChange(before, after), previousId: earlier ? row.previous_id : null };
  }

  const handlers = {
    'votes.addVoter': (input: ParsedInput<'votes.addVoter'>): Voter => {
      const added = addVoterTx(input);
      changed(input.assessmentId);
      return added;
    },
    'votes.listVoters': ({ assessmentId }: ParsedInput<'votes.listVoters'>): Voter[] => {
      check(assessmentId);
      return votersOf.all(assessmentId).map(toVoter);
    },
    'votes.removeVoter': ({ assessmentId, voterId }: ParsedInput<'votes.removeVoter'>): { removed: true } => {
      db.transaction(() => {
        draftCheck(assessmentId);
        voter(assessmentId, voterId);
        deleteVoter.run(voterId, assessmentId); // their votes go with them (ON DELETE CASCADE)
      })();
      changed(assessmentId);
      return { removed: true };
    },
    'votes.save': (input: ParsedInput<'votes.save'>): { savedAt: string } => {
      const savedAt = ctx.now().toISOString();
      saveTx(input, savedAt);
      changed(input.assessmentId);
      return { savedAt };
    },
    'votes.spread': ({ assessmentId, itemIds }: ParsedInput<'votes.spread'>): SpreadView => spreadOf(assessmentId, itemIds),
    'votes.ofVoter': ({ assessmentId, voterId }: ParsedInput<'votes.ofVoter'>): VoteInput[] => {
      check(assessmentId);
      voter(assessmentId, voterId);
      return votesOfVoter.all(assessmentId, voterId).map((r) => ({ assessmentId, ...toVote(r) }));
    },
    'votes.compare': ({ assessmentId }: ParsedInput<'votes.compare'>): SpreadComparison => compare(assessmentId),
  } satisfies Partial<Handlers>;

  return { handlers, spreadOf, compare };
}

export type VotesService = ReturnType<typeof createVotesService>;
