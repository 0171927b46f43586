/**
 * The row builders of the participants' tables (votes-repository.ts): a voter and each kind of
 * vote are written through the repository and read back unchanged.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { createVotesRepository, type VotesRepository } from '@main/services/votes/votes-repository';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { Voter } from '@shared/contract/votes';
import type { Vote } from '@shared/domain/spread';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const [scaleA, scaleB, scaleC] = instrument.items.filter((i) => i.format.kind === 'scale');
const checklist = instrument.items.find((i) => i.format.kind === 'checklist')!;
const option = checklist.format.kind === 'checklist' ? checklist.format.options[0].id : '';

let s: TempServices;
let repo: VotesRepository;
let clientId: string;
let assessmentId: string;
beforeEach(async () => {
  s = await tempServices();
  repo = createVotesRepository(s.db);
  clientId = (await s.ok('clients.create', { name: 'Menuiserie Kieffer', reportLocale: 'lb' })).id;
  assessmentId = (await s.ok('assessments.start', { clientId, stage: 'first', previousId: null, heldOn: '2026-03-02', language: 'lb', participants: [] })).id;
});
afterEach(() => s.cleanup());

const voter = (over: Partial<Voter> = {}): Voter => ({
  id: 'voter-1',
  assessmentId,
  label: 'Anne Muller',
  anonymous: false,
  channel: 'device',
  language: 'fr',
  createdAt: '2026-03-02T09:00:00.000Z',
  ...over,
});

it('a voter reads back as written; voters come in the order they joined', () => {
  repo.insertVoter(voter({ id: 'voter-b', createdAt: '2026-03-02T09:00:00.001Z', anonymous: true, label: 'Participant 1', channel: 'table', language: 'lb' }), clientId);
  repo.insertVoter(voter(), clientId);
  expect(repo.voter(assessmentId, 'voter-1')).toEqual(voter());
  expect(repo.voter(assessmentId, 'voter-b')).toEqual(voter({ id: 'voter-b', createdAt: '2026-03-02T09:00:00.001Z', anonymous: true, label: 'Participant 1', channel: 'table', language: 'lb' }));
  expect(repo.voter('other-check', 'voter-1')).toBeUndefined();
  expect(repo.voters(assessmentId).map((v) => v.id)).toEqual(['voter-1', 'voter-b']);
  expect(repo.labels(assessmentId).sort()).toEqual(['Anne Muller', 'Participant 1']);
  expect(repo.lastJoinedAt(assessmentId)).toBe('2026-03-02T09:00:00.001Z');
  expect(repo.lastJoinedAt('other-check')).toBeNull();
});

it('every kind of vote reads back as written; saving again replaces it; a removed voter takes their votes along', () => {
  repo.insertVoter(voter(), clientId);
  repo.insertVoter(voter({ id: 'voter-2', createdAt: '2026-03-02T09:01:00.000Z' }), clientId);
  const votes: Vote[] = [
    { voterId: 'voter-1', itemId: scaleA.id, level: 4, checked: null, notApplicable: false, unknown: false },
    { voterId: 'voter-1', itemId: scaleB.id, level: null, checked: null, notApplicable: true, unknown: false },
    { voterId: 'voter-1', itemId: scaleC.id, level: null, checked: null, notApplicable: false, unknown: true },
    { voterId: 'voter-1', itemId: checklist.id, level: null, checked: [option], notApplicable: false, unknown: false },
    { voterId: 'voter-2', itemId: scaleA.id, level: 1, checked: null, notApplicable: false, unknown: false },
  ];
  for (const v of votes) repo.saveVote(assessmentId, clientId, v, '2026-03-02T09:10:00.000Z');
  const byItem = (list: Vote[]) => [...list].sort((x, y) => x.itemId.localeCompare(y.itemId));
  expect(repo.votesOf(assessmentId, 'voter-1')).toEqual(byItem(votes.slice(0, 4)));
  expect(repo.votes(assessmentId)).toHaveLength(5);
  repo.saveVote(assessmentId, clientId, { ...votes[0], level: 0 }, '2026-03-02T09:11:00.000Z');
  repo.deleteVote(assessmentId, 'voter-1', scaleC.id);
  expect(repo.votesOf(assessmentId, 'voter-1')).toEqual(byItem([{ ...votes[0], level: 0 }, votes[1], votes[3]]));
  repo.deleteVoter(assessmentId, 'voter-1');
  expect(repo.votes(assessmentId)).toEqual([votes[4]]);
  expect(repo.voters(assessmentId).map((v) => v.id)).toEqual(['voter-2']);
});
