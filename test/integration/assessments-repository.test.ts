/**
 * The row builders of the maturity checks' tables (assessments-repository.ts): each record is
 * written through the repository and read back unchanged, nulls and JSON columns included.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { createAssessmentsRepository, type AssessmentsRepository, type NewCheck, type RevisionRecord } from '@main/services/assessments/assessments-repository';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { scoreAssessment, type Answer } from '@shared/domain/scoring';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const [scaleA, scaleB, scaleC] = instrument.items.filter((i) => i.format.kind === 'scale');
const checklist = instrument.items.find((i) => i.format.kind === 'checklist')!;
const option = checklist.format.kind === 'checklist' ? checklist.format.options[0].id : '';

let s: TempServices;
let repo: AssessmentsRepository;
let clientId: string;
beforeEach(async () => {
  s = await tempServices();
  repo = createAssessmentsRepository(s.db);
  clientId = (await s.ok('clients.create', { name: 'Menuiserie Kieffer', reportLocale: 'lb' })).id;
});
afterEach(() => s.cleanup());

const newCheck = (over: Partial<NewCheck> = {}): NewCheck => ({
  id: 'check-1',
  clientId,
  stage: 'first',
  previousId: null,
  heldOn: '2026-03-02',
  language: 'lb',
  participants: [{ name: 'Anne Muller', role: 'Gérante' }, { name: 'Luc Weber', role: '' }],
  instrumentVersion: CURRENT_INSTRUMENT_VERSION,
  createdAt: '2026-03-02T09:00:00.000Z',
  ...over,
});

describe('assessments rows', () => {
  it('a started check reads back with the table defaults (draft, revision 0, no cursor)', () => {
    repo.insertCheck(newCheck());
    expect(repo.check('check-1')).toEqual({
      id: 'check-1',
      clientId,
      stage: 'first',
      previousId: null,
      heldOn: '2026-03-02',
      language: 'lb',
      participants: [{ name: 'Anne Muller', role: 'Gérante' }, { name: 'Luc Weber', role: '' }],
      instrumentVersion: CURRENT_INSTRUMENT_VERSION,
      status: 'draft',
      revision: 0,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      position: { step: null, view: 'item' },
    });
    expect(repo.head('check-1')).toEqual({ clientId, status: 'draft', instrumentVersion: CURRENT_INSTRUMENT_VERSION, language: 'lb', previousId: null });
    expect(repo.check('nope')).toBeUndefined();
    expect(repo.head('nope')).toBeUndefined();
  });

  it('each header write changes its column only; a follow-up keeps its link; a client’s checks come in the order held', () => {
    repo.insertCheck(newCheck());
    repo.insertCheck(newCheck({ id: 'check-0', heldOn: '2026-01-15', createdAt: '2026-03-02T10:00:00.000Z' }));
    repo.insertCheck(newCheck({ id: 'check-2', stage: 'follow_up', previousId: 'check-1', heldOn: '2026-09-01' }));
    repo.setHeldOn('check-1', '2026-03-03');
    repo.setLanguage('check-1', 'fr');
    repo.setParticipants('check-1', []);
    repo.setPosition('check-1', { step: scaleA.id, view: 'grid' });
    repo.touch('check-1', '2026-03-03T10:00:00.000Z');
    expect(repo.check('check-1')).toMatchObject({
      heldOn: '2026-03-03',
      language: 'fr',
      participants: [],
      position: { step: scaleA.id, view: 'grid' },
      updatedAt: '2026-03-03T10:00:00.000Z',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    repo.markFinalised('check-1', 1, '2026-03-04T10:00:00.000Z');
    expect(repo.head('check-1')).toMatchObject({ status: 'finalised' });
    expect(repo.check('check-1')).toMatchObject({ status: 'finalised', revision: 1, updatedAt: '2026-03-04T10:00:00.000Z' });
    repo.markDraft('check-1', '2026-03-05T10:00:00.000Z');
    expect(repo.check('check-1')).toMatchObject({ status: 'draft', revision: 1, updatedAt: '2026-03-05T10:00:00.000Z' });
    expect(repo.check('check-2')).toMatchObject({ stage: 'follow_up', previousId: 'check-1' });
    expect(repo.checksOf(clientId).map((c) => c.id)).toEqual(['check-0', 'check-1', 'check-2']);
    repo.deleteCheck('check-0');
    expect(repo.checksOf(clientId).map((c) => c.id)).toEqual(['check-1', 'check-2']);
  });
});

describe('assessment_answers, assessment_notes and assessment_targets rows', () => {
  it('every kind of answer reads back as written; saving again replaces it; delete removes it', () => {
    repo.insertCheck(newCheck());
    const answers: Answer[] = [
      { itemId: scaleA.id, level: 3, checked: null, notApplicable: false, unknown: false },
      { itemId: scaleB.id, level: null, checked: null, notApplicable: true, unknown: false },
      { itemId: scaleC.id, level: null, checked: null, notApplicable: false, unknown: true },
      { itemId: checklist.id, level: null, checked: [option], notApplicable: false, unknown: false },
    ];
    for (const a of answers) repo.saveAnswer('check-1', clientId, a, '2026-03-02T09:10:00.000Z');
    const byItem = (list: Answer[]) => [...list].sort((x, y) => x.itemId.localeCompare(y.itemId));
    expect(byItem(repo.answers('check-1'))).toEqual(byItem(answers));
    repo.saveAnswer('check-1', clientId, { ...answers[0], level: 5 }, '2026-03-02T09:11:00.000Z');
    repo.saveAnswer('check-1', clientId, { ...answers[3], checked: [] }, '2026-03-02T09:11:00.000Z');
    repo.deleteAnswer('check-1', scaleC.id);
    expect(byItem(repo.answers('check-1'))).toEqual(byItem([{ ...answers[0], level: 5 }, answers[1], { ...answers[3], checked: [] }]));
  });

  it('notes and targets read back by item and dimension', () => {
    repo.insertCheck(newCheck());
    repo.saveNote('check-1', clientId, scaleA.id, 'Excel-Tabellen, kee CRM', '2026-03-02T09:10:00.000Z');
    repo.saveNote('check-1', clientId, scaleB.id, 'x', '2026-03-02T09:10:00.000Z');
    repo.saveNote('check-1', clientId, scaleB.id, 'Zwee Leit', '2026-03-02T09:11:00.000Z');
    const [d1, d2] = instrument.dimensions.map((d) => d.id);
    repo.saveTarget('check-1', clientId, d1, 60, '2026-03-02T09:10:00.000Z');
    repo.saveTarget('check-1', clientId, d2, 0, '2026-03-02T09:10:00.000Z');
    expect(repo.notes('check-1')).toEqual({ [scaleA.id]: 'Excel-Tabellen, kee CRM', [scaleB.id]: 'Zwee Leit' });
    expect(repo.targets('check-1')).toEqual({ [d1]: 60, [d2]: 0 });
    repo.deleteNote('check-1', scaleA.id);
    repo.deleteTarget('check-1', d1);
    expect(repo.notes('check-1')).toEqual({ [scaleB.id]: 'Zwee Leit' });
    expect(repo.targets('check-1')).toEqual({ [d2]: 0 });
  });
});

describe('assessment_revisions rows', () => {
  it('a frozen revision reads back field for field, JSON columns and a null overall included', () => {
    repo.insertCheck(newCheck());
    const answers: Answer[] = [{ itemId: scaleA.id, level: 2, checked: null, notApplicable: false, unknown: false }];
    const d1 = instrument.dimensions[0].id;
    const result = scoreAssessment(instrument, answers, { [d1]: 80 });
    const rev: RevisionRecord = {
      assessmentId: 'check-1',
      clientId,
      revision: 1,
      finalisedAt: '2026-03-02T11:00:00.000Z',
      instrumentVersion: CURRENT_INSTRUMENT_VERSION,
      heldOn: '2026-03-02',
      language: 'lb',
      participants: [{ name: 'Anne Muller', role: 'Gérante' }],
      answers,
      notes: { [scaleA.id]: 'Excel' },
      targets: { [d1]: 80 },
      result,
      overall: null,
      scoringVersion: '2026.1',
      fundingRulesVersion: '2026.2',
    };
    repo.insertRevision(rev);
    repo.insertRevision({ ...rev, revision: 2, finalisedAt: '2026-03-09T11:00:00.000Z', overall: 41.5, notes: {}, targets: {} });
    expect(repo.revision('check-1', 1)).toEqual(rev);
    expect(repo.revision('check-1', 2)).toMatchObject({ revision: 2, overall: 41.5, notes: {}, targets: {} });
    expect(repo.revision('check-1', 3)).toBeUndefined();
    expect(repo.finalisedAt('check-1', 2)).toBe('2026-03-09T11:00:00.000Z');
    expect(repo.finalisedAt('check-1', 3)).toBeNull();
    expect(repo.revisions('check-1')).toEqual([
      { revision: 1, finalisedAt: '2026-03-02T11:00:00.000Z', overall: null },
      { revision: 2, finalisedAt: '2026-03-09T11:00:00.000Z', overall: 41.5 },
    ]);
  });
});
