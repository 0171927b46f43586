/**
 * Roadmaps through `dispatch` on a real SQLite file: generation from a finalised check, edits
 * that persist, AI Act triage, comparison with the proposal, sign-off (read-only + exactly one
 * outbox row, written in the same transaction), new revisions, the protocol payload, the Word
 * export and GDPR erasure.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { finalisedCheck, OPTIMIZED } from '../support/roadmap-fixtures';
import { readZip, wordText } from '../support/zip';
import { roadmapPayloadSchema } from '@shared/contract/roadmap-payload';
import { roadmapPayload as portalRoadmapSchema, envelope as portalEnvelope } from '../portal/schemas';
import { proposeRoadmap } from '@shared/domain/roadmap';
import { scoreItem } from '@shared/domain/scoring';
import { canonicalJson } from '@shared/domain/canonical-json';
import { sha256Hex } from '@main/sync/submission-envelope';
import { getCatalogue } from '@shared/reference/catalogue';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { AppEvent } from '@shared/contract/events';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { createBenchmarkCache } from '@main/sync/benchmark-cache';

const NOW = new Date('2026-03-10T09:30:00Z');
let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ now: () => NOW, sync: { autoStart: false } });
});
afterEach(() => s.cleanup());

function errorOf(r: { ok: boolean }) {
  expect(r.ok).toBe(false);
  return (r as unknown as { error: { code: string; details: Record<string, unknown> } }).error;
}

async function clientWithCheck(name = 'Muller & Fils Sàrl', figures = true) {
  const c = await s.ok('clients.create', { name, reportLocale: 'lb' });
  if (figures) await s.ok('clients.update', { id: c.id, patch: { headcount: 23, turnoverCents: 410_000_000, rcsNumber: 'B123456' } });
  const check = await finalisedCheck(s.ok, c.id);
  return { client: c, check };
}

async function generated(horizonMonths: 12 | 18 | 24 = 18, figures = true) {
  const { client, check } = await clientWithCheck(undefined, figures);
  const view = await s.ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths });
  return { client, check, view };
}

/** An AI template the generated roadmap does not hold yet (added "from the catalogue" by the advisor). */
const aiTemplateNotIn = (view: RoadmapView) =>
  getCatalogue()!.templates.find((t) => t.buildsAiSystem && !t.sustain && !view.initiatives.some((i) => i.templateId === t.id))!.id;

const outboxRows = (recordId: string) =>
  s.db.prepare("SELECT * FROM outbox WHERE kind = 'roadmap' AND record_id = ? ORDER BY revision").all(recordId) as {
    revision: number;
    envelope_json: string;
    client_id: string;
  }[];

