/**
 * Reading a roadmap: the view of one revision (initiatives with their AI Act triage and
 * warnings, totals, what stops the sign-off), the list summary, and the portal payload a
 * revision would be queued with. The rules are shared/domain's; the rows come from the repository.
 */
import { AppError } from '@shared/errors';
import type { FinalisedSnapshot } from '@shared/contract/assessments';
import { checkStamp } from '@shared/domain/check-history';
import type { RoadmapCheckInfo, RoadmapInitiative, RoadmapStatus, RoadmapSummary, RoadmapView } from '@shared/contract/roadmaps';
import { buildRoadmapPayload, roadmapPayloadSchema } from '@shared/contract/roadmap-payload';
import { roadmapTotals } from '@shared/domain/roadmap';
import {
  effectiveRisk,
  initiativeTriage,
  roadmapWarnings,
  signOffBlockers,
  templatesInPlace,
  type RoadmapProblem,
} from '@shared/domain/roadmap-edit';
import { scoreItem } from '@shared/domain/scoring';
import { getCatalogue, type Catalogue } from '@shared/reference/catalogue';
import { carryItemScores, getInstrument } from '@shared/reference/instrument';
import type { PayloadFunding } from './roadmap-report-sections';
import type { RoadmapsDeps } from './roadmaps-deps';
import type { RoadmapsRepository, StoredInitiative, StoredRoadmap } from './roadmaps-repository';

/**
 * The check's item scores 0..1 (null = not answered), as the generator reads them: in the item ids of
 * the catalogue's instrument, so an older check's split item still counts (carryItemScores).
 */
export function itemScoresOf(snapshot: FinalisedSnapshot, catalogue: Catalogue | undefined): Map<string, number | null> {
  const instrument = getInstrument(snapshot.instrumentVersion);
  const answers = new Map(snapshot.answers.map((a) => [a.itemId, a]));
  const scores = new Map(instrument.items.map((item) => [item.id, scoreItem(item, answers.get(item.id))]));
  return catalogue?.instrumentVersion ? carryItemScores(scores, catalogue.instrumentVersion) : scores;
}

function checkInfo(s: FinalisedSnapshot): RoadmapCheckInfo {
  return {
    ...checkStamp(s),
    overall: s.result.overall,
    level: s.result.level,
    dimensions: s.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target, gap: d.gap })),
  };
}

/** The schema's complaints about a payload, as the sign-off problems the advisor can act on. */
function payloadProblems(issues: readonly { path: readonly PropertyKey[] }[], problems: RoadmapProblem[]): void {
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path === 'initiatives' && problems.some((p) => p.code === 'no_initiatives')) continue;
    if (path.startsWith('company.sizeClass') || path.startsWith('company.headcount')) {
      if (!problems.some((p) => p.code === 'company_size_unknown')) problems.push({ code: 'company_size_unknown' });
    } else if (path.startsWith('company.name')) problems.push({ code: 'company_name_missing' });
    else if (path.startsWith('assessment.overallScore') || path.startsWith('assessment.level')) {
      if (!problems.some((p) => p.code === 'no_overall_score')) problems.push({ code: 'no_overall_score' });
    } else problems.push({ code: 'payload_invalid', path });
  }
}

export type RoadmapReads = ReturnType<typeof createRoadmapReads>;

