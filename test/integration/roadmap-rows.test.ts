/**
 * One row builder per roadmap table (roadmaps-repository.ts). A roadmap and a sign-off read back
 * as written, starts-on null included. For roadmap_initiatives: whichever way an initiative
 * entered (generated, added from the catalogue, written by the advisor), however it was edited,
 * and when a new revision copies it, its stored row is exactly what `initiativeRow` writes for the
 * record read back — same JSON forms, same 0/1, same nulls, the AI Act risk in step with the answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { finalisedCheck } from '../support/roadmap-fixtures';
import { effectiveRisk } from '@shared/domain/roadmap-edit';
import { getCatalogue } from '@shared/reference/catalogue';
import type { ProposedRoadmap } from '@shared/domain/roadmap';
import {
  createRoadmapsRepository,
  initiativeRow,
  toStoredInitiative,
  type InitiativeRecord,
  type InitiativeRow,
} from '@main/services/roadmaps/roadmaps-repository';

const NOW = new Date('2026-03-10T09:30:00Z');
let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ now: () => NOW, sync: { autoStart: false } });
});
afterEach(() => s.cleanup());

const rowsOf = (roadmapId: string, revision: number) =>
  s.db.prepare('SELECT * FROM roadmap_initiatives WHERE roadmap_id = ? AND revision = ? ORDER BY position').all(roadmapId, revision) as InitiativeRow[];

/** The row the one builder writes for what the row reads back as. */
function rebuilt(row: InitiativeRow): InitiativeRow {
  const { updatedAt: _updatedAt, ...stored } = toStoredInitiative(row);
  const record: InitiativeRecord = { ...stored, aiActRisk: effectiveRisk(stored) };
  return { ...initiativeRow({ ...record, roadmapId: row.roadmap_id, clientId: row.client_id, revision: row.revision, at: row.created_at }), updated_at: row.updated_at };
}

