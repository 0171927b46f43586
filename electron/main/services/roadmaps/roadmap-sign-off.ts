/**
 * Sign-off and revisions: the manager's sign-off freezes the revision, records exactly what was
 * signed (canonical JSON and its hash) and queues the portal submission, all in one transaction
 * (§5); a later change opens a new revision, a copy of the signed one.
 */
import { createHash } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { RoadmapRevisionSummary } from '@shared/contract/roadmaps';
import { canonicalJson } from '@shared/domain/canonical-json';
import { roadmapTotals } from '@shared/domain/roadmap';
import { effectiveRisk } from '@shared/domain/roadmap-edit';
import { enqueueSubmission } from '@main/sync/outbox';
import type { ServiceContext } from '../context';
import type { RoadmapReportSections } from './roadmap-report-sections';
import type { RoadmapsRepository } from './roadmaps-repository';
import type { RoadmapReads } from './roadmap-view';

export function createRoadmapSignOff(
  ctx: ServiceContext,
  repo: RoadmapsRepository,
  reads: RoadmapReads,
  sections: Pick<RoadmapReportSections, 'payloadFunding'>,
  appVersion: string,
) {
  return {
    'roadmaps.signOff': ({ id, managerName, managerRole, signedOn }: ParsedInput<'roadmaps.signOff'>) => {
      const now = ctx.now();
      const at = now.toISOString();
      repo.transaction(() => {
        const r = reads.editable(id);
        const items = repo.initiatives(id, r.revision);
        const snapshot = reads.snapshotOf(r);
        const funding = sections.payloadFunding(r.clientId, items.map((i) => i.key));
        const { payload, problems, client } = reads.payloadOf(r, items, snapshot, funding);
        if (problems.length > 0) {
          throw new AppError('sign_off_blocked', 'This roadmap cannot be signed off yet', { problems });
        }
        const signedBy = { name: managerName.trim(), role: managerRole.trim(), signedOn };
        // The exact revision as signed: what the manager saw, independent of later catalogue versions.
        const snapshotJson = canonicalJson({
          roadmapId: r.id,
          revision: r.revision,
          clientId: r.clientId,
          check: { id: snapshot.id, revision: snapshot.revision },
          catalogueVersion: r.catalogueVersion,
          horizonMonths: r.horizonMonths,
          startsOn: r.startsOn,
          initiatives: items.map(({ updatedAt: _updatedAt, ...i }) => ({ ...i, aiActRisk: effectiveRisk(i) })),
          signedBy,
          payload,
        });
        repo.insertSignOff({
          roadmapId: r.id,
          clientId: r.clientId,
          revision: r.revision,
          managerName: signedBy.name,
          managerRole: signedBy.role,
          signedOn,
          signedAt: at,
          snapshotJson,
          snapshotSha256: createHash('sha256').update(snapshotJson, 'utf8').digest('hex'),
        });
        repo.markSignedOff(r.id, at);
        enqueueSubmission(ctx.db, {
          kind: 'roadmap',
          recordId: r.id,
          revision: r.revision,
          locale: client.reportLocale,
          clientId: r.clientId,
          payload,
          instrumentVersion: r.instrumentVersion,
          appVersion,
          createdAt: now,
          newId: ctx.newId,
        });
      });
      ctx.emit({ type: 'changed', entity: 'roadmap', id });
      ctx.emit({ type: 'changed', entity: 'outbox' });
      return reads.view(id);
    },

    'roadmaps.newRevision': ({ id }: ParsedInput<'roadmaps.newRevision'>) => {
      const at = ctx.now().toISOString();
      repo.transaction(() => {
        const r = reads.roadmap(id);
        if (r.status !== 'signed_off') throw new AppError('conflict', 'A draft revision is already open', { entity: 'roadmap', revision: r.revision });
        repo.openRevisionFrom(id, r.revision, at);
      });
      ctx.emit({ type: 'changed', entity: 'roadmap', id });
      return reads.view(id);
    },

    'roadmaps.revisions': ({ id }: ParsedInput<'roadmaps.revisions'>): RoadmapRevisionSummary[] => {
      const r = reads.roadmap(id);
      const out: RoadmapRevisionSummary[] = [];
      for (let rev = r.revision; rev >= 1; rev--) {
        const items = repo.initiatives(id, rev);
        out.push({
          revision: rev,
          status: rev < r.revision ? 'signed_off' : r.status,
          initiativeCount: items.length,
          totalCostCents: roadmapTotals(items).totalCostCents,
          signOff: repo.signOffOf(id, rev),
          outboxId: repo.outboxIdOf(id, rev),
        });
      }
      return out;
    },
  } satisfies Partial<Handlers>;
}
