/**
 * Every SQL statement of the participants' own answers, and the row builder of each table:
 * assessment_voters (who takes part in a check) and assessment_votes (their answers, with the
 * answer columns of answer-row.ts, like the agreed answers). Rules live in votes-service.ts.
 */
import type { Voter, VoterChannel } from '@shared/contract/votes';
import type { Vote } from '@shared/domain/spread';
import type { Locale } from '@shared/locale';
import type { Db } from '@main/db/open-database';
import { insertSql, mapRow, upsertSql } from '@main/db/sql-rows';
import { answerColumns, answerFromRow, type AnswerColumns } from '../answer-row';

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

// Row builders, both ways.

function voterFromRow(row: VoterRow): Voter {
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

function voterRow(voter: Voter & { clientId: string }) {
  return {
    id: voter.id,
    assessment_id: voter.assessmentId,
    client_id: voter.clientId,
    label: voter.label,
    anonymous: voter.anonymous ? 1 : 0,
    channel: voter.channel,
    language: voter.language,
    created_at: voter.createdAt,
  };
}

function voteFromRow(row: VoteRow): Vote {
  return { voterId: row.voter_id, ...answerFromRow(row) };
}

function voteRow(vote: Vote & { assessmentId: string; clientId: string; at: string }) {
  return {
    assessment_id: vote.assessmentId,
    client_id: vote.clientId,
    voter_id: vote.voterId,
    item_id: vote.itemId,
    ...answerColumns(vote),
    updated_at: vote.at,
  };
}

const VOTER_COLUMNS = 'id, assessment_id, label, anonymous, channel, language, created_at';
const VOTE_COLUMNS = 'voter_id, item_id, level, checked_json, not_applicable, unknown';

export function createVotesRepository(db: Db) {
  const votersOf = db.prepare<[string], VoterRow>(
    `SELECT ${VOTER_COLUMNS} FROM assessment_voters WHERE assessment_id = ? ORDER BY created_at, id`,
  );
  const voterOf = db.prepare<[string, string], VoterRow>(`SELECT ${VOTER_COLUMNS} FROM assessment_voters WHERE id = ? AND assessment_id = ?`);
  const labelsOf = db.prepare<[string], { label: string }>('SELECT label FROM assessment_voters WHERE assessment_id = ?');
  const lastJoined = db.prepare<[string], { at: string | null }>('SELECT max(created_at) AS at FROM assessment_voters WHERE assessment_id = ?');
  const insertVoter = db.prepare(insertSql('assessment_voters', voterRow));
  const deleteVoter = db.prepare('DELETE FROM assessment_voters WHERE id = ? AND assessment_id = ?');

  const votesOf = db.prepare<[string], VoteRow>(`SELECT ${VOTE_COLUMNS} FROM assessment_votes WHERE assessment_id = ?`);
  const votesOfVoter = db.prepare<[string, string], VoteRow>(
    `SELECT ${VOTE_COLUMNS} FROM assessment_votes WHERE assessment_id = ? AND voter_id = ? ORDER BY item_id`,
  );
  const upsertVote = db.prepare(upsertSql('assessment_votes', voteRow, ['assessment_id', 'voter_id', 'item_id']));
  const deleteVote = db.prepare('DELETE FROM assessment_votes WHERE assessment_id = ? AND voter_id = ? AND item_id = ?');

  return {
    // assessment_voters
    /** A check's participants in the order they joined (creation time, then id). */
    voters: (assessmentId: string): Voter[] => votersOf.all(assessmentId).map(voterFromRow),
    voter: (assessmentId: string, voterId: string): Voter | undefined => mapRow(voterOf.get(voterId, assessmentId), voterFromRow),
    labels: (assessmentId: string): string[] => labelsOf.all(assessmentId).map((r) => r.label),
    lastJoinedAt: (assessmentId: string): string | null => lastJoined.get(assessmentId)?.at ?? null,
    insertVoter: (voter: Voter, clientId: string) => void insertVoter.run(voterRow({ ...voter, clientId })),
    /** Their votes go with them (ON DELETE CASCADE). */
    deleteVoter: (assessmentId: string, voterId: string) => void deleteVoter.run(voterId, assessmentId),

    // assessment_votes
    votes: (assessmentId: string): Vote[] => votesOf.all(assessmentId).map(voteFromRow),
    votesOf: (assessmentId: string, voterId: string): Vote[] => votesOfVoter.all(assessmentId, voterId).map(voteFromRow),
    saveVote: (assessmentId: string, clientId: string, vote: Vote, at: string) => void upsertVote.run(voteRow({ ...vote, assessmentId, clientId, at })),
    deleteVote: (assessmentId: string, voterId: string, itemId: string) => void deleteVote.run(assessmentId, voterId, itemId),
  };
}

export type VotesRepository = ReturnType<typeof createVotesRepository>;
