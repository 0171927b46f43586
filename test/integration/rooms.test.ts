/**
 * The own-devices room (issue 14) over real HTTP, on the loopback address only: devices join,
 * get this room's questions in their language and answer; everything else is refused (no or a
 * wrong secret, another path or method, a foreign Host, hostile bodies, floods); the port
 * refuses once the room is closed, the check finalised or discarded, the client erased or the
 * services closed; and 50 devices answering at once lose nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, request } from 'node:http';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { tempServices, type TempServices } from '../support/temp-services';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { AppEvent } from '@shared/contract/events';
import type { RoomInfo } from '@shared/contract/votes';
import { PAGE_CSP } from '@main/rooms/page';
import type { RoomsOptions } from '@main/rooms';
import { pickLanAddress } from '@main/rooms/network';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const scaleItems = instrument.items.filter((i) => i.format.kind === 'scale');
const checklist = instrument.items.find((i) => i.format.kind === 'checklist')!;
const checklistOptions = checklist.format.kind === 'checklist' ? checklist.format.options.map((o) => o.id) : [];
const LOOPBACK: RoomsOptions = { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', port: 0 };

let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ sync: { autoStart: false }, rooms: LOOPBACK });
});
afterEach(() => {
  s.cleanup();
});

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One HTTP request to 127.0.0.1 (never another address); `from` picks a loopback source address (127.0.0.x) to act as another device. */
function http(
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; from?: string; host?: string } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: options.from,
        agent: false,
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A device: knows the room's port, path and secret (from the QR URL) and its participant token once joined. */
function device(room: RoomInfo, from?: string) {
  const u = new URL(room.url);
  const port = Number(u.port);
  const path = u.pathname;
  const secret = u.hash.slice(1);
  let token: string | null = null;
  const headers = () => ({ 'x-room-secret': secret, ...(token ? { 'x-room-participant': token } : {}) });
  return {
    port,
    path,
    secret,
    get token() {
      return token;
    },
    async join(language: string, name?: string) {
      const r = await http(port, 'POST', `${path}/join`, {
        from,
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify(name === undefined ? { language } : { language, name }),
      });
      if (r.status === 200) token = r.json().participantToken;
      return r;
    },
    questions: (lang: string) => http(port, 'GET', `${path}/questions?lang=${lang}`, { from, headers: headers() }),
    answer: (body: Record<string, unknown>) =>
      http(port, 'POST', `${path}/answer`, { from, headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}

async function newCheck(language: 'fr' | 'de' | 'en' | 'lb' = 'fr', name = 'Boulangerie Muller Sàrl') {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  const a = await s.ok('assessments.start', { clientId: c.id, stage: 'first', heldOn: '2026-03-02', language });
  return { client: c, check: a };
}

async function refused(port: number): Promise<string> {
  try {
    await http(port, 'GET', '/');
    return 'answered';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}

const errorCode = (r: { ok: boolean }) => (r.ok ? 'ok' : (r as unknown as { error: { code: string } }).error.code);

describe('opening a room', () => {
  it('listens only once opened, on the advertised loopback address, with ≥128-bit room id and secret and a QR code of its URL', async () => {
    const { check } = await newCheck();
    expect(await s.ok('rooms.status', { assessmentId: check.id })).toBeNull();
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[1].id, scaleItems[0].id] });
    const u = new URL(room.url);
    expect(u.protocol).toBe('http:');
    expect(u.hostname).toBe('127.0.0.1');
    expect(u.pathname).toBe(`/r/${room.roomId}`);
    // base64url: 22 characters = 16 bytes = 128 bits, for both.
    expect(room.roomId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(u.hash.slice(1)).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(room.qrSvg).toBe(await QRCode.toString(room.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    expect(room.qrSvg.startsWith('<svg')).toBe(true);
    // Workshop order, whatever order was asked.
    expect(room.itemIds).toEqual([scaleItems[0].id, scaleItems[1].id]);
    // Loopback is not the meeting room's network: the presenter is told devices may not reach it.
    expect(room.networkWarning).toBe('no_lan_address');
    expect(await s.ok('rooms.status', { assessmentId: check.id })).toMatchObject({ roomId: room.roomId, participants: [] });

    // A fresh room id and secret per opening; the old ones reach nothing.
    await s.ok('rooms.close', { assessmentId: check.id });
    expect(await refused(Number(u.port))).toBe('ECONNREFUSED');
    const again = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    expect(again.roomId).not.toBe(room.roomId);
    expect(new URL(again.url).hash).not.toBe(u.hash);
    const oldPath = device({ ...again, url: `${new URL(again.url).origin}/r/${room.roomId}${u.hash}` });
    expect((await oldPath.questions('fr')).status).toBe(404);
  });

  it('refuses unknown checks and questions, finalised checks and a second room for the same check', async () => {
    const { check } = await newCheck();
    expect(errorCode(await s.call('rooms.open', { assessmentId: crypto.randomUUID(), anonymous: true, itemIds: [scaleItems[0].id] }))).toBe('not_found');
    expect(errorCode(await s.call('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: ['data.nope'] }))).toBe('not_found');
    expect(errorCode(await s.call('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [] }))).toBe('invalid_input');
    await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    expect(errorCode(await s.call('rooms.open', { assessmentId: check.id, anonymous: false, itemIds: [scaleItems[0].id] }))).toBe('conflict');
  });
});

describe('devices in the room', () => {
  it('three devices join in fr, de and en, get only this room’s questions in their language and answer; the presenter sees who is connected and the spread', async () => {
    const { check } = await newCheck('de');
    const items = [scaleItems[0], checklist];
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: false, itemIds: items.map((i) => i.id) });
    const events: AppEvent[] = [];
    const off = s.subscribe((e) => events.push(e));

    const [fr, de, en] = [device(room), device(room), device(room)];
    expect((await fr.join('fr', 'Anne Weber')).status).toBe(200);
    expect((await de.join('de', 'Jos Schmit')).status).toBe(200);
    expect((await en.join('en', '  Sam Muller ')).status).toBe(200);

    for (const [d, lang] of [[fr, 'fr'], [de, 'de'], [en, 'en']] as const) {
      const q = await d.questions(lang);
      expect(q.status).toBe(200);
      const body = q.json();
      expect(body.participant).toBe(true);
      expect(body.items.map((i: { id: string }) => i.id)).toEqual(items.map((i) => i.id));
      expect(body.items[0].question).toBe(items[0].question[lang]);
      expect(body.items[0].levels).toHaveLength(6);
      expect(body.items[0].levels[3]).toBe(items[0].format.kind === 'scale' ? items[0].format.levels[3][lang] : '');
      expect(body.items[1].options.map((o: { id: string }) => o.id)).toEqual(checklistOptions);
      // Nothing about the client travels to a device.
      expect(q.text).not.toContain('Muller Sàrl');
    }

    for (const [d, level] of [[fr, 1], [de, 1], [en, 4]] as const) {
      const r = await d.answer({ itemId: items[0].id, level });
      expect(r.status).toBe(200);
      expect(r.json().savedAt).toEqual(expect.any(String));
    }
    expect((await fr.answer({ itemId: checklist.id, checked: [checklistOptions[0]] })).status).toBe(200);
    expect((await de.answer({ itemId: checklist.id, checked: [] })).status).toBe(200);
    expect((await en.answer({ itemId: checklist.id, unknown: true })).status).toBe(200);
    // A reload: the device gets its own answers back.
    expect((await fr.questions('fr')).json().mine).toEqual({
      [items[0].id]: { level: 1, checked: null, notApplicable: false, unknown: false },
      [checklist.id]: { level: null, checked: [checklistOptions[0]], notApplicable: false, unknown: false },
    });
    off();

    const spread = await s.ok('votes.spread', { assessmentId: check.id, itemIds: [items[0].id] });
    expect(spread.items[0]).toMatchObject({ voters: 3, counts: [0, 2, 0, 0, 1, 0], median: 1, range: 3, disagreement: true });
    expect(spread.voters.map((v) => [v.label, v.channel, v.language, v.anonymous])).toEqual([
      ['Anne Weber', 'device', 'fr', false],
      ['Jos Schmit', 'device', 'de', false],
      ['Sam Muller', 'device', 'en', false],
    ]);
    const status = (await s.ok('rooms.status', { assessmentId: check.id }))!;
    expect(status.participants.map((p) => [p.label, p.language, p.answered])).toEqual([
      ['Anne Weber', 'fr', 2],
      ['Jos Schmit', 'de', 2],
      ['Sam Muller', 'en', 2],
    ]);
    // The presenter's spread updates live: every join and answer is a votes change of this check.
    const votesEvents = events.filter((e) => e.type === 'changed' && e.entity === 'votes' && e.id === check.id);
    expect(votesEvents.length).toBeGreaterThanOrEqual(9);
  });

  it('an anonymous room never stores a name; a named room needs one', async () => {
    const { check } = await newCheck('lb');
    const anon = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    const d = device(anon);
    expect((await d.join('fr', 'Anne Weber')).status).toBe(200);
    const voters = await s.ok('votes.listVoters', { assessmentId: check.id });
    expect(voters.map((v) => [v.label, v.anonymous])).toEqual([['Participant 1', true]]);
    expect(JSON.stringify(voters)).not.toContain('Anne');
    await s.ok('rooms.close', { assessmentId: check.id });

    const named = await s.ok('rooms.open', { assessmentId: check.id, anonymous: false, itemIds: [scaleItems[0].id] });
    const n = device(named);
    expect((await n.join('fr')).status).toBe(400);
    expect((await n.join('fr', '   ')).status).toBe(400);
    expect((await n.join('fr', 'x'.repeat(201))).status).toBe(400);
    expect((await n.join('fr', 'Anne\u0000Weber')).status).toBe(400);
    expect((await n.join('xx', 'Anne')).status).toBe(400);
    expect((await s.ok('votes.listVoters', { assessmentId: check.id })).length).toBe(1);
  });

  it('a participant the presenter removed must join again', async () => {
    const { check } = await newCheck();
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    const d = device(room);
    await d.join('fr');
    const [voter] = await s.ok('votes.listVoters', { assessmentId: check.id });
    await s.ok('votes.removeVoter', { assessmentId: check.id, voterId: voter.id });
    expect((await d.answer({ itemId: scaleItems[0].id, level: 2 })).status).toBe(401);
    expect((await d.questions('fr')).json().participant).toBe(false);
    expect((await s.ok('rooms.status', { assessmentId: check.id }))!.participants).toEqual([]);
  });
});

describe('the page', () => {
  it('is served in the language asked (else the browser’s, else the check’s), with a strict policy and no inline script', async () => {
    const { check } = await newCheck('lb');
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    const d = device(room);
    const de = await http(d.port, 'GET', `${d.path}?lang=de`);
    expect(de.status).toBe(200);
    expect(de.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(de.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toContain('unsafe');
    expect(de.text).toContain('<html lang="de">');
    expect(de.text).toContain('Reifegrad-Check: Ihre Sicht');
    // Scripts only by src: the one served file.
    expect(de.text.match(/<script[^>]*>/g)).toEqual([`<script src="${d.path}/app.js" defer>`]);
    // The secret is never in what the server sends.
    expect(de.text).not.toContain(d.secret);

    const fr = await http(d.port, 'GET', d.path, { headers: { 'accept-language': 'fr-LU,fr;q=0.9,en;q=0.5' } });
    expect(fr.text).toContain('<html lang="fr">');
    const none = await http(d.port, 'GET', d.path, { headers: { 'accept-language': 'pt-PT' } });
    expect(none.text).toContain('<html lang="lb">'); // the check's language
    const js = await http(d.port, 'GET', `${d.path}/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.text).toContain('x-room-secret');
  });
});

describe('refusals', () => {
  async function openRoom() {
    const { check } = await newCheck();
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    return { check, room, d: device(room) };
  }

  it('no or a wrong secret: 403, and nothing is stored', async () => {
    const { check, d } = await openRoom();
    const join = (headers: Record<string, string>) =>
      http(d.port, 'POST', `${d.path}/join`, { headers: { 'content-type': 'application/json', ...headers }, body: '{"language":"fr"}' });
    expect((await join({})).status).toBe(403);
    expect((await join({ 'x-room-secret': '' })).status).toBe(403);
    expect((await join({ 'x-room-secret': d.secret.slice(0, -1) })).status).toBe(403);
    expect((await join({ 'x-room-secret': `${d.secret}x` })).status).toBe(403);
    expect((await http(d.port, 'GET', `${d.path}/questions?lang=fr`)).status).toBe(403);
    expect((await http(d.port, 'GET', `${d.path}/questions?lang=fr`, { headers: { 'x-room-secret': 'A'.repeat(32) } })).status).toBe(403);
    expect((await s.ok('votes.listVoters', { assessmentId: check.id })).length).toBe(0);
  });

  it('any other path or method: 404; a foreign Host: 421; hostile bodies: 400, 413, 415', async () => {
    const { check, d } = await openRoom();
    const auth = { 'x-room-secret': d.secret };
    const paths = [
      '/',
      '/r',
      `/r/${'A'.repeat(22)}`,
      `${d.path}/`,
      `${d.path}/app.css`,
      `${d.path}/../../etc/passwd`,
      `${d.path}/%2e%2e/%2e%2e/etc/passwd`,
      '/etc/passwd',
      `${d.path}/app.js/../join`,
      `${d.path}?lang=fr&file=/etc/passwd`,
      `${d.path}/questions/extra`,
      `//${d.path}`,
    ];
    for (const path of paths) {
      const r = await http(d.port, 'GET', path, { headers: auth });
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.text).not.toContain('root:');
    }
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE']) {
      for (const path of [d.path, `${d.path}/app.js`, `${d.path}/join`, `${d.path}/questions`, `${d.path}/answer`]) {
        const r = await http(d.port, method, path, { headers: auth });
        expect([method, path, r.status]).toEqual([method, path, 404]);
      }
    }
    // GET on the POST routes and POST on the GET ones.
    expect((await http(d.port, 'GET', `${d.path}/join`, { headers: auth })).status).toBe(404);
    expect((await http(d.port, 'POST', `${d.path}/questions`, { headers: auth })).status).toBe(404);
    expect((await http(d.port, 'POST', d.path, { headers: auth })).status).toBe(404);
    // A page reached under another name (DNS rebinding) or another port.
    expect((await http(d.port, 'GET', d.path, { host: 'attacker.example' })).status).toBe(421);
    expect((await http(d.port, 'GET', d.path, { host: `localhost:${d.port}` })).status).toBe(421);
    expect((await http(d.port, 'GET', d.path, { host: `127.0.0.1:${d.port + 1}` })).status).toBe(421);
    expect((await http(d.port, 'GET', `${d.path}/questions?lang=xx`, { headers: auth })).status).toBe(400);

    const post = (body: string | Buffer, type = 'application/json') =>
      http(d.port, 'POST', `${d.path}/join`, { headers: { ...auth, 'content-type': type }, body });
    expect((await post('{"language":"fr"', 'application/json')).status).toBe(400);
    expect((await post('language=fr', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('{"language":"fr"}', 'text/plain')).status).toBe(415);
    expect((await post(JSON.stringify({ language: 'fr', pad: 'x'.repeat(17 * 1024) }))).status).toBe(413);
    expect((await post('{"language":"fr","__proto__":{"admin":true}}')).status).toBe(400);
    expect((await post('{"language":"fr","extra":1}')).status).toBe(400);
    expect((await post('[]')).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    expect((await s.ok('votes.listVoters', { assessmentId: check.id })).length).toBe(0);

    // Answers: not joined → 401; a question outside the room → 404; hostile answers → 400; nothing stored.
    expect((await d.answer({ itemId: scaleItems[0].id, level: 2 })).status).toBe(401);
    await d.join('fr');
    expect((await d.answer({ itemId: scaleItems[1].id, level: 2 })).status).toBe(404);
    for (const bad of [
      { itemId: scaleItems[0].id, level: 9 },
      { itemId: scaleItems[0].id, level: -1 },
      { itemId: scaleItems[0].id, level: 2.5 },
      { itemId: scaleItems[0].id, level: 'NaN' },
      { itemId: scaleItems[0].id, level: 2, notApplicable: true },
      { itemId: scaleItems[0].id, checked: ['x'] },
      { itemId: scaleItems[0].id, level: 2, voterId: crypto.randomUUID() },
      { itemId: scaleItems[0].id, level: 2, assessmentId: crypto.randomUUID() },
      { level: 2 },
    ]) {
      const r = await d.answer(bad);
      expect([bad, r.status]).toEqual([bad, 400]);
    }
    const forged = await http(d.port, 'POST', `${d.path}/answer`, {
      headers: { ...auth, 'x-room-participant': 'A'.repeat(32), 'content-type': 'application/json' },
      body: JSON.stringify({ itemId: scaleItems[0].id, level: 1 }),
    });
    expect(forged.status).toBe(401);
    expect((await s.ok('votes.spread', { assessmentId: check.id, itemIds: [scaleItems[0].id] })).items[0].voters).toBe(0);
  });

  it('rate limits: the 11th join from one address in a minute, the 21st answer of a participant in 10 s, the 121st request of an address in 10 s → 429', async () => {
    const { check, d } = await openRoom();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await device(await s.ok('rooms.status', { assessmentId: check.id }).then((r) => r!)).join('fr')).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
    // Another address still joins.
    expect((await device((await s.ok('rooms.status', { assessmentId: check.id }))!, '127.0.0.9').join('fr')).status).toBe(200);

    const p = device((await s.ok('rooms.status', { assessmentId: check.id }))!, '127.0.0.10');
    await p.join('fr');
    const answers: number[] = [];
    for (let i = 0; i < 21; i += 1) answers.push((await p.answer({ itemId: scaleItems[0].id, level: i % 6 })).status);
    expect(answers).toEqual([...Array(20).fill(200), 429]);

    const flood: number[] = [];
    for (let i = 0; i < 121; i += 1) flood.push((await http(d.port, 'GET', `${d.path}/app.js`, { from: '127.0.0.11' })).status);
    expect(flood.slice(0, 120).every((x) => x === 200)).toBe(true);
    expect(flood[120]).toBe(429);
  });
});

describe('closing', () => {
  it('the port refuses after rooms.close, after the check is finalised or discarded, after the client is erased and after the services close', async () => {
    // rooms.close
    const a = await newCheck('fr', 'Alpha SA');
    const ra = await s.ok('rooms.open', { assessmentId: a.check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    const pa = device(ra);
    expect((await pa.join('fr')).status).toBe(200);
    await s.ok('rooms.close', { assessmentId: a.check.id });
    expect(await refused(pa.port)).toBe('ECONNREFUSED');
    expect(await s.ok('rooms.status', { assessmentId: a.check.id })).toBeNull();
    expect(await s.ok('rooms.close', { assessmentId: a.check.id })).toEqual({ closed: true });

    // finalised
    const rb = await s.ok('rooms.open', { assessmentId: a.check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    for (const item of instrument.items) await s.ok('assessments.saveAnswer', { id: a.check.id, itemId: item.id, unknown: true });
    await s.ok('assessments.finalise', { id: a.check.id });
    expect(await refused(device(rb).port)).toBe('ECONNREFUSED');
    expect(await s.ok('rooms.status', { assessmentId: a.check.id })).toBeNull();
    expect(errorCode(await s.call('rooms.open', { assessmentId: a.check.id, anonymous: true, itemIds: [scaleItems[0].id] }))).toBe('read_only');

    // discarded
    const b = await newCheck('fr', 'Beta SA');
    const rc = await s.ok('rooms.open', { assessmentId: b.check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    await s.ok('assessments.discard', { id: b.check.id });
    expect(await refused(device(rc).port)).toBe('ECONNREFUSED');

    // erased
    const c = await newCheck('fr', 'Gamma SA');
    const rd = await s.ok('rooms.open', { assessmentId: c.check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    await device(rd).join('fr');
    await s.ok('clients.erase', { id: c.client.id, confirmName: 'Gamma SA' });
    expect(await refused(device(rd).port)).toBe('ECONNREFUSED');

    // services closed (quit, restore)
    const d = await newCheck('fr', 'Delta SA');
    const re = await s.ok('rooms.open', { assessmentId: d.check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    expect((await http(device(re).port, 'GET', device(re).path)).status).toBe(200);
    s.close();
    expect(await refused(device(re).port)).toBe('ECONNREFUSED');
    s = await tempServices({ sync: { autoStart: false }, rooms: LOOPBACK }); // afterEach cleans up this one
  });
});

describe('the advertised address (no traffic leaves the loopback address)', () => {
  it("'lan' advertises this machine's first private IPv4 (else loopback with the warning); a private address clears the warning and is the only Host accepted", async () => {
    const lan = await tempServices({ sync: { autoStart: false }, rooms: { bindHost: '127.0.0.1', advertisedHost: 'lan', port: 0 } });
    try {
      const c = await lan.ok('clients.create', { name: 'Lan SA', reportLocale: 'fr' });
      const a = await lan.ok('assessments.start', { clientId: c.id, stage: 'first', heldOn: '2026-03-02', language: 'fr' });
      const room = await lan.ok('rooms.open', { assessmentId: a.id, anonymous: true, itemIds: [scaleItems[0].id] });
      const expected = pickLanAddress(networkInterfaces());
      expect(new URL(room.url).hostname).toBe(expected ?? '127.0.0.1');
      expect(room.networkWarning).toBe(expected ? null : 'no_lan_address');
    } finally {
      lan.cleanup();
    }

    // Bound to loopback, advertising a meeting-room address: requests still go to 127.0.0.1 only.
    const injected = await tempServices({ sync: { autoStart: false }, rooms: { bindHost: '127.0.0.1', advertisedHost: '192.168.1.20', port: 0 } });
    try {
      const c = await injected.ok('clients.create', { name: 'Room SA', reportLocale: 'fr' });
      const a = await injected.ok('assessments.start', { clientId: c.id, stage: 'first', heldOn: '2026-03-02', language: 'fr' });
      const room = await injected.ok('rooms.open', { assessmentId: a.id, anonymous: true, itemIds: [scaleItems[0].id] });
      const u = new URL(room.url);
      expect(u.hostname).toBe('192.168.1.20');
      expect(room.networkWarning).toBeNull();
      const port = Number(u.port);
      expect((await http(port, 'GET', u.pathname)).status).toBe(421); // Host 127.0.0.1:<port> is not the advertised one
      expect((await http(port, 'GET', u.pathname, { host: `192.168.1.20:${port}` })).status).toBe(200);
    } finally {
      injected.cleanup();
    }
  });
});

describe('closing, the hard cases', () => {
  it('a kept-alive connection is dropped on close: the next request on it fails instead of reaching the room', async () => {
    const { check } = await newCheck();
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] });
    const { port, pathname } = { port: Number(new URL(room.url).port), pathname: new URL(room.url).pathname };
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: pathname, agent, headers: { host: `127.0.0.1:${port}` } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
    expect(await get()).toBe(200);
    await s.ok('rooms.close', { assessmentId: check.id });
    await expect(get()).rejects.toThrow(/ECONNRESET|ECONNREFUSED|socket hang up/);
    agent.destroy();
  });

  it('two openings of the same check at once: one room, the other is refused', async () => {
    const { check } = await newCheck();
    const input = { assessmentId: check.id, anonymous: true, itemIds: [scaleItems[0].id] };
    const [a, b] = await Promise.all([s.call('rooms.open', input), s.call('rooms.open', input)]);
    expect([errorCode(a), errorCode(b)].sort()).toEqual(['conflict', 'ok']);
    const opened = (a.ok ? a.value : (b as { value: RoomInfo }).value) as RoomInfo;
    expect((await s.ok('rooms.status', { assessmentId: check.id }))!.roomId).toBe(opened.roomId);
    await s.ok('rooms.close', { assessmentId: check.id });
    expect(await refused(Number(new URL(opened.url).port))).toBe('ECONNREFUSED');
  });
});

describe('load', () => {
  it('50 devices, each from its own address, join and answer five questions at once: every answer is stored', async () => {
    const { check } = await newCheck('fr');
    const items = scaleItems.slice(0, 4).concat(checklist);
    const room = await s.ok('rooms.open', { assessmentId: check.id, anonymous: true, itemIds: items.map((i) => i.id) });
    const devices = Array.from({ length: 50 }, (_, i) => device(room, `127.0.0.${i + 2}`));
    const languages = ['fr', 'de', 'en', 'lb'];
    const results = await Promise.all(
      devices.map(async (d, i) => {
        const joined = await d.join(languages[i % 4]);
        const q = await d.questions(languages[i % 4]);
        const answered = await Promise.all(
          items.map((item, k) =>
            d.answer(item.format.kind === 'scale' ? { itemId: item.id, level: (i + k) % 6 } : { itemId: item.id, checked: i % 2 ? [checklistOptions[0]] : [] }),
          ),
        );
        return [joined.status, q.status, ...answered.map((r) => r.status)];
      }),
    );
    expect(results.flat().filter((x) => x !== 200)).toEqual([]);
    const rows = s.db.prepare('SELECT count(*) AS n FROM assessment_votes WHERE assessment_id = ?').get(check.id) as { n: number };
    expect(rows.n).toBe(50 * items.length);
    const voters = s.db.prepare("SELECT count(*) AS n FROM assessment_voters WHERE assessment_id = ? AND channel = 'device'").get(check.id) as { n: number };
    expect(voters.n).toBe(50);
    const spread = await s.ok('votes.spread', { assessmentId: check.id, itemIds: [items[0].id] });
    // Device i answered level i % 6 on the first question: 50 = 9 + 9 + 8 + 8 + 8 + 8.
    expect(spread.items[0].counts).toEqual([9, 9, 8, 8, 8, 8]);
    const status = (await s.ok('rooms.status', { assessmentId: check.id }))!;
    expect(status.participants).toHaveLength(50);
    expect(status.participants.every((p) => p.answered === items.length)).toBe(true);
  });
});
