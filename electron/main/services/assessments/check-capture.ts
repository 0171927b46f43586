/**
 * Capture in the workshop: each answer, note and target is one short transaction committed
 * before the call returns (§1), refused once the check is finalised; the presenter's position
 * is saved on any check (it is where the presenter stands, not part of the record).
 */
import { AppError } from '@shared/errors';
import { InvalidInputError, fieldProblem } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import { checkAnswer } from '@shared/domain/scoring';
import { workshopSteps } from '@shared/domain/assessment-flow';
import { getInstrument, itemsById, type Instrument } from '@shared/reference/instrument';
import type { ServiceContext } from '../context';
import type { AssessmentsRepository } from './assessments-repository';
import type { CheckRecords } from './check-records';

/** The workshop step ids of an instrument version (built once: checked on every cursor move). */
const stepIds = new Map<string, ReadonlySet<string>>();
function stepIdsOf(instrument: Instrument): ReadonlySet<string> {
  let ids = stepIds.get(instrument.version);
  if (!ids) {
    ids = new Set(workshopSteps(instrument).map((s) => s.id));
    stepIds.set(instrument.version, ids);
  }
  return ids;
}

export function createCheckCapture(ctx: ServiceContext, repo: AssessmentsRepository, records: CheckRecords) {
  const { db } = ctx;

  const saveAnswerTx = db.transaction((input: ParsedInput<'assessments.saveAnswer'>, at: string) => {
    const head = records.draftHead(input.id);
    const { answer, state } = checkAnswer(getInstrument(head.instrumentVersion), input);
    if (state === 'unanswered') repo.deleteAnswer(input.id, input.itemId);
    else repo.saveAnswer(input.id, head.clientId, answer, at);
    return state;
  });

  const handlers = {
    'assessments.saveAnswer': (input: ParsedInput<'assessments.saveAnswer'>) => {
      const at = ctx.now().toISOString();
      const state = saveAnswerTx(input, at);
      return { itemId: input.itemId, state, savedAt: at };
    },

    'assessments.saveNote': ({ id, itemId, note }: ParsedInput<'assessments.saveNote'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const head = records.draftHead(id);
        if (!itemsById(getInstrument(head.instrumentVersion)).has(itemId)) {
          throw new AppError('not_found', 'No such question in this instrument', { entity: 'item', itemId });
        }
        if (note.trim() === '') repo.deleteNote(id, itemId);
        else repo.saveNote(id, head.clientId, itemId, note, at);
      })();
      return { itemId, savedAt: at };
    },

    'assessments.saveTarget': ({ id, dimensionId, target }: ParsedInput<'assessments.saveTarget'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const head = records.draftHead(id);
        if (target === null) repo.deleteTarget(id, dimensionId);
        else repo.saveTarget(id, head.clientId, dimensionId, target, at);
      })();
      return { dimensionId, savedAt: at };
    },

    'assessments.savePosition': ({ id, step, view }: ParsedInput<'assessments.savePosition'>) => {
      const head = records.head(id);
      if (step !== null && !stepIdsOf(getInstrument(head.instrumentVersion)).has(step)) {
        throw new InvalidInputError([fieldProblem('step', 'not_in_instrument', 'no such step in this instrument')]);
      }
      // Allowed on a finalised check too: it is where the presenter stands, not part of the record.
      repo.setPosition(id, { step, view });
      return { savedAt: ctx.now().toISOString() };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
