/**
 * A roadmap's life outside its edits: the checks it can be generated from, generation (the pure
 * proposal of shared/domain/roadmap, stored in one transaction), reading and listing, deletion.
 */
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { RoadmapSource } from '@shared/contract/roadmaps';
import { proposeRoadmap, type ProposedRoadmap } from '@shared/domain/roadmap';
import { getCatalogue } from '@shared/reference/catalogue';
import type { ServiceContext } from '../context';
import { newInitiative } from './initiative-record';
import type { RoadmapsDeps } from './roadmaps-deps';
import type { RoadmapsRepository } from './roadmaps-repository';
import { itemScoresOf, type RoadmapReads } from './roadmap-view';

/** First day of the month after `now` (UTC): month 1 of a roadmap generated today. */
function nextMonthStart(now: Date): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 2; // 1-based next month
  return m > 12 ? `${y + 1}-01-01` : `${y}-${String(m).padStart(2, '0')}-01`;
}

export function createRoadmapGeneration(ctx: ServiceContext, repo: RoadmapsRepository, reads: RoadmapReads, deps: Pick<RoadmapsDeps, 'getClient' | 'assessments'>) {
  return {
    'roadmaps.sources': ({ clientId }: ParsedInput<'roadmaps.sources'>): RoadmapSource[] => {
      deps.getClient(clientId);
      const counts = repo.countsByCheck(clientId);
      return deps.assessments
        .listFinalised(clientId)
        .map((s) => ({
          assessmentId: s.id,
          revision: s.revision,
          heldOn: s.heldOn,
          finalisedAt: s.finalisedAt,
          overall: s.result.overall,
          level: s.result.level,
          roadmapCount: counts.get(s.id) ?? 0,
        }))
        .reverse();
    },

    'roadmaps.generate': ({ clientId, assessmentId, assessmentRevision, horizonMonths }: ParsedInput<'roadmaps.generate'>) => {
      deps.getClient(clientId);
      const snapshot = deps.assessments.getSnapshot(assessmentId, assessmentRevision);
      if (snapshot.clientId !== clientId) throw new AppError('not_found', 'This check belongs to another client', { entity: 'assessment' });
      const catalogue = getCatalogue();
      if (!catalogue) throw new AppError('internal', 'No roadmap catalogue shipped');
      const scores = itemScoresOf(snapshot, catalogue);
      const proposal: ProposedRoadmap = proposeRoadmap({
        dimensions: snapshot.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target })),
        answers: [...scores].map(([itemId, score]) => ({ itemId, score })),
        horizonMonths,
        catalogue,
      });
      const id = ctx.newId();
      const now = ctx.now();
      const at = now.toISOString();
      repo.transaction(() => {
        repo.insert({
          id,
          clientId,
          assessmentId: snapshot.id,
          assessmentRevision: snapshot.revision,
          instrumentVersion: snapshot.instrumentVersion,
          catalogueVersion: catalogue.version,
          horizonMonths,
          startsOn: nextMonthStart(now),
          mode: proposal.mode,
          proposal,
          at,
        });
        const ref = { roadmapId: id, clientId, revision: 1 };
        proposal.initiatives.forEach((p, position) => {
          const initiative = newInitiative({
            key: ctx.newId(),
            position,
            source: 'proposal',
            templateId: p.templateId,
            title: '',
            pillar: p.pillar,
            dimensionIds: p.dimensionIds,
            startMonth: p.startMonth,
            durationMonths: p.durationMonths,
            costCents: p.costCents,
            reason: p.reason,
            usesAi: p.buildsAiSystem,
          });
          repo.insertInitiative(ref, initiative, at);
        });
      });
      ctx.emit({ type: 'changed', entity: 'roadmap', id });
      return reads.view(id);
    },

    'roadmaps.get': ({ id, revision }: ParsedInput<'roadmaps.get'>) => reads.view(id, revision),

    'roadmaps.list': ({ clientId }: ParsedInput<'roadmaps.list'>) => {
      deps.getClient(clientId);
      return repo.listOfClient(clientId).map(reads.summaryOf);
    },

    'roadmaps.delete': ({ id }: ParsedInput<'roadmaps.delete'>) => {
      repo.transaction(() => {
        reads.roadmap(id);
        if (repo.everSignedOff(id)) {
          throw new AppError('read_only', 'A roadmap that was signed off is part of the record and cannot be deleted', { entity: 'roadmap' });
        }
        repo.delete(id);
      });
      ctx.emit({ type: 'changed', entity: 'roadmap', id });
      return { deleted: true as const };
    },
  } satisfies Partial<Handlers>;
}