describe('roadmap and sign-off rows', () => {
  it('reads a roadmap and its sign-off back as written', async () => {
    const client = await s.ok('clients.create', { name: 'Muller & Fils Sàrl', reportLocale: 'fr' });
    const repo = createRoadmapsRepository(s.db);
    const at = '2026-03-10T09:30:00.000Z';
    const proposal = { mode: 'no_data', horizonMonths: 12, initiatives: [] } as unknown as ProposedRoadmap;
    const roadmap = {
      id: 'r1',
      clientId: client.id,
      assessmentId: 'a1',
      assessmentRevision: 2,
      instrumentVersion: '2026.1',
      catalogueVersion: '2026.1',
      horizonMonths: 12 as const,
      startsOn: null,
      mode: 'no_data' as const,
      proposal,
    };
    repo.insert({ ...roadmap, at });
    expect(repo.get('r1')).toEqual({ ...roadmap, revision: 1, status: 'draft', createdAt: at, updatedAt: at });
    expect(repo.listOfClient(client.id).map((r) => r.id)).toEqual(['r1']);

    const signOff = { revision: 1, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10', signedAt: at };
    repo.insertSignOff({ ...signOff, roadmapId: 'r1', clientId: client.id, snapshotJson: '{"a":1}', snapshotSha256: 'abc' });
    expect(repo.signOffOf('r1', 1)).toEqual(signOff);
    expect(repo.latestSignOffUpTo('r1', 3)).toEqual(signOff);
    expect(repo.everSignedOff('r1')).toBe(true);
    expect(s.db.prepare('SELECT client_id, snapshot_json, snapshot_sha256 FROM roadmap_signoffs').get()).toEqual({
      client_id: client.id,
      snapshot_json: '{"a":1}',
      snapshot_sha256: 'abc',
    });
  });
});

describe('roadmap initiative rows', () => {
  it('round-trips a record through the row builder, nulls and JSON included', () => {
    const record: InitiativeRecord = {
      key: 'k1',
      position: 3,
      source: 'custom',
      templateId: null,
      title: 'Pilot',
      pillar: 'build_test',
      dimensionIds: ['data', 'technology'],
      startMonth: 2,
      durationMonths: 4,
      costCents: 1_250_000,
      owner: 'Anne',
      expectedBenefitCentsPerYear: null,
      kpi: '',
      reason: null,
      usesAi: true,
      aiActAnswers: { prohibited_practice: 'none' },
      aiActRisk: 'unclassified',
    };
    const row = initiativeRow({ ...record, roadmapId: 'r1', clientId: 'c1', revision: 2, at: '2026-03-10T09:30:00.000Z' });
    expect(row).toMatchObject({ reason_json: null, benefit_cents_per_year: null, uses_ai: 1, dimension_ids_json: '["data","technology"]', ai_act_risk: 'unclassified' });
    const { aiActRisk: _risk, ...rest } = record;
    expect(toStoredInitiative(row)).toEqual({ ...rest, updatedAt: '2026-03-10T09:30:00.000Z' });
  });

  it('generated, catalogue, custom, edited and copied initiatives are all stored as the builder writes them', async () => {
    const client = await s.ok('clients.create', { name: 'Muller & Fils Sàrl', reportLocale: 'lb' });
    await s.ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000, rcsNumber: 'B123456' } });
    const check = await finalisedCheck(s.ok, client.id);
    const view = await s.ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
    const aiTemplate = getCatalogue()!.templates.find((t) => t.buildsAiSystem && !t.sustain && !view.initiatives.some((i) => i.templateId === t.id))!;
    await s.ok('roadmaps.addFromCatalogue', { id: view.id, templateId: aiTemplate.id });
    const withCustom = await s.ok('roadmaps.addCustom', {
      id: view.id,
      initiative: { title: '  Customer chatbot  ', pillar: 'build_test', dimensionIds: [], startMonth: 1, durationMonths: 3, costCents: 900_000, usesAi: true },
    });
    const custom = withCustom.initiatives.find((i) => i.source === 'custom')!;
    await s.ok('roadmaps.updateInitiative', { id: view.id, key: view.initiatives[0].key, patch: { owner: ' Anne ', kpi: 'Lead time', expectedBenefitCentsPerYear: 5_000_000 } });
    await s.ok('roadmaps.setAiActAnswers', { id: view.id, key: custom.key, answers: { prohibited_practice: 'none', annex_iii_area: null } });

    const rows = rowsOf(view.id, 1);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['proposal', 'catalogue', 'custom']));
    for (const row of rows) expect(row, row.source).toEqual(rebuilt(row));
    const customRow = rows.find((r) => r.source === 'custom')!;
    expect(customRow).toMatchObject({ title: 'Customer chatbot', template_id: null, reason_json: null, owner: '', kpi: '', uses_ai: 1 });
    expect(JSON.parse(customRow.ai_act_answers_json)).toEqual({ prohibited_practice: 'none' });
    expect(rows.find((r) => r.source === 'catalogue')).toMatchObject({ template_id: aiTemplate.id, reason_json: null, ai_act_answers_json: '{}', uses_ai: 1 });
    expect(rows.filter((r) => r.source === 'proposal').every((r) => r.reason_json !== null)).toBe(true);
    expect(rows[0]).toMatchObject({ owner: 'Anne', kpi: 'Lead time', benefit_cents_per_year: 5_000_000 });

    // A new revision starts as an exact copy: same rows but for the revision number.
    const signed = await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    expect(signed.status).toBe('signed_off');
    await s.ok('roadmaps.newRevision', { id: view.id });
    const before = rowsOf(view.id, 1);
    const copied = rowsOf(view.id, 2);
    expect(copied).toEqual(before.map((r) => ({ ...r, revision: 2 })));
    for (const row of copied) expect(row).toEqual(rebuilt(row));
    const repo = createRoadmapsRepository(s.db);
    expect(repo.initiatives(view.id, 2)).toEqual(repo.initiatives(view.id, 1));
  });
});
