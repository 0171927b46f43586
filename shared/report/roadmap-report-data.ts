/**
 * Builds the Word report's `ReportData` from a roadmap revision, the finalised check it came
 * from, the client's other checks and the client record. Pure: the service reads the database
 * and passes everything in (clock included), the generator turns the result into a document.
 * Every text is written in `locale`, the client's report language, not the UI's.
 */
import type { Locale } from '../locale';
import type { ReportAppendixEntry, ReportData, ReportDisagreement, ReportFunding, ReportGpu, ReportInitiative, ReportPeerBenchmark } from './report-data';
import { getInstrument } from '../reference/instrument';
import type { Catalogue } from '../reference/catalogue';
import { answerState, compareChecks, type Answer } from '../domain/scoring';
import { sizeClassOf, type ClientSizeFields } from '../domain/sme-size';
import { citeRef } from '../domain/ai-act';
import { previousCheckOf, type FinalisedSnapshot } from '../domain/check-history';
import { roadmapTotals, type InitiativeReason } from '../domain/roadmap';
import { describeReason, initiativeTriage, resolveInitiativeText, type EditedInitiative, type TextLookup } from '../domain/roadmap-edit';
import type { ItemSpread } from '../domain/spread';

export interface ReportRoadmapInput {
  revision: number;
  horizonMonths: number;
  startsOn: string | null;
  /** In the advisor's order. */
  initiatives: readonly (EditedInitiative & { reason: InitiativeReason | null })[];
}

/** The client's record as the report reads it (a contract `Client` fits). */
export interface ReportClientFacts extends ClientSizeFields {
  name: string;
  rcsNumber: string | null;
  commune: string | null;
  naceCode: string | null;
  naceLabel: string | null;
}

/** A roadmap revision's sign-off as the report reads it (a contract `RoadmapSignOff` fits). */
export interface ReportSignOffInput {
  revision: number;
  managerName: string;
  managerRole: string;
  /** ISO date the manager signed. */
  signedOn: string;
}

/** Participants' individual answers as the report reads them (the contract's `SpreadView` fits). */
export interface ReportVotesInput {
  voters: readonly { anonymous: boolean }[];
  items: readonly ItemSpread[];
}

export interface BuildReportDataInput {
  locale: Locale;
  /** ISO date-time of generation. */
  generatedAt: string;
  advisorName: string;
  client: ReportClientFacts;
  /** The finalised check revision the roadmap was generated from. */
  check: FinalisedSnapshot;
  /** The client's finalised checks (latest revision of each), in the order they were held. */
  history: readonly FinalisedSnapshot[];
  roadmap: ReportRoadmapInput;
  catalogue: Catalogue | undefined;
  /** The sign-off of this revision, or of the latest signed-off revision before it. */
  signOff: ReportSignOffInput | null;
  funding?: ReportFunding | null;
  gpu?: ReportGpu | null;
  peers?: ReportPeerBenchmark | null;
  /** Participants' individual answers to the check (votes.spread), when any were collected. */
  votes?: ReportVotesInput | null;
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s : null);

/** What a person answered, as shown to the client: "3 – <level text>", the options ticked, N/A, don't know. */
function answerLabel(answer: Answer | undefined, item: ReturnType<typeof getInstrument>['items'][number], locale: Locale, t: TextLookup): string | null {
  const state = answerState(item, answer);
  if (state === 'unanswered') return null;
  if (state === 'notApplicable') return t('roadmap:answer.notApplicable');
  if (state === 'unknown') return t('roadmap:answer.unknown');
  const a = answer as Answer;
  if (item.format.kind === 'scale') return `${a.level} – ${item.format.levels[a.level as number][locale]}`;
  const checked = new Set(a.checked ?? []);
  const labels = item.format.options.filter((o) => checked.has(o.id)).map((o) => o.label[locale]);
  return labels.length > 0 ? labels.join('; ') : t('roadmap:answer.noneChecked');
}

