/**
 * The portal `assessment` submission of a finalised revision: built and checked from the
 * client's record, queued in the outbox inside the caller's finalise transaction, so the
 * snapshot and its submission both exist or neither does (§5). Without consent nothing is built.
 */
import type { SharingOutcome } from '@shared/contract/assessments';
import type { Client } from '@shared/contract/clients';
import { buildAssessmentPayload, checkAssessmentPayload } from '@shared/contract/assessment-payload';
import type { Answer, AssessmentScore } from '@shared/domain/scoring';
import type { Instrument } from '@shared/reference/instrument';
import type { Locale } from '@shared/locale';
import { enqueueSubmission } from '@main/sync/outbox';
import type { ServiceContext } from '../context';

export interface FinalisedRevision {
  assessmentId: string;
  revision: number;
  finalisedAt: Date;
  /** The check's language: the portal's answers to it are written in it. */
  language: Locale;
  instrument: Instrument;
  result: AssessmentScore;
  answers: readonly Answer[];
}

export function shareFinalised(ctx: ServiceContext, appVersion: string, client: Client, rev: FinalisedRevision): SharingOutcome {
  if (!client.consentToBenchmark) return { state: 'no_consent' };
  const payload = buildAssessmentPayload({
    company: client,
    instrument: rev.instrument,
    finalisedAt: rev.finalisedAt.toISOString(),
    result: rev.result,
    answers: rev.answers,
  });
  const problems = checkAssessmentPayload(payload);
  if (problems.length > 0) return { state: 'not_shareable', problems };
  const { outboxId } = enqueueSubmission(ctx.db, {
    kind: 'assessment',
    recordId: rev.assessmentId,
    revision: rev.revision,
    locale: rev.language,
    clientId: client.id,
    payload,
    instrumentVersion: rev.instrument.version,
    appVersion,
    createdAt: rev.finalisedAt,
    newId: ctx.newId,
  });
  return { state: 'queued', outboxId };
}
