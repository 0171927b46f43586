/**
 * Results and history: the working copy and a client's list of checks, what is left before
 * finalising, the results of a revision (or of the live draft) against the check it is compared
 * with, and the progress over a client's finalised checks. Scoring is the pure
 * `scoreAssessment` of shared/domain; a frozen revision is shown as stored, never re-scored.
 */
import type { Handlers, ParsedInput } from '@shared/contract';
import type { AssessmentSummary, Completeness, ProgressPoint, ResultsView } from '@shared/contract/assessments';
import type { Client } from '@shared/contract/clients';
import { answerState, compareChecks, CURRENT_SCORING_VERSION, scoreAssessment, type Answer, type AssessmentScore } from '@shared/domain/scoring';
import { CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';
import { progressLabel, workshopSteps } from '@shared/domain/assessment-flow';
import { checkStamp, previousCheckOf } from '@shared/domain/check-history';
import { getInstrument, itemsById } from '@shared/reference/instrument';
import type { AssessmentsRepository, CheckRecord, Targets } from './assessments-repository';
import { headerOf, storedResult, type CheckRecords } from './check-records';

/** A draft is scored with today's rules. */
function scoreDraft(instrumentVersion: string, answers: Answer[], targets: Targets): AssessmentScore {
  return scoreAssessment(getInstrument(instrumentVersion), answers, targets, CURRENT_SCORING_VERSION);
}

export function createCheckResults(repo: AssessmentsRepository, records: CheckRecords, getClient: (id: string) => Client) {
  function progressOf(clientId: string): ProgressPoint[] {
    return records.listFinalised(clientId).map((s, index) => ({
      id: s.id,
      revision: s.revision,
      label: progressLabel(index),
      heldOn: s.heldOn,
      finalisedAt: s.finalisedAt,
      stage: s.stage,
      instrumentVersion: s.instrumentVersion,
      scoringVersion: s.scoringVersion,
      overall: s.result.overall,
      level: s.result.level,
      coverage: s.result.coverage,
      dimensions: s.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target })),
    }));
  }

  /** The check this one is compared with: the one rule of domain/check-history.ts, over the client's checks as held. */
  function previousOf(c: CheckRecord): ResultsView['previous'] {
    const candidate = previousCheckOf(
      c.id,
      repo.checksOf(c.clientId).map((o) => ({ id: o.id, previousId: o.previousId, finalised: o.revision > 0 })),
    );
    if (!candidate) return null;
    const s = records.getSnapshot(candidate.id);
    return { ...checkStamp(s), scoringVersion: s.scoringVersion, result: s.result };
  }

  function completeness(id: string): Completeness {
    const c = records.check(id);
    const instrument = getInstrument(c.instrumentVersion);
    const answers = new Map(repo.answers(id).map((a) => [a.itemId, a]));
    const targets = repo.targets(id);
    const result = scoreAssessment(instrument, [...answers.values()], targets);
    const unanswered: Completeness['unanswered'] = [];
    const unknown: Completeness['unknown'] = [];
    const items = itemsById(instrument);
    for (const step of workshopSteps(instrument)) {
      if (step.kind !== 'item') continue;
      const state = answerState(items.get(step.itemId)!, answers.get(step.itemId));
      if (state === 'unanswered') unanswered.push({ itemId: step.itemId, dimensionId: step.dimensionId });
      if (state === 'unknown') unknown.push({ itemId: step.itemId, dimensionId: step.dimensionId });
    }
    const missingTargets = [...instrument.dimensions]
      .sort((a, b) => a.order - b.order)
      .map((d) => d.id)
      .filter((d) => targets[d] === undefined);
    return { counts: result.counts, unanswered, unknown, missingTargets, canFinalise: c.status === 'draft' };
  }

  function summaries(clientId: string): AssessmentSummary[] {
    return repo.checksOf(clientId).map((c) => {
      const working = scoreDraft(c.instrumentVersion, repo.answers(c.id), {});
      const last = c.revision > 0 ? repo.revision(c.id, c.revision) : undefined;
      const lastResult = last ? storedResult(last) : null;
      return {
        ...headerOf(c),
        counts: working.counts,
        lastFinalisedAt: last?.finalisedAt ?? null,
        overall: lastResult?.overall ?? null,
        level: lastResult?.level ?? null,
        coverage: lastResult?.coverage ?? null,
      };
    });
  }

  function results(id: string, revision: number | undefined): ResultsView {
    const c = records.check(id);
    let source: ResultsView['source'];
    let result: AssessmentScore;
    let versions: ResultsView['versions'];
    if (revision !== undefined || c.status === 'finalised') {
      const snapshot = records.getSnapshot(id, revision);
      source = { kind: 'revision', revision: snapshot.revision, finalisedAt: snapshot.finalisedAt };
      result = snapshot.result;
      versions = { instrument: snapshot.instrumentVersion, scoring: snapshot.scoringVersion, fundingRules: snapshot.fundingRulesVersion };
    } else {
      source = { kind: 'draft' };
      result = scoreDraft(c.instrumentVersion, repo.answers(id), repo.targets(id));
      versions = { instrument: c.instrumentVersion, scoring: result.scoringVersion, fundingRules: CURRENT_SCHEMES_VERSION };
    }
    const previous = previousOf(c);
    return {
      assessment: headerOf(c),
      source,
      result,
      versions,
      previous,
      comparison: previous
        ? compareChecks(
            { ...previous.result, instrumentVersion: previous.instrumentVersion, scoringVersion: previous.scoringVersion },
            { ...result, instrumentVersion: versions.instrument, scoringVersion: versions.scoring },
          )
        : null,
      progress: progressOf(c.clientId),
      revisions: repo.revisions(id),
    };
  }

  const handlers = {
    'assessments.get': ({ id }: ParsedInput<'assessments.get'>) => records.detail(id),

    'assessments.list': ({ clientId }: ParsedInput<'assessments.list'>) => {
      getClient(clientId);
      return summaries(clientId);
    },

    'assessments.completeness': ({ id }: ParsedInput<'assessments.completeness'>) => completeness(id),

    'assessments.results': ({ id, revision }: ParsedInput<'assessments.results'>): ResultsView => results(id, revision),

    'assessments.snapshot': ({ id, revision }: ParsedInput<'assessments.snapshot'>) => records.getSnapshot(id, revision),

    'assessments.progress': ({ clientId }: ParsedInput<'assessments.progress'>) => {
      getClient(clientId);
      return progressOf(clientId);
    },

    'assessments.listFinalised': ({ clientId }: ParsedInput<'assessments.listFinalised'>) => {
      getClient(clientId);
      return records.listFinalised(clientId);
    },
  } satisfies Partial<Handlers>;

  return { handlers };
}