describe('generation from a finalised check', () => {
  it('stores the pure proposal, its reasons and a schedule inside the horizon', async () => {
    const { client, check, view } = await generated(18);
    const instrument = getInstrument(check.instrumentVersion);
    const answers = new Map(check.answers.map((a) => [a.itemId, a]));
    const expected = proposeRoadmap({
      dimensions: check.result.dimensions.map((d) => ({ id: d.id, score: d.score, target: d.target })),
      answers: instrument.items.map((i) => ({ itemId: i.id, score: scoreItem(i, answers.get(i.id)) })),
      horizonMonths: 18,
      catalogue: getCatalogue()!,
    });
    expect(expected.initiatives.length).toBeGreaterThan(3);
    expect(view.initiatives.map((i) => i.templateId)).toEqual(expected.initiatives.map((i) => i.templateId));
    expect(view.initiatives.map((i) => [i.startMonth, i.durationMonths, i.costCents])).toEqual(
      expected.initiatives.map((i) => [i.startMonth, i.durationMonths, i.costCents]),
    );
    // Data is the weakest dimension (20 against 60): it must be served, with its reason.
    const data = view.initiatives.find((i) => i.reason?.dimensionId === 'data');
    expect(data?.reason).toMatchObject({ score: 20, target: 60, gap: 40 });
    expect(data?.reason?.weakItemIds.length).toBeGreaterThan(0);
    for (const i of view.initiatives) expect(i.startMonth + i.durationMonths).toBeLessThanOrEqual(18);
    expect(view).toMatchObject({ status: 'draft', revision: 1, readOnly: false, horizonMonths: 18, startsOn: '2026-04-01', mode: 'close_gaps' });
    expect(view.check).toMatchObject({ id: check.id, revision: 1 });
    // AI initiatives start unclassified and say so.
    const ai = view.initiatives.filter((i) => i.usesAi);
    for (const i of ai) expect(i.warnings).toContainEqual({ code: 'ai_act_unclassified' });

    const list = await s.ok('roadmaps.list', { clientId: client.id });
    expect(list).toMatchObject([{ id: view.id, revision: 1, status: 'draft', initiativeCount: view.initiatives.length }]);
    const sources = await s.ok('roadmaps.sources', { clientId: client.id });
    expect(sources).toMatchObject([{ assessmentId: check.id, revision: 1, roadmapCount: 1 }]);
  });

  it('gives an all-Optimized company a short sustain-and-scale roadmap', async () => {
    const c = await s.ok('clients.create', { name: 'Top Tech SA', reportLocale: 'fr' });
    const check = await finalisedCheck(s.ok, c.id, OPTIMIZED, {});
    const view = await s.ok('roadmaps.generate', { clientId: c.id, assessmentId: check.id, horizonMonths: 12 });
    expect(view.mode).toBe('sustain');
    expect(view.initiatives.length).toBeGreaterThan(0);
    expect(view.initiatives.length).toBeLessThanOrEqual(3);
    for (const i of view.initiatives) expect(i.templateId).toMatch(/^sustain-/);
  });

  it('refuses a draft check, another client’s check and a horizon outside 12/18/24', async () => {
    const { client, check } = await clientWithCheck();
    const other = await s.ok('clients.create', { name: 'Other', reportLocale: 'fr' });
    expect(errorOf(await s.call('roadmaps.generate', { clientId: other.id, assessmentId: check.id, horizonMonths: 12 })).code).toBe('not_found');
    const draft = await s.ok('assessments.start', { clientId: client.id, stage: 'first', previousId: null, heldOn: '2026-03-03', language: 'fr', participants: [] });
    expect(errorOf(await s.call('roadmaps.generate', { clientId: client.id, assessmentId: draft.id, horizonMonths: 12 })).code).toBe('not_found');
    expect(errorOf(await s.call('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 6 as never })).code).toBe('invalid_input');
    expect(await s.ok('roadmaps.list', { clientId: client.id })).toEqual([]);
  });
});

describe('editing', () => {
  it('persists every kind of edit across a restart of the services', async () => {
    const { view } = await generated(18);
    const [first, second] = view.initiatives;
    await s.ok('roadmaps.updateInitiative', { id: view.id, key: first.key, patch: { startMonth: 2, durationMonths: 4, costCents: 1_234_500 } });
    await s.ok('roadmaps.updateInitiative', {
      id: view.id,
      key: second.key,
      patch: { owner: '  Anne Muller ', expectedBenefitCentsPerYear: 2_400_000, kpi: 'Scrap rate below 2 %', title: 'Dateninventaire fir d’Produktioun' },
    });
    const extra = aiTemplateNotIn(view);
    const added = await s.ok('roadmaps.addFromCatalogue', { id: view.id, templateId: extra });
    const chatbot = added.initiatives[added.initiatives.length - 1];
    expect(chatbot).toMatchObject({ templateId: extra, source: 'catalogue', usesAi: true, aiActRisk: 'unclassified', reason: null });
    const custom = await s.ok('roadmaps.addCustom', {
      id: view.id,
      initiative: { title: 'Préiskalkulatioun fir de Catering', pillar: 'build_test', dimensionIds: ['data'], startMonth: 6, durationMonths: 3, costCents: 800_000, usesAi: false },
    });
    const mine = custom.initiatives.find((i) => i.source === 'custom')!;
    const removed = view.initiatives[view.initiatives.length - 1];
    await s.ok('roadmaps.removeInitiative', { id: view.id, key: removed.key });
    const now = await s.ok('roadmaps.get', { id: view.id });
    const reversed = [...now.initiatives].reverse().map((i) => i.key);
    await s.ok('roadmaps.reorder', { id: view.id, keys: reversed });
    await s.ok('roadmaps.update', { id: view.id, patch: { startsOn: '2026-05-01' } });

    // A fresh process on the same data folder sees everything.
    const dataDir = s.dataDir;
    s.close();
    s = await tempServices({ dataDir, now: () => NOW, sync: { autoStart: false } });
    const back = await s.ok('roadmaps.get', { id: view.id });
    expect(back.initiatives.map((i) => i.key)).toEqual(reversed);
    expect(back.initiatives.map((i) => i.position)).toEqual(reversed.map((_, k) => k));
    expect(back.initiatives.find((i) => i.key === first.key)).toMatchObject({ startMonth: 2, durationMonths: 4, costCents: 1_234_500 });
    expect(back.initiatives.find((i) => i.key === second.key)).toMatchObject({
      owner: 'Anne Muller',
      expectedBenefitCentsPerYear: 2_400_000,
      kpi: 'Scrap rate below 2 %',
      title: 'Dateninventaire fir d’Produktioun',
    });
    expect(back.initiatives.find((i) => i.key === mine.key)).toMatchObject({ title: 'Préiskalkulatioun fir de Catering', templateId: null, costCents: 800_000 });
    expect(back.initiatives.some((i) => i.key === removed.key)).toBe(false);
    expect(back.startsOn).toBe('2026-05-01');
    expect(back.totals.yearlyBenefitCents).toBe(2_400_000);
    expect(back.totals.totalCostCents).toBe(back.initiatives.reduce((sum, i) => sum + i.costCents, 0));
  });

  it('refuses edits that leave the horizon, bad values and a stale order, changing nothing', async () => {
    const { view } = await generated(12);
    const i = view.initiatives[0];
    const beyond = errorOf(await s.call('roadmaps.updateInitiative', { id: view.id, key: i.key, patch: { startMonth: 11, durationMonths: 3 } }));
    expect(beyond.code).toBe('invalid_input');
    expect(beyond.details.fields).toMatchObject([{ message: 'beyond_horizon', params: { horizon: 12 } }]);
    for (const patch of [{ costCents: -1 }, { costCents: Number.NaN }, { costCents: 1e18 }, { durationMonths: 0 }, { startMonth: 1.5 }, { title: 'x'.repeat(201) }, { pillar: 'marketing' }, { dimensionIds: ['data', 'data'] }]) {
      expect(errorOf(await s.call('roadmaps.updateInitiative', { id: view.id, key: i.key, patch: patch as never })).code).toBe('invalid_input');
    }
    expect(errorOf(await s.call('roadmaps.reorder', { id: view.id, keys: view.initiatives.slice(1).map((x) => x.key) })).code).toBe('conflict');
    expect(errorOf(await s.call('roadmaps.addFromCatalogue', { id: view.id, templateId: 'no-such-template' })).code).toBe('not_found');
    expect(errorOf(await s.call('roadmaps.addCustom', { id: view.id, initiative: { title: '  ', pillar: 'fund' } })).code).toBe('invalid_input');
    expect(errorOf(await s.call('roadmaps.updateInitiative', { id: view.id, key: crypto.randomUUID(), patch: { owner: 'x' } })).code).toBe('not_found');
    expect(errorOf(await s.call('roadmaps.update', { id: view.id, patch: { startsOn: '2026-05-15' } })).code).toBe('invalid_input');
    expect(await s.ok('roadmaps.get', { id: view.id })).toMatchObject({
      startsOn: '2026-04-01',
      initiatives: view.initiatives.map((x) => ({ key: x.key, startMonth: x.startMonth, costCents: x.costCents })),
    });
  });

  it('deletes a roadmap that was never signed off, with its initiatives', async () => {
    const { client, view } = await generated(12);
    expect(await s.ok('roadmaps.delete', { id: view.id })).toEqual({ deleted: true });
    expect(await s.ok('roadmaps.list', { clientId: client.id })).toEqual([]);
    expect(s.db.prepare('SELECT count(*) AS n FROM roadmap_initiatives WHERE roadmap_id = ?').get(view.id)).toEqual({ n: 0 });
    expect(errorOf(await s.call('roadmaps.delete', { id: view.id })).code).toBe('not_found');
  });

  it('classifies an initiative with the AI Act triage and compares with the proposal', async () => {
    const { view } = await generated(18);
    const extra = aiTemplateNotIn(view);
    const added = await s.ok('roadmaps.addFromCatalogue', { id: view.id, templateId: extra });
    const chatbot = added.initiatives[added.initiatives.length - 1];
    const answers = { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'none', interacts_with_people: 'yes', synthetic_content: 'none' };
    const after = await s.ok('roadmaps.setAiActAnswers', { id: view.id, key: chatbot.key, answers });
    const classified = after.initiatives.find((i) => i.key === chatbot.key)!;
    expect(classified.aiActRisk).toBe('limited');
    expect(classified.aiAct?.decidedBy?.ref).toBe('Art. 50(1)');
    expect(classified.warnings).not.toContainEqual({ code: 'ai_act_unclassified' });
    // Not an AI system: no triage, 'minimal' for the portal, answers kept for later.
    const off = await s.ok('roadmaps.updateInitiative', { id: view.id, key: chatbot.key, patch: { usesAi: false } });
    expect(off.initiatives.find((i) => i.key === chatbot.key)).toMatchObject({ aiAct: null, aiActRisk: 'minimal', aiActAnswers: answers });

    const first = view.initiatives[0];
    await s.ok('roadmaps.updateInitiative', { id: view.id, key: first.key, patch: { costCents: first.costCents + 100_000 } });
    await s.ok('roadmaps.removeInitiative', { id: view.id, key: view.initiatives[1].key });
    const cmp = await s.ok('roadmaps.compare', { id: view.id });
    expect(cmp.proposal.initiatives.map((i) => i.templateId)).toEqual(view.initiatives.map((i) => i.templateId));
    expect(cmp.removed).toEqual([view.initiatives[1].templateId]);
    expect(cmp.added).toEqual([{ key: chatbot.key, templateId: extra }]);
    expect(cmp.kept.find((k) => k.key === first.key)?.changes).toEqual(['cost']);
    expect(cmp.currentTotals.totalCostCents - cmp.proposalTotals.totalCostCents).toBe(100_000 - view.initiatives[1].costCents + chatbot.costCents);
  });
});

describe('sign-off', () => {
  it('is refused while the company size is unknown or a practice is prohibited, with nothing queued', async () => {
    const { client, view } = await generated(18, false);
    expect(view.signOffProblems).toContainEqual({ code: 'company_size_unknown' });
    const refused = errorOf(await s.call('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' }));
    expect(refused).toMatchObject({ code: 'sign_off_blocked', details: { problems: [{ code: 'company_size_unknown' }] } });
    expect(outboxRows(view.id)).toHaveLength(0);

    await s.ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
    const ai = view.initiatives.find((i) => i.usesAi)!;
    const prohibited = await s.ok('roadmaps.setAiActAnswers', { id: view.id, key: ai.key, answers: { prohibited_practice: 'emotion_work_school' } });
    expect(prohibited.signOffProblems).toEqual([{ code: 'prohibited_initiative', key: ai.key }]);
    expect(errorOf(await s.call('roadmaps.signOff', { id: view.id, managerName: 'A', managerRole: 'B', signedOn: '2026-03-10' })).code).toBe('sign_off_blocked');
    expect(errorOf(await s.call('roadmaps.signOff', { id: view.id, managerName: ' ', managerRole: 'B', signedOn: '2026-03-10' })).code).toBe('invalid_input');
    expect((await s.ok('roadmaps.get', { id: view.id })).status).toBe('draft');
    expect(outboxRows(view.id)).toHaveLength(0);
  });

  it('freezes the revision and queues exactly one valid roadmap submission', async () => {
    const { client, check, view } = await generated(18);
    const signed = await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    expect(signed).toMatchObject({ status: 'signed_off', readOnly: true, revision: 1, signOffProblems: [] });
    expect(signed.signOff).toEqual({ revision: 1, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10', signedAt: NOW.toISOString() });

    const rows = outboxRows(view.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ revision: 1, client_id: client.id });
    const env = JSON.parse(rows[0].envelope_json);
    expect(env).toMatchObject({ kind: 'roadmap', id: view.id, revision: 1, supersedes: null, locale: 'lb', client: { instrumentVersion: CURRENT_INSTRUMENT_VERSION } });
    expect(env.sha256).toBe(sha256Hex(canonicalJson(env.payload)));
    expect(roadmapPayloadSchema.safeParse(env.payload).success).toBe(true);
    // The reference portal's own schema accepts it too (same protocol, written separately).
    expect(portalRoadmapSchema.safeParse(env.payload).error?.issues ?? []).toEqual([]);
    expect(portalEnvelope.safeParse({ ...env, client: { ...env.client, deviceId: crypto.randomUUID() } }).success).toBe(true);
    expect(env.payload).toMatchObject({
      company: { name: 'Muller & Fils Sàrl', sizeClass: 'small', headcount: 23, rcsNumber: 'B123456' },
      // The level travels with the scoring version it follows (an extra field the portal keeps).
      assessment: { id: check.id, revision: 1, overallScore: check.result.overall, level: check.result.level, scoringVersion: '2026.2' },
      horizonMonths: 18,
    });
    expect(env.payload.initiatives.map((i: { id: string }) => i.id)).toEqual(view.initiatives.map((i) => i.key));
    // Titles in the client's report language (Luxembourgish).
    const inventory = env.payload.initiatives.find((i: { templateId?: string }) => i.templateId === 'data-inventory-audit');
    expect(inventory?.title).toBe(getCatalogue()!.templates.find((t) => t.id === 'data-inventory-audit')!.title.lb);

    // Read-only through every door: contract and SQL.
    const i = view.initiatives[0];
    for (const [name, input] of [
      ['roadmaps.updateInitiative', { id: view.id, key: i.key, patch: { owner: 'x' } }],
      ['roadmaps.addFromCatalogue', { id: view.id, templateId: 'apply-fit4ai' }],
      ['roadmaps.removeInitiative', { id: view.id, key: i.key }],
      ['roadmaps.setAiActAnswers', { id: view.id, key: i.key, answers: {} }],
      ['roadmaps.update', { id: view.id, patch: { startsOn: null } }],
      ['roadmaps.signOff', { id: view.id, managerName: 'A', managerRole: 'B', signedOn: '2026-03-11' }],
      ['roadmaps.delete', { id: view.id }],
    ] as const) {
      expect(errorOf(await s.call(name, input as never)).code, name).toBe('read_only');
    }
    expect(() => s.db.prepare('UPDATE roadmap_initiatives SET cost_cents = 1 WHERE roadmap_id = ?').run(view.id)).toThrow(/read-only/);
    expect(() => s.db.prepare('DELETE FROM roadmap_initiatives WHERE roadmap_id = ?').run(view.id)).toThrow(/read-only/);
    expect(() => s.db.prepare("UPDATE roadmap_signoffs SET manager_name = 'x'").run()).toThrow(/immutable/);
    expect(outboxRows(view.id)).toHaveLength(1);

    const snapshot = s.db.prepare('SELECT snapshot_json FROM roadmap_signoffs WHERE roadmap_id = ?').get(view.id) as { snapshot_json: string };
    expect(JSON.parse(snapshot.snapshot_json)).toMatchObject({ revision: 1, signedBy: { name: 'Anne Muller' }, payload: env.payload });
  });

  it('writes the sign-off and its outbox row in one transaction: a failing enqueue leaves the draft untouched', async () => {
    const { client, view } = await generated(18);
    // A row already holding (roadmap, id, 1) makes the enqueue fail inside the sign-off transaction.
    s.db.prepare(
      "INSERT INTO outbox (id, idempotency_key, kind, record_id, revision, client_id, envelope_json, seq, created_at) VALUES (?, ?, 'roadmap', ?, 1, ?, '{}', 99, ?)",
    ).run(crypto.randomUUID(), crypto.randomUUID(), view.id, client.id, NOW.toISOString());
    const r = await s.call('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    expect(r.ok).toBe(false);
    expect((await s.ok('roadmaps.get', { id: view.id })).status).toBe('draft');
    expect(s.db.prepare('SELECT count(*) AS n FROM roadmap_signoffs').get()).toEqual({ n: 0 });
  });

  it('opens a new revision that needs its own sign-off, leaving the signed one intact', async () => {
    const { view } = await generated(18);
    await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    expect(errorOf(await s.call('roadmaps.newRevision', { id: crypto.randomUUID() })).code).toBe('not_found');
    const r2 = await s.ok('roadmaps.newRevision', { id: view.id });
    expect(r2).toMatchObject({ revision: 2, latestRevision: 2, status: 'draft', readOnly: false, signOff: null });
    expect(r2.initiatives.map((i) => i.key)).toEqual(view.initiatives.map((i) => i.key));
    expect(errorOf(await s.call('roadmaps.newRevision', { id: view.id })).code).toBe('conflict');

    const key = view.initiatives[0].key;
    await s.ok('roadmaps.updateInitiative', { id: view.id, key, patch: { costCents: 999_900 } });
    const r1 = await s.ok('roadmaps.get', { id: view.id, revision: 1 });
    expect(r1).toMatchObject({ revision: 1, status: 'signed_off', readOnly: true });
    expect(r1.initiatives[0].costCents).toBe(view.initiatives[0].costCents);
    expect((await s.ok('roadmaps.get', { id: view.id })).initiatives[0].costCents).toBe(999_900);
    expect(errorOf(await s.call('roadmaps.get', { id: view.id, revision: 3 })).code).toBe('not_found');

    await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Paul Muller', managerRole: 'CFO', signedOn: '2026-04-02' });
    const rows = outboxRows(view.id);
    expect(rows.map((r) => r.revision)).toEqual([1, 2]);
    expect(JSON.parse(rows[1].envelope_json)).toMatchObject({ revision: 2, supersedes: 1 });
    const revisions = await s.ok('roadmaps.revisions', { id: view.id });
    expect(revisions.map((r) => [r.revision, r.status, r.signOff?.managerName, r.outboxId !== null])).toEqual([
      [2, 'signed_off', 'Paul Muller', true],
      [1, 'signed_off', 'Anne Muller', true],
    ]);
  });
});

describe('Word report', () => {
  it('exports in the client’s language with progress events, as a download without a save dialog', async () => {
    const { view } = await generated(18);
    const events: AppEvent[] = [];
    const stop = s.subscribe((e) => events.push(e));
    const taskId = crypto.randomUUID();
    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId });
    stop();
    expect(r).toMatchObject({ status: 'download', locale: 'lb', path: null, fileName: '2026-03-10_Muller-Fils-Sarl_KI-Roadmap_r1_lb.docx' });
    const bytes = Buffer.from(r.base64!, 'base64');
    expect(bytes.byteLength).toBe(r.sizeBytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256);
    const text = wordText(readZip(bytes).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Muller & Fils Sàrl');
    const inventory = getCatalogue()!.templates.find((t) => t.id === 'data-inventory-audit')!;
    expect(text).toContain(inventory.title.lb);
    expect(text).toContain('keen Dateninventaire'); // the reason sentence, in Luxembourgish
    expect(text).toContain('Kundendaten in Excel-Dateien pro Verkäufer'); // the appendix note
    const progress = events.filter((e): e is Extract<AppEvent, { type: 'reportProgress' }> => e.type === 'reportProgress' && e.taskId === taskId);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress[progress.length - 1]).toMatchObject({ done: progress[0].total });
  });

  it('shows the cached peer benchmark with its count and date, and nothing under 10 peers', async () => {
    const { client, view } = await generated(18);
    await s.ok('clients.update', { id: client.id, patch: { naceCode: 'C25.62' } });
    const stats = { mean: 41.2, median: 39.0, p25: 30.1, p75: 52.4 };
    const cache = createBenchmarkCache(s.db);
    // Peers are compared within the check's instrument version.
    const filter = { instrumentVersion: CURRENT_INSTRUMENT_VERSION, nace: 'C25', sizeClass: 'small' };
    const answer = (count: number) => ({ instrumentVersion: CURRENT_INSTRUMENT_VERSION, filter: { nace: 'C25', sizeClass: 'small' }, count, overall: count >= 10 ? stats : null, dimensions: [], computedAt: '2026-02-20T08:00:00Z' });
    const reportText = async () => {
      const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
      return wordText(readZip(Buffer.from(r.base64!, 'base64')).get('word/document.xml')!.toString('utf8'));
    };
    cache.put(filter, answer(14), new Date('2026-02-21T08:00:00Z'));
    const withPeers = await reportText();
    expect(withPeers).toContain('Verglach mat ähnleche Betriber');
    expect(withPeers).toContain('Op Basis vun 14 Betriber');
    cache.put(filter, answer(9), new Date('2026-02-22T08:00:00Z'));
    expect(await reportText()).not.toContain('Verglach mat ähnleche Betriber');
  });

  it('writes where the save dialog says, and nothing when it is cancelled', async () => {
    const saved: { name: string; size: number }[] = [];
    let answer: string | null = '/chosen/place.docx';
    s.close();
    s = await tempServices({
      now: () => NOW,
      sync: { autoStart: false },
      saveFile: async (name, bytes) => {
        saved.push({ name, size: bytes.byteLength });
        return answer;
      },
    });
    const { view } = await generated(12);
    const r = await s.ok('roadmaps.exportReport', { id: view.id, locale: 'de', taskId: crypto.randomUUID() });
    expect(r).toMatchObject({ status: 'saved', path: '/chosen/place.docx', base64: null, locale: 'de' });
    expect(saved).toEqual([{ name: r.fileName, size: r.sizeBytes }]);
    answer = null;
    expect(await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() })).toMatchObject({ status: 'cancelled', path: null, base64: null });
  });
});

