/**
 * Funding rules 2026.2 through the engine: validity of a rule set, lines closed by size or project
 * range saying so, and the figures that change between 2026.1 and 2026.2 — each derived by hand.
 */
import { describe, it, expect } from 'vitest';
import { FundingInputError, computeScenario, type CostLine, type ScenarioInput } from '@shared/domain/funding';
import { findScheme, getSchemeSet, rulesExpired, type CostType, type Scheme } from '@shared/reference/schemes';

const EUR = 100;
const at = (version: string) => (id: string): Scheme => findScheme(id, version)!;
const v1 = at('2026.1');
const v2 = at('2026.2');
const line = (id: string, type: CostType, cents: number): CostLine => ({ id, type, label: id, amountCents: cents });
const base = (over: Partial<ScenarioInput>): ScenarioInput => ({ sizeClass: 'small', costLines: [], schemes: [], priorDeMinimisCents: 0, ...over });

describe('rule set validity (GBER ends 31 Dec 2026)', () => {
  const validUntil = getSchemeSet('2026.2')!.validUntil;
  const input = (today: string, over: Partial<ScenarioInput> = {}) =>
    base({ costLines: [line('d', 'diagnostic_consultancy', 10_000 * EUR)], schemes: [v2('fit4ai-guichet')], validity: { validUntil, today }, ...over });

  it('is valid on the last day and expired the day after; the figures stay computed', () => {
    expect(validUntil).toBe('2026-12-31');
    const onLastDay = computeScenario(input('2026-12-31'));
    expect(onLastDay.validity).toEqual({ validUntil: '2026-12-31', today: '2026-12-31', expired: false });
    expect(onLastDay.warnings.map((w) => w.code)).not.toContain('rules_expired');
    const after = computeScenario(input('2027-01-01'));
    expect(after.validity!.expired).toBe(true);
    // The recheck warning comes first; the aid is what the rules give (50 % of €10,000 = €5,000).
    expect(after.warnings[0]).toEqual({ code: 'rules_expired', params: { validUntil: '2026-12-31', today: '2027-01-01' } });
    expect(after.totalAidCents).toBe(5_000 * EUR);
    expect(after.totalAidCents).toBe(onLastDay.totalAidCents);
    expect(rulesExpired(validUntil, '2026-12-31')).toBe(false);
    expect(rulesExpired(validUntil, '2027-01-01')).toBe(true);
  });

  it('warns even when the size class is unknown', () => {
    const r = computeScenario(input('2027-06-30', { sizeClass: null, missingSizeFigures: ['headcount'] }));
    expect(r.status).toBe('size_unknown');
    expect(r.warnings.map((w) => w.code)).toEqual(['rules_expired', 'size_unknown']);
  });

  it('without a validity says nothing about it (callers that pass no date)', () => {
    expect(computeScenario(base({})).validity).toBeNull();
  });

  it.each([
    ['text date', { validUntil: '31/12/2026', today: '2027-01-01' }],
    ['missing today', { validUntil: '2026-12-31' }],
    ['number', { validUntil: 20261231, today: '2027-01-01' }],
    ['null', null],
    ['hostile', { validUntil: '2026-12-31', today: '2027-01-01T00:00:00Z<script>' }],
  ])('refuses a malformed validity (%s)', (_name, validity) => {
    expect(() => computeScenario(base({ validity: validity as never }))).toThrow(FundingInputError);
  });
});

describe('a cost line no scheme funds says why', () => {
  it('SME Package: a project above €25,000 is excluded by the range, not "no scheme funds this cost"', () => {
    const r = computeScenario(base({ costLines: [line('i', 'implementation_consultancy', 30_000 * EUR)], schemes: [v2('sme-package-ai')] }));
    const rules = r.perLine[0].rules;
    expect(rules.map((x) => x.code)).toEqual(['project_above_max']);
    expect(rules[0]).toMatchObject({ schemeId: 'sme-package-ai', params: { projectCents: 30_000 * EUR, maxProjectCents: 25_000 * EUR } });
    expect(r.perLine[0].aidCents).toBe(0);
  });

  it('SME Package: €6,649.99 is below the range, €6,650 gets the flat €5,000', () => {
    const below = computeScenario(base({ costLines: [line('i', 'technical_implementation', 6_650 * EUR - 1)], schemes: [v2('sme-package-ai')] }));
    expect(below.perLine[0].rules.map((x) => x.code)).toEqual(['project_below_min']);
    const at = computeScenario(base({ costLines: [line('i', 'technical_implementation', 6_650 * EUR)], schemes: [v2('sme-package-ai')] }));
    expect(at.totalAidCents).toBe(5_000 * EUR);
  });

  it('company size: a large company is told Fit 4 AI would fund the cost but is not open to it', () => {
    const r = computeScenario(
      base({ sizeClass: 'large', costLines: [line('d', 'diagnostic_consultancy', 8_000 * EUR)], schemes: [v2('fit4ai-guichet'), v2('fit4digital')] }),
    );
    const rules = r.perLine[0].rules;
    expect(rules.map((x) => `${x.code}:${x.schemeId}`).sort()).toEqual(['not_eligible_size:fit4ai-guichet', 'not_eligible_size:fit4digital']);
    expect(rules.some((x) => x.code === 'not_eligible_cost_type')).toBe(false);
  });

  it('a cost type no selected scheme pays for still says so', () => {
    const r = computeScenario(base({ costLines: [line('o', 'other', 1_000 * EUR)], schemes: [v2('fit4ai-guichet')] }));
    expect(r.perLine[0].rules).toEqual([{ code: 'not_eligible_cost_type', params: { costType: 'other' } }]);
  });
});

