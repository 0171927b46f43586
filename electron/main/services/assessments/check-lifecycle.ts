/**
 * A check's life: started (a follow-up names a finalised earlier check of the same client and
 * starts from its targets), its header edited while a draft, finalised into an immutable
 * revision (with the portal submission queued in the same transaction when the client
 * consented), reopened as the draft of the next revision, or discarded if never finalised.
 */
import { AppError } from '@shared/errors';
import { InvalidInputError, fieldProblem } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { FinaliseOutcome } from '@shared/contract/assessments';
import type { Client } from '@shared/contract/clients';
import { CURRENT_SCORING_VERSION, scoreAssessment } from '@shared/domain/scoring';
import { CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { ServiceContext } from '../context';
import type { AssessmentsRepository } from './assessments-repository';
import { FINALISED_READ_ONLY, type CheckRecords } from './check-records';
import { shareFinalised } from './check-sharing';

export interface CheckLifecycleDeps {
  getClient: (id: string) => Client;
  appVersion: string;
}

/** T0 → T1 → T2 is ordered by date: a follow-up cannot be held before the check it follows. */
function refuseEarlierThan(previousHeldOn: string, heldOn: string): void {
  if (heldOn < previousHeldOn) {
    throw new AppError('invalid_previous_check', 'A follow-up cannot be dated before the check it follows', { field: 'heldOn', previousHeldOn });
  }
}

export function createCheckLifecycle(ctx: ServiceContext, repo: AssessmentsRepository, records: CheckRecords, deps: CheckLifecycleDeps) {
  const { db } = ctx;

  const finaliseTx = db.transaction((id: string, at: Date): FinaliseOutcome => {
    const c = records.check(id);
    if (c.status !== 'draft') throw new AppError('read_only', 'This maturity check is already finalised', { entity: 'assessment' });
    const instrument = getInstrument(c.instrumentVersion);
    const answers = repo.answers(id).sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
    const targets = repo.targets(id);
    // A new revision is scored with the rules of today, and says so; earlier revisions keep theirs.
    const result = scoreAssessment(instrument, answers, targets, CURRENT_SCORING_VERSION);
    const revision = c.revision + 1;
    const finalisedAt = at.toISOString();
    repo.insertRevision({
      assessmentId: id,
      clientId: c.clientId,
      revision,
      finalisedAt,
      instrumentVersion: c.instrumentVersion,
      heldOn: c.heldOn,
      language: c.language,
      participants: c.participants,
      answers,
      notes: repo.notes(id),
      targets,
      result,
      overall: result.overall,
      scoringVersion: result.scoringVersion,
      fundingRulesVersion: CURRENT_SCHEMES_VERSION,
    });
    repo.markFinalised(id, revision, finalisedAt);
    const sharing = shareFinalised(ctx, deps.appVersion, deps.getClient(c.clientId), {
      assessmentId: id,
      revision,
      finalisedAt: at,
      language: c.language,
      instrument,
      result,
      answers,
    });
    return { snapshot: records.getSnapshot(id, revision), sharing };
  });

  const handlers = {
    'assessments.start': (input: ParsedInput<'assessments.start'>) => {
      deps.getClient(input.clientId); // not_found before any write
      if (input.stage === 'first' && input.previousId !== null) {
        throw new InvalidInputError([fieldProblem('previousId', 'first_check_follows_none', 'a first check does not follow up another one')]);
      }
      if (input.stage === 'follow_up') {
        const previous = input.previousId ? repo.check(input.previousId) : undefined;
        if (!previous || previous.clientId !== input.clientId || previous.revision === 0) {
          throw new AppError('invalid_previous_check', 'A follow-up must name a finalised earlier check of the same client', {
            field: 'previousId',
          });
        }
        refuseEarlierThan(previous.heldOn, input.heldOn);
      }
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.transaction(() => {
        repo.insertCheck({ ...input, id, instrumentVersion: CURRENT_INSTRUMENT_VERSION, createdAt: at });
        // A follow-up starts from the targets agreed last time (each stays editable in the workshop);
        // a dimension the current instrument no longer has is left out.
        if (input.previousId && input.stage === 'follow_up') {
          const dimensions = new Set<string>(getInstrument(CURRENT_INSTRUMENT_VERSION).dimensions.map((d) => d.id));
          for (const [dimensionId, target] of Object.entries(records.getSnapshot(input.previousId).targets)) {
            if (dimensions.has(dimensionId) && typeof target === 'number') repo.saveTarget(id, input.clientId, dimensionId, target, at);
          }
        }
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return records.detail(id);
    },

    'assessments.update': ({ id, patch }: ParsedInput<'assessments.update'>) => {
      const at = ctx.now().toISOString();
      db.transaction(() => {
        const c = records.check(id);
        const editsRecord = patch.heldOn !== undefined || patch.participants !== undefined;
        if (editsRecord && c.status !== 'draft') throw new AppError('read_only', FINALISED_READ_ONLY, { entity: 'assessment' });
        if (patch.heldOn !== undefined) {
          const previous = c.previousId ? repo.check(c.previousId) : undefined;
          if (previous) refuseEarlierThan(previous.heldOn, patch.heldOn);
          repo.setHeldOn(id, patch.heldOn);
        }
        if (patch.language !== undefined) repo.setLanguage(id, patch.language);
        if (patch.participants !== undefined) repo.setParticipants(id, patch.participants);
        repo.touch(id, at);
      })();
      return records.detail(id);
    },

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
        const c = records.check(id);
        if (c.status !== 'finalised') throw new AppError('conflict', 'This maturity check is already open for editing', { entity: 'assessment' });
        repo.markDraft(id, at);
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return records.detail(id);
    },

    'assessments.discard': ({ id }: ParsedInput<'assessments.discard'>) => {
      db.transaction(() => {
        const c = records.check(id);
        if (c.revision > 0) {
          throw new AppError('read_only', 'A check that was finalised is part of the record and cannot be discarded', { entity: 'assessment' });
        }
        repo.deleteCheck(id);
      })();
      ctx.emit({ type: 'changed', entity: 'assessment', id });
      return { discarded: true as const };
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
