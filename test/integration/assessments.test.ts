import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { scoreAssessment } from '@shared/domain/scoring';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewindToBeforeRevisionVersions } from '../support/legacy-revisions';
import { DATABASE_FILE } from '@main/services/create-services';
import { CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';
import { workshopSteps } from '@shared/domain/assessment-flow';
import { assessmentPayloadSchema } from '@shared/contract/assessment-payload';
import { LIMITS } from '@shared/contract/common';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const scaleItems = instrument.items.filter((i) => i.format.kind === 'scale');
const checklist = instrument.items.find((i) => i.format.kind === 'checklist')!;

let s: TempServices;
beforeEach(async () => {
  s = await tempServices();
});
afterEach(() => s.cleanup());

async function newClient(name = 'Boulangerie Muller Sàrl') {
  return s.ok('clients.create', { name, reportLocale: 'fr' });
}
async function newCheck(clientId: string, extra: Partial<{ stage: 'first' | 'follow_up'; previousId: string | null; heldOn: string }> = {}) {
  return s.ok('assessments.start', {
    clientId,
    stage: extra.stage ?? 'first',
    previousId: extra.previousId ?? null,
    heldOn: extra.heldOn ?? '2026-03-02',
    language: 'de',
    participants: [{ name: 'Anne Muller', role: 'Gérante' }],
  });
}
const level = (id: string, itemId: string, l: number) => s.call('assessments.saveAnswer', { id, itemId, level: l });

function errorOf(r: { ok: boolean }) {
  return (r as unknown as { error: { code: string; message: string; details: Record<string, unknown> } }).error;
}

describe('starting and capturing a check', () => {
  it('starts a check with its header and saves each kind of answer', async () => {
    const c = await newClient();
    const a = await newCheck(c.id);
    expect(a).toMatchObject({ clientId: c.id, stage: 'first', status: 'draft', revision: 0, instrumentVersion: CURRENT_INSTRUMENT_VERSION, language: 'de' });
    expect(a.participants).toEqual([{ name: 'Anne Muller', role: 'Gérante' }]);

    expect(await s.ok('assessments.saveAnswer', { id: a.id, itemId: scaleItems[0].id, level: 3 })).toMatchObject({ state: 'answered' });
    expect(await s.ok('assessments.saveAnswer', { id: a.id, itemId: scaleItems[1].id, notApplicable: true })).toMatchObject({ state: 'notApplicable' });
    expect(await s.ok('assessments.saveAnswer', { id: a.id, itemId: scaleItems[2].id, unknown: true })).toMatchObject({ state: 'unknown' });
    expect(await s.ok('assessments.saveAnswer', { id: a.id, itemId: checklist.id, checked: [] })).toMatchObject({ state: 'answered' });
    // The same item saved again: the last answer wins (upsert), never two rows.
    await s.ok('assessments.saveAnswer', { id: a.id, itemId: scaleItems[0].id, level: 5 });
    const got = await s.ok('assessments.get', { id: a.id });
    expect(got.answers).toHaveLength(4);
    expect(got.answers.find((x) => x.itemId === scaleItems[0].id)?.level).toBe(5);
    // Clearing an answer removes it.
    expect(await s.ok('assessments.saveAnswer', { id: a.id, itemId: scaleItems[2].id })).toMatchObject({ state: 'unanswered' });
    expect((await s.ok('assessments.get', { id: a.id })).answers).toHaveLength(3);
  });

  it('refuses out-of-range and malformed levels through the contract, keeping the saved answer', async () => {
    const a = await newCheck((await newClient()).id);
    const itemId = scaleItems[0].id;
    await level(a.id, itemId, 2);
    for (const bad of [6, -1, 2.5, Number.NaN, 1e9, '3', null as unknown as number]) {
      const r = await s.call('assessments.saveAnswer', { id: a.id, itemId, level: bad as number, notApplicable: bad === null ? 'x' : false } as never);
      expect(r.ok, `level ${String(bad)}`).toBe(false);
      expect(errorOf(r).code).toBe('invalid_input');
    }
    expect(errorOf(await level(a.id, itemId, 6)).details).toMatchObject({ fields: [{ path: 'level', code: 'too_big' }] });
    expect((await s.ok('assessments.get', { id: a.id })).answers).toEqual([
      { itemId, level: 2, checked: null, notApplicable: false, unknown: false },
    ]);
  });

  it('refuses answers that do not fit the question (validated in the main process)', async () => {
    const a = await newCheck((await newClient()).id);
    const cases: [Record<string, unknown>, string][] = [
      [{ itemId: scaleItems[0].id, checked: ['backups'] }, 'checked_on_scale'],
      [{ itemId: checklist.id, level: 3 }, 'level_on_checklist'],
      [{ itemId: checklist.id, checked: ['not-an-option'] }, 'unknown_option'],
      [{ itemId: checklist.id, checked: ['backups', 'backups'] }, 'duplicate_option'],
      [{ itemId: scaleItems[0].id, notApplicable: true, unknown: true }, 'conflicting_flags'],
      [{ itemId: scaleItems[0].id, level: 2, notApplicable: true }, 'value_with_not_applicable'],
    ];
    for (const [input, reason] of cases) {
      const r = await s.call('assessments.saveAnswer', { id: a.id, ...input } as never);
      expect(r.ok).toBe(false);
      expect(errorOf(r)).toMatchObject({ code: 'invalid_answer', details: { reason } });
    }
    const unknownItem = await s.call('assessments.saveAnswer', { id: a.id, itemId: 'strategy.nope', level: 1 });
    expect(errorOf(unknownItem)).toMatchObject({ code: 'not_found', details: { entity: 'item' } });
    const noCheck = await s.call('assessments.saveAnswer', { id: '00000000-0000-4000-8000-000000000000', itemId: scaleItems[0].id, level: 1 });
    expect(errorOf(noCheck).code).toBe('not_found');
    expect((await s.ok('assessments.get', { id: a.id })).answers).toEqual([]);
  });

  it('keeps a 20,000-character note intact and refuses a 1 MB note with a clear message', async () => {
    const a = await newCheck((await newClient()).id);
    const itemId = scaleItems[3].id;
    // Multi-byte and combining characters, line breaks and markup: stored byte for byte.
    const unit = 'Éco-Zeitplan: “KI” für d’Bäckerei — ça marche 🚀\n<b>&amp;</b> e\u0301 ';
    const long = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    expect(long.length).toBe(20_000);
    await s.ok('assessments.saveNote', { id: a.id, itemId, note: long });
    expect((await s.ok('assessments.get', { id: a.id })).notes[itemId]).toBe(long);

    const huge = 'x'.repeat(1024 * 1024);
    const r = await s.call('assessments.saveNote', { id: a.id, itemId, note: huge });
    expect(r.ok).toBe(false);
    expect(errorOf(r)).toMatchObject({
      code: 'invalid_input',
      details: { fields: [{ path: 'note', code: 'too_big', message: 'note_too_long', params: { maximum: LIMITS.longText } }] },
    });
    expect((await s.ok('assessments.get', { id: a.id })).notes[itemId]).toBe(long);
    // The limit itself is accepted; one more character is not.
    expect((await s.call('assessments.saveNote', { id: a.id, itemId, note: 'y'.repeat(LIMITS.longText) })).ok).toBe(true);
    expect((await s.call('assessments.saveNote', { id: a.id, itemId, note: 'y'.repeat(LIMITS.longText + 1) })).ok).toBe(false);
    // An empty note removes it.
    await s.ok('assessments.saveNote', { id: a.id, itemId, note: '  ' });
    expect((await s.ok('assessments.get', { id: a.id })).notes).toEqual({});
  });

  it('saves targets per dimension (0–100), the workshop position, and the header', async () => {
    const a = await newCheck((await newClient()).id);
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'data', target: 60 });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'green', target: 40 });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'green', target: null });
    for (const bad of [101, -20, 33.5]) expect((await s.call('assessments.saveTarget', { id: a.id, dimensionId: 'data', target: bad })).ok).toBe(false);
    expect((await s.call('assessments.saveTarget', { id: a.id, dimensionId: 'finance' as never, target: 20 })).ok).toBe(false);

    const steps = workshopSteps(instrument);
    await s.ok('assessments.savePosition', { id: a.id, step: steps[9].id, view: 'grid' });
    expect(errorOf(await s.call('assessments.savePosition', { id: a.id, step: 'nowhere', view: 'item' })).code).toBe('invalid_input');

    await s.ok('assessments.update', { id: a.id, patch: { participants: [{ name: 'Jos Weber', role: 'IT' }], language: 'lb', heldOn: '2026-03-03' } });
    const got = await s.ok('assessments.get', { id: a.id });
    expect(got.targets).toEqual({ data: 60 });
    expect(got.position).toEqual({ step: steps[9].id, view: 'grid' });
    expect(got).toMatchObject({ language: 'lb', heldOn: '2026-03-03', participants: [{ name: 'Jos Weber', role: 'IT' }] });
  });

  it('lists what is still open before finalising', async () => {
    const a = await newCheck((await newClient()).id);
    const items = instrument.items;
    await level(a.id, items[0].id, 4);
    await s.ok('assessments.saveAnswer', { id: a.id, itemId: items[1].id, unknown: true });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'strategy', target: 80 });
    const c = await s.ok('assessments.completeness', { id: a.id });
    expect(c.counts).toMatchObject({ answered: 1, unknown: 1, unanswered: items.length - 2, total: items.length });
    expect(c.unanswered[0].itemId).toBe(items[2].id);
    expect(c.unknown).toEqual([{ itemId: items[1].id, dimensionId: items[1].dimensionId }]);
    expect(c.missingTargets).not.toContain('strategy');
    expect(c.missingTargets).toHaveLength(6);
    expect(c.canFinalise).toBe(true);
  });
});