describe('funding in the payload and the report', () => {
  it('sends the scenario that costs this roadmap and shows the client’s scenarios in the report', async () => {
    const { client, view } = await generated(18);
    const other = await s.ok('funding.createScenario', { clientId: client.id, name: 'Ouni Roadmap', schemeIds: ['fit4ai'] });
    await s.ok('funding.addCostLine', { scenarioId: other.scenario.id, line: { type: 'diagnostic_consultancy', label: 'Studie', amountCents: 500_000 } });
    // Without a cost line naming one of its initiatives, the roadmap's payload carries no funding.
    await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    expect(JSON.parse(outboxRows(view.id)[0].envelope_json).payload.funding).toBeUndefined();

    await s.ok('roadmaps.newRevision', { id: view.id });
    const linked = await s.ok('funding.createScenario', { clientId: client.id, name: 'Fit 4 AI fir d’Roadmap', schemeIds: ['fit4ai'] });
    await s.ok('funding.addCostLine', {
      scenarioId: linked.scenario.id,
      line: { type: 'diagnostic_consultancy', label: 'Dateninventaire', amountCents: 2_000_000, initiativeId: view.initiatives[0].key },
    });
    const scenario = await s.ok('funding.getScenario', { id: linked.scenario.id });
    await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-04-01' });
    const payload = JSON.parse(outboxRows(view.id)[1].envelope_json).payload;
    expect(payload.funding).toEqual({
      scenarioName: 'Fit 4 AI fir d’Roadmap',
      totalCostCents: scenario.result.totalCostCents,
      totalAidCents: scenario.result.totalAidCents,
      netCostCents: scenario.result.netCostCents,
      schemes: scenario.result.perScheme.filter((p) => p.aidCents > 0).map((p) => ({ schemeId: p.schemeId, aidCents: p.aidCents })),
    });
    expect(portalRoadmapSchema.safeParse(payload).success).toBe(true);

    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    const text = wordText(readZip(Buffer.from(r.base64!, 'base64')).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Fit 4 AI fir d’Roadmap');
    expect(text).toContain('Ouni Roadmap');
  });
});

describe('GPU budget in the report', () => {
  it('shows the budget of one of the roadmap’s initiatives, with its workloads, in the client’s language', async () => {
    const { client, view } = await generated(18);
    const ai = view.initiatives.find((i) => i.usesAi)!;
    await s.ok('gpu.budgets.create', {
      clientId: client.id,
      name: 'Chatbot',
      workloads: [{ label: 'Chatbot Clientsservice', type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 }],
      initiativeId: ai.key,
    });
    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    const text = wordText(readZip(Buffer.from(r.base64!, 'base64')).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Chatbot Clientsservice · ');
    expect(text).toMatch(/Lëtzebuerger Stroumnetz, standuertbezunn, \d+ g CO2e\/kWh/);
  });
});

describe('GDPR erasure', () => {
  it('removes the roadmaps, their revisions, sign-offs and outbox rows with the client', async () => {
    const { client, view } = await generated(18);
    await s.ok('roadmaps.signOff', { id: view.id, managerName: 'Anne Muller', managerRole: 'Gérante', signedOn: '2026-03-10' });
    await s.ok('roadmaps.newRevision', { id: view.id });
    const keep = await clientWithCheck('Other SA');
    const kept: RoadmapView = await s.ok('roadmaps.generate', { clientId: keep.client.id, assessmentId: keep.check.id, horizonMonths: 12 });

    await s.ok('clients.erase', { id: client.id, confirmName: client.name });
    for (const table of ['roadmaps', 'roadmap_initiatives', 'roadmap_signoffs', 'outbox']) {
      const n = (s.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE client_id = ?`).get(client.id) as { n: number }).n;
      expect(n, table).toBe(0);
    }
    expect(errorOf(await s.call('roadmaps.get', { id: view.id })).code).toBe('not_found');
    expect((await s.ok('roadmaps.get', { id: kept.id })).initiatives.length).toBe(kept.initiatives.length);
  });
});

describe('no invented target (scoring 2026.2)', () => {
  it('a check without targets gives reasons without a target, and the report says none was agreed', async () => {
    const c = await s.ok('clients.create', { name: 'Ohne Ziel S.A.', reportLocale: 'de' });
    await s.ok('clients.update', { id: c.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
    const check = await finalisedCheck(s.ok, c.id, undefined, {});
    expect(check.result.dimensions.every((d) => d.target === null)).toBe(true);
    const view = await s.ok('roadmaps.generate', { clientId: c.id, assessmentId: check.id, horizonMonths: 18 });
    expect(view.initiatives.length).toBeGreaterThan(0);
    // Before 2026.2 each reason carried a made-up "one level up" target (score + 20).
    for (const i of view.initiatives) {
      expect(i.reason).not.toBeNull();
      expect(i.reason).toMatchObject({ target: null, gap: null });
      expect(i.reason).not.toHaveProperty('targetIsDefault');
    }
    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    const text = wordText(readZip(Buffer.from(r.base64!, 'base64')).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('kein Ziel vereinbart');
    expect(text).not.toContain('eine Stufe höher');
    expect(text).toContain('kein offizielles DMA-Ergebnis');
    expect(text).toContain('Bewertungsregeln 2026.2');
    expect(text).toContain('Stufen (Bewertung 2026.2): Initial unter 30, Eingeführt ab 30, Definiert ab 50, Gesteuert ab 70, Optimiert ab 90');
  });
});
