/**
 * Participants' individual answers (issue 14) through the real services and the contract's
 * validation: round the table, the spread, restart, finalised checks, hostile input, export and
 * import, erasure, the portal payload, and a follow-up's comparison.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { tempServices, type TempServices } from '../support/temp-services';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { AppEvent } from '@shared/contract/events';
import { bundleChecksum, type ClientBundle } from '@main/data-safety/bundle';
import { gzipSync } from 'node:zlib';
import { countClientRows } from '@main/data-safety/client-tables';
import { MAX_VOTERS } from '@main/services/votes/votes-service';
import { readZip, wordText } from '../support/zip';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const dataItems = instrument.items.filter((i) => i.dimensionId === 'data' && i.format.kind === 'scale');
const checklist = instrument.items.find((i) => i.format.kind === 'checklist')!;
const checklistOptions = checklist.format.kind === 'checklist' ? checklist.format.options.map((o) => o.id) : [];

let s: TempServices;
const extra: TempServices[] = [];
beforeEach(async () => {
  s = await tempServices({ sync: { autoStart: false } });
});
afterEach(() => {
  s.cleanup();
  extra.splice(0).forEach((x) => x.cleanup());
});

async function newCheck(language: 'fr' | 'de' | 'en' | 'lb' = 'de', name = 'Boulangerie Muller Sàrl') {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  const a = await s.ok('assessments.start', { clientId: c.id, stage: 'first', heldOn: '2026-03-02', language });
  return { client: c, check: a };
}

async function exportBytes(clientId: string): Promise<Buffer> {
  const r = await s.ok('data.exportClient', { clientId });
  if (r.status !== 'bytes') throw new Error('expected bytes');
  return Buffer.from(r.base64!, 'base64');
}

function errorOf(r: { ok: boolean }) {
  if (r.ok) throw new Error('expected an error');
  return (r as { ok: false; error: { code: string; details?: Record<string, unknown> } }).error;
}

/** Three participants answer the data dimension round the table: two named, one anonymous. */
async function roundTheTable(assessmentId: string) {
  const anne = await s.ok('votes.addVoter', { assessmentId, label: '  Anne Weber ', anonymous: false, channel: 'table', language: 'fr' });
  const jos = await s.ok('votes.addVoter', { assessmentId, label: 'Jos Schmit', anonymous: false, channel: 'table', language: 'lb' });
  const anon = await s.ok('votes.addVoter', { assessmentId, anonymous: true, channel: 'table', language: 'en' });
  const [q1, q2] = dataItems;
  for (const [voter, l1, l2] of [[anne, 1, 2], [jos, 1, 3], [anon, 4, 2]] as const) {
    await s.ok('votes.save', { assessmentId, voterId: voter.id, itemId: q1.id, level: l1 });
    await s.ok('votes.save', { assessmentId, voterId: voter.id, itemId: q2.id, level: l2 });
  }
  return { anne, jos, anon, q1, q2 };
}

