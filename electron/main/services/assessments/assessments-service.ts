/**
 * AI maturity checks: the feature's one entry point. It lives in services/assessments/: the
 * repository (all SQL and the row builder of each table), the check records (reads and the
 * guards of every write), capture (answers, notes, targets, position: one short transaction
 * each), the lifecycle (start, edit, finalise into an immutable revision with its portal
 * submission, reopen, discard) and results (results, history, progress). Scoring is the pure
 * `scoreAssessment` of shared/domain.
 */
import type { Client } from '@shared/contract/clients';
import type { ServiceContext } from '../context';
import { createAssessmentsRepository } from './assessments-repository';
import { createCheckRecords } from './check-records';
import { createCheckCapture } from './check-capture';
import { createCheckLifecycle } from './check-lifecycle';
import { createCheckResults } from './check-results';

export interface AssessmentsDeps {
  getClient: (id: string) => Client;
  appVersion: string;
}

export function createAssessmentsService(ctx: ServiceContext, deps: AssessmentsDeps) {
  const repo = createAssessmentsRepository(ctx.db);
  const records = createCheckRecords(repo);
  const handlers = {
    ...createCheckLifecycle(ctx, repo, records, deps).handlers,
    ...createCheckCapture(ctx, repo, records).handlers,
    ...createCheckResults(repo, records, deps.getClient).handlers,
  };
  return {
    handlers,
    /** Typed reads for other features: snapshots for the roadmaps and the report, a check's header for the votes. */
    getSnapshot: records.getSnapshot,
    listFinalised: records.listFinalised,
    checkHead: repo.head,
  };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
