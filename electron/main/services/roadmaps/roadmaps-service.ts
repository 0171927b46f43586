/**
 * Roadmaps (issue 4): generation from a finalised check, editing (each change one short
 * transaction), AI Act triage, sign-off with its portal submission in the same transaction, new
 * revisions, and the Word report. The rules live in shared/domain (roadmap, roadmap-edit,
 * ai-act); the SQL in roadmaps-repository.ts; the services here, one file per concern, hold the
 * order of things. This file only puts them together behind the contract's handlers.
 */
import type { Handlers } from '@shared/contract';
import type { ServiceContext } from '../context';
import { createRoadmapEdits } from './roadmap-edits';
import { createRoadmapGeneration } from './roadmap-generation';
import { createRoadmapReport } from './roadmap-report';
import { roadmapReportSections } from './roadmap-report-sections';
import { createRoadmapSignOff } from './roadmap-sign-off';
import { roadmapTranslator } from './roadmap-texts';
import { createRoadmapReads } from './roadmap-view';
import type { RoadmapsDeps } from './roadmaps-deps';
import { createRoadmapsRepository } from './roadmaps-repository';

export type { GenerateReport, RoadmapsDeps, SaveFile } from './roadmaps-deps';

export function createRoadmapsService(ctx: ServiceContext, deps: RoadmapsDeps) {
  const repo = createRoadmapsRepository(ctx.db);
  const reads = createRoadmapReads(repo, deps);
  const sections = roadmapReportSections(deps.reportSources, roadmapTranslator);
  const report = createRoadmapReport(ctx, repo, reads, sections, deps);
  const handlers = {
    ...createRoadmapGeneration(ctx, repo, reads, deps),
    ...createRoadmapEdits(ctx, repo, reads),
    ...createRoadmapSignOff(ctx, repo, reads, sections, deps.appVersion),
    ...report.handlers,
  } satisfies Partial<Handlers>;
  return { handlers, view: reads.view, reportDataOf: report.reportDataOf };
}