export function createRoadmapReads(repo: RoadmapsRepository, deps: Pick<RoadmapsDeps, 'getClient' | 'assessments'>) {
  function roadmap(id: string): StoredRoadmap {
    const r = repo.get(id);
    if (!r) throw new AppError('not_found', 'No such roadmap', { entity: 'roadmap' });
    return r;
  }

  /** The revision asked for (default: the latest), refused when the roadmap has no such revision. */
  function revisionOf(r: StoredRoadmap, revision: number | undefined): number {
    const shown = revision ?? r.revision;
    if (shown < 1 || shown > r.revision) throw new AppError('not_found', 'No such roadmap revision', { entity: 'roadmap_revision', revision: shown });
    return shown;
  }

  /** A change is only allowed on the latest revision while it is a draft. */
  function editable(id: string): StoredRoadmap {
    const r = roadmap(id);
    if (r.status !== 'draft') {
      throw new AppError('read_only', 'This roadmap revision is signed off; start a new revision to change it', { entity: 'roadmap', revision: r.revision });
    }
    return r;
  }

  function initiative(r: StoredRoadmap, key: string): StoredInitiative {
    const found = repo.initiative(r.id, r.revision, key);
    if (!found) throw new AppError('not_found', 'No such initiative in this roadmap', { entity: 'initiative' });
    return found;
  }

  function snapshotOf(r: StoredRoadmap): FinalisedSnapshot {
    return deps.assessments.getSnapshot(r.assessmentId, r.assessmentRevision);
  }

  /**
   * The payload this revision would be queued with, and what stops it from being signed. The
   * funding block is only looked up for the real sign-off (it computes every scenario): the
   * caller passes it, null otherwise.
   */
  function payloadOf(r: StoredRoadmap, initiatives: readonly StoredInitiative[], snapshot: FinalisedSnapshot, funding: PayloadFunding | null = null) {
    const client = deps.getClient(r.clientId);
    const payload = buildRoadmapPayload({
      company: client,
      check: { id: snapshot.id, revision: snapshot.revision, overall: snapshot.result.overall, level: snapshot.result.level, scoringVersion: snapshot.scoringVersion },
      horizonMonths: r.horizonMonths,
      initiatives,
      catalogue: getCatalogue(r.catalogueVersion),
      locale: client.reportLocale,
      funding,
    });
    const problems: RoadmapProblem[] = [...signOffBlockers(initiatives)];
    const parsed = roadmapPayloadSchema.safeParse(payload);
    if (!parsed.success) payloadProblems(parsed.error.issues, problems);
    return { payload, problems, client };
  }

  function view(id: string, revision?: number): RoadmapView {
    const r = roadmap(id);
    const shown = revisionOf(r, revision);
    const snapshot = snapshotOf(r);
    const catalogue = getCatalogue(r.catalogueVersion);
    const items = repo.initiatives(id, shown);
    const warnings = roadmapWarnings(items, catalogue, templatesInPlace(catalogue, itemScoresOf(snapshot, catalogue)));
    const status: RoadmapStatus = shown < r.revision ? 'signed_off' : r.status;
    const { problems, client } = payloadOf(r, items, snapshot);
    const initiatives: RoadmapInitiative[] = items.map((i) => ({
      key: i.key,
      position: i.position,
      source: i.source,
      templateId: i.templateId,
      title: i.title,
      pillar: i.pillar,
      dimensionIds: [...i.dimensionIds],
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
      costCents: i.costCents,
      owner: i.owner,
      expectedBenefitCentsPerYear: i.expectedBenefitCentsPerYear,
      kpi: i.kpi,
      reason: i.reason,
      usesAi: i.usesAi,
      aiActAnswers: i.aiActAnswers,
      aiAct: initiativeTriage(i),
      aiActRisk: effectiveRisk(i),
      warnings: warnings.get(i.key) ?? [],
      updatedAt: i.updatedAt,
    }));
    return {
      id: r.id,
      clientId: r.clientId,
      clientName: client.name,
      reportLocale: client.reportLocale,
      check: checkInfo(snapshot),
      catalogueVersion: r.catalogueVersion,
      horizonMonths: r.horizonMonths,
      startsOn: r.startsOn,
      mode: r.mode,
      revision: shown,
      latestRevision: r.revision,
      status,
      readOnly: status !== 'draft',
      initiatives,
      totals: roadmapTotals(items),
      signOff: repo.signOffOf(id, shown),
      signOffProblems: status === 'draft' ? problems : [],
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  function summaryOf(r: StoredRoadmap): RoadmapSummary {
    const items = repo.initiatives(r.id, r.revision);
    let heldOn = '';
    try {
      heldOn = snapshotOf(r).heldOn;
    } catch {
      // The check is gone (should not happen: finalised revisions are kept); the list still shows the roadmap.
    }
    return {
      id: r.id,
      revision: r.revision,
      status: r.status,
      horizonMonths: r.horizonMonths,
      initiativeCount: items.length,
      totalCostCents: roadmapTotals(items).totalCostCents,
      checkHeldOn: heldOn,
      checkRevision: r.assessmentRevision,
      signOff: repo.latestSignOffUpTo(r.id, r.revision),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }

  return { roadmap, revisionOf, editable, initiative, snapshotOf, payloadOf, view, summaryOf };
}
