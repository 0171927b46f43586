import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DE_MINIMIS_CEILING_CENTS,
  FundingInputError,
  MAX_CENTS,
  MAX_COST_LINES,
  computeScenario,
  lineAmountCents,
  orderSchemes,
  type CostLine,
  type Rule,
  type ScenarioInput,
  type ScenarioResult,
} from '@shared/domain/funding';
import { COST_TYPES, applySchemeOverride, findScheme, getSchemeSet, type CostType, type Scheme } from '@shared/reference/schemes';
import type { SizeClass } from '@shared/domain/sme-size';

const EUR = 100;
const S = (id: string): Scheme => {
  const s = findScheme(id);
  if (!s) throw new Error(`no scheme ${id}`);
  return s;
};
const line = (id: string, type: CostType, cents: number, extra: Partial<CostLine> = {}): CostLine => ({
  id,
  type,
  label: `${type} ${id}`,
  amountCents: cents,
  ...extra,
});
function run(
  sizeClass: ScenarioInput['sizeClass'],
  costLines: CostLine[],
  schemes: Array<string | Scheme>,
  priorDeMinimisCents = 0,
  options?: ScenarioInput['options'],
): ScenarioResult {
  return computeScenario({
    sizeClass,
    costLines,
    schemes: schemes.map((s) => (typeof s === 'string' ? S(s) : s)),
    priorDeMinimisCents,
    options,
  });
}
const outcome = (r: ScenarioResult, id: string) => {
  const o = r.perScheme.find((p) => p.schemeId === id);
  if (!o) throw new Error(`no outcome for ${id}`);
  return o;
};
const codes = (rules: Rule[]) => rules.map((r) => r.code);
const rule = (rules: Rule[], code: Rule['code'], schemeId?: string) =>
  rules.find((r) => r.code === code && (schemeId === undefined || r.schemeId === schemeId));

function expectConsistent(r: ScenarioResult) {
  expect(r.totalAidCents + r.netCostCents).toBe(r.totalCostCents);
  expect(r.perLine.reduce((s, l) => s + l.aidCents, 0)).toBe(r.totalAidCents);
  expect(r.perScheme.reduce((s, p) => s + p.aidCents, 0)).toBe(r.totalAidCents);
  expect(r.perLine.reduce((s, l) => s + l.amountCents, 0)).toBe(r.totalCostCents);
}

