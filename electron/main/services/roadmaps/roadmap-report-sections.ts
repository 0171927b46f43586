/**
 * The Word report's optional sections from the other features: participants' own answers (votes
 * service), funding scenarios (funding service), the GPU-hour budget with its compute request
 * (GPU service) and the peer benchmark cached by sync. Read through the typed `RoadmapReportSources` that create-services.ts builds
 * from those services, so this file depends on their outputs only, never on their tables or on
 * the global handler map. A section is null when the client has nothing to show.
 */
import type { ScenarioSummary, ScenarioView } from '@shared/contract/funding';
import type { SpreadView } from '@shared/contract/votes';
import type { ComputeRequestSummary, GpuBudgetSummary, GpuBudgetView } from '@shared/contract/gpu';
import type { Locale } from '@shared/locale';
import { GPU_HARDWARE } from '@shared/reference/gpu/hardware';
import { carbonIntensityGPerKwh } from '@shared/reference/gpu/settings';
import { peersShowable, type ReportComputeRequestStatus, type ReportFunding, type ReportGpu, type ReportPeerBenchmark } from '@shared/report/report-data';
import type { Client } from '@shared/contract/clients';
import type { BenchmarkFilter } from '@main/sync/benchmarks';
import type { BenchmarkView } from '@shared/contract/sync';
import { benchmarkRequestOf } from '@shared/domain/peer-benchmarks';
import type { Translate } from '@shared/report/translate';
import type { Challenge } from '@shared/domain/gpu-budget';
import { formatNumber } from '@shared/format';

/** A capacity challenge as one report sentence in the report's language, figures formatted for it. */
export function challengeSentence(c: Challenge, t: Translate, locale: Locale): string {
  const n = (v: number) => formatNumber(v, locale, 0);
  // Token counts this large only read in trillions ("1,000 trillion", not 15 digits).
  const big = (v: number) => (v >= 1e12 ? t('report:gpu.trillion', { n: formatNumber(v / 1e12, locale, 1) }) : n(v));
  const tokens = c.code === 'tokens_beyond_largest_corpus';
  const text = t(`report:gpu.challenge.${c.code}`, {
    value: tokens ? big(c.value) : n(c.value),
    limit: tokens ? big(c.limit) : n(c.limit),
    years: formatNumber(c.value / 8760, locale, 1),
  });
  return c.workload === null ? text : t('report:gpu.challengeWorkload', { n: c.workload + 1, text });
}

/** At most this many scenarios in the report: the ones that bring the most aid. */
const MAX_SCENARIOS = 3;

export interface PayloadFunding {
  scenarioName: string;
  totalCostCents: number;
  totalAidCents: number;
  netCostCents: number;
  schemes: { schemeId: string; aidCents: number }[];
}

/**
 * What the report reads from the votes, funding and GPU features: the one place that names them.
 * Synchronous by type: a read that became async would not compile here, instead of silently
 * dropping a section.
 */
export interface RoadmapReportSources {
  /** Participants' individual answers to a check. */
  spread: (assessmentId: string) => SpreadView;
  listScenarios: (clientId: string) => ScenarioSummary[];
  getScenario: (id: string) => ScenarioView;
  listBudgets: (clientId: string) => GpuBudgetSummary[];
  getBudget: (id: string) => GpuBudgetView;
  listRequests: (clientId: string) => ComputeRequestSummary[];
  /** The last peer benchmark cached from the portal for a sector and size class (the report is made offline too). */
  cachedBenchmark: (filter: BenchmarkFilter) => BenchmarkView | null;
}

export type RoadmapReportSections = ReturnType<typeof roadmapReportSections>;

