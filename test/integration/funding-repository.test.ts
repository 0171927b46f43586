/**
 * The funding repository's row builders: each record written through the repository reads back
 * identically, nulls and booleans included, and the columns hold what the schema expects.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import {
  createFundingRepository,
  type CostLineRecord,
  type FundingRepository,
  type ScenarioRecord,
  type SchemeRevisionRecord,
} from '../../electron/main/services/funding/funding-repository';
import { getSchemeSet, CURRENT_SCHEMES_VERSION } from '../../shared/reference/schemes';

let s: TempServices;
let repo: FundingRepository;
let clientId: string;

beforeEach(async () => {
  s = await tempServices();
  repo = createFundingRepository(s.db);
  clientId = (await s.ok('clients.create', { name: 'Row Builders SA', reportLocale: 'fr' })).id;
});
afterEach(() => s.cleanup());

const scenario = (over: Partial<ScenarioRecord> = {}): ScenarioRecord => ({
  id: 'sc-1',
  clientId,
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
  clientId,
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
    repo.insertScenario(scenario());
    repo.insertScenario(scenario({ id: 'sc-2', collaboration: false, schemeIds: [], schemeRevisions: {}, priorDeMinimisCents: 0 }));
    expect(repo.scenario('sc-1')).toEqual(scenario());
    expect(repo.scenario('sc-2')).toEqual(scenario({ id: 'sc-2', collaboration: false, schemeIds: [], schemeRevisions: {}, priorDeMinimisCents: 0 }));
    expect(s.db.prepare('SELECT collaboration FROM funding_scenarios WHERE id = ?').pluck().get('sc-2')).toBe(0);
    expect(repo.scenariosOf(clientId).map((r) => r.id)).toEqual(['sc-1', 'sc-2']);
    expect(repo.countScenarios(clientId)).toBe(2);
  });

  it('a scenario patch changes only the fields it names (undefined means unchanged)', () => {
    repo.insertScenario(scenario());
    repo.updateScenario('sc-1', { name: 'Renamed', collaboration: false, priorDeMinimisCents: undefined, updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(repo.scenario('sc-1')).toEqual(scenario({ name: 'Renamed', collaboration: false, updatedAt: '2026-04-01T00:00:00.000Z' }));
  });

  it('a cost line reads back as written, with and without its nullable figures', () => {
    repo.insertScenario(scenario());
    repo.insertLine(line());
    const bare = line({ id: 'ln-2', position: 2, type: 'training', label: '', amountCents: 0, gpuHours: null, pricePerGpuHourCents: null, initiativeId: null });
    repo.insertLine(bare);
    expect(repo.lines('sc-1')).toEqual([line(), bare]);
    expect(repo.line('ln-2', 'sc-1')).toEqual(bare);
    expect(repo.line('ln-2', 'other')).toBeUndefined();

    const edited = { ...line(), type: 'other' as const, gpuHours: null, pricePerGpuHourCents: null, initiativeId: null, updatedAt: '2026-05-01T00:00:00.000Z' };
    repo.updateLine(edited);
    expect(repo.line('ln-1', 'sc-1')).toEqual(edited);
    expect(repo.deleteLine('ln-1', 'sc-1')).toBe(true);
    expect(repo.deleteLine('ln-1', 'sc-1')).toBe(false);
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
    repo.insertSchemeRevision(rev(2, 'override'));
    repo.insertSchemeRevision(rev(3, 'reset'));
    expect(repo.latestSchemeRevision(CURRENT_SCHEMES_VERSION, base.id)).toEqual(rev(3, 'reset'));
    expect(repo.schemeRevisionAt(CURRENT_SCHEMES_VERSION, base.id, 2)).toEqual(rev(2, 'override'));
    expect(repo.schemeHistory(CURRENT_SCHEMES_VERSION, base.id)).toEqual([rev(3, 'reset'), rev(2, 'override')]);
    expect(repo.latestSchemeRevision('1999-1', base.id)).toBeUndefined();
  });
});