describe('Fit 4 AI as announced (default)', () => {
  it('pays 50 % of consultancy and technical implementation, nothing on other costs', () => {
    const r = run('small', [
      line('d', 'diagnostic_consultancy', 20_000 * EUR),
      line('t', 'technical_implementation', 40_000 * EUR),
      line('p', 'personnel', 30_000 * EUR),
    ], ['fit4ai']);
    expect(r.status).toBe('ok');
    expect(r.perLine.map((l) => l.aidCents)).toEqual([10_000 * EUR, 20_000 * EUR, 0]);
    expect(r.totalAidCents).toBe(30_000 * EUR);
    expect(r.netCostCents).toBe(60_000 * EUR);
    expect(rule(r.perLine[2].rules, 'not_eligible_cost_type')!.params).toEqual({ costType: 'personnel' });
    expect(rule(outcome(r, 'fit4ai').rules, 'intensity')!.params).toEqual({ intensity: 0.5, sizeClass: 'small' });
    expectConsistent(r);
  });

  it.each<[SizeClass, number]>([
    ['micro', 50_000 * EUR],
    ['small', 50_000 * EUR],
    ['medium', 100_000 * EUR],
  ])('%s: cap just below / at / above', (size, cap) => {
    const cost = cap * 2;
    const below = run(size, [line('i', 'implementation_consultancy', cost - 2)], ['fit4ai']);
    expect(below.totalAidCents).toBe(cap - 1);
    expect(codes(outcome(below, 'fit4ai').rules)).not.toContain('capped');

    const at = run(size, [line('i', 'implementation_consultancy', cost)], ['fit4ai']);
    expect(at.totalAidCents).toBe(cap);
    expect(codes(outcome(at, 'fit4ai').rules)).not.toContain('capped');

    const above = run(size, [line('i', 'implementation_consultancy', cost + 2)], ['fit4ai']);
    expect(above.totalAidCents).toBe(cap);
    expect(rule(outcome(above, 'fit4ai').rules, 'capped')!.params).toEqual({
      capCents: cap,
      sizeClass: size,
      requestedCents: cap + 1,
      grantedCents: cap,
    });
    expect(rule(above.perLine[0].rules, 'capped', 'fit4ai')).toBeDefined();
  });

  it('says when a micro-enterprise is treated like a small one', () => {
    const micro = run('micro', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    expect(rule(outcome(micro, 'fit4ai').rules, 'size_assumption')!.params).toEqual({ sizeClass: 'micro', assumedAs: 'small' });
    expect(rule(micro.warnings, 'size_assumption', 'fit4ai')).toBeDefined();
    const small = run('small', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    expect(rule(outcome(small, 'fit4ai').rules, 'size_assumption')).toBeUndefined();
  });

  it('excludes large enterprises', () => {
    const r = run('large', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    expect(r.totalAidCents).toBe(0);
    expect(outcome(r, 'fit4ai').eligible).toBe(false);
    expect(rule(outcome(r, 'fit4ai').rules, 'not_eligible_size')!.params).toEqual({ sizeClass: 'large' });
  });

  it('spends the cap line by line, in the order the lines were given', () => {
    const r = run('small', [
      line('a', 'implementation_consultancy', 60_000 * EUR),
      line('b', 'technical_implementation', 60_000 * EUR),
      line('c', 'diagnostic_consultancy', 60_000 * EUR),
    ], ['fit4ai']);
    expect(r.perLine.map((l) => l.aidCents)).toEqual([30_000 * EUR, 20_000 * EUR, 0]);
    expect(rule(r.perLine[1].rules, 'capped')!.params).toMatchObject({ requestedCents: 30_000 * EUR, grantedCents: 20_000 * EUR });
    expect(rule(r.perLine[2].rules, 'capped')!.params).toMatchObject({ requestedCents: 30_000 * EUR, grantedCents: 0 });
  });

  it('flags its figures as unconfirmed once it pays something', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    const w = rule(r.warnings, 'unconfirmed', 'fit4ai')!;
    expect(w.params.confirmed).toBe(false);
    expect(w.params.fields).toContain('capCentsBySize');
    const none = run('large', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    expect(rule(none.warnings, 'unconfirmed')).toBeUndefined();
  });
});

describe('Fit 4 AI as on guichet.lu (variant)', () => {
  it('pays only on the diagnostic, 50 %, without cap', () => {
    const r = run('medium', [
      line('d', 'diagnostic_consultancy', 1_000_000 * EUR),
      line('t', 'technical_implementation', 50_000 * EUR),
    ], ['fit4ai-guichet']);
    expect(r.perLine.map((l) => l.aidCents)).toEqual([500_000 * EUR, 0]);
    expect(codes(outcome(r, 'fit4ai-guichet').rules)).not.toContain('capped');
    expect(rule(r.warnings, 'unconfirmed', 'fit4ai-guichet')!.params).toEqual({ confirmed: true, fields: ['intensityBySize'] });
  });

  it.each<[SizeClass, number]>([['micro', 5_000 * EUR], ['small', 5_000 * EUR], ['medium', 5_000 * EUR], ['large', 0]])(
    '%s enterprise gets %i cents on a €10,000 study',
    (size, aid) => {
      expect(run(size, [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai-guichet']).totalAidCents).toBe(aid);
    },
  );

  it('has no eligible line when the scenario holds no diagnostic', () => {
    const r = run('small', [line('t', 'technical_implementation', 50_000 * EUR)], ['fit4ai-guichet']);
    expect(outcome(r, 'fit4ai-guichet').eligible).toBe(false);
    expect(rule(outcome(r, 'fit4ai-guichet').rules, 'not_eligible_cost_type')!.params).toEqual({ costTypes: ['diagnostic_consultancy'] });
  });
});

describe('Fit 4 Digital (flat grant then 50 %)', () => {
  it('pays €5,000 flat on the diagnostic and 50 % of implementation', () => {
    const r = run('small', [
      line('d', 'diagnostic_consultancy', 8_000 * EUR),
      line('i', 'implementation_consultancy', 30_000 * EUR),
    ], ['fit4digital']);
    expect(r.perLine.map((l) => l.aidCents)).toEqual([5_000 * EUR, 15_000 * EUR]);
    expect(rule(outcome(r, 'fit4digital').rules, 'flat_grant')!.params).toEqual({
      flatGrantCents: 5_000 * EUR,
      coveredCostCents: 8_000 * EUR,
      grantedCents: 5_000 * EUR,
    });
    expect(r.perLine[0].maxIntensity).toBeCloseTo(5 / 8, 10);
    expect(r.perLine[1].maxIntensity).toBe(0.5);
  });

  it('never pays more than the diagnostic costs, spreading the flat amount in line order', () => {
    expect(run('micro', [line('d', 'diagnostic_consultancy', 3_000 * EUR)], ['fit4digital']).totalAidCents).toBe(3_000 * EUR);
    const two = run('micro', [
      line('d1', 'diagnostic_consultancy', 3_000 * EUR),
      line('d2', 'diagnostic_consultancy', 4_000 * EUR),
    ], ['fit4digital']);
    expect(two.perLine.map((l) => l.aidCents)).toEqual([3_000 * EUR, 2_000 * EUR]);
    expect(two.totalAidCents).toBe(5_000 * EUR);
  });

  it('pays the implementation part even without a diagnostic line', () => {
    const r = run('medium', [line('i', 'implementation_consultancy', 10_001)], ['fit4digital']);
    expect(r.totalAidCents).toBe(5_000); // floor(50 % of 10,001 cents)
    expect(rule(outcome(r, 'fit4digital').rules, 'flat_grant')).toBeUndefined();
  });

  it('excludes large enterprises', () => {
    expect(run('large', [line('d', 'diagnostic_consultancy', 8_000 * EUR)], ['fit4digital']).totalAidCents).toBe(0);
  });
});

describe('Fit 4 Innovation (diagnostic capped at €15,000 excl. VAT, 50 %)', () => {
  it.each<[number, number, boolean]>([
    [14_998 * EUR, 7_499 * EUR, false],
    [15_000 * EUR, 7_500 * EUR, false],
    [15_002 * EUR, 7_500 * EUR, true],
    [40_000 * EUR, 7_500 * EUR, true],
  ])('fee %i cents → aid %i cents', (fee, aid, capped) => {
    const r = run('small', [line('d', 'diagnostic_consultancy', fee)], ['fit4innovation']);
    expect(r.totalAidCents).toBe(aid);
    expect(codes(outcome(r, 'fit4innovation').rules).includes('capped')).toBe(capped);
  });

  it('is for SMEs only', () => {
    expect(run('large', [line('d', 'diagnostic_consultancy', 15_000 * EUR)], ['fit4innovation']).totalAidCents).toBe(0);
    expect(run('micro', [line('d', 'diagnostic_consultancy', 15_000 * EUR)], ['fit4innovation']).totalAidCents).toBe(7_500 * EUR);
  });
});

describe('SME Package – AI (fixed €5,000 for a €6,650–25,000 project)', () => {
  it.each<[number, number, string | null]>([
    [6_650 * EUR - 1, 0, 'project_below_min'],
    [6_650 * EUR, 5_000 * EUR, null],
    [12_000 * EUR, 5_000 * EUR, null],
    [25_000 * EUR, 5_000 * EUR, null],
    [25_000 * EUR + 1, 0, 'project_above_max'],
  ])('project of %i cents → %i cents', (project, aid, reason) => {
    const r = run('small', [line('t', 'technical_implementation', project)], ['sme-package-ai']);
    expect(r.totalAidCents).toBe(aid);
    const o = outcome(r, 'sme-package-ai');
    expect(o.eligible).toBe(reason === null);
    if (reason) expect(rule(o.rules, reason as Rule['code'])!.params).toMatchObject({ projectCents: project });
  });

  it('counts the project over all its eligible lines', () => {
    const r = run('medium', [
      line('i', 'implementation_consultancy', 4_000 * EUR),
      line('t', 'technical_implementation', 4_000 * EUR),
      line('x', 'training', 100_000 * EUR),
    ], ['sme-package-ai']);
    expect(r.perLine.map((l) => l.aidCents)).toEqual([4_000 * EUR, 1_000 * EUR, 0]);
  });

  it('is for SMEs only, counts as de minimis and is unconfirmed', () => {
    expect(run('large', [line('t', 'technical_implementation', 10_000 * EUR)], ['sme-package-ai']).totalAidCents).toBe(0);
    const r = run('micro', [line('t', 'technical_implementation', 10_000 * EUR)], ['sme-package-ai']);
    expect(r.deMinimis.usedByScenarioCents).toBe(5_000 * EUR);
    expect(rule(r.warnings, 'unconfirmed', 'sme-package-ai')).toBeDefined();
  });
});

describe('Cashback 80 % on compute', () => {
  it.each<[SizeClass, number]>([['micro', 8_000 * EUR], ['small', 8_000 * EUR], ['medium', 8_000 * EUR], ['large', 0]])(
    '%s → %i cents on €10,000 of compute',
    (size, aid) => {
      expect(run(size, [line('c', 'compute', 10_000 * EUR)], ['cashback-compute-80']).totalAidCents).toBe(aid);
    },
  );

  it('does not touch non-compute costs', () => {
    const r = run('small', [line('p', 'personnel', 10_000 * EUR)], ['cashback-compute-80']);
    expect(r.totalAidCents).toBe(0);
  });
});

describe('Spin-off aid (up to €200,000 at 80 %, small enterprises)', () => {
  it.each<[number, number, boolean]>([
    [250_000 * EUR - 5, 200_000 * EUR - 4, false],
    [250_000 * EUR, 200_000 * EUR, false],
    [250_000 * EUR + 5, 200_000 * EUR, true],
  ])('%i cents of costs → %i cents', (cost, aid, capped) => {
    const r = run('small', [line('p', 'personnel', cost)], ['spin-off-aid']);
    expect(r.totalAidCents).toBe(aid);
    expect(codes(outcome(r, 'spin-off-aid').rules).includes('capped')).toBe(capped);
  });

  it.each<[SizeClass, boolean]>([['micro', true], ['small', true], ['medium', false], ['large', false]])('%s eligible: %s', (size, ok) => {
    const r = run(size, [line('c', 'compute', 10_000 * EUR)], ['spin-off-aid']);
    expect(r.totalAidCents).toBe(ok ? 8_000 * EUR : 0);
  });
});

describe('National RDI aid', () => {
  const dev = (size: SizeClass, collaboration = false, scheme: string | Scheme = 'rdi-experimental-development') =>
    run(size, [line('p', 'personnel', 100_000 * EUR)], [scheme], 0, { collaboration }).totalAidCents;

  it('experimental development: 45 / 45 / 35 / 25 %', () => {
    expect([dev('micro'), dev('small'), dev('medium'), dev('large')]).toEqual([45_000, 45_000, 35_000, 25_000].map((e) => e * EUR));
  });

  it('adds 15 points for effective collaboration', () => {
    expect([dev('micro', true), dev('small', true), dev('medium', true), dev('large', true)]).toEqual(
      [60_000, 60_000, 50_000, 40_000].map((e) => e * EUR),
    );
    const r = run('small', [line('p', 'personnel', 100_000 * EUR)], ['rdi-experimental-development'], 0, { collaboration: true });
    expect(rule(outcome(r, 'rdi-experimental-development').rules, 'collaboration_bonus')!.params).toEqual({
      baseIntensity: 0.45,
      points: 0.15,
      maxIntensity: 0.8,
      intensity: 0.6,
    });
  });

  it('never goes above 80 % with the bonus', () => {
    const edited = applySchemeOverride(S('rdi-experimental-development'), { collaborationBonus: { points: 0.5, maxIntensity: 0.8 } });
    expect(dev('small', true, edited)).toBe(80_000 * EUR);
    expect(dev('small', false, edited)).toBe(45_000 * EUR);
  });

  it('collaboration changes nothing for schemes without a bonus', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai'], 0, { collaboration: true });
    expect(r.totalAidCents).toBe(5_000 * EUR);
    expect(rule(outcome(r, 'fit4ai').rules, 'collaboration_bonus')).toBeUndefined();
  });

  it.each<[number, number, boolean]>([
    [220_000 * EUR - 1, 220_000 * EUR - 1, false],
    [220_000 * EUR, 220_000 * EUR, false],
    [220_000 * EUR + 1, 220_000 * EUR, true],
  ])('innovation advisory services: full cost within €220,000 (%i cents)', (cost, aid, capped) => {
    const r = run('medium', [line('d', 'diagnostic_consultancy', cost)], ['rdi-innovation-advisory']);
    expect(r.totalAidCents).toBe(aid);
    expect(codes(outcome(r, 'rdi-innovation-advisory').rules).includes('capped')).toBe(capped);
  });

  it.each<[SizeClass, number]>([['micro', 50], ['small', 50], ['medium', 50], ['large', 0]])(
    'process innovation: %s enterprise gets €%i on €100',
    (size, euros) => {
      expect(run(size, [line('t', 'technical_implementation', 100 * EUR)], ['rdi-process-innovation']).totalAidCents).toBe(euros * EUR);
    },
  );

  it('innovation advisory is for SMEs only', () => {
    expect(run('large', [line('d', 'diagnostic_consultancy', 1_000 * EUR)], ['rdi-innovation-advisory']).totalAidCents).toBe(0);
  });
});

describe('EuroHPC AI Factory access', () => {
  const compute = (hours: number) => line('c', 'compute', 0, { gpuHours: hours, pricePerGpuHourCents: 103 });

  it('Fast Lane covers up to 50,000 GPU-hours in full', () => {
    const at = run('small', [compute(50_000)], ['eurohpc-aif-fast-lane']);
    expect(at.totalCostCents).toBe(50_000 * 103);
    expect(at.totalAidCents).toBe(50_000 * 103);
    expect(at.netCostCents).toBe(0);
    const above = run('small', [compute(50_000.5)], ['eurohpc-aif-fast-lane']);
    expect(above.totalAidCents).toBe(0);
    expect(rule(outcome(above, 'eurohpc-aif-fast-lane').rules, 'gpu_hours_above_max')!.params).toEqual({ gpuHours: 50_000.5, maxGpuHours: 50_000 });
  });

  it('Large Scale starts above 50,000 GPU-hours', () => {
    expect(run('medium', [compute(50_000)], ['eurohpc-aif-large-scale']).totalAidCents).toBe(0);
    expect(run('medium', [compute(50_001)], ['eurohpc-aif-large-scale']).totalAidCents).toBe(50_001 * 103);
  });

  it('Playground has no hour bound; none of the modes is for large enterprises or counts as de minimis', () => {
    const r = run('micro', [compute(10)], ['eurohpc-aif-playground'], DE_MINIMIS_CEILING_CENTS);
    expect(r.totalAidCents).toBe(1_030);
    expect(r.deMinimis.usedByScenarioCents).toBe(0);
    expect(run('large', [compute(10)], ['eurohpc-aif-playground']).totalAidCents).toBe(0);
  });
});

describe('compute lines', () => {
  it('price GPU-hours × price per GPU-hour, rounded to the cent, ignoring amountCents', () => {
    const r = run('small', [line('c', 'compute', 999, { gpuHours: 1.5, pricePerGpuHourCents: 3 })], []);
    expect(r.perLine[0].amountCents).toBe(5); // 4.5 → 5
    expect(rule(r.perLine[0].rules, 'compute_priced')!.params).toEqual({ gpuHours: 1.5, pricePerGpuHourCents: 3, amountCents: 5 });
    expect(lineAmountCents(line('c', 'compute', 0, { gpuHours: 4_000, pricePerGpuHourCents: 103 }))).toBe(412_000);
  });

  it('fall back to amountCents when only one of the two is set', () => {
    expect(lineAmountCents(line('c', 'compute', 777, { gpuHours: 10 }))).toBe(777);
    expect(lineAmountCents(line('c', 'compute', 777, { pricePerGpuHourCents: 10 }))).toBe(777);
    expect(lineAmountCents(line('c', 'compute', 777, { gpuHours: null, pricePerGpuHourCents: null }))).toBe(777);
  });

  it('feed the compute schemes', () => {
    const r = run('small', [line('c', 'compute', 0, { gpuHours: 1_000, pricePerGpuHourCents: 1_000 })], ['cashback-compute-80']);
    expect(r.totalCostCents).toBe(1_000_000);
    expect(r.totalAidCents).toBe(800_000);
  });
});

describe('size class unknown', () => {
  it('computes no aid and lists the missing figures', () => {
    const r = computeScenario({
      sizeClass: null,
      missingSizeFigures: ['headcount', 'turnover'],
      costLines: [line('d', 'diagnostic_consultancy', 10_000 * EUR), line('c', 'compute', 0, { gpuHours: 2, pricePerGpuHourCents: 50 })],
      schemes: [S('fit4ai'), S('cashback-compute-80')],
      priorDeMinimisCents: 0,
    });
    expect(r.status).toBe('size_unknown');
    expect(r.missingSizeFigures).toEqual(['headcount', 'turnover']);
    expect(r.totalAidCents).toBe(0);
    expect(r.totalCostCents).toBe(10_000 * EUR + 100);
    expect(r.netCostCents).toBe(r.totalCostCents);
    expect(r.perLine.every((l) => l.aidCents === 0)).toBe(true);
    expect(r.perScheme.map((p) => [p.schemeId, p.aidCents, p.rules[0].code])).toEqual([
      ['fit4ai', 0, 'size_unknown'],
      ['cashback-compute-80', 0, 'size_unknown'],
    ]);
    expect(r.warnings).toEqual([{ code: 'size_unknown', params: { missingFigures: ['headcount', 'turnover'] } }]);
    expect(r.deMinimis.usedByScenarioCents).toBe(0);
    expectConsistent(r);
  });

  it("accepts classifySme's 'unknown'", () => {
    const r = run('unknown', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai']);
    expect(r.status).toBe('size_unknown');
    expect(r.totalAidCents).toBe(0);
  });
});

describe('cumulation', () => {
  it('two 50 % schemes on one line never give more than 50 %', () => {
    const r = run('small', [line('i', 'implementation_consultancy', 40_000 * EUR)], ['fit4ai', 'rdi-process-innovation']);
    expect(r.totalAidCents).toBe(20_000 * EUR);
    expect(r.perLine[0].maxIntensity).toBe(0.5);
    // Non–de minimis schemes are applied by id: fit4ai first, then rdi-process-innovation is trimmed.
    expect(r.perLine[0].aidBySchemeCents).toEqual({ fit4ai: 20_000 * EUR, 'rdi-process-innovation': 0 });
    expect(rule(r.perLine[0].rules, 'cumulation_limit', 'rdi-process-innovation')!.params).toEqual({
      requestedCents: 20_000 * EUR,
      grantedCents: 0,
      maxIntensity: 0.5,
    });
  });

  it('tops up to the highest intensity, never above it', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 30_000 * EUR)], ['fit4ai', 'rdi-innovation-advisory']);
    expect(r.perLine[0].maxIntensity).toBe(1);
    expect(r.totalAidCents).toBe(30_000 * EUR);
    expect(r.perLine[0].aidBySchemeCents).toEqual({ fit4ai: 15_000 * EUR, 'rdi-innovation-advisory': 15_000 * EUR });
  });

  it('lets a second scheme fund what the first one could not because of its cap', () => {
    const r = run('small', [line('i', 'implementation_consultancy', 300_000 * EUR)], ['rdi-process-innovation', 'fit4ai']);
    expect(r.perLine[0].aidBySchemeCents).toEqual({ fit4ai: 50_000 * EUR, 'rdi-process-innovation': 100_000 * EUR });
    expect(r.totalAidCents).toBe(150_000 * EUR); // 50 %, the highest intensity
  });

  it('free EuroHPC access leaves nothing for the cashback on the same compute', () => {
    const r = run('small', [line('c', 'compute', 0, { gpuHours: 1_000, pricePerGpuHourCents: 100 })], ['cashback-compute-80', 'eurohpc-aif-fast-lane']);
    expect(r.perScheme.map((p) => p.schemeId)).toEqual(['eurohpc-aif-fast-lane', 'cashback-compute-80']);
    expect(r.perLine[0].aidBySchemeCents).toEqual({ 'eurohpc-aif-fast-lane': 100_000, 'cashback-compute-80': 0 });
    expect(r.deMinimis.usedByScenarioCents).toBe(0);
  });

  it('a flat grant counts with its effective share of the line', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 20_000 * EUR)], ['fit4digital', 'fit4ai-guichet']);
    // fit4ai-guichet 50 % = €10,000 > flat €5,000 (25 %): ceiling 50 %.
    expect(r.perLine[0].maxIntensity).toBe(0.5);
    expect(r.totalAidCents).toBe(10_000 * EUR);
  });

  it('does not depend on the order schemes were selected in', () => {
    const lines = [
      line('d', 'diagnostic_consultancy', 12_345_67),
      line('i', 'implementation_consultancy', 98_765_43),
      line('c', 'compute', 0, { gpuHours: 321.5, pricePerGpuHourCents: 117 }),
    ];
    const ids = ['sme-package-ai', 'fit4ai', 'cashback-compute-80', 'fit4digital', 'rdi-innovation-advisory'];
    const a = run('small', lines, ids, 250_000 * EUR);
    const b = run('small', lines, [...ids].reverse(), 250_000 * EUR);
    expect(b).toEqual(a);
    expect(orderSchemes(ids.map(S)).map((s) => s.id)).toEqual([
      'fit4ai',
      'fit4digital',
      'rdi-innovation-advisory',
      'cashback-compute-80',
      'sme-package-ai',
    ]);
  });
});