describe('finalising', () => {
  it('freezes answers and scores; edits after that make a new revision and the earlier one stays as it was', async () => {
    const c = await newClient();
    const a = await newCheck(c.id);
    await level(a.id, scaleItems[0].id, 2);
    await level(a.id, scaleItems[5].id, 4);
    await s.ok('assessments.saveNote', { id: a.id, itemId: scaleItems[0].id, note: 'Devis: 3 jours' });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'strategy', target: 60 });

    const first = await s.ok('assessments.finalise', { id: a.id });
    expect(first.snapshot.revision).toBe(1);
    expect(first.sharing).toEqual({ state: 'no_consent' });
    const expected = scoreAssessment(instrument, first.snapshot.answers, first.snapshot.targets);
    expect(first.snapshot.result).toEqual(expected);
    expect(first.snapshot.answers.find((x) => x.itemId === scaleItems[0].id)?.note).toBe('Devis: 3 jours');

    // Finalised: every write is refused, nothing changes.
    for (const r of [
      await level(a.id, scaleItems[0].id, 5),
      await s.call('assessments.saveNote', { id: a.id, itemId: scaleItems[0].id, note: 'changed' }),
      await s.call('assessments.saveTarget', { id: a.id, dimensionId: 'strategy', target: 100 }),
      await s.call('assessments.update', { id: a.id, patch: { participants: [] } }),
      await s.call('assessments.finalise', { id: a.id }),
      await s.call('assessments.discard', { id: a.id }),
    ]) {
      expect(errorOf(r).code).toBe('read_only');
    }
    // The database itself refuses to change a revision.
    expect(() => s.db.prepare("UPDATE assessment_revisions SET overall = 99 WHERE assessment_id = ?").run(a.id)).toThrow(/immutable/);

    // Reopen → edit → finalise: revision 2; revision 1 unchanged.
    const reopened = await s.ok('assessments.reopen', { id: a.id });
    expect(reopened).toMatchObject({ status: 'draft', revision: 1 });
    await level(a.id, scaleItems[0].id, 5);
    const second = await s.ok('assessments.finalise', { id: a.id });
    expect(second.snapshot.revision).toBe(2);
    expect(second.snapshot.result.overall).not.toBe(first.snapshot.result.overall);
    expect(await s.ok('assessments.snapshot', { id: a.id, revision: 1 })).toEqual(first.snapshot);
    expect(await s.ok('assessments.snapshot', { id: a.id })).toEqual(second.snapshot);

    const results1 = await s.ok('assessments.results', { id: a.id, revision: 1 });
    expect(results1.source).toEqual({ kind: 'revision', revision: 1, finalisedAt: first.snapshot.finalisedAt });
    expect(results1.result).toEqual(first.snapshot.result);
    expect(results1.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(errorOf(await s.call('assessments.snapshot', { id: a.id, revision: 3 })).code).toBe('not_found');
  });

  it('the live draft can be previewed; a never-finalised check has no snapshot and can be discarded', async () => {
    const a = await newCheck((await newClient()).id);
    await level(a.id, scaleItems[0].id, 5);
    const preview = await s.ok('assessments.results', { id: a.id });
    expect(preview.source).toEqual({ kind: 'draft' });
    expect(preview.result.overall).toBe(100);
    expect(errorOf(await s.call('assessments.snapshot', { id: a.id })).code).toBe('not_found');
    await s.ok('assessments.discard', { id: a.id });
    expect(errorOf(await s.call('assessments.get', { id: a.id })).code).toBe('not_found');
  });

  it('queues the `assessment` submission in the same transaction, only with consent and a valid payload', async () => {
    const c = await newClient();
    await s.ok('clients.update', {
      id: c.id,
      patch: { consentToBenchmark: true, consentDate: '2026-03-01', headcount: 12, turnoverCents: 150_000_000, naceCode: 'C10.71' },
    });
    const a = await newCheck(c.id);
    await level(a.id, scaleItems[0].id, 3);
    await s.ok('assessments.saveAnswer', { id: a.id, itemId: checklist.id, checked: ['backups', 'mfa'] });
    await s.ok('assessments.saveNote', { id: a.id, itemId: scaleItems[0].id, note: 'Mme Muller trouve que…' });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'strategy', target: 80 });

    // If the outbox write fails, finalisation fails as a whole: no revision, still a draft.
    s.db.exec("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    expect(errorOf(await s.call('assessments.finalise', { id: a.id })).code).toBe('internal');
    expect((await s.ok('assessments.get', { id: a.id })).status).toBe('draft');
    expect(s.db.prepare('SELECT count(*) AS n FROM assessment_revisions').get()).toEqual({ n: 0 });
    s.db.exec('DROP TRIGGER outbox_fails');

    const done = await s.ok('assessments.finalise', { id: a.id });
    expect(done.sharing.state).toBe('queued');
    const rows = s.db.prepare('SELECT kind, record_id, revision, client_id, envelope_json FROM outbox').all() as {
      kind: string; record_id: string; revision: number; client_id: string; envelope_json: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'assessment', record_id: a.id, revision: 1, client_id: c.id });
    const envelope = JSON.parse(rows[0].envelope_json);
    expect(envelope).toMatchObject({ kind: 'assessment', locale: 'de', client: { instrumentVersion: CURRENT_INSTRUMENT_VERSION } });
    const payload = assessmentPayloadSchema.parse(envelope.payload);
    expect(payload).toMatchObject({
      consentToBenchmark: true,
      overallScore: done.snapshot.result.overall,
      level: done.snapshot.result.level,
      company: { name: c.name, sizeClass: 'small', headcount: 12, naceCode: 'C10.71' },
    });
    expect(payload.answers).toHaveLength(instrument.items.length);
    expect(payload.answers.find((x) => x.questionId === checklist.id)?.value).toEqual(['backups', 'mfa']);
    expect(payload.dimensions.find((d) => d.id === 'strategy')?.target).toBe(80);
    // Workshop notes stay on the device.
    expect(rows[0].envelope_json).not.toContain('Muller trouve');
  });

  it('with consent but an unknown size class, finalises and says why nothing was queued', async () => {
    const c = await newClient();
    await s.ok('clients.update', { id: c.id, patch: { consentToBenchmark: true } });
    const a = await newCheck(c.id);
    await level(a.id, scaleItems[0].id, 3);
    const done = await s.ok('assessments.finalise', { id: a.id });
    expect(done.sharing.state).toBe('not_shareable');
    expect(done.sharing.state === 'not_shareable' && done.sharing.problems.join()).toMatch(/company\.(sizeClass|headcount)/);
    expect(s.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect(done.snapshot.revision).toBe(1);
  });
});