export function buildReportData(input: BuildReportDataInput, t: TextLookup): ReportData {
  const { locale, check } = input;
  const instrument = getInstrument(check.instrumentVersion);
  const dimTitle = (id: string) => instrument.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
  const result = check.result;

  // The previous check: the rule the results screen shows (the one it follows up, else the one held before).
  const history = input.history.map((s) => (s.id === check.id ? check : s));
  if (!history.some((s) => s.id === check.id)) history.push(check);
  const index = history.findIndex((s) => s.id === check.id);
  const previous = previousCheckOf(check.id, history.map((s) => ({ ...s, finalised: true })));

  // The change since the previous check, like for like: only dimensions scored in both count.
  const previousCheck = (p: FinalisedSnapshot) => {
    const c = compareChecks(
      { ...p.result, instrumentVersion: p.instrumentVersion, scoringVersion: p.scoringVersion },
      { ...result, instrumentVersion: check.instrumentVersion, scoringVersion: check.scoringVersion },
    );
    return {
      finalisedAt: p.finalisedAt,
      heldOn: p.heldOn,
      overall: p.result.overall,
      dimensions: p.result.dimensions.map((d) => ({ id: d.id, score: d.score })),
      instrumentVersion: p.instrumentVersion,
      scoringVersion: p.scoringVersion,
      likeForLike: { before: c.before, now: c.after, delta: c.delta, allDimensions: c.allDimensions, commonTitles: c.common.map(dimTitle) },
    };
  };

  const sizeClass = sizeClassOf(input.client).sizeClass;

  const initiatives: ReportInitiative[] = input.roadmap.initiatives.map((i) => {
    const text = resolveInitiativeText(i, input.catalogue, locale);
    const triage = initiativeTriage(i);
    return {
      title: text.title,
      pillar: i.pillar,
      dimensionTitles: i.dimensionIds.map(dimTitle),
      startMonth: i.startMonth,
      durationMonths: i.durationMonths,
      costCents: i.costCents,
      expectedBenefitCentsPerYear: i.expectedBenefitCentsPerYear,
      kpi: orNull(text.kpi),
      owner: orNull(i.owner),
      reason: i.reason ? describeReason(i.reason, dimTitle(i.reason.dimensionId), locale, t) : null,
      aiAct: triage
        ? { risk: triage.risk, ref: triage.decidedBy ? citeRef(triage.decidedBy, locale) : null, obligations: triage.obligations.map((o) => o[locale]) }
        : null,
    };
  });
  const totals = roadmapTotals(input.roadmap.initiatives);

  const answers = new Map(check.answers.map((a) => [a.itemId, a]));
  const appendix: ReportAppendixEntry[] = instrument.items.map((item) => ({
    dimensionTitle: dimTitle(item.dimensionId),
    question: item.question[locale],
    answerLabel: answerLabel(answers.get(item.id), item, locale, t),
    note: orNull(check.notes[item.id]),
  }));

  // Individual answers: the flagged questions beside the agreed answer (the appendix's label).
  let disagreement: ReportDisagreement | null = null;
  const votes = input.votes;
  if (votes && votes.voters.length > 0) {
    const byId = new Map(instrument.items.map((item, index) => [item.id, { item, index }]));
    const answeredItems = votes.items.filter((s) => s.voters > 0 && byId.has(s.itemId));
    disagreement = {
      participants: votes.voters.length,
      named: votes.voters.filter((v) => !v.anonymous).length,
      anonymous: votes.voters.filter((v) => v.anonymous).length,
      itemsAnswered: answeredItems.length,
      items: answeredItems
        .filter((s) => s.disagreement)
        .map((s) => {
          const { item, index } = byId.get(s.itemId)!;
          const options = item.format.kind === 'checklist' ? item.format.options : [];
          return {
            dimensionTitle: dimTitle(item.dimensionId),
            question: item.question[locale],
            kind: s.kind,
            voters: s.voters,
            counts: s.counts,
            options: options.map((o) => ({ label: o.label[locale], share: s.optionShares[o.id] ?? 0 })),
            notApplicable: s.notApplicable,
            unknown: s.unknown,
            median: s.median,
            range: s.range,
            agreedLabel: appendix[index].answerLabel,
          };
        }),
    };
  }

  return {
    locale,
    generatedAt: input.generatedAt,
    advisorName: input.advisorName,
    client: {
      name: input.client.name,
      rcsNumber: orNull(input.client.rcsNumber),
      commune: orNull(input.client.commune),
      naceCode: orNull(input.client.naceCode),
      naceLabel: orNull(input.client.naceLabel),
      sizeClass: sizeClass === 'unknown' ? null : sizeClass,
    },
    assessment: {
      finalisedAt: check.finalisedAt,
      heldOn: check.heldOn,
      participants: check.participants.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), role: p.role.trim() })),
      revision: check.revision,
      instrumentVersion: check.instrumentVersion,
      scoringVersion: check.scoringVersion,
      fundingRulesVersion: check.fundingRulesVersion,
      overall: result.overall,
      level: result.level,
      dmaBand: result.dmaBand,
      missingDimensionTitles: result.dimensions.filter((d) => d.score === null).map((d) => dimTitle(d.id)),
      confidence: result.confidence,
      counts: result.counts,
      dimensions: result.dimensions.map((d) => ({ id: d.id, title: dimTitle(d.id), score: d.score, target: d.target, gap: d.gap })),
      strongestId: result.strongest,
      weakestId: result.weakest,
      previous: previous ? previousCheck(previous) : null,
      progress: history.slice(0, index + 1).map((s, k) => ({
        label: `T${k}`,
        finalisedAt: s.finalisedAt,
        heldOn: s.heldOn,
        overall: s.result.overall,
        level: s.result.level,
        scoringVersion: s.scoringVersion,
        complete: s.result.dimensions.every((d) => d.score !== null),
      })),
    },
    peers: input.peers ?? null,
    roadmap: {
      revision: input.roadmap.revision,
      horizonMonths: input.roadmap.horizonMonths,
      startsOn: input.roadmap.startsOn,
      initiatives,
      totals: { costCents: totals.totalCostCents, benefitCentsPerYear: totals.yearlyBenefitCents, paybackMonths: totals.paybackMonths },
    },
    funding: input.funding ?? null,
    gpu: input.gpu ?? null,
    signOff: input.signOff
      ? { name: input.signOff.managerName, role: input.signOff.managerRole, date: input.signOff.signedOn, revision: input.signOff.revision }
      : null,
    appendix,
    disagreement,
  };
}
