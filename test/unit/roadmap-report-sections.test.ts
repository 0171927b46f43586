/**
 * The report's optional sections read the other features only through the typed
 * RoadmapReportSources (votes, funding, GPU, the cached peer benchmark): a fake sources object feeds them here, and every
 * call they make is recorded, so a section that went back to the global handler map (or to
 * another feature's tables) would find no data and fail these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ComputeRequestSummary, GpuBudgetSummary, GpuBudgetView } from '@shared/contract/gpu';
import type { ScenarioSummary, ScenarioView } from '@shared/contract/funding';
import type { SpreadView } from '@shared/contract/votes';
import type { BenchmarkView } from '@shared/contract/sync';
import { roadmapReportSections, type RoadmapReportSources } from '@main/services/roadmaps/roadmap-report-sections';
import { roadmapTranslator } from '@main/services/roadmaps/roadmap-texts';

const summary = (id: string, name: string, totalAidCents: number, over: Partial<ScenarioSummary> = {}): ScenarioSummary =>
  ({ id, name, totalAidCents, status: 'ok', lineCount: 2, ...over }) as ScenarioSummary;

const scenarioView = (name: string, aidCents: number, initiativeId: string | null): ScenarioView =>
  ({
    scenario: { name, costLines: [{ initiativeId }] },
    schemes: [{ id: 'sme-digital', name: { en: 'SME Digital', fr: 'PME Digital', de: 'KMU Digital', lb: 'KMU Digital' }, confirmed: true }],
    result: {
      perScheme: [
        { schemeId: 'sme-digital', eligible: true, aidCents },
        { schemeId: 'not-eligible', eligible: false, aidCents: 0 },
      ],
      totalCostCents: 1_000_000,
      totalAidCents: aidCents,
      netCostCents: 1_000_000 - aidCents,
      validity: null,
    },
  }) as unknown as ScenarioView;

/** Fake sources that answer from plain data and record every call. */
function fakeSources(data: {
  voters?: number;
  scenarios?: ScenarioSummary[];
  views?: Record<string, ScenarioView>;
  budgets?: GpuBudgetSummary[];
  budget?: GpuBudgetView;
  requests?: ComputeRequestSummary[];
  benchmark?: BenchmarkView;
}) {
  const calls: string[] = [];
  const sources: RoadmapReportSources = {
    spread: (assessmentId) => {
      calls.push(`spread ${assessmentId}`);
      return { assessmentId, voters: Array.from({ length: data.voters ?? 0 }, (_, i) => ({ id: `v${i}` })) } as unknown as SpreadView;
    },
    listScenarios: (clientId) => {
      calls.push(`listScenarios ${clientId}`);
      return data.scenarios ?? [];
    },
    getScenario: (id) => {
      calls.push(`getScenario ${id}`);
      return data.views![id]!;
    },
    listBudgets: (clientId) => {
      calls.push(`listBudgets ${clientId}`);
      return data.budgets ?? [];
    },
    getBudget: (id) => {
      calls.push(`getBudget ${id}`);
      return data.budget!;
    },
    listRequests: (clientId) => {
      calls.push(`listRequests ${clientId}`);
      return data.requests ?? [];
    },
    cachedBenchmark: (filter) => {
      calls.push(`cachedBenchmark ${filter.instrumentVersion} ${filter.nace} ${filter.sizeClass}`);
      return data.benchmark ?? null;
    },
  };
  return { sources, calls };
}