describe('follow-ups, comparison and progress', () => {
  it('compares a follow-up with the earlier check and lists the series T0 → T1 → T2', async () => {
    const c = await newClient();
    const other = await newClient('Autre SA');
    const t0 = await newCheck(c.id, { heldOn: '2025-03-01' });
    for (const item of scaleItems.slice(0, 8)) await level(t0.id, item.id, 1);

    // A follow-up must follow a finalised check of the same client.
    expect(errorOf(await s.call('assessments.start', { clientId: c.id, stage: 'follow_up', previousId: t0.id, heldOn: '2026-03-01', language: 'fr' })).code).toBe(
      'invalid_previous_check',
    );
    await s.ok('assessments.finalise', { id: t0.id });
    expect(errorOf(await s.call('assessments.start', { clientId: other.id, stage: 'follow_up', previousId: t0.id, heldOn: '2026-03-01', language: 'fr' })).code).toBe(
      'invalid_previous_check',
    );
    expect((await s.call('assessments.start', { clientId: c.id, stage: 'first', previousId: t0.id, heldOn: '2026-03-01', language: 'fr' })).ok).toBe(false);

    // … and cannot be dated before it.
    expect(errorOf(await s.call('assessments.start', { clientId: c.id, stage: 'follow_up', previousId: t0.id, heldOn: '2025-02-28', language: 'fr' }))).toMatchObject({
      code: 'invalid_previous_check',
      details: { field: 'heldOn' },
    });
    const t1 = await newCheck(c.id, { stage: 'follow_up', previousId: t0.id, heldOn: '2025-09-01' });
    expect(errorOf(await s.call('assessments.update', { id: t1.id, patch: { heldOn: '2025-01-01' } })).code).toBe('invalid_previous_check');
    for (const item of scaleItems.slice(0, 8)) await level(t1.id, item.id, 3);
    await s.ok('assessments.finalise', { id: t1.id });
    const t2 = await newCheck(c.id, { stage: 'follow_up', previousId: t1.id, heldOn: '2026-03-01' });
    for (const item of scaleItems.slice(0, 8)) await level(t2.id, item.id, 4);
    await s.ok('assessments.finalise', { id: t2.id });

    const r = await s.ok('assessments.results', { id: t2.id });
    expect(r.previous?.id).toBe(t1.id);
    expect(r.previous?.result.overall).toBe(60);
    expect(r.result.overall).toBe(80);
    expect(r.progress.map((p) => [p.label, p.id, p.overall])).toEqual([
      ['T0', t0.id, 20],
      ['T1', t1.id, 60],
      ['T2', t2.id, 80],
    ]);
    expect((await s.ok('assessments.results', { id: t0.id })).previous).toBeNull();

    // Scoring 2026.2: answers of 1 are Initial, of 3 Defined, of 4 Managed (the rounded mean answer).
    const list = await s.ok('assessments.list', { clientId: c.id });
    expect(list.map((x) => [x.id, x.status, x.overall, x.level])).toEqual([
      [t0.id, 'finalised', 20, 'initial'],
      [t1.id, 'finalised', 60, 'defined'],
      [t2.id, 'finalised', 80, 'managed'],
    ]);
    expect((await s.ok('assessments.listFinalised', { clientId: c.id })).map((x) => x.id)).toEqual([t0.id, t1.id, t2.id]);
    expect((await s.ok('assessments.progress', { clientId: c.id })).map((p) => [p.label, p.heldOn, p.overall])).toEqual([
      ['T0', '2025-03-01', 20],
      ['T1', '2025-09-01', 60],
      ['T2', '2026-03-01', 80],
    ]);
    expect(await s.ok('assessments.list', { clientId: other.id })).toEqual([]);
  });

  it('a follow-up shows the latest finalised answers of the check it follows and starts from its targets, editable', async () => {
    const c = await newClient();
    const [a, b, d] = scaleItems;
    const t0 = await newCheck(c.id, { heldOn: '2025-03-01' });
    await level(t0.id, a.id, 2);
    await s.ok('assessments.saveAnswer', { id: t0.id, itemId: b.id, notApplicable: true });
    await s.ok('assessments.saveAnswer', { id: t0.id, itemId: d.id, unknown: true });
    await s.ok('assessments.saveAnswer', { id: t0.id, itemId: checklist.id, checked: [checklist.format.kind === 'checklist' ? checklist.format.options[1].id : ''] });
    await s.ok('assessments.saveTarget', { id: t0.id, dimensionId: 'strategy', target: 40 });
    await s.ok('assessments.finalise', { id: t0.id });
    // Revision 2 of the same check changes one answer and one target: the follow-up sees revision 2.
    await s.ok('assessments.reopen', { id: t0.id });
    await level(t0.id, a.id, 4);
    await s.ok('assessments.saveTarget', { id: t0.id, dimensionId: 'strategy', target: 60 });
    await s.ok('assessments.saveTarget', { id: t0.id, dimensionId: 'data', target: 80 });
    await s.ok('assessments.finalise', { id: t0.id });
    // A later draft of the earlier check (never finalised) is not what the client agreed to.
    await s.ok('assessments.reopen', { id: t0.id });
    await level(t0.id, a.id, 0);
    await s.ok('assessments.saveTarget', { id: t0.id, dimensionId: 'strategy', target: 20 });

    const first = await s.ok('assessments.get', { id: t0.id });
    expect(first.previous).toBeNull();

    const t1 = await newCheck(c.id, { stage: 'follow_up', previousId: t0.id, heldOn: '2025-09-01' });
    expect(t1.targets).toEqual({ strategy: 60, data: 80 });
    expect(t1.answers).toEqual([]);
    expect(t1.previous).toMatchObject({ id: t0.id, revision: 2, heldOn: '2025-03-01' });
    const previous = new Map(t1.previous!.answers.map((x) => [x.itemId, x]));
    expect(previous.size).toBe(4);
    expect(previous.get(a.id)).toMatchObject({ level: 4, notApplicable: false, unknown: false });
    expect(previous.get(b.id)).toMatchObject({ level: null, notApplicable: true });
    expect(previous.get(d.id)).toMatchObject({ unknown: true });
    expect(previous.get(checklist.id)?.checked).toHaveLength(1);

    // Carried-over targets are the follow-up's own: changing or clearing them leaves the earlier check alone.
    await s.ok('assessments.saveTarget', { id: t1.id, dimensionId: 'strategy', target: 80 });
    await s.ok('assessments.saveTarget', { id: t1.id, dimensionId: 'data', target: null });
    expect((await s.ok('assessments.get', { id: t1.id })).targets).toEqual({ strategy: 80 });
    expect((await s.ok('assessments.snapshot', { id: t0.id })).targets).toEqual({ strategy: 60, data: 80 });
  });

  it('a follow-up in a newer instrument shows only answers to questions and options it still has', async () => {
    const c = await newClient();
    const t0 = await newCheck(c.id, { heldOn: '2025-03-01' });
    // A check held with instrument 2026.1 (as stored before 2026.2 became current).
    s.db.prepare("UPDATE assessments SET instrument_version = '2026.1' WHERE id = ?").run(t0.id);
    const old = getInstrument('2026.1');
    const gdpr = old.items.find((i) => i.id === 'responsible.gdpr')!;
    const genai = old.items.find((i) => i.id === 'ai_use.genai')!;
    const vision = old.items.find((i) => i.id === 'strategy.vision')!;
    expect(gdpr.format.kind === 'checklist' && genai.format.kind === 'checklist').toBe(true);
    const gdprOptions = gdpr.format.kind === 'checklist' ? gdpr.format.options.map((o) => o.id) : [];
    expect(gdprOptions).toContain('ai_inputs');
    await s.ok('assessments.saveAnswer', { id: t0.id, itemId: gdpr.id, checked: gdprOptions });
    await s.ok('assessments.saveAnswer', { id: t0.id, itemId: genai.id, checked: genai.format.kind === 'checklist' ? [genai.format.options[0].id] : [] });
    await level(t0.id, vision.id, 3);
    await s.ok('assessments.finalise', { id: t0.id });

    const t1 = await newCheck(c.id, { stage: 'follow_up', previousId: t0.id, heldOn: '2025-09-01' });
    expect(t1.instrumentVersion).not.toBe('2026.1');
    const now = getInstrument(t1.instrumentVersion);
    const previous = new Map(t1.previous!.answers.map((a) => [a.itemId, a]));
    // The split question is gone from the new instrument: its old answer is not shown against another question.
    expect(now.items.some((i) => i.id === genai.id)).toBe(false);
    expect(previous.has(genai.id)).toBe(false);
    // The checklist keeps only the options it still has (the moved option is dropped).
    const kept = previous.get(gdpr.id)!.checked!;
    expect(kept).not.toContain('ai_inputs');
    expect(kept.length).toBe(gdprOptions.length - 1);
    expect(previous.get(vision.id)?.level).toBe(3);
  });

  it('erasing the client erases its checks, answers, notes, targets and revisions', async () => {
    const c = await newClient();
    const a = await newCheck(c.id);
    await level(a.id, scaleItems[0].id, 3);
    await s.ok('assessments.saveNote', { id: a.id, itemId: scaleItems[0].id, note: 'n' });
    await s.ok('assessments.saveTarget', { id: a.id, dimensionId: 'data', target: 40 });
    await s.ok('assessments.finalise', { id: a.id });
    await s.ok('assessments.reopen', { id: a.id });
    await s.ok('clients.erase', { id: c.id, confirmName: c.name });
    for (const table of ['assessments', 'assessment_answers', 'assessment_notes', 'assessment_targets', 'assessment_revisions']) {
      expect(s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});

describe('scoring 2026.2: versions, coverage and like-for-like progress', () => {
  /** Answers every scale item of the dimensions in `dims` (all when omitted) at `l`. */
  async function answerScale(id: string, l: number, dims?: string[]) {
    for (const item of scaleItems) if (!dims || dims.includes(item.dimensionId)) await level(id, item.id, l);
  }
  const dimsOf = (r: { result: { dimensions: { id: string; score: number | null }[] } }) =>
    Object.fromEntries(r.result.dimensions.map((d) => [d.id, d.score]));

  it('a finalised revision stores the instrument, scoring and funding-rule versions it was made with', async () => {
    const c = await newClient();
    const a = await newCheck(c.id);
    await answerScale(a.id, 1);
    const draft = await s.ok('assessments.results', { id: a.id });
    expect(draft.versions).toEqual({ instrument: CURRENT_INSTRUMENT_VERSION, scoring: '2026.2', fundingRules: CURRENT_SCHEMES_VERSION });
    const { snapshot } = await s.ok('assessments.finalise', { id: a.id });
    expect(snapshot).toMatchObject({ instrumentVersion: CURRENT_INSTRUMENT_VERSION, scoringVersion: '2026.2', fundingRulesVersion: CURRENT_SCHEMES_VERSION });
    expect(snapshot.result.level).toBe('initial');
    const row = s.db.prepare('SELECT scoring_version, funding_rules_version FROM assessment_revisions WHERE assessment_id = ?').get(a.id);
    expect(row).toEqual({ scoring_version: '2026.2', funding_rules_version: CURRENT_SCHEMES_VERSION });
    const r = await s.ok('assessments.results', { id: a.id });
    expect(r.versions).toEqual({ instrument: CURRENT_INSTRUMENT_VERSION, scoring: '2026.2', fundingRules: CURRENT_SCHEMES_VERSION });
  });

  it('a revision finalised before the versions were recorded keeps scoring 2026.1 and its level', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'laif-legacy-'));
    const first = await tempServices({ dataDir });
    const c = await first.ok('clients.create', { name: 'Legacy Sàrl', reportLocale: 'de' });
    const a = await first.ok('assessments.start', { clientId: c.id, stage: 'first', previousId: null, heldOn: '2026-01-10', language: 'de', participants: [] });
    for (const item of scaleItems) await first.call('assessments.saveAnswer', { id: a.id, itemId: item.id, level: 1 });
    await first.ok('assessments.finalise', { id: a.id });
    first.close();
    rewindToBeforeRevisionVersions(join(dataDir, DATABASE_FILE));

    const again = await tempServices({ dataDir });
    try {
      const r = await again.ok('assessments.results', { id: a.id });
      expect(r.versions.scoring).toBe('2026.1');
      expect(r.result.scoringVersion).toBe('2026.1');
      expect(r.result.overall).toBe(20);
      expect(r.result.level).toBe('adopted'); // as finalised, never re-levelled
      // Coverage is read off the stored dimension scores: complete when every dimension has a scale item.
      expect(r.result.coverage.complete).toBe(instrument.dimensions.every((d) => scaleItems.some((i) => i.dimensionId === d.id)));
      const snapshot = await again.ok('assessments.snapshot', { id: a.id });
      expect(snapshot).toMatchObject({ scoringVersion: '2026.1', fundingRulesVersion: '2026.1' });
      // Reopened and finalised again, the new revision is made with today's rules; revision 1 keeps its own.
      await again.ok('assessments.reopen', { id: a.id });
      const { snapshot: next } = await again.ok('assessments.finalise', { id: a.id });
      expect(next).toMatchObject({ revision: 2, scoringVersion: '2026.2' });
      expect(next.result.level).toBe('initial');
      expect((await again.ok('assessments.results', { id: a.id, revision: 1 })).result.level).toBe('adopted');
    } finally {
      again.cleanup();
    }
  });

  it('an overall score with a dimension left unanswered is marked incomplete, naming it', async () => {
    const c = await newClient();
    const a = await newCheck(c.id);
    await answerScale(a.id, 3, ['strategy', 'foundations', 'people', 'ai_use', 'responsible']);
    const r = await s.ok('assessments.results', { id: a.id });
    expect(r.result.overall).not.toBeNull();
    expect(r.result.coverage.complete).toBe(false);
    expect(r.result.coverage.missing).toEqual(expect.arrayContaining(['data', 'green']));
    const { snapshot } = await s.ok('assessments.finalise', { id: a.id });
    expect(snapshot.result.coverage.missing).toEqual(r.result.coverage.missing);
    const [point] = await s.ok('assessments.progress', { clientId: c.id });
    expect(point.coverage.missing).toEqual(r.result.coverage.missing);
    const [summary] = await s.ok('assessments.list', { clientId: c.id });
    expect(summary.coverage).toEqual(r.result.coverage);
  });

  it('progress is like for like: a dimension answered only in the follow-up gives no headline gain', async () => {
    const c = await newClient();
    const t0 = await newCheck(c.id, { heldOn: '2025-03-01' });
    await answerScale(t0.id, 2, ['strategy', 'people']);
    await s.ok('assessments.finalise', { id: t0.id });
    const t1 = await newCheck(c.id, { stage: 'follow_up', previousId: t0.id, heldOn: '2026-03-01' });
    await answerScale(t1.id, 2, ['strategy', 'people']);
    await answerScale(t1.id, 5, ['data']);
    const r = await s.ok('assessments.results', { id: t1.id });
    const before = dimsOf(r.previous!);
    const now = dimsOf(r);
    // Independently: strategy and people are 40 in both (answer 2 → 40), data is new at 100.
    expect([before.strategy, before.people, now.strategy, now.people, now.data]).toEqual([40, 40, 40, 40, 100]);
    expect(r.result.overall! - r.previous!.result.overall!).toBeGreaterThan(10); // what a plain difference would claim
    expect(r.comparison).toMatchObject({ common: ['strategy', 'people'], onlyAfter: ['data'], delta: 0, allDimensions: false, sameScoring: true });
  });
});