describe('figures that change for an existing scenario, 2026.1 → 2026.2', () => {
  it('innovation advisory no longer pays for implementation consultancy', () => {
    // Medium company: €20,000 diagnostic + €30,000 implementation consultancy.
    const lines = [line('d', 'diagnostic_consultancy', 20_000 * EUR), line('i', 'implementation_consultancy', 30_000 * EUR)];
    const old = computeScenario(base({ sizeClass: 'medium', costLines: lines, schemes: [v1('rdi-innovation-advisory')] }));
    const now = computeScenario(base({ sizeClass: 'medium', costLines: lines, schemes: [v2('rdi-innovation-advisory')] }));
    // 2026.1: 100 % of both lines = 20,000 + 30,000 = €50,000 (within the €220,000 ceiling).
    expect(old.totalAidCents).toBe((20_000 + 30_000) * EUR);
    // 2026.2: 100 % of the diagnostic only = €20,000; the implementation line is €30,000 net.
    expect(now.totalAidCents).toBe(20_000 * EUR);
    expect(now.perLine[1]).toMatchObject({ aidCents: 0, netCents: 30_000 * EUR });
    expect(now.netCostCents).toBe(30_000 * EUR);
  });

  it('Fit 4 AI default reading: only the consultant analysis, 50 %, no cap', () => {
    // Small company: €10,000 consultant analysis + €90,000 technical implementation.
    const lines = [line('d', 'diagnostic_consultancy', 10_000 * EUR), line('t', 'technical_implementation', 90_000 * EUR)];
    const announced = computeScenario(base({ costLines: lines, schemes: [v2('fit4ai')] }));
    const confirmed = computeScenario(base({ costLines: lines, schemes: [v2('fit4ai-guichet')] }));
    // Announcement: 50 % × (10,000 + 90,000) = 50,000, at the €50,000 small-company cap.
    expect(announced.totalAidCents).toBe(50_000 * EUR);
    // Confirmed scope: 50 % × 10,000 = 5,000; the implementation line is not eligible.
    expect(confirmed.totalAidCents).toBe(5_000 * EUR);
    expect(confirmed.perLine[1].rules.map((r) => r.code)).toEqual(['not_eligible_cost_type']);
    // The announced reading carries the unconfirmed warning; the confirmed one flags only its rate.
    expect(announced.warnings.find((w) => w.code === 'unconfirmed')!.params.confirmed).toBe(false);
    expect(confirmed.warnings.find((w) => w.code === 'unconfirmed')!.params).toEqual({ confirmed: true, fields: ['intensityBySize'] });
  });

  it('every other scheme gives the same aid under both sets for the same lines', () => {
    const lines = [
      line('d', 'diagnostic_consultancy', 12_000 * EUR),
      line('i', 'implementation_consultancy', 18_000 * EUR),
      line('t', 'technical_implementation', 40_000 * EUR),
      line('p', 'personnel', 60_000 * EUR),
      line('c', 'compute', 9_000 * EUR),
      line('tr', 'training', 4_000 * EUR),
    ];
    for (const id of ['fit4ai', 'fit4ai-guichet', 'fit4digital', 'fit4innovation', 'sme-package-ai', 'cashback-compute-80', 'spin-off-aid', 'rdi-experimental-development', 'rdi-process-innovation', 'eurohpc-aif-playground']) {
      for (const size of ['micro', 'small', 'medium', 'large'] as const) {
        const a = computeScenario(base({ sizeClass: size, costLines: lines, schemes: [v1(id)] }));
        const b = computeScenario(base({ sizeClass: size, costLines: lines, schemes: [v2(id)] }));
        expect(b.totalAidCents, `${id} ${size}`).toBe(a.totalAidCents);
      }
    }
  });
});