describe('report sections read the other features through typed sources', () => {
  it('votes: the spread of the check, or no section when nobody answered on their own', () => {
    const none = fakeSources({ voters: 0 });
    expect(roadmapReportSections(none.sources, roadmapTranslator).votes('check-1')).toBeNull();
    expect(none.calls).toEqual(['spread check-1']);
    const two = fakeSources({ voters: 2 });
    expect(roadmapReportSections(two.sources, roadmapTranslator).votes('check-1')?.voters).toHaveLength(2);
  });

  it('funding: the scenarios with lines, most aid first, scheme names in the report language; empty ones are not fetched', () => {
    const { sources, calls } = fakeSources({
      scenarios: [summary('s-low', 'Low', 100), summary('s-empty', 'Empty', 0, { lineCount: 0 }), summary('s-high', 'High', 900)],
      views: { 's-low': scenarioView('Low', 100, null), 's-high': scenarioView('High', 900, 'init-7') },
    });
    const funding = roadmapReportSections(sources, roadmapTranslator).funding('client-1', 'fr');
    expect(calls).toEqual(['listScenarios client-1', 'getScenario s-high', 'getScenario s-low']);
    expect(funding?.scenarios.map((s) => s.name)).toEqual(['High', 'Low']);
    expect(funding?.scenarios[0]).toMatchObject({
      totalAidCents: 900,
      netCostCents: 1_000_000 - 900,
      schemes: [{ schemeId: 'sme-digital', name: 'PME Digital', aidCents: 900, unconfirmed: false }],
    });
    expect(roadmapReportSections(fakeSources({}).sources, roadmapTranslator).funding('client-1', 'fr')).toBeNull();
  });

  it("payload funding: the scenario that costs one of this roadmap's initiatives, with its aided schemes only", () => {
    const { sources } = fakeSources({
      scenarios: [summary('s-high', 'High', 900), summary('s-low', 'Low', 100)],
      views: { 's-high': scenarioView('High', 900, 'other-roadmap'), 's-low': scenarioView('Low', 100, 'init-7') },
    });
    const sections = roadmapReportSections(sources, roadmapTranslator);
    expect(sections.payloadFunding('client-1', ['init-7'])).toEqual({
      scenarioName: 'Low',
      totalCostCents: 1_000_000,
      totalAidCents: 100,
      netCostCents: 1_000_000 - 100,
      schemes: [{ schemeId: 'sme-digital', aidCents: 100 }],
    });
    expect(sections.payloadFunding('client-1', ['init-unknown'])).toBeNull();
  });

  it('gpu: asks for the budget that serves an initiative of this roadmap, else the latest; none with hours → no section', () => {
    const budgets = [
      { id: 'b-latest', initiativeId: null, gpuHours: 10 },
      { id: 'b-no-hours', initiativeId: 'init-7', gpuHours: null },
      { id: 'b-serving', initiativeId: 'init-7', gpuHours: 5 },
    ] as GpuBudgetSummary[];
    const serving = fakeSources({ budgets, budget: { estimate: null } as unknown as GpuBudgetView });
    expect(roadmapReportSections(serving.sources, roadmapTranslator).gpu('client-1', 'en', ['init-7'])).toBeNull();
    expect(serving.calls).toEqual(['listBudgets client-1', 'getBudget b-serving']);
    const latest = fakeSources({ budgets, budget: { estimate: null } as unknown as GpuBudgetView });
    roadmapReportSections(latest.sources, roadmapTranslator).gpu('client-1', 'en', ['init-other']);
    expect(latest.calls).toEqual(['listBudgets client-1', 'getBudget b-latest']);
    const none = fakeSources({ budgets: [budgets[1]!] });
    expect(roadmapReportSections(none.sources, roadmapTranslator).gpu('client-1', 'en', ['init-7'])).toBeNull();
    expect(none.calls).toEqual(['listBudgets client-1']);
  });

  it('peers: the benchmark cached for the client’s sector and size class, shown from 10 peers only', () => {
    const stats = { mean: 50, median: 48, p25: 40, p75: 60 };
    const benchmark = (count: number): BenchmarkView => ({
      state: 'ok',
      instrumentVersion: '2026.1',
      filter: { nace: 'J62', sizeClass: 'small' },
      count,
      overall: stats,
      dimensions: [{ id: 'data', ...stats }],
      computedAt: '2026-03-01T00:00:00Z',
      fetchedAt: '2026-03-02T00:00:00Z',
      fromCache: true,
    });
    const client = { naceCode: 'J62.01', headcount: 23, turnoverCents: 410_000_000, balanceSheetCents: null, related: [] };
    const twelve = fakeSources({ benchmark: benchmark(12) });
    expect(roadmapReportSections(twelve.sources, roadmapTranslator).peers('2026.1', client)).toEqual({
      count: 12,
      computedAt: '2026-03-01T00:00:00Z',
      overall: stats,
      dimensions: [{ id: 'data', ...stats }],
    });
    // The screen's filter: the NACE division (J62.01 → J62) and the size class.
    expect(twelve.calls).toEqual(['cachedBenchmark 2026.1 J62 small']);
    expect(roadmapReportSections(fakeSources({ benchmark: benchmark(9) }).sources, roadmapTranslator).peers('2026.1', client)).toBeNull();
    const noNace = fakeSources({ benchmark: benchmark(12) });
    expect(roadmapReportSections(noNace.sources, roadmapTranslator).peers('2026.1', { ...client, naceCode: '' })).toBeNull();
    expect(noNace.calls).toEqual([]);
  });
});