describe('round the table', () => {
  it('three participants answer a dimension; the spread has the right counts, median, range and flag', async () => {
    const { check } = await newCheck('de');
    const events: AppEvent[] = [];
    const off = s.subscribe((e) => events.push(e));
    const { anne, jos, anon, q1, q2 } = await roundTheTable(check.id);
    off();

    expect(anne.label).toBe('Anne Weber'); // trimmed
    expect(anon).toMatchObject({ label: 'Teilnehmer 1', anonymous: true, channel: 'table', language: 'en' }); // the check's language
    expect((await s.ok('votes.listVoters', { assessmentId: check.id })).map((v) => v.id)).toEqual([anne.id, jos.id, anon.id]);

    const view = await s.ok('votes.spread', { assessmentId: check.id, itemIds: [q1.id, q2.id] });
    expect(view.items.map((i) => i.itemId)).toEqual([q1.id, q2.id]);
    // q1: levels 1, 1, 4 → median 1, range 3: flagged. q2: 2, 3, 2 → median 2, range 1.
    expect(view.items[0]).toMatchObject({ voters: 3, counts: [0, 2, 0, 0, 1, 0], median: 1, range: 3, disagreement: true });
    expect(view.items[1]).toMatchObject({ voters: 3, counts: [0, 0, 2, 1, 0, 0], median: 2, range: 1, disagreement: false });
    expect(view.dimensions.find((d) => d.dimensionId === 'data')).toMatchObject({ items: 2, flaggedItems: 1, meanRange: 2 });
    expect(view.answered[q1.id].sort()).toEqual([anne.id, jos.id, anon.id].sort());
    // Live updates: one event per voter added and per answer saved.
    expect(events.filter((e) => e.type === 'changed' && e.entity === 'votes' && e.id === check.id)).toHaveLength(9);

    // A participant's own answers, to correct before passing on.
    expect(await s.ok('votes.ofVoter', { assessmentId: check.id, voterId: jos.id })).toEqual(
      [
        { assessmentId: check.id, voterId: jos.id, itemId: q1.id, level: 1, checked: null, notApplicable: false, unknown: false },
        { assessmentId: check.id, voterId: jos.id, itemId: q2.id, level: 3, checked: null, notApplicable: false, unknown: false },
      ].sort((a, b) => (a.itemId < b.itemId ? -1 : 1)),
    );

    // Votes never score: the agreed answer is the check's own, saved as usual.
    const before = await s.ok('assessments.completeness', { id: check.id });
    expect(before.counts.answered).toBe(0);
    await s.ok('assessments.saveAnswer', { id: check.id, itemId: q1.id, level: 2 });
    expect((await s.ok('assessments.get', { id: check.id })).answers).toEqual([
      { itemId: q1.id, level: 2, checked: null, notApplicable: false, unknown: false },
    ]);
  });

  it('a cleared answer is removed; a changed one replaces the old; N/A, don\'t know and checklists are kept as given', async () => {
    const { check } = await newCheck('fr');
    const v = await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'device', language: 'de' });
    expect(v.label).toBe('Participant 1');
    const [q1, q2] = dataItems;
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: q1.id, level: 5 });
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: q1.id, level: 0 });
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: q2.id, notApplicable: true });
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: checklist.id, checked: [checklistOptions[0]] });
    let mine = await s.ok('votes.ofVoter', { assessmentId: check.id, voterId: v.id });
    expect(mine.find((x) => x.itemId === q1.id)?.level).toBe(0);
    expect(mine.find((x) => x.itemId === q2.id)?.notApplicable).toBe(true);
    expect(mine.find((x) => x.itemId === checklist.id)?.checked).toEqual([checklistOptions[0]]);
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: q2.id, notApplicable: false });
    mine = await s.ok('votes.ofVoter', { assessmentId: check.id, voterId: v.id });
    expect(mine.map((x) => x.itemId).sort()).toEqual([q1.id, checklist.id].sort());
  });

  it('anonymous numbering takes the first free number; removing a participant removes their answers', async () => {
    const { check } = await newCheck('lb');
    const p1 = await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'table', language: 'lb' });
    const p2 = await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'table', language: 'lb' });
    expect([p1.label, p2.label]).toEqual(['Participant 1', 'Participant 2']);
    // An anonymous participant's name is never stored, even when the caller sends one.
    const p3 = await s.ok('votes.addVoter', { assessmentId: check.id, label: 'Marie Hoffmann', anonymous: true, channel: 'device', language: 'fr' });
    expect(p3.label).toBe('Participant 3');
    expect(JSON.stringify(s.db.prepare('SELECT * FROM assessment_voters').all())).not.toContain('Hoffmann');

    await s.ok('votes.save', { assessmentId: check.id, voterId: p1.id, itemId: dataItems[0].id, level: 3 });
    expect(await s.ok('votes.removeVoter', { assessmentId: check.id, voterId: p1.id })).toEqual({ removed: true });
    expect(s.db.prepare('SELECT count(*) AS n FROM assessment_votes').get()).toEqual({ n: 0 });
    expect((await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'table', language: 'lb' })).label).toBe('Participant 1');
    expect(errorOf(await s.call('votes.removeVoter', { assessmentId: check.id, voterId: p1.id })).code).toBe('not_found');
  });
});