describe('de minimis headroom (Reg. 2023/2831)', () => {
  const compute = [line('c', 'compute', 50_000 * EUR)]; // cashback asks €40,000

  it('prior 0: everything granted, headroom left', () => {
    const r = run('small', compute, ['cashback-compute-80'], 0);
    expect(r.totalAidCents).toBe(40_000 * EUR);
    expect(r.deMinimis).toEqual({
      ceilingCents: 300_000 * EUR,
      priorCents: 0,
      usedByScenarioCents: 40_000 * EUR,
      headroomCents: 260_000 * EUR,
      exceeded: false,
    });
    expect(rule(r.warnings, 'de_minimis_headroom')).toBeUndefined();
  });

  it('prior €290,000: only €10,000 left', () => {
    const r = run('small', compute, ['cashback-compute-80'], 290_000 * EUR);
    expect(r.totalAidCents).toBe(10_000 * EUR);
    expect(r.deMinimis).toMatchObject({ usedByScenarioCents: 10_000 * EUR, headroomCents: 0, exceeded: true });
    expect(rule(outcome(r, 'cashback-compute-80').rules, 'de_minimis_headroom')!.params).toEqual({
      headroomCents: 10_000 * EUR,
      requestedCents: 40_000 * EUR,
      grantedCents: 10_000 * EUR,
    });
    expect(rule(r.warnings, 'de_minimis_headroom')!.params).toEqual({
      ceilingCents: 300_000 * EUR,
      priorCents: 290_000 * EUR,
      headroomCents: 10_000 * EUR,
      requestedCents: 40_000 * EUR,
      grantedCents: 10_000 * EUR,
    });
    expect(rule(r.perLine[0].rules, 'de_minimis_headroom', 'cashback-compute-80')).toBeDefined();
  });

  it.each([300_000 * EUR, 310_000 * EUR])('prior %i cents: no de minimis aid at all', (prior) => {
    const r = run('small', compute, ['cashback-compute-80'], prior);
    expect(r.totalAidCents).toBe(0);
    expect(r.deMinimis).toMatchObject({ usedByScenarioCents: 0, headroomCents: 0, exceeded: true });
  });

  it('prior at the ceiling does not touch aid that is not de minimis', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 10_000 * EUR)], ['fit4ai'], 300_000 * EUR);
    expect(r.totalAidCents).toBe(5_000 * EUR);
    expect(r.deMinimis.exceeded).toBe(false);
    expect(run('small', [], [], 300_000 * EUR + 1).deMinimis.exceeded).toBe(true);
  });

  it('de minimis schemes share the headroom, in id order', () => {
    const r = run('small', [
      line('c', 'compute', 50_000 * EUR),
      line('t', 'technical_implementation', 10_000 * EUR),
    ], ['sme-package-ai', 'cashback-compute-80'], 290_000 * EUR);
    expect(outcome(r, 'cashback-compute-80').aidCents).toBe(10_000 * EUR);
    expect(outcome(r, 'sme-package-ai').aidCents).toBe(0);
    expect(r.deMinimis.usedByScenarioCents).toBe(10_000 * EUR);
  });
});

