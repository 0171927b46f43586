/**
 * Funding scenarios and scheme overrides through `dispatch` (the same validation as IPC and the
 * bridge), on a real SQLite file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import type { Result } from '@shared/errors';

const EUR = 100;
const NOW = new Date('2026-12-01T09:30:00.000Z');
let s: TempServices;

beforeEach(async () => {
  s = await tempServices({ now: () => NOW });
});
afterEach(() => s.cleanup());

/** A small enterprise (Rec. 2003/361: 32 staff, €4.1 M turnover). */
async function smallClient(name = 'Muller Logistique Sàrl') {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  await s.ok('clients.update', { id: c.id, patch: { headcount: 32, turnoverCents: 4_100_000 * EUR } });
  return c;
}

function fields(r: Result<unknown>): { path: string; code: string }[] {
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r.error.code).toBe('invalid_input');
  return (r.error.details?.fields as { path: string; code: string }[]) ?? [];
}

const count = (table: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('funding scenarios: CRUD and persistence', () => {
  it('creates, edits, duplicates, lists and deletes scenarios; everything is there after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'laif-funding-'));
    try {
      const a = await tempServices({ dataDir, now: () => NOW });
      const c = await a.ok('clients.create', { name: 'Boulangerie Hoffmann', reportLocale: 'lb' });
      await a.ok('clients.update', { id: c.id, patch: { headcount: 12, turnoverCents: 1_800_000 * EUR } });

      let v = await a.ok('funding.createScenario', { clientId: c.id, name: '  Fit 4 AI seul  ', schemeIds: ['fit4ai'] });
      expect(v.scenario.name).toBe('Fit 4 AI seul'); // trimmed
      expect(v.scenario.schemeSetVersion).toBe('2026.2');
      expect(v.scenario.schemeRevisions).toEqual({ fit4ai: 1 });
      expect(v.client.sizeClass).toBe('small');
      const id = v.scenario.id;

      v = await a.ok('funding.addCostLine', { scenarioId: id, line: { type: 'diagnostic_consultancy', label: 'Étude IA', amountCents: 20_000 * EUR } });
      v = await a.ok('funding.addCostLine', { scenarioId: id, line: { type: 'technical_implementation', label: 'Prévision des commandes', amountCents: 90_000 * EUR } });
      v = await a.ok('funding.addCostLine', {
        scenarioId: id,
        line: { type: 'compute', label: 'Fine-tuning sur MeluXina', gpuHours: 10_000, pricePerGpuHourCents: 250 },
      });
      expect(v.scenario.costLines.map((l) => l.type)).toEqual(['diagnostic_consultancy', 'technical_implementation', 'compute']);
      // Fit 4 AI: 50 % of 110,000 = 55,000, capped at 50,000 for a small enterprise. Compute: 10,000 h × €2.50.
      expect(v.result.totalCostCents).toBe(135_000 * EUR);
      expect(v.result.totalAidCents).toBe(50_000 * EUR);
      expect(v.result.netCostCents).toBe(85_000 * EUR);

      const computeLine = v.scenario.costLines[2];
      v = await a.ok('funding.updateCostLine', { scenarioId: id, lineId: computeLine.id, patch: { gpuHours: 12_000 } });
      expect(v.result.perLine[2].amountCents).toBe(30_000 * EUR);
      v = await a.ok('funding.updateScenario', { id, patch: { name: 'Fit 4 AI uniquement', priorDeMinimisCents: 120_000 * EUR } });
      v = await a.ok('funding.updateScenario', { id, patch: { collaboration: true } });
      expect(v.scenario).toMatchObject({ name: 'Fit 4 AI uniquement', priorDeMinimisCents: 120_000 * EUR, collaboration: true });

      const copy = await a.ok('funding.duplicateScenario', { id, name: 'Fit 4 AI + cashback' });
      expect(copy.scenario.id).not.toBe(id);
      expect(copy.scenario.costLines.map((l) => l.label)).toEqual(v.scenario.costLines.map((l) => l.label));
      expect(copy.scenario.costLines.map((l) => l.id)).not.toContain(computeLine.id);
      const withCashback = await a.ok('funding.selectSchemes', { id: copy.scenario.id, schemeIds: ['fit4ai', 'cashback-compute-80'] });
      // Cashback: 80 % of €30,000 = €24,000, within the de minimis headroom (300,000 − 120,000).
      expect(withCashback.result.totalAidCents).toBe(74_000 * EUR);
      expect(withCashback.result.deMinimis.headroomCents).toBe((180_000 - 24_000) * EUR);
      // Editing the copy leaves the original alone.
      await a.ok('funding.removeCostLine', { scenarioId: copy.scenario.id, lineId: copy.scenario.costLines[0].id });
      expect((await a.ok('funding.getScenario', { id })).scenario.costLines).toHaveLength(3);

      const list = await a.ok('funding.listScenarios', { clientId: c.id });
      expect(list.map((x) => [x.name, x.lineCount, x.totalAidCents])).toEqual([
        ['Fit 4 AI uniquement', 3, 50_000 * EUR],
        ['Fit 4 AI + cashback', 2, (45_000 + 24_000) * EUR],
      ]);
      a.close();

      const b = await tempServices({ dataDir, now: () => NOW });
      const again = await b.ok('funding.getScenario', { id });
      expect(again.scenario).toEqual(v.scenario);
      expect(again.result).toEqual(v.result);
      await b.ok('funding.deleteScenario', { id });
      expect((await b.ok('funding.listScenarios', { clientId: c.id })).map((x) => x.name)).toEqual(['Fit 4 AI + cashback']);
      expect(await b.call('funding.getScenario', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect((b.db.prepare('SELECT count(*) AS n FROM funding_cost_lines WHERE scenario_id = ?').get(id) as { n: number }).n).toBe(0);
      b.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('compares scenarios side by side, in the order asked', async () => {
    const c = await smallClient();
    const a = await s.ok('funding.createScenario', { clientId: c.id, name: 'A', schemeIds: ['fit4ai'] });
    await s.ok('funding.addCostLine', { scenarioId: a.scenario.id, line: { type: 'implementation_consultancy', amountCents: 40_000 * EUR } });
    await s.ok('funding.addCostLine', { scenarioId: a.scenario.id, line: { type: 'compute', gpuHours: 2_000, pricePerGpuHourCents: 300 } });
    const b = await s.ok('funding.duplicateScenario', { id: a.scenario.id, name: 'B' });
    await s.ok('funding.selectSchemes', { id: b.scenario.id, schemeIds: ['fit4ai', 'cashback-compute-80'] });

    const cmp = await s.ok('funding.compareScenarios', { clientId: c.id, scenarioIds: [b.scenario.id, a.scenario.id] });
    expect(cmp.rows.map((r) => r.name)).toEqual(['B', 'A']);
    expect(cmp.rows[0].aidBySchemeCents).toEqual({ fit4ai: 20_000 * EUR, 'cashback-compute-80': 4_800 * EUR });
    expect(cmp.rows[1]).toMatchObject({ totalCostCents: 46_000 * EUR, totalAidCents: 20_000 * EUR, netCostCents: 26_000 * EUR, unconfirmed: true });
    expect(cmp.schemes.map((x) => x.id).sort()).toEqual(['cashback-compute-80', 'fit4ai']);
    const other = await smallClient('Autre SA');
    const foreign = await s.ok('funding.createScenario', { clientId: other.id, name: 'X' });
    expect(await s.call('funding.compareScenarios', { clientId: c.id, scenarioIds: [foreign.scenario.id] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('says which size figure is missing and computes no aid until it is known', async () => {
    const c = await s.ok('clients.create', { name: 'Sans chiffres', reportLocale: 'fr' });
    await s.ok('clients.update', { id: c.id, patch: { headcount: 30 } });
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'S', schemeIds: ['fit4ai'] });
    const r = await s.ok('funding.addCostLine', { scenarioId: v.scenario.id, line: { type: 'diagnostic_consultancy', amountCents: 10_000 * EUR } });
    expect(r.client).toMatchObject({ sizeClass: 'unknown', missingSizeFigures: ['turnover', 'balanceSheet'] });
    expect(r.result).toMatchObject({ status: 'size_unknown', totalAidCents: 0, netCostCents: 10_000 * EUR, missingSizeFigures: ['turnover', 'balanceSheet'] });
    await s.ok('clients.update', { id: c.id, patch: { turnoverCents: 3_000_000 * EUR } });
    expect((await s.ok('funding.getScenario', { id: v.scenario.id })).result.totalAidCents).toBe(5_000 * EUR);
  });

  it('refuses two readings of the same scheme and unknown schemes', async () => {
    const c = await smallClient();
    expect(fields(await s.call('funding.createScenario', { clientId: c.id, name: 'X', schemeIds: ['fit4ai', 'fit4ai-guichet'] }))).toEqual([
      expect.objectContaining({ path: 'schemeIds.1', code: 'variants_exclusive' }),
    ]);
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'X' });
    expect(fields(await s.call('funding.selectSchemes', { id: v.scenario.id, schemeIds: ['no-such-scheme'] }))[0]).toMatchObject({
      path: 'schemeIds.0',
      code: 'unknown_scheme',
    });
    expect(fields(await s.call('funding.selectSchemes', { id: v.scenario.id, schemeIds: ['fit4ai', 'fit4ai'] }))[0].path).toBe('schemeIds');
    expect((await s.ok('funding.getScenario', { id: v.scenario.id })).scenario.schemeIds).toEqual([]);
  });
});

describe('hostile numbers through the contract', () => {
  it('refuses negative, NaN, infinite, 1e18, fractional cents and text, with the field, and saves nothing', async () => {
    const c = await smallClient();
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'S', schemeIds: ['fit4ai'] });
    const id = v.scenario.id;
    const added = await s.ok('funding.addCostLine', { scenarioId: id, line: { type: 'diagnostic_consultancy', amountCents: 10_000 * EUR } });
    const lineId = added.scenario.costLines[0].id;

    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1e18, 12.5, '1000', null]) {
      const add = await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'other', amountCents: bad as number } });
      expect(fields(add)[0]?.path, String(bad)).toBe('line.amountCents');
      const upd = await s.call('funding.updateCostLine', { scenarioId: id, lineId, patch: { amountCents: bad as number } });
      expect(fields(upd)[0]?.path, String(bad)).toBe('patch.amountCents');
      const prior = await s.call('funding.updateScenario', { id, patch: { priorDeMinimisCents: bad as number } });
      expect(fields(prior)[0]?.path, String(bad)).toBe('patch.priorDeMinimisCents');
    }
    for (const bad of [-0.5, Number.NaN, 1e18, 'beaucoup']) {
      const r = await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'compute', gpuHours: bad as number, pricePerGpuHourCents: 250 } });
      expect(fields(r)[0]?.path, String(bad)).toBe('line.gpuHours');
    }
    // Zero is not a price: free compute is modelled by a scheme, not by a price of 0.
    expect(fields(await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'compute', gpuHours: 10, pricePerGpuHourCents: 0 } }))[0]).toMatchObject({
      path: 'line.pricePerGpuHourCents',
      code: 'too_small',
    });
    expect(fields(await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'bribes' as never } }))[0].path).toBe('line.type');
    expect(fields(await s.call('funding.createScenario', { clientId: c.id, name: '   ' }))[0].path).toBe('name');
    expect(fields(await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'other', extra: 1 } as never }))[0].code).toBe('unrecognized_keys');

    // GPU figures only on a compute line.
    expect(fields(await s.call('funding.addCostLine', { scenarioId: id, line: { type: 'training', gpuHours: 10 } }))[0]).toMatchObject({
      path: 'line.gpuHours',
      code: 'compute_only',
    });

    // Each figure within bounds, their product beyond the largest amount: the engine refuses it
    // (FundingInputError → invalid_input with the field) and the write is rolled back.
    const overflow = await s.call('funding.addCostLine', {
      scenarioId: id,
      line: { type: 'compute', gpuHours: 900_000_000, pricePerGpuHourCents: 900_000_000_000 },
    });
    expect(fields(overflow)[0]).toMatchObject({ path: 'costLines.1.gpuHours', code: 'too_large' });

    const after = await s.ok('funding.getScenario', { id });
    expect(after.scenario.costLines.map((l) => l.amountCents)).toEqual([10_000 * EUR]);
    expect(after.scenario.priorDeMinimisCents).toBe(0);
  });

  it('refuses hostile scheme figures with the field and leaves the scheme unchanged', async () => {
    await s.ok('settings.update', { advisorName: 'Claire Weber' });
    const cases: [unknown, string][] = [
      [{ intensityBySize: { small: 1.5 } }, 'patch.intensityBySize.small'],
      [{ intensityBySize: { small: -0.1 } }, 'patch.intensityBySize.small'],
      [{ intensityBySize: { small: Number.NaN } }, 'patch.intensityBySize.small'],
      [{ intensityBySize: { small: '50 %' } }, 'patch.intensityBySize.small'],
      [{ capCentsBySize: { medium: -1 } }, 'patch.capCentsBySize.medium'],
      [{ capCentsBySize: { medium: 1e18 } }, 'patch.capCentsBySize.medium'],
      [{ capCentsBySize: { huge: 1 } }, 'patch.capCentsBySize'],
      [{ flatGrantCents: 0 }, 'patch.flatGrantCents'],
      [{ revision: 7 }, 'patch'],
    ];
    for (const [patch, path] of cases) {
      const r = await s.call('funding.overrideScheme', { schemeId: 'fit4ai', patch: patch as never });
      expect(fields(r)[0]?.path, JSON.stringify(patch)).toBe(path);
    }
    // Well-formed but inconsistent: caught by the scheme's own validation, reported under patch.
    const r = await s.call('funding.overrideScheme', { schemeId: 'fit4ai', patch: { flatGrantCents: 500_000, flatGrantCostTypes: ['compute'] } });
    expect(fields(r)).toContainEqual(expect.objectContaining({ path: 'patch.flatGrantCostTypes.0', code: 'not_eligible' }));
    expect((await s.ok('funding.schemeHistory', { schemeId: 'fit4ai' })).changes).toEqual([]);
  });
});

