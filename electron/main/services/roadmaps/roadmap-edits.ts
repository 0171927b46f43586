/**
 * Editing the open draft of a roadmap: each change is one short transaction (§1) that refuses a
 * signed-off revision, keeps every initiative inside the horizon and keeps the stored AI Act risk
 * in step with the answers; then the fresh view is answered. Also the comparison with the proposal.
 */
import { AppError } from '@shared/errors';
import { InvalidInputError, fieldProblem } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import { ROADMAP_LIMITS, type InitiativePatch, type RoadmapComparison, type RoadmapView } from '@shared/contract/roadmaps';
import type { AiActAnswers } from '@shared/domain/ai-act';
import { roadmapTotals } from '@shared/domain/roadmap';
import { compareWithProposal } from '@shared/domain/roadmap-edit';
import { findTemplate, getCatalogue } from '@shared/reference/catalogue';
import type { ServiceContext } from '../context';
import { initiativeRecord, newInitiative } from './initiative-record';
import type { RevisionRef, RoadmapsRepository, StoredInitiative, StoredRoadmap } from './roadmaps-repository';
import type { RoadmapReads } from './roadmap-view';

function beyondHorizon(path: string, horizon: number): InvalidInputError {
  // The message is a code of its own: the roadmap screen says "beyond the {{horizon}} months".
  return new InvalidInputError([fieldProblem(path, 'custom', 'beyond_horizon', { horizon })], 'The initiative would end after the roadmap horizon');
}

const refOf = (r: StoredRoadmap): RevisionRef => ({ roadmapId: r.id, clientId: r.clientId, revision: r.revision });