describe('persistence and finalised checks', () => {
  it('individual answers survive closing and reopening the services on the same file', async () => {
    const { check } = await newCheck();
    const { q1, q2 } = await roundTheTable(check.id);
    const before = await s.ok('votes.spread', { assessmentId: check.id });
    s.close();
    const again = await tempServices({ dataDir: s.dataDir, sync: { autoStart: false } });
    extra.push(again);
    s = { ...again, cleanup: () => {} } as TempServices; // afterEach must not close twice
    const after = await again.ok('votes.spread', { assessmentId: check.id });
    expect(after).toEqual(before);
    expect(after.items.find((i) => i.itemId === q1.id)?.voters).toBe(3);
    expect(after.items.find((i) => i.itemId === q2.id)?.counts).toEqual([0, 0, 2, 1, 0, 0]);
  });

  it('a finalised check refuses new participants, answers and removals; reopening allows them again, answers kept', async () => {
    const { check } = await newCheck();
    const { anne, q1 } = await roundTheTable(check.id);
    await s.ok('assessments.finalise', { id: check.id });
    expect(errorOf(await s.call('votes.save', { assessmentId: check.id, voterId: anne.id, itemId: q1.id, level: 5 })).code).toBe('read_only');
    expect(errorOf(await s.call('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'table', language: 'fr' })).code).toBe('read_only');
    expect(errorOf(await s.call('votes.removeVoter', { assessmentId: check.id, voterId: anne.id })).code).toBe('read_only');
    // Reading still works: the results screen and the report use it.
    expect((await s.ok('votes.spread', { assessmentId: check.id })).voters).toHaveLength(3);
    await s.ok('assessments.reopen', { id: check.id });
    await s.ok('votes.save', { assessmentId: check.id, voterId: anne.id, itemId: q1.id, level: 5 });
    expect((await s.ok('votes.spread', { assessmentId: check.id, itemIds: [q1.id] })).items[0].counts).toEqual([0, 1, 0, 0, 1, 1]);
  });
});

describe('hostile or wrong input is refused before anything is written', () => {
  it('answers that break the rules, unknown items, another check\'s participant, malformed ids', async () => {
    const { check } = await newCheck();
    const other = await newCheck('fr', 'Garage Reuter');
    const v = await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'table', language: 'fr' });
    const stranger = await s.ok('votes.addVoter', { assessmentId: other.check.id, anonymous: true, channel: 'table', language: 'fr' });
    const base = { assessmentId: check.id, voterId: v.id, itemId: dataItems[0].id };
    const cases: [unknown, string][] = [
      [{ ...base, level: 6 }, 'invalid_input'],
      [{ ...base, level: -1 }, 'invalid_input'],
      [{ ...base, level: 2.5 }, 'invalid_input'],
      [{ ...base, level: Number.NaN }, 'invalid_input'],
      [{ ...base, level: '3' }, 'invalid_input'],
      [{ ...base, level: 3, extra: 1 }, 'invalid_input'],
      [{ ...base, checked: ['x'] }, 'invalid_answer'],
      [{ ...base, level: 3, notApplicable: true }, 'invalid_answer'],
      [{ ...base, notApplicable: true, unknown: true }, 'invalid_answer'],
      [{ ...base, itemId: checklist.id, checked: ['nope'] }, 'invalid_answer'],
      [{ ...base, itemId: checklist.id, checked: [checklistOptions[0], checklistOptions[0]] }, 'invalid_answer'],
      [{ ...base, itemId: checklist.id, level: 2 }, 'invalid_answer'],
      [{ ...base, itemId: 'data.does_not_exist', level: 2 }, 'not_found'],
      [{ ...base, itemId: '__proto__', level: 2 }, 'not_found'],
      [{ ...base, voterId: stranger.id, level: 2 }, 'not_found'],
      [{ ...base, voterId: 'not-a-uuid', level: 2 }, 'invalid_input'],
      [{ ...base, assessmentId: other.check.id, level: 2 }, 'not_found'],
      [{ ...base, itemId: 'x'.repeat(121), level: 2 }, 'invalid_input'],
    ];
    for (const [input, code] of cases) {
      expect(errorOf(await s.call('votes.save', input as never)).code, JSON.stringify(input).slice(0, 120)).toBe(code);
    }
    expect(s.db.prepare('SELECT count(*) AS n FROM assessment_votes').get()).toEqual({ n: 0 });

    const voter = { assessmentId: check.id, anonymous: false, channel: 'table', language: 'fr' };
    for (const input of [
      { ...voter }, // named without a name
      { ...voter, label: '   ' },
      { ...voter, label: 'x'.repeat(201) },
      { ...voter, label: 'Anne\u0000Weber' },
      { ...voter, label: 'Anne', channel: 'phone' },
      { ...voter, label: 'Anne', language: 'it' },
      { ...voter, label: 'Anne', anonymous: 'no' },
    ]) {
      expect(errorOf(await s.call('votes.addVoter', input as never)).code, JSON.stringify(input).slice(0, 80)).toBe('invalid_input');
    }
    expect(errorOf(await s.call('votes.spread', { assessmentId: check.id, itemIds: Array(201).fill(dataItems[0].id) })).code).toBe('invalid_input');
    expect(errorOf(await s.call('votes.spread', { assessmentId: check.id, itemIds: ['data.nope'] })).code).toBe('not_found');
    expect(errorOf(await s.call('votes.ofVoter', { assessmentId: check.id, voterId: stranger.id })).code).toBe('not_found');
    expect(errorOf(await s.call('votes.compare', { assessmentId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it(`takes at most ${MAX_VOTERS} participants per check`, async () => {
    const { check } = await newCheck();
    for (let i = 0; i < MAX_VOTERS; i++) await s.ok('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'device', language: 'fr' });
    expect(errorOf(await s.call('votes.addVoter', { assessmentId: check.id, anonymous: true, channel: 'device', language: 'fr' })).code).toBe('too_large');
    const labels = (await s.ok('votes.listVoters', { assessmentId: check.id })).map((v) => v.label);
    expect(new Set(labels).size).toBe(MAX_VOTERS);
    expect(labels.at(-1)).toBe(`Teilnehmer ${MAX_VOTERS}`);
  });
});

describe('export, import, erasure and the portal', () => {
  it('the client file carries participants and their answers, and importing it brings them back', async () => {
    const { client, check } = await newCheck();
    const { anne, q1 } = await roundTheTable(check.id);
    const bytes = await exportBytes(client.id);
    const bundle = JSON.parse(gunzipSync(bytes).toString('utf8')) as ClientBundle;
    expect(bundle.tables.assessment_voters.rows).toHaveLength(3);
    expect(bundle.tables.assessment_votes.rows).toHaveLength(6);
    expect(JSON.stringify(bundle.tables.assessment_voters)).toContain('Anne Weber');

    const b = await tempServices({ sync: { autoStart: false } });
    extra.push(b);
    const preview = await b.ok('data.previewImport', { source: { kind: 'bytes', fileName: 'c.laifclient', base64: bytes.toString('base64') } });
    if (preview.status !== 'ready') throw new Error('cancelled');
    await b.ok('data.commitImport', { token: preview.token });
    expect(await b.ok('votes.spread', { assessmentId: check.id })).toEqual(await s.ok('votes.spread', { assessmentId: check.id }));
    expect((await b.ok('votes.ofVoter', { assessmentId: check.id, voterId: anne.id })).find((x) => x.itemId === q1.id)?.level).toBe(1);
  });

  it('an imported file is held to the same rules: a blank participant name or a malformed checklist is refused', async () => {
    const { client, check } = await newCheck();
    await roundTheTable(check.id);
    const v = (await s.ok('votes.listVoters', { assessmentId: check.id }))[0];
    await s.ok('votes.save', { assessmentId: check.id, voterId: v.id, itemId: checklist.id, checked: [checklistOptions[0]] });
    const original = JSON.parse(gunzipSync(await exportBytes(client.id)).toString('utf8')) as ClientBundle;
    const tamper = (table: string, column: string, value: unknown, row = 0) => {
      const bundle = structuredClone(original);
      const t = bundle.tables[table];
      const rows = t.rows.filter((r) => column !== 'checked_json' || r[t.columns.indexOf('checked_json')] !== null);
      rows[row][t.columns.indexOf(column)] = value as never;
      return gzipSync(Buffer.from(JSON.stringify({ ...bundle, sha256: bundleChecksum(bundle) })));
    };
    const b = await tempServices({ sync: { autoStart: false } });
    extra.push(b);
    for (const [bytes, code, column] of [
      [tamper('assessment_voters', 'label', '   '), 'bundle_invalid_value', 'label'],
      [tamper('assessment_voters', 'label', 'x'.repeat(201)), 'bundle_invalid_value', 'label'],
      [tamper('assessment_voters', 'id', 'not-a-uuid'), 'bundle_invalid_value', 'id'],
      [tamper('assessment_votes', 'checked_json', '{"__proto__":1}'), 'bundle_hostile', 'checked_json'],
      [tamper('assessment_votes', 'checked_json', '"a"'), 'bundle_invalid_value', 'checked_json'],
      [tamper('assessment_votes', 'item_id', 'x'.repeat(121)), 'bundle_invalid_value', 'item_id'],
    ] as const) {
      const r = await b.call('data.previewImport', { source: { kind: 'bytes', fileName: 'c.laifclient', base64: bytes.toString('base64') } });
      expect(errorOf(r)).toMatchObject({ code, details: { column } });
    }
    expect(b.db.prepare('SELECT count(*) AS n FROM assessment_voters').get()).toEqual({ n: 0 });
  });

  it('erasing the client removes every participant and answer, and leaves other clients\' alone', async () => {
    const { client, check } = await newCheck();
    await roundTheTable(check.id);
    const other = await newCheck('fr', 'Garage Reuter');
    await roundTheTable(other.check.id);
    const rows = (clientId: string) => Object.fromEntries(countClientRows(s.db, clientId).map((r) => [r.table, r.rows]));
    expect(rows(client.id)).toMatchObject({ assessment_voters: 3, assessment_votes: 6 });
    await s.ok('clients.erase', { id: client.id, confirmName: client.name });
    expect(rows(client.id)).toMatchObject({ assessment_voters: 0, assessment_votes: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM assessment_votes').get()).toEqual({ n: 6 });
    expect(JSON.stringify(s.db.prepare('SELECT * FROM assessment_voters').all())).toContain(other.check.id);
  });

  it('the assessment sent to the portal carries the agreed answers only, no participant data', async () => {
    const { client, check } = await newCheck();
    await s.ok('clients.update', {
      id: client.id,
      patch: { consentToBenchmark: true, consentDate: '2026-03-01', headcount: 12, turnoverCents: 150_000_000, naceCode: 'C10.71' },
    });
    const { anne, jos, anon, q1 } = await roundTheTable(check.id);
    await s.ok('assessments.saveAnswer', { id: check.id, itemId: q1.id, level: 2 }); // the agreed answer
    const done = await s.ok('assessments.finalise', { id: check.id });
    expect(done.sharing.state).toBe('queued');
    const { envelope_json } = s.db.prepare("SELECT envelope_json FROM outbox WHERE kind = 'assessment'").get() as { envelope_json: string };
    for (const secret of [anne.id, jos.id, anon.id, 'Anne Weber', 'Jos Schmit', anon.label]) expect(envelope_json).not.toContain(secret);
    expect(envelope_json).not.toMatch(/voter|vote|spread|participant/i);
    const payload = JSON.parse(envelope_json).payload as { answers: { questionId: string; value: unknown }[] };
    expect(payload.answers.find((a) => a.questionId === q1.id)?.value).toBe(2); // not 1 (the participants' median)
  });
});

describe('the Word report', () => {
  async function reportText(assessmentId: string, clientId: string, locale: 'en' | 'de') {
    const roadmap = await s.ok('roadmaps.generate', { clientId, assessmentId, horizonMonths: 12 });
    const r = await s.ok('roadmaps.exportReport', { id: roadmap.id, locale, taskId: crypto.randomUUID() });
    if (!('base64' in r) || !r.base64) throw new Error('expected bytes');
    return wordText(readZip(Buffer.from(r.base64, 'base64')).get('word/document.xml')!.toString('utf8'));
  }

  it('has a section on disagreement with the flagged questions, their distribution and the agreed answer; no names', async () => {
    const { client, check } = await newCheck('en');
    const { q1, q2 } = await roundTheTable(check.id);
    await s.ok('assessments.saveAnswer', { id: check.id, itemId: q1.id, level: 2 }); // agreed after the discussion
    // A checklist split 3 : 1 on its second option (1 of 3 = a third: flagged), left without an agreed answer.
    const [o0, o1, o2] = checklistOptions;
    const voters = await s.ok('votes.listVoters', { assessmentId: check.id });
    for (const [voter, checked] of [[voters[0], [o0]], [voters[1], [o0, o1]], [voters[2], [o0]]] as const) {
      await s.ok('votes.save', { assessmentId: check.id, voterId: voter.id, itemId: checklist.id, checked: [...checked] });
    }
    await s.ok('assessments.finalise', { id: check.id });
    const text = await reportText(check.id, client.id, 'en');
    const options = checklist.format.kind === 'checklist' ? checklist.format.options : [];
    const at = text.indexOf(checklist.question.en);
    expect(at).toBeGreaterThan(text.indexOf('Where the room disagreed'));
    const row = text.slice(at, at + 1500);
    expect(row).toContain(`${options[0].label.en}: 100%`);
    expect(row).toContain(`${options[1].label.en}: 33%`);
    expect(row).not.toContain(options[2].label.en); // ticked by nobody: not listed
    expect(row).toContain('no agreed answer recorded');
    expect(o2).toBe(options[2].id);
    expect(text).toContain('Where the room disagreed');
    expect(text).toContain('3 participants answered the questions on their own (2 named, 1 anonymous)');
    expect(text).toContain('Questions answered individually: 3.');
    expect(text).toContain('at least 3 participants gave a level');
    const from = text.indexOf('Where the room disagreed');
    const section = text.slice(from, from + 3000);
    // q1 (levels 1, 1, 4) is flagged; q2 (2, 3, 2) is not.
    expect(section).toContain(q1.question.en);
    expect(section).not.toContain(q2.question.en);
    expect(section).toContain('Level 1: 2');
    expect(section).toContain('Level 4: 1');
    expect(section).toContain('3 answers');
    expect(section).toContain(`2 – ${q1.format.kind === 'scale' ? q1.format.levels[2].en : ''}`);
    expect(text).not.toContain('Anne Weber');
    expect(text).not.toContain('Jos Schmit');
  });

  it('has no such section when nobody answered individually; says so when nothing was flagged', async () => {
    const { client, check } = await newCheck('de');
    await s.ok('assessments.finalise', { id: check.id });
    expect(await reportText(check.id, client.id, 'de')).not.toContain('Uneinigkeit');

    const other = await newCheck('de', 'Garage Reuter');
    for (const level of [2, 2, 3]) {
      const v = await s.ok('votes.addVoter', { assessmentId: other.check.id, anonymous: true, channel: 'table', language: 'de' });
      await s.ok('votes.save', { assessmentId: other.check.id, voterId: v.id, itemId: dataItems[0].id, level });
    }
    await s.ok('assessments.finalise', { id: other.check.id });
    const text = await reportText(other.check.id, other.client.id, 'de');
    expect(text).toContain('Wo im Raum Uneinigkeit bestand');
    expect(text).toContain('3 Teilnehmer haben die Fragen einzeln beantwortet (0 mit Namen, 3 anonym)');
    expect(text).toContain('Bei keiner Frage zeigte sich eine deutliche Uneinigkeit.');
  });
});

describe('a follow-up compares the spread with its previous check', () => {
  it('narrowed where the mean range fell; null without a previous check or without answers', async () => {
    const { client, check } = await newCheck();
    await roundTheTable(check.id); // data: ranges 3 and 1 → mean 2
    const first = await s.ok('votes.compare', { assessmentId: check.id });
    expect(first.previousId).toBeNull();
    expect(first.dimensions.find((d) => d.dimensionId === 'data')).toEqual({ dimensionId: 'data', before: null, after: 2, narrowed: null });
    await s.ok('assessments.finalise', { id: check.id });

    const follow = await s.ok('assessments.start', { clientId: client.id, stage: 'follow_up', previousId: check.id, heldOn: '2026-09-01', language: 'de' });
    const [q1, q2] = dataItems;
    for (const l of [[2, 2], [2, 3], [3, 2]]) {
      const v = await s.ok('votes.addVoter', { assessmentId: follow.id, anonymous: true, channel: 'table', language: 'de' });
      await s.ok('votes.save', { assessmentId: follow.id, voterId: v.id, itemId: q1.id, level: l[0] });
      await s.ok('votes.save', { assessmentId: follow.id, voterId: v.id, itemId: q2.id, level: l[1] });
    }
    const compared = await s.ok('votes.compare', { assessmentId: follow.id });
    expect(compared.previousId).toBe(check.id);
    // After: ranges 1 and 1 → mean 1, down from 2.
    expect(compared.dimensions.find((d) => d.dimensionId === 'data')).toEqual({ dimensionId: 'data', before: 2, after: 1, narrowed: true });
    expect(compared.dimensions.find((d) => d.dimensionId === 'strategy')).toEqual({ dimensionId: 'strategy', before: null, after: null, narrowed: null });
  });
});