export function roadmapReportSections(sources: RoadmapReportSources, translator: (locale: Locale) => Translate) {
  /** A check's individual answers, or null when no participant answered on their own. */
  function votes(assessmentId: string): SpreadView | null {
    const view = sources.spread(assessmentId);
    return view.voters.length > 0 ? view : null;
  }

  function scenarioViews(clientId: string): ScenarioView[] {
    const list = sources.listScenarios(clientId);
    return list
      .filter((s) => s.status === 'ok' && s.lineCount > 0)
      .sort((a, b) => b.totalAidCents - a.totalAidCents || a.name.localeCompare(b.name))
      .map((s) => sources.getScenario(s.id));
  }

  function funding(clientId: string, locale: Locale): ReportFunding | null {
    const views = scenarioViews(clientId).slice(0, MAX_SCENARIOS);
    if (views.length === 0) return null;
    return {
      scenarios: views.map((v) => ({
        name: v.scenario.name,
        schemes: v.result.perScheme
          .filter((p) => p.eligible || p.aidCents > 0)
          .map((p) => {
            const scheme = v.schemes.find((s) => s.id === p.schemeId);
            return {
              schemeId: p.schemeId,
              name: scheme?.name[locale] ?? p.schemeId,
              aidCents: p.aidCents,
              unconfirmed: scheme ? !scheme.confirmed || (scheme.unconfirmedFields?.length ?? 0) > 0 : false,
            };
          }),
        totalCostCents: v.result.totalCostCents,
        totalAidCents: v.result.totalAidCents,
        netCostCents: v.result.netCostCents,
        ...(v.result.validity ? { rulesValidUntil: v.result.validity.validUntil, rulesExpired: v.result.validity.expired } : {}),
      })),
    };
  }

  /** The payload's `funding`: the scenario that costs this roadmap (a cost line names one of its initiatives), most aid first. */
  function payloadFunding(clientId: string, initiativeKeys: readonly string[]): PayloadFunding | null {
    const keys = new Set(initiativeKeys);
    const linked = scenarioViews(clientId).find((v) => v.scenario.costLines.some((l) => l.initiativeId !== null && keys.has(l.initiativeId)));
    if (!linked) return null;
    return {
      scenarioName: linked.scenario.name,
      totalCostCents: linked.result.totalCostCents,
      totalAidCents: linked.result.totalAidCents,
      netCostCents: linked.result.netCostCents,
      schemes: linked.result.perScheme.filter((p) => p.aidCents > 0).map((p) => ({ schemeId: p.schemeId, aidCents: p.aidCents })),
    };
  }

  function gpu(clientId: string, locale: Locale, initiativeKeys: readonly string[] = []): ReportGpu | null {
    const t = translator(locale);
    const budgets = sources.listBudgets(clientId).filter((b) => b.gpuHours !== null);
    // The budget serving an initiative of this roadmap, else the most recently edited one.
    const chosen = budgets.find((b) => b.initiativeId !== null && initiativeKeys.includes(b.initiativeId)) ?? budgets[0];
    if (!chosen) return null;
    const view = sources.getBudget(chosen.id);
    const estimate = view?.estimate;
    if (!view || !estimate) return null;
    const hardware = GPU_HARDWARE.find((h) => h.id === estimate.hardwareId);
    const intensity = carbonIntensityGPerKwh(estimate.settings);
    const requests = sources.listRequests(clientId).filter((r) => r.budgetId === chosen.id);
    const request = requests[0];
    let computeRequest: ReportGpu['computeRequest'] = null;
    if (request) {
      const portal = request.queue?.portalStatus ?? null;
      // 'acknowledged' is a roadmap status; for a compute request it means no more than received.
      const status: ReportComputeRequestStatus = portal ? (portal.status === 'acknowledged' ? 'received' : portal.status) : request.status;
      computeRequest = {
        projectTitle: request.projectTitle,
        revision: request.queue?.revision ?? request.latestRevision,
        status,
        allocation: portal?.allocation
          ? { gpuHours: portal.allocation.gpuHours, system: portal.allocation.system, validFrom: portal.allocation.validFrom, validUntil: portal.allocation.validUntil }
          : null,
        reviewerMessage: portal?.message ?? null,
      };
    }
    return {
      hardwareLabel: hardware ? hardware.label[locale] : estimate.gpuModel,
      workloads: estimate.workloads.map((w) => {
        const own = view.budget.workloads[w.index]?.label?.trim();
        return {
          label: `${own || t(`roadmap:gpuWorkload.${w.type}`)} · ${w.model.name}`,
          gpuHours: w.gpuHours,
          gpusPerJob: w.gpusPerJob,
          peakMemoryGiB: w.peakMemoryPerGpuGiB,
        };
      }),
      totalGpuHours: estimate.total.gpuHours,
      nodeHours: estimate.total.nodeHours,
      costBeforeCashbackCents: estimate.total.cost.beforeCashbackCents.expected,
      cashbackCents: estimate.total.cost.cashbackCents.expected,
      costAfterCashbackCents: estimate.total.cost.afterCashbackCents.expected,
      energyKwh: estimate.total.energyKwh.expected,
      co2eKg: estimate.total.co2eKg.expected,
      carbonBasis: t(`roadmap:gpuCarbon.${estimate.carbonBasis}`, { value: intensity }),
      accessMode: estimate.accessMode,
      unconfirmed: estimate.unconfirmed.length > 0,
      billingUnit: estimate.settings.billingUnit,
      challenges: (estimate.challenges ?? []).map((c) => challengeSentence(c, t, locale)),
      computeRequest,
    };
  }

  /**
   * The peer comparison: the benchmark cached for the client's sector and size class. Null unless
   * the portal gave statistics for at least 10 peers; the report prints the count and date beside it.
   */
  function peers(
    instrumentVersion: string,
    client: Pick<Client, 'naceCode' | 'headcount' | 'turnoverCents' | 'balanceSheetCents' | 'related'>,
  ): ReportPeerBenchmark | null {
    // The filter the screen's panel asks for (NACE division × size class).
    const request = benchmarkRequestOf(client);
    if (!request.ok) return null;
    const view = sources.cachedBenchmark({ instrumentVersion, nace: request.nace, sizeClass: request.sizeClass });
    if (!view || view.state !== 'ok' || view.count === null || view.overall === null || !view.computedAt) return null;
    const found: ReportPeerBenchmark = { count: view.count, computedAt: view.computedAt, overall: view.overall, dimensions: view.dimensions };
    return peersShowable(found) ? found : null;
  }

  return { funding, payloadFunding, gpu, votes, peers };
}