describe('edges', () => {
  it('an empty scenario costs and pays nothing', () => {
    const r = run('small', [], []);
    expect([r.totalCostCents, r.totalAidCents, r.netCostCents]).toEqual([0, 0, 0]);
    expect(r.perLine).toEqual([]);
    expect(r.perScheme).toEqual([]);
  });

  it('zero-cost lines get zero aid (the allowed intensity is still reported)', () => {
    const r = run('small', [line('d', 'diagnostic_consultancy', 0)], ['fit4ai', 'fit4digital']);
    expect(r.totalAidCents).toBe(0);
    expect(r.perLine[0].aidBySchemeCents).toEqual({ fit4ai: 0, fit4digital: 0 });
    expect(r.perLine[0].maxIntensity).toBe(0.5);
    expectConsistent(r);
  });

  it('handles the largest accepted amount exactly', () => {
    const r = run('large', [line('p', 'personnel', MAX_CENTS)], ['rdi-experimental-development']);
    expect(r.totalAidCents).toBe(MAX_CENTS / 4);
    expect(Number.isSafeInteger(r.totalAidCents)).toBe(true);
  });

  it('rounds aid down, never above the intensity', () => {
    const r = run('medium', [line('p', 'personnel', 3)], ['rdi-experimental-development']); // 35 % of 3 cents
    expect(r.totalAidCents).toBe(1);
    const odd = run('small', [line('p', 'personnel', 29)], [applySchemeOverride(S('rdi-process-innovation'), { intensityBySize: { small: 0.29 } })]);
    expect(odd.totalAidCents).toBe(8); // 0.29 × 29 = 8.41
    const exact = run('small', [line('p', 'personnel', 100)], [applySchemeOverride(S('rdi-process-innovation'), { intensityBySize: { small: 0.29 } })]);
    expect(exact.totalAidCents).toBe(29); // float 0.29 × 100 = 28.999…; integer arithmetic keeps 29
  });

  it('rules are plain JSON data', () => {
    const r = run('small', [line('i', 'implementation_consultancy', 200_000 * EUR)], ['fit4ai', 'rdi-process-innovation', 'cashback-compute-80'], 100);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('uses an advisor-edited revision and reports it', () => {
    const edited = applySchemeOverride(S('fit4ai'), { capCentsBySize: { small: 60_000 * EUR } });
    const r = run('small', [line('i', 'implementation_consultancy', 200_000 * EUR)], [edited]);
    expect(r.totalAidCents).toBe(60_000 * EUR);
    expect(outcome(r, 'fit4ai').revision).toBe(2);
  });
});

describe('hostile input', () => {
  const base = (): ScenarioInput => ({
    sizeClass: 'small',
    costLines: [line('a', 'diagnostic_consultancy', 1_000)],
    schemes: [S('fit4ai')],
    priorDeMinimisCents: 0,
  });
  function expectError(input: unknown, code: string, field?: string) {
    let error: unknown;
    try {
      computeScenario(input as ScenarioInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FundingInputError);
    expect((error as FundingInputError).code).toBe('invalid_input');
    expect((error as FundingInputError).reason).toBe(code);
    if (field !== undefined) expect((error as FundingInputError).field).toBe(field);
  }
  const withLine = (patch: Record<string, unknown>) => ({ ...base(), costLines: [{ ...line('a', 'compute', 1_000), ...patch }] });

  it.each<[string, unknown, string]>([
    ['negative', -1, 'negative'],
    ['NaN', Number.NaN, 'not_a_number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not_a_number'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'not_a_number'],
    ['fractional', 10.5, 'not_integer'],
    ['above 1e12', MAX_CENTS + 1, 'too_large'],
    ['1e300', 1e300, 'too_large'],
    ['text', '1000', 'not_a_number'],
    ['null', null, 'not_a_number'],
    ['bigint', BigInt(5), 'not_a_number'],
  ])('amountCents %s', (_label, value, code) => {
    expectError(withLine({ amountCents: value }), code, 'costLines.0.amountCents');
  });

  it('accepts exactly 1e12 cents and -0', () => {
    expect(computeScenario(withLine({ amountCents: MAX_CENTS }) as ScenarioInput).totalCostCents).toBe(MAX_CENTS);
    expect(Object.is(computeScenario(withLine({ amountCents: -0 }) as ScenarioInput).totalCostCents, 0)).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['negative GPU-hours', { gpuHours: -1, pricePerGpuHourCents: 100 }, 'negative', 'costLines.0.gpuHours'],
    ['NaN GPU-hours', { gpuHours: Number.NaN, pricePerGpuHourCents: 100 }, 'not_a_number', 'costLines.0.gpuHours'],
    ['fractional price', { gpuHours: 1, pricePerGpuHourCents: 1.5 }, 'not_integer', 'costLines.0.pricePerGpuHourCents'],
    ['price above 1e12', { gpuHours: 1, pricePerGpuHourCents: MAX_CENTS + 1 }, 'too_large', 'costLines.0.pricePerGpuHourCents'],
    ['product above 1e12', { gpuHours: 1e6, pricePerGpuHourCents: 1e7 }, 'too_large', 'costLines.0.gpuHours'],
    ['unknown cost type', { type: 'lunch' }, 'invalid_cost_type', 'costLines.0.type'],
    ['empty id', { id: '' }, 'invalid_id', 'costLines.0.id'],
    ['numeric id', { id: 7 }, 'invalid_id', 'costLines.0.id'],
  ])('%s', (_label, patch, code, field) => {
    expectError(withLine(patch), code, field);
  });

  it('rejects bad prior de minimis, size class, lists and schemes', () => {
    expectError({ ...base(), priorDeMinimisCents: -5 }, 'negative', 'priorDeMinimisCents');
    expectError({ ...base(), priorDeMinimisCents: Number.NaN }, 'not_a_number', 'priorDeMinimisCents');
    expectError({ ...base(), priorDeMinimisCents: 0.5 }, 'not_integer', 'priorDeMinimisCents');
    expectError({ ...base(), priorDeMinimisCents: 2e12 }, 'too_large', 'priorDeMinimisCents');
    expectError({ ...base(), sizeClass: 'giant' }, 'invalid_size_class', 'sizeClass');
    expectError({ ...base(), costLines: 'lines' }, 'invalid_input', 'costLines');
    expectError({ ...base(), costLines: [null] }, 'invalid_input', 'costLines.0');
    expectError({ ...base(), costLines: [line('a', 'other', 1), line('a', 'other', 2)] }, 'duplicate_id', 'costLines.1.id');
    expectError(
      { ...base(), costLines: Array.from({ length: MAX_COST_LINES + 1 }, (_, i) => line(`l${i}`, 'other', 1)) },
      'too_many_items',
      'costLines',
    );
    expectError({ ...base(), schemes: [S('fit4ai'), S('fit4ai')] }, 'duplicate_id', 'schemes.1.id');
    expectError({ ...base(), schemes: [{ ...S('fit4ai'), intensityBySize: { micro: 0.5, small: 2, medium: 0.5, large: null } }] }, 'invalid_scheme', 'schemes.0.intensityBySize.small');
    expectError({ ...base(), schemes: [{ ...S('fit4ai'), capCentsBySize: { micro: null, small: -1, medium: null, large: null } }] }, 'invalid_scheme');
    expectError({ ...base(), schemes: 'fit4ai' }, 'invalid_input', 'schemes');
    expectError({ ...base(), options: { collaboration: 'yes' } }, 'invalid_input', 'options.collaboration');
    expectError({ ...base(), missingSizeFigures: [1] }, 'invalid_input', 'missingSizeFigures');
    expectError(null, 'invalid_input');
    expectError('scenario', 'invalid_input');
  });
});

describe('properties', () => {
  const allSchemes = getSchemeSet()!.schemes;
  const lineArb = fc.record({
    type: fc.constantFrom(...COST_TYPES),
    amountCents: fc.oneof(fc.integer({ min: 0, max: 500_000 * EUR }), fc.constantFrom(0, 1, 6_650 * EUR, 25_000 * EUR, 100_000 * EUR)),
    gpuHours: fc.option(fc.double({ min: 0, max: 80_000, noNaN: true }), { nil: undefined }),
    pricePerGpuHourCents: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  });
  const inputArb = fc.record({
    sizeClass: fc.constantFrom<SizeClass>('micro', 'small', 'medium', 'large'),
    lines: fc.array(lineArb, { maxLength: 8 }),
    schemeIdx: fc.subarray(allSchemes.map((_, i) => i)),
    prior: fc.oneof(fc.integer({ min: 0, max: 320_000 * EUR }), fc.constantFrom(0, 290_000 * EUR, 300_000 * EUR)),
    collaboration: fc.boolean(),
  });
  type Generated = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (v: Generated): ScenarioInput => ({
    sizeClass: v.sizeClass,
    costLines: v.lines.map((l, i) => ({ id: `l${i}`, label: `line ${i}`, ...l })),
    schemes: v.schemeIdx.map((i) => allSchemes[i]),
    priorDeMinimisCents: v.prior,
    options: { collaboration: v.collaboration },
  });

  it('aid + net = cost, totals add up, every bound holds', () => {
    fc.assert(
      fc.property(inputArb, (v) => {
        const input = toInput(v);
        const r = computeScenario(input);
        expectConsistent(r);
        for (const l of r.perLine) {
          expect(Number.isInteger(l.aidCents)).toBe(true);
          expect(l.aidCents).toBeGreaterThanOrEqual(0);
          expect(l.aidCents).toBeLessThanOrEqual(l.amountCents);
          expect(l.netCents).toBe(l.amountCents - l.aidCents);
          // Cumulation: never above the highest intensity allowed for the line.
          expect(l.aidCents).toBeLessThanOrEqual(l.maxIntensity * l.amountCents + 1e-6 * l.amountCents + 1e-9);
          expect(l.maxIntensity).toBeLessThanOrEqual(1);
        }
        for (const p of r.perScheme) {
          const s = input.schemes.find((x) => x.id === p.schemeId)!;
          const cap = s.capCentsBySize[v.sizeClass];
          if (cap !== null) expect(p.aidCents).toBeLessThanOrEqual(cap);
          if (!p.eligible) expect(p.aidCents).toBe(0);
        }
        expect(r.deMinimis.usedByScenarioCents).toBeLessThanOrEqual(Math.max(0, DE_MINIMIS_CEILING_CENTS - v.prior));
        expect(r.deMinimis.headroomCents).toBeGreaterThanOrEqual(0);
        const dmAid = r.perScheme.filter((p) => input.schemes.find((s) => s.id === p.schemeId)!.countsAsDeMinimis).reduce((a, p) => a + p.aidCents, 0);
        expect(dmAid).toBe(r.deMinimis.usedByScenarioCents);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of scheme selection order', () => {
    fc.assert(
      fc.property(inputArb, (v) => {
        const input = toInput(v);
        const a = computeScenario(input);
        const b = computeScenario(structuredClone(input));
        const c = computeScenario({ ...input, schemes: [...input.schemes].reverse() });
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('adding a scheme never lowers the aid on any line', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: allSchemes.length - 1 }), (v, extra) => {
        const input = toInput({ ...v, prior: 0 });
        if (input.schemes.some((s) => s.id === allSchemes[extra].id)) return;
        // Caps and de minimis can shift aid between schemes but the line total cannot drop
        // when only non-capped, non-de minimis schemes are involved.
        const simple = (s: Scheme) => !s.countsAsDeMinimis && Object.values(s.capCentsBySize).every((c) => c === null);
        if (!input.schemes.every(simple) || !simple(allSchemes[extra])) return;
        const before = computeScenario(input);
        const after = computeScenario({ ...input, schemes: [...input.schemes, allSchemes[extra]] });
        before.perLine.forEach((l, i) => expect(after.perLine[i].aidCents).toBeGreaterThanOrEqual(l.aidCents));
      }),
      { numRuns: 200 },
    );
  });
});
