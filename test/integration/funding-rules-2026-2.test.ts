/**
 * Rule sets through the service: a scenario of an existing dataset stays on 2026.1 and computes as
 * before until recomputed; new scenarios take 2026.2; after the set's valid-until date (Luxembourg
 * calendar) every scenario, the list and the comparison say the rules must be rechecked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';

const EUR = 100;
let open: TempServices[] = [];
async function services(now: string) {
  const s = await tempServices({ now: () => new Date(now) });
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open) s.cleanup();
  open = [];
});

/** A medium enterprise (Rec. 2003/361: 120 staff, €30 M turnover). */
async function mediumClient(s: TempServices) {
  const c = await s.ok('clients.create', { name: 'Präzisionsteile Weber S.A.', reportLocale: 'de' });
  await s.ok('clients.update', { id: c.id, patch: { headcount: 120, turnoverCents: 30_000_000 * EUR } });
  return c;
}

describe('funding rule sets 2026.1 → 2026.2', () => {
  it('an existing 2026.1 scenario keeps its figures; recomputing takes 2026.2 and its changed figure', async () => {
    const s = await services('2026-12-02T10:00:00.000Z');
    const c = await mediumClient(s);
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'Beratung', schemeIds: ['rdi-innovation-advisory'] });
    expect(v.scenario.schemeSetVersion).toBe('2026.2');
    const id = v.scenario.id;
    await s.ok('funding.addCostLine', { scenarioId: id, line: { type: 'diagnostic_consultancy', amountCents: 20_000 * EUR } });
    await s.ok('funding.addCostLine', { scenarioId: id, line: { type: 'implementation_consultancy', amountCents: 30_000 * EUR } });
    // 2026.2: 100 % of the diagnostic only.
    expect((await s.ok('funding.getScenario', { id })).result.totalAidCents).toBe(20_000 * EUR);

    // The same scenario as an existing dataset holds it: computed with 2026.1.
    s.db.prepare("UPDATE funding_scenarios SET scheme_set_version = '2026.1' WHERE id = ?").run(id);
    let view = await s.ok('funding.getScenario', { id });
    // 2026.1: 100 % of 20,000 + 30,000 = €50,000, unchanged.
    expect(view.result.totalAidCents).toBe(50_000 * EUR);
    expect(view.schemes[0].eligibleCostTypes).toContain('implementation_consultancy');
    expect(view.outdated).toMatchObject({
      setVersionUsed: '2026.1',
      currentSetVersion: '2026.2',
      notices: [{ schemeId: 'rdi-innovation-advisory', usedRevision: 1, currentRevision: 1, changedBy: null }],
      withCurrentRules: { totalAidCents: 20_000 * EUR, netCostCents: 30_000 * EUR },
    });
    view = await s.ok('funding.recomputeScenario', { id });
    expect(view.scenario.schemeSetVersion).toBe('2026.2');
    expect(view.result.totalAidCents).toBe(20_000 * EUR);
    expect(view.outdated).toBeNull();
  });

  it('lists the confirmed Fit 4 AI scope first, with the set valid until 31 Dec 2026', async () => {
    const s = await services('2026-12-02T10:00:00.000Z');
    const cat = await s.ok('funding.listSchemes', {});
    expect(cat).toMatchObject({ version: '2026.2', checkedOn: '2026-12-02', validUntil: '2026-12-31' });
    expect(cat.schemes.slice(0, 2).map((e) => [e.scheme.id, e.scheme.variantOf ?? null])).toEqual([
      ['fit4ai-guichet', null],
      ['fit4ai', 'fit4ai-guichet'],
    ]);
  });

  it.each([
    // 23:30 in Luxembourg on 31 Dec: still valid.
    ['2026-12-31T22:30:00.000Z', false],
    // 00:30 in Luxembourg on 1 Jan 2027 (still 31 Dec in UTC): expired.
    ['2026-12-31T23:30:00.000Z', true],
    ['2027-03-15T09:00:00.000Z', true],
  ])('at %s the rules are expired: %s — on the scenario, the list and the comparison', async (now, expired) => {
    const s = await services(now);
    const c = await mediumClient(s);
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'Fit 4 AI', schemeIds: ['fit4ai-guichet'] });
    await s.ok('funding.addCostLine', { scenarioId: v.scenario.id, line: { type: 'diagnostic_consultancy', amountCents: 12_000 * EUR } });
    const view = await s.ok('funding.getScenario', { id: v.scenario.id });
    expect(view.result.validity).toMatchObject({ validUntil: '2026-12-31', expired });
    expect(view.result.warnings.some((w) => w.code === 'rules_expired')).toBe(expired);
    expect(view.result.totalAidCents).toBe(6_000 * EUR); // 50 % of €12,000 either way
    expect((await s.ok('funding.listScenarios', { clientId: c.id }))[0].rulesExpired).toBe(expired);
    expect((await s.ok('funding.compareScenarios', { clientId: c.id })).rows[0]).toMatchObject({ rulesExpired: expired, rulesValidUntil: '2026-12-31' });
  });
});