describe('scheme overrides', () => {
  it('records who, when and old → new as a new revision; needs a signed-in name; guards the revision', async () => {
    expect(await s.call('funding.overrideScheme', { schemeId: 'fit4ai', patch: { capCentsBySize: { small: 40_000 * EUR } } })).toMatchObject({
      ok: false,
      error: { code: 'funding_advisor_name_required' },
    });
    await s.ok('settings.update', { advisorName: 'Claire Weber' });
    const r = await s.ok('funding.overrideScheme', {
      schemeId: 'fit4ai',
      patch: { capCentsBySize: { small: 40_000 * EUR }, confirmed: true },
      expectedRevision: 1,
    });
    expect(r.revision).toBe(2);
    expect(r.changes).toEqual([
      { field: 'capCentsBySize.small', old: 50_000 * EUR, new: 40_000 * EUR },
      { field: 'confirmed', old: false, new: true },
    ]);
    const history = await s.ok('funding.schemeHistory', { schemeId: 'fit4ai' });
    expect(history.changes).toEqual([
      { revision: 2, kind: 'override', changedBy: 'Claire Weber', changedAt: NOW.toISOString(), setVersion: '2026.2', changes: r.changes },
    ]);
    expect(history.shipped.capCentsBySize.small).toBe(50_000 * EUR);
    expect(history.current.capCentsBySize.small).toBe(40_000 * EUR);

    const cat = await s.ok('funding.listSchemes', {});
    expect(cat.version).toBe('2026.2');
    expect(cat.schemes).toHaveLength(13);
    const entry = cat.schemes.find((e) => e.scheme.id === 'fit4ai')!;
    expect(entry).toMatchObject({ overridden: true, lastChange: { revision: 2, changedBy: 'Claire Weber' } });
    expect(entry.scheme).toMatchObject({ revision: 2, confirmed: true });
    expect(cat.schemes.find((e) => e.scheme.id === 'fit4digital')).toMatchObject({ overridden: false, lastChange: null });

    // Someone else's revision 2 is in force: an edit based on revision 1 is refused.
    expect(await s.call('funding.overrideScheme', { schemeId: 'fit4ai', patch: { confirmed: false }, expectedRevision: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    // A patch that changes nothing makes no revision.
    expect((await s.ok('funding.overrideScheme', { schemeId: 'fit4ai', patch: { confirmed: true } })).revision).toBe(2);
    expect(await s.call('funding.overrideScheme', { schemeId: 'nope', patch: {} })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const reset = await s.ok('funding.resetScheme', { schemeId: 'fit4ai' });
    expect(reset.revision).toBe(3);
    expect(reset.changes).toContainEqual({ field: 'capCentsBySize.small', old: 40_000 * EUR, new: 50_000 * EUR });
    expect((await s.ok('funding.listSchemes', {})).schemes.find((e) => e.scheme.id === 'fit4ai')).toMatchObject({
      overridden: false,
      lastChange: { revision: 3, kind: 'reset' },
    });
    expect((await s.ok('funding.resetScheme', { schemeId: 'fit4ai' })).revision).toBe(3); // nothing left to reset
  });

  it('a scenario keeps the rules it was computed with until the advisor recomputes', async () => {
    await s.ok('settings.update', { advisorName: 'Claire Weber' });
    const c = await smallClient();
    const v = await s.ok('funding.createScenario', { clientId: c.id, name: 'Fit 4 AI', schemeIds: ['fit4ai'] });
    const id = v.scenario.id;
    await s.ok('funding.addCostLine', { scenarioId: id, line: { type: 'technical_implementation', amountCents: 150_000 * EUR } });
    expect((await s.ok('funding.getScenario', { id })).result.totalAidCents).toBe(50_000 * EUR);

    await s.ok('funding.overrideScheme', { schemeId: 'fit4ai', patch: { capCentsBySize: { small: 40_000 * EUR } } });

    // Old figures, with a notice of what changed and what the current rules would give.
    let view = await s.ok('funding.getScenario', { id });
    expect(view.result.totalAidCents).toBe(50_000 * EUR);
    expect(view.schemes[0]).toMatchObject({ id: 'fit4ai', revision: 1 });
    expect(view.outdated).toEqual({
      setVersionUsed: '2026.2',
      currentSetVersion: '2026.2',
      notices: [{ schemeId: 'fit4ai', usedRevision: 1, currentRevision: 2, changedBy: 'Claire Weber', changedAt: NOW.toISOString() }],
      withCurrentRules: { totalAidCents: 40_000 * EUR, netCostCents: 110_000 * EUR, status: 'ok' },
    });
    // Further edits keep the pinned rules.
    view = await s.ok('funding.addCostLine', { scenarioId: id, line: { type: 'diagnostic_consultancy', amountCents: 10_000 * EUR } });
    expect(view.result.totalAidCents).toBe(50_000 * EUR);
    expect((await s.ok('funding.listScenarios', { clientId: c.id }))[0].outdated).toBe(true);

    // A new scenario takes the rules in force.
    const fresh = await s.ok('funding.duplicateScenario', { id, name: 'copy' });
    expect(fresh.scenario.schemeRevisions).toEqual({ fit4ai: 1 }); // a copy keeps the original's pins
    const created = await s.ok('funding.createScenario', { clientId: c.id, name: 'new', schemeIds: ['fit4ai'] });
    expect(created.scenario.schemeRevisions).toEqual({ fit4ai: 2 });

    const later = new Date('2026-12-02T08:00:00.000Z');
    const t = await tempServices({ dataDir: s.dataDir, now: () => later });
    try {
      view = await t.ok('funding.recomputeScenario', { id });
      expect(view.result.totalAidCents).toBe(40_000 * EUR);
      expect(view.outdated).toBeNull();
      expect(view.scenario).toMatchObject({ schemeRevisions: { fit4ai: 2 }, rulesTakenAt: later.toISOString() });

      // A reset after recomputing: the scenario stays on revision 2 (cap €40,000) until recomputed again.
      await t.ok('funding.resetScheme', { schemeId: 'fit4ai' });
      view = await t.ok('funding.getScenario', { id });
      expect(view.result.totalAidCents).toBe(40_000 * EUR);
      expect(view.outdated?.notices[0]).toMatchObject({ usedRevision: 2, currentRevision: 3 });
      expect(view.outdated?.withCurrentRules.totalAidCents).toBe(50_000 * EUR);
    } finally {
      t.close();
    }
  });
});

describe('GDPR erasure', () => {
  it('erasing the client removes its scenarios and cost lines, and nothing of other clients', async () => {
    const c = await smallClient('Efface SA');
    const keep = await smallClient('Garde Sàrl');
    for (const client of [c, keep]) {
      const v = await s.ok('funding.createScenario', { clientId: client.id, name: 'S', schemeIds: ['fit4ai'] });
      await s.ok('funding.addCostLine', { scenarioId: v.scenario.id, line: { type: 'training', label: 'Formation IA', amountCents: 3_000 * EUR } });
      await s.ok('funding.duplicateScenario', { id: v.scenario.id, name: 'S2' });
    }
    expect(count('funding_scenarios')).toBe(4);
    expect(count('funding_cost_lines')).toBe(4);
    await s.ok('clients.erase', { id: c.id, confirmName: 'Efface SA' });
    expect(count('funding_scenarios')).toBe(2);
    expect(count('funding_cost_lines')).toBe(2);
    expect(s.db.prepare('SELECT count(*) AS n FROM funding_scenarios WHERE client_id = ?').get(c.id)).toEqual({ n: 0 });
    expect(await s.call('funding.listScenarios', { clientId: c.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await s.ok('funding.listScenarios', { clientId: keep.id })).length).toBe(2);
  });
});
