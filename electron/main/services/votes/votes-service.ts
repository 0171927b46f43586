/**
 * Participants' individual answers (issue 14): voters of a check and their votes, one short
 * committed transaction per write (like the check's own answers), and the spread computed by
 * the pure shared/domain/spread.ts. The agreed answer stays `assessments.saveAnswer`: votes never
 * score and never reach the portal. Every write emits `changed / votes / <assessmentId>` so the
 * presenter's spread updates live (round the table and the own-devices room alike).
 */
import { AppError } from '@shared/errors';
import { InvalidInputError, fieldProblem } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { SpreadComparison, SpreadView, VoteInput, Voter } from '@shared/contract/votes';
import { checkAnswer } from '@shared/domain/scoring';
import { checkSpread, spreadChange } from '@shared/domain/spread';
import { getInstrument, itemsById } from '@shared/reference/instrument';
import type { Locale } from '@shared/locale';
import type { ServiceContext } from '../context';
import type { CheckHead } from '../assessments/assessments-repository';
import { noSuchCheck } from '../assessments/check-records';
import { createVotesRepository } from './votes-repository';
import { votesTranslator } from './votes-texts';

/** Participants per check: a workshop room, with margin; keeps a flood of room joins bounded. */
export const MAX_VOTERS = 100;

export interface VotesDeps {
  /** The check's header columns (assessments repository): votes belong to a check and follow its status. */
  checkHead: (assessmentId: string) => CheckHead | undefined;
}

export function createVotesService(ctx: ServiceContext, deps: VotesDeps) {
  const { db } = ctx;
  const repo = createVotesRepository(db);

  function check(assessmentId: string): CheckHead {
    const head = deps.checkHead(assessmentId);
    if (!head) throw noSuchCheck();
    return head;
  }

  /** Individual answers change only while the check is a draft, like its answers. */
  function draftCheck(assessmentId: string): CheckHead {
    const head = check(assessmentId);
    if (head.status !== 'draft') {
      throw new AppError('read_only', 'This maturity check is finalised; reopen it to collect answers again', { entity: 'assessment' });
    }
    return head;
  }

  function voter(assessmentId: string, voterId: string): Voter {
    const found = repo.voter(assessmentId, voterId);
    if (!found) throw new AppError('not_found', 'No such participant in this check', { entity: 'voter' });
    return found;
  }

  const changed = (assessmentId: string) => ctx.emit({ type: 'changed', entity: 'votes', id: assessmentId });

  /** "Participant N" in the check's language: the first N not taken (a removed one's number is reused). */
  function anonymousLabel(assessmentId: string, language: Locale): string {
    const taken = new Set(repo.labels(assessmentId));
    const t = votesTranslator(language);
    for (let n = 1; ; n += 1) {
      const label = t('core.participantLabel', { n });
      if (!taken.has(label)) return label;
    }
  }

  /**
   * When a participant joins: now, but always after the one before, so the order in which they
   * joined is their creation time alone and survives export and import (rows come back in key order).
   */
  function joinedAt(assessmentId: string): string {
    const now = ctx.now().getTime();
    const last = repo.lastJoinedAt(assessmentId);
    const after = last ? Date.parse(last) + 1 : -Infinity;
    return new Date(Math.max(now, after)).toISOString();
  }

  const addVoterTx = db.transaction((input: ParsedInput<'votes.addVoter'>): Voter => {
    const head = draftCheck(input.assessmentId);
    const count = repo.labels(input.assessmentId).length;
    if (count >= MAX_VOTERS) throw new AppError('too_large', 'This check has as many participants as it can take', { entity: 'voter', max: MAX_VOTERS });
    // An anonymous participant's name is never stored, even when one is sent.
    const name = input.label?.trim() ?? '';
    if (!input.anonymous && name === '') {
      throw new InvalidInputError([fieldProblem('label', 'name_required', 'a named participant needs a name')]);
    }
    const added: Voter = {
      id: ctx.newId(),
      assessmentId: input.assessmentId,
      label: input.anonymous ? anonymousLabel(input.assessmentId, head.language) : name,
      anonymous: input.anonymous,
      channel: input.channel,
      language: input.language,
      createdAt: joinedAt(input.assessmentId),
    };
    repo.insertVoter(added, head.clientId);
    return added;
  });

  const saveTx = db.transaction((input: VoteInput, at: string) => {
    const head = draftCheck(input.assessmentId);
    voter(input.assessmentId, input.voterId);
    const { answer, state } = checkAnswer(getInstrument(head.instrumentVersion), input);
    if (state === 'unanswered') repo.deleteVote(input.assessmentId, input.voterId, input.itemId);
    else repo.saveVote(input.assessmentId, head.clientId, { voterId: input.voterId, ...answer }, at);
  });

  /** The spread of a check's votes (every item, or the ones named), with who answered what. */
  function spreadOf(assessmentId: string, itemIds?: readonly string[]): SpreadView {
    const head = check(assessmentId);
    const instrument = getInstrument(head.instrumentVersion);
    const items = itemsById(instrument);
    for (const itemId of itemIds ?? []) {
      if (!items.has(itemId)) throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId });
    }
    const votes = repo.votes(assessmentId);
    const spread = checkSpread(instrument, votes);
    const wanted = itemIds ? new Set(itemIds) : null;
    const answered: Record<string, string[]> = {};
    for (const vote of votes) {
      if (wanted && !wanted.has(vote.itemId)) continue;
      (answered[vote.itemId] ??= []).push(vote.voterId);
    }
    return {
      assessmentId,
      voters: repo.voters(assessmentId),
      items: wanted ? spread.items.filter((s) => wanted.has(s.itemId)) : spread.items,
      dimensions: spread.dimensions,
      answered,
    };
  }

  /** A follow-up's spread per dimension against the check it follows up (each scored with its own instrument). */
  function compare(assessmentId: string): SpreadComparison {
    const head = check(assessmentId);
    const after = checkSpread(getInstrument(head.instrumentVersion), repo.votes(assessmentId)).dimensions;
    const earlier = head.previousId ? deps.checkHead(head.previousId) : undefined;
    const before = earlier && head.previousId ? checkSpread(getInstrument(earlier.instrumentVersion), repo.votes(head.previousId)).dimensions : [];
    return { dimensions: spreadChange(before, after), previousId: earlier ? head.previousId : null };
  }

  const handlers = {
    'votes.addVoter': (input: ParsedInput<'votes.addVoter'>): Voter => {
      const added = addVoterTx(input);
      changed(input.assessmentId);
      return added;
    },
    'votes.listVoters': ({ assessmentId }: ParsedInput<'votes.listVoters'>): Voter[] => {
      check(assessmentId);
      return repo.voters(assessmentId);
    },
    'votes.removeVoter': ({ assessmentId, voterId }: ParsedInput<'votes.removeVoter'>): { removed: true } => {
      db.transaction(() => {
        draftCheck(assessmentId);
        voter(assessmentId, voterId);
        repo.deleteVoter(assessmentId, voterId);
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
      return repo.votesOf(assessmentId, voterId).map((v) => ({ assessmentId, ...v }));
    },
    'votes.compare': ({ assessmentId }: ParsedInput<'votes.compare'>): SpreadComparison => compare(assessmentId),
  } satisfies Partial<Handlers>;

  return { handlers, spreadOf, compare };
}

export type VotesService = ReturnType<typeof createVotesService>;
