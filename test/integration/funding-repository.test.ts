/**
 * The funding repository's row builders: each record written through the repository reads back
 * identically, nulls and booleans included, and the columns hold what the schema expects.
 */
import { describe, expect, it } from 'vitest';
import { repositoryFixture } from '../support/repository-fixture';
import {
  createFundingRepository,
  type CostLineRecord,
  type ScenarioRecord,
  type SchemeRevisionRecord,
} from '@main/services/funding/funding-repository';
import { getSchemeSet, CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';

const f = repositoryFixture(createFundingRepository);

const scenario = (over: Partial<ScenarioRecord> = {}): ScenarioRecord => ({
  id: 'sc-1',
  clientId: f.clientId,
  name: 'Pilot',
  schemeIds: ['a', 'b'],
  priorDeMinimisCents: 12_345,
  collaboration: true,
  schemeSetVersion: '2026-1',
  schemeRevisions: { a: 1, b: 3 },
  rulesTakenAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T11:00:00.000Z',
  ...over,
});

const line = (over: Partial<CostLineRecord> = {}): CostLineRecord => ({
  id: 'ln-1',
  scenarioId: 'sc-1',
  clientId: f.clientId,
  position: 1,
  type: 'compute',
  label: 'GPU time',
  amountCents: 500_000,
  gpuHours: 1_250.5,
  pricePerGpuHourCents: 400,
  initiativeId: 'init-7',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...over,
});

describe('funding repository row builders', () => {
  it('a scenario reads back as written (collaboration true and false, empty selection)', () => {
    f.repo.insertScenario(scenario());
    f.repo.insertScenario(scenario({ id: 'sc-2', collaboration: false, schemeIds: [], schemeRevisions: {}, priorDeMinimisCents: 0 }));
    expect(f.repo.scenario('sc-1')).toEqual(scenario());
    expect(f.repo.scenario('sc-2')).toEqual(scenario({ id: 'sc-2', collaboration: false, schemeIds: [], schemeRevisions: {}, priorDeMinimisCents: 0 }));
    expect(f.services.db.prepare('SELECT collaboration FROM funding_scenarios WHERE id = ?').pluck().get('sc-2')).toBe(0);
    expect(f.repo.scenariosOf(f.clientId).map((r) => r.id)).toEqual(['sc-1', 'sc-2']);
    expect(f.repo.countScenarios(f.clientId)).toBe(2);
  });

  it('a scenario patch changes only the fields it names (undefined means unchanged)', () => {
    f.repo.insertScenario(scenario());
    f.repo.updateScenario('sc-1', { name: 'Renamed', collaboration: false, priorDeMinimisCents: undefined, updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(f.repo.scenario('sc-1')).toEqual(scenario({ name: 'Renamed', collaboration: false, updatedAt: '2026-04-01T00:00:00.000Z' }));
  });

  it('a cost line reads back as written, with and without its nullable figures', () => {
    f.repo.insertScenario(scenario());
    f.repo.insertLine(line());
    const bare = line({ id: 'ln-2', position: 2, type: 'training', label: '', amountCents: 0, gpuHours: null, pricePerGpuHourCents: null, initiativeId: null });
    f.repo.insertLine(bare);
    expect(f.repo.lines('sc-1')).toEqual([line(), bare]);
    expect(f.repo.line('ln-2', 'sc-1')).toEqual(bare);
    expect(f.repo.line('ln-2', 'other')).toBeUndefined();

    const edited = { ...line(), type: 'other' as const, gpuHours: null, pricePerGpuHourCents: null, initiativeId: null, updatedAt: '2026-05-01T00:00:00.000Z' };
    f.repo.updateLine(edited);
    expect(f.repo.line('ln-1', 'sc-1')).toEqual(edited);
    expect(f.repo.deleteLine('ln-1', 'sc-1')).toBe(true);
    expect(f.repo.deleteLine('ln-1', 'sc-1')).toBe(false);
  });

  it('a scheme revision reads back as written, the full scheme, patch and diff included', () => {
    const base = getSchemeSet(CURRENT_SCHEMES_VERSION)!.schemes[0];
    const rev = (revision: number, kind: 'override' | 'reset'): SchemeRevisionRecord => ({
      setVersion: CURRENT_SCHEMES_VERSION,
      schemeId: base.id,
      revision,
      kind,
      scheme: { ...base, revision },
      patch: kind === 'reset' ? { reset: true } : { maxAidCents: 1 },
      diff: [{ field: 'maxAidCents', old: 2, new: 1 }],
      changedBy: 'Anne Advisor',
      changedAt: `2026-06-0${revision}T00:00:00.000Z`,
    });
    f.repo.insertSchemeRevision(rev(2, 'override'));
    f.repo.insertSchemeRevision(rev(3, 'reset'));
    expect(f.repo.latestSchemeRevision(CURRENT_SCHEMES_VERSION, base.id)).toEqual(rev(3, 'reset'));
    expect(f.repo.schemeRevisionAt(CURRENT_SCHEMES_VERSION, base.id, 2)).toEqual(rev(2, 'override'));
    expect(f.repo.schemeHistory(CURRENT_SCHEMES_VERSION, base.id)).toEqual([rev(3, 'reset'), rev(2, 'override')]);
    expect(f.repo.latestSchemeRevision('1999-1', base.id)).toBeUndefined();
  });
});