export function createRoadmapEdits(ctx: ServiceContext, repo: RoadmapsRepository, reads: RoadmapReads) {
  /** Runs one edit of the latest draft revision in a transaction, then answers the fresh view. */
  function edit(id: string, write: (r: StoredRoadmap, at: string) => void): RoadmapView {
    const at = ctx.now().toISOString();
    repo.transaction(() => {
      const r = reads.editable(id);
      write(r, at);
      repo.touch(id, at);
    });
    ctx.emit({ type: 'changed', entity: 'roadmap', id });
    return reads.view(id);
  }

  /** The position a new initiative takes (the end), refused when the roadmap is full. */
  function nextPosition(r: StoredRoadmap): number {
    const n = repo.countInitiatives(r.id, r.revision);
    if (n >= ROADMAP_LIMITS.initiatives) {
      throw new AppError('too_large', `A roadmap holds at most ${ROADMAP_LIMITS.initiatives} initiatives`, { max: ROADMAP_LIMITS.initiatives });
    }
    return n;
  }

  /** The initiative with a patch applied: titles and owners are stored trimmed, everything else as validated. */
  function patched(before: StoredInitiative, patch: InitiativePatch): StoredInitiative {
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as InitiativePatch;
    const next: StoredInitiative = { ...before, ...given };
    if (patch.title !== undefined) next.title = patch.title.trim();
    if (patch.owner !== undefined) next.owner = patch.owner.trim();
    return next;
  }

  return {
    'roadmaps.update': ({ id, patch }: ParsedInput<'roadmaps.update'>) =>
      edit(id, (r, at) => {
        if (patch.startsOn !== undefined) repo.setStartsOn(r.id, patch.startsOn, at);
      }),

    'roadmaps.addFromCatalogue': ({ id, templateId, startMonth }: ParsedInput<'roadmaps.addFromCatalogue'>) =>
      edit(id, (r, at) => {
        const catalogue = getCatalogue(r.catalogueVersion) ?? getCatalogue();
        const template = catalogue ? findTemplate(catalogue, templateId) : undefined;
        if (!template) throw new AppError('not_found', 'No such initiative in the catalogue', { entity: 'template', templateId });
        const position = nextPosition(r);
        const horizon = r.horizonMonths;
        // Default start: when its prerequisites in the roadmap have ended (they come first).
        const current = repo.initiatives(r.id, r.revision);
        const afterPrerequisites = Math.max(
          0,
          ...current.filter((i) => i.templateId && template.prerequisites.includes(i.templateId)).map((i) => i.startMonth + i.durationMonths),
        );
        const duration = Math.min(template.durationMonths, horizon);
        const start = Math.min(startMonth ?? afterPrerequisites, horizon - duration);
        if (startMonth !== undefined && startMonth + duration > horizon) throw beyondHorizon('startMonth', horizon);
        const initiative = newInitiative({
          key: ctx.newId(),
          position,
          source: 'catalogue',
          templateId: template.id,
          title: '',
          pillar: template.pillar,
          dimensionIds: template.dimensionIds,
          startMonth: start,
          durationMonths: duration,
          costCents: Math.round((template.costRangeCents[0] + template.costRangeCents[1]) / 2),
          reason: null,
          usesAi: template.buildsAiSystem,
        });
        repo.insertInitiative(refOf(r), initiative, at);
      }),

    'roadmaps.addCustom': ({ id, initiative: i }: ParsedInput<'roadmaps.addCustom'>) =>
      edit(id, (r, at) => {
        const position = nextPosition(r);
        if (i.startMonth + i.durationMonths > r.horizonMonths) throw beyondHorizon('initiative.durationMonths', r.horizonMonths);
        const initiative = newInitiative({
          key: ctx.newId(),
          position,
          source: 'custom',
          templateId: null,
          title: i.title.trim(),
          pillar: i.pillar,
          dimensionIds: i.dimensionIds,
          startMonth: i.startMonth,
          durationMonths: i.durationMonths,
          costCents: i.costCents,
          reason: null,
          usesAi: i.usesAi,
        });
        repo.insertInitiative(refOf(r), initiative, at);
      }),

    'roadmaps.removeInitiative': ({ id, key }: ParsedInput<'roadmaps.removeInitiative'>) =>
      edit(id, (r, at) => {
        reads.initiative(r, key);
        repo.deleteInitiative(refOf(r), key);
        // Close the gap: positions stay 0..n-1; only the initiatives that moved are touched.
        const keys = repo.initiatives(r.id, r.revision).map((i) => i.key);
        repo.setPositions(refOf(r), keys, at, true);
      }),

    'roadmaps.reorder': ({ id, keys }: ParsedInput<'roadmaps.reorder'>) =>
      edit(id, (r, at) => {
        const current = repo.initiatives(r.id, r.revision).map((i) => i.key);
        const same = keys.length === current.length && new Set(keys).size === keys.length && keys.every((k) => current.includes(k));
        if (!same) throw new AppError('conflict', 'The roadmap changed meanwhile: reload and reorder again', { entity: 'roadmap' });
        repo.setPositions(refOf(r), keys, at);
      }),

    'roadmaps.updateInitiative': ({ id, key, patch }: ParsedInput<'roadmaps.updateInitiative'>) =>
      edit(id, (r, at) => {
        const before = reads.initiative(r, key);
        if (Object.keys(patch).length === 0) return;
        const start = patch.startMonth ?? before.startMonth;
        const duration = patch.durationMonths ?? before.durationMonths;
        if (start + duration > r.horizonMonths) {
          throw beyondHorizon(patch.durationMonths !== undefined ? 'patch.durationMonths' : 'patch.startMonth', r.horizonMonths);
        }
        repo.updateInitiative(refOf(r), initiativeRecord(patched(before, patch)), at);
      }),

    'roadmaps.setAiActAnswers': ({ id, key, answers }: ParsedInput<'roadmaps.setAiActAnswers'>) =>
      edit(id, (r, at) => {
        const before = reads.initiative(r, key);
        // Only answered questions are kept: "absent" and null mean the same (unanswered).
        const kept = Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string')) as AiActAnswers;
        repo.updateInitiative(refOf(r), initiativeRecord({ ...before, aiActAnswers: kept }), at);
      }),

    'roadmaps.compare': ({ id, revision }: ParsedInput<'roadmaps.compare'>): RoadmapComparison => {
      const r = reads.roadmap(id);
      const shown = reads.revisionOf(r, revision);
      const items = repo.initiatives(id, shown);
      return {
        proposal: r.proposal,
        proposalTotals: roadmapTotals(r.proposal.initiatives),
        currentTotals: roadmapTotals(items),
        ...compareWithProposal(r.proposal, items),
      };
    },
  } satisfies Partial<Handlers>;
}
