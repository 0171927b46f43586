/**
 * The own-devices room in real browsers (issue 14), on the loopback address only: three phones
 * (390×844) join through the URL the QR code encodes, in French, German and English, answer, and
 * the presenter's spread follows live; a context without the secret, a closed room and any other
 * method are refused. Screenshots of the participant page go to /tmp/shots/room-server/.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import QRCode from 'qrcode';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import type { RoomInfo } from '@shared/contract/votes';

const SHOTS = '/tmp/shots/room-server';
const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const checklistAt = instrument.items.findIndex((i) => i.format.kind === 'checklist');
const checklist = instrument.items[checklistAt];
// Two scale questions asked before the checklist: the room asks in workshop order.
const scale = instrument.items.slice(0, checklistAt).filter((i) => i.format.kind === 'scale').slice(0, 2);
const LOOPBACK = { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', port: 0 };

/** A phone: its own browser context (no shared storage), the language its browser asks for; fails on any page error or CSP report. */
async function phone(browser: Browser, locale: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${locale}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(`${locale} CSP: ${m.text()}`);
  });
  return page;
}

const choice = (page: Page, n: number) => page.locator('#choices .choice').nth(n);

/** WCAG 2.1 AA violations on the participant page as it is now (axe). */
async function axe(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('three phones join through the QR URL in fr, de and en, answer, and the presenter’s spread follows live; the rest is refused', async ({ laptop, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const app = await laptop({ rooms: LOOPBACK });
  const client = await app.call('clients.create', { name: 'Boulangerie Muller Sàrl', reportLocale: 'fr' });
  const check = await app.call('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'fr' });
  const room: RoomInfo = await app.call('rooms.open', { assessmentId: check.id, anonymous: false, itemIds: [...scale.map((i) => i.id), checklist.id] });
  // The QR code is of this URL, and it is the URL the phones open.
  expect(room.qrSvg).toBe(await QRCode.toString(room.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  expect(new URL(room.url).hostname).toBe('127.0.0.1');

  const errors: string[] = [];
  const people = [
    { locale: 'fr-LU', lang: 'fr', name: 'Anne Weber', title: 'Diagnostic de maturité : votre avis', levels: [1, 2], saved: 'Enregistré' },
    { locale: 'de-LU', lang: 'de', name: 'Jos Schmit', title: 'Reifegrad-Check: Ihre Sicht', levels: [1, 3], saved: 'Gespeichert' },
    { locale: 'en-GB', lang: 'en', name: 'Sam Muller', title: 'Maturity check: your view', levels: [4, 2], saved: 'Saved' },
  ];
  const pages: Page[] = [];
  for (const [n, p] of people.entries()) {
    const page = await phone(browser, p.locale, errors);
    pages.push(page);
    await page.goto(room.url);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.locator('h1')).toHaveText(p.title);
    await expect(page.locator('#join')).toBeVisible();
    if (n === 0) {
      await page.screenshot({ path: `${SHOTS}/phone-join-fr.png` });
      errors.push(...(await axe(page, 'join fr')));
    }
    await page.locator('#name').fill(p.name);
    await page.locator('#join-form button[type=submit]').click();
    await expect(page.locator('#question')).toBeVisible();
    await expect(page.locator('#question-text')).toHaveText(scale[0].question[p.lang as 'fr' | 'de' | 'en']);
    // The presenter sees who is connected as soon as they join.
    await expect.poll(async () => (await app.call('rooms.status', { assessmentId: check.id }))?.participants.length).toBe(n + 1);
  }

  for (const [n, p] of people.entries()) {
    const page = pages[n];
    await choice(page, p.levels[0]).click();
    await expect(page.locator('#status')).toHaveText(p.saved);
    await expect(choice(page, p.levels[0])).toHaveAttribute('aria-pressed', 'true');
    // Live: the presenter's spread counts this answer at once.
    await expect
      .poll(async () => (await app.call('votes.spread', { assessmentId: check.id, itemIds: [scale[0].id] })).items[0].voters)
      .toBe(n + 1);
    if (n === 1) {
      await page.screenshot({ path: `${SHOTS}/phone-question-de.png` });
      errors.push(...(await axe(page, 'question de')));
    }
    await page.locator('#next').click();
    await choice(page, p.levels[1]).click();
    await expect(page.locator('#status')).toHaveText(p.saved);
    await page.locator('#next').click();
    // The checklist: Anne ticks the first option, Jos answers "none of these", Sam does not know.
    if (n === 0) await choice(page, 0).click();
    if (n === 1) await page.locator('#choices .choice').last().click();
    if (n === 2) await page.locator('#unknown').click();
    await expect(page.locator('#status')).toHaveText(p.saved);
    if (n === 2) {
      await page.screenshot({ path: `${SHOTS}/phone-checklist-en.png`, fullPage: true });
      errors.push(...(await axe(page, 'checklist en')));
    }
    await page.locator('#next').click();
    await expect(page.locator('#done')).toBeVisible();
    if (n === 0) await page.screenshot({ path: `${SHOTS}/phone-done-fr.png` });
  }

  const spread = await app.call('votes.spread', { assessmentId: check.id, itemIds: [scale[0].id, scale[1].id, checklist.id] });
  // q1: 1, 1, 4 → median 1, range 3, flagged; q2: 2, 3, 2 → median 2, range 1.
  expect(spread.items[0]).toMatchObject({ voters: 3, counts: [0, 2, 0, 0, 1, 0], median: 1, range: 3, disagreement: true });
  expect(spread.items[1]).toMatchObject({ voters: 3, counts: [0, 0, 2, 1, 0, 0], median: 2, range: 1, disagreement: false });
  expect(spread.items[2]).toMatchObject({ voters: 3, unknown: 1 });
  const status = (await app.call('rooms.status', { assessmentId: check.id }))!;
  expect(status.participants.map((p) => [p.label, p.language, p.answered])).toEqual([
    ['Anne Weber', 'fr', 3],
    ['Jos Schmit', 'de', 3],
    ['Sam Muller', 'en', 3],
  ]);

  // A reload keeps the participant and shows their answers.
  await pages[1].reload();
  await expect(pages[1].locator('#done')).toBeVisible();
  await pages[1].locator('#back').click();
  await expect(choice(pages[1], 3)).toHaveAttribute('aria-pressed', 'false');
  await expect(pages[1].locator('#choices .choice').last()).toHaveAttribute('aria-pressed', 'true');

  // The language switch keeps the secret (Luxembourgish) and the participant.
  await pages[0].locator('nav.lang button[data-lang="lb"]').click();
  await expect(pages[0].locator('html')).toHaveAttribute('lang', 'lb');
  await expect(pages[0].locator('#done')).toContainText('Dir hutt all d’Froe beäntwert');
  await pages[0].locator('#back').click();
  await expect(pages[0].locator('#question-text')).toHaveText(checklist.question.lb);
  await pages[0].screenshot({ path: `${SHOTS}/phone-checklist-lb.png`, fullPage: true });

  // A context without the secret: the page says the link is incomplete and its calls are refused.
  const stranger = await phone(browser, 'fr-LU', errors);
  const bare = room.url.split('#')[0];
  await stranger.goto(bare);
  await expect(stranger.locator('#message')).toHaveText('Ce lien est incomplet ou n’est plus valable. Scannez à nouveau le code QR.');
  await expect(stranger.locator('#join')).toBeHidden();
  await stranger.screenshot({ path: `${SHOTS}/phone-no-secret-fr.png` });
  errors.push(...(await axe(stranger, 'no secret fr')));
  const path = new URL(room.url).pathname;
  const strangerCalls = await stranger.evaluate(async (p) => {
    const join = await fetch(`${p}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"language":"fr","name":"Eve"}' });
    const wrong = await fetch(`${p}/questions?lang=fr`, { headers: { 'x-room-secret': 'guess' } });
    return [join.status, wrong.status];
  }, path);
  expect(strangerCalls).toEqual([403, 403]);
  // Any other method: refused.
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    expect((await stranger.request.fetch(bare, { method })).status()).toBe(404);
  }
  expect((await app.call('votes.listVoters', { assessmentId: check.id })).length).toBe(3);

  // The room closes: an answer from a phone is not saved and a reload reaches nothing.
  await app.call('rooms.close', { assessmentId: check.id });
  await pages[2].locator('#back').click();
  await choice(pages[2], 0).click();
  await expect(pages[2].locator('#status')).toHaveText('Not saved. Check the Wi-Fi connection and try again.');
  await expect(pages[2].locator('#status')).toHaveClass(/error/);
  await pages[2].screenshot({ path: `${SHOTS}/phone-closed-en.png` });
  const reload = await pages[2].reload().then(
    () => 'loaded',
    (e: Error) => e.message,
  );
  expect(reload).toMatch(/ERR_CONNECTION_REFUSED/);
  expect((await app.call('votes.spread', { assessmentId: check.id, itemIds: [scale[0].id] })).items[0].counts).toEqual([0, 2, 0, 0, 1, 0]);

  expect(errors).toEqual([]);
});

test('the presenter (1280×720) opens a room from the check, sees the phones connect and answer live, reveals the spread, closes the room', async ({ laptop, page, browser }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const app = await laptop({ rooms: LOOPBACK });
  const errors: string[] = [];
  for (const lang of ['fr', 'de'] as const) {
    await app.call('settings.update', { locale: lang });
    const client = await app.call('clients.create', { name: `Menuiserie Reuter ${lang}`, reportLocale: lang });
    const check = await app.call('assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-11-30', language: lang });
    const first = instrument.items[0];
    expect(first.format.kind).toBe('scale');
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.open(page, `/checks/${check.id}/present`);
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', first.id);

    await page.keyboard.press('h');
    await expect(page.getByTestId('votes-dialog')).toBeVisible();
    await page.getByTestId('mode-room').click();
    await page.getByTestId('room-named').check();
    await page.getByTestId('room-open').click();
    await expect(page.getByTestId('room-qr')).toBeVisible();
    const url = (await page.getByTestId('room-url').textContent())!.trim();
    const room = (await app.call('rooms.status', { assessmentId: check.id }))!;
    // The address on screen is the one in the QR code.
    expect(url).toBe(room.url);
    expect(room.itemIds).toEqual([first.id]);

    const people = [
      { locale: 'fr-LU', name: 'Claire Reuter', level: 1 },
      { locale: 'de-DE', name: 'Jos Weber', level: 1 },
      { locale: 'en-GB', name: 'Sam Muller', level: 4 },
    ];
    const phones: Page[] = [];
    for (const [n, p] of people.entries()) {
      const phonePage = await phone(browser, p.locale, errors);
      phones.push(phonePage);
      await phonePage.goto(url);
      await phonePage.locator('#name').fill(p.name);
      await phonePage.locator('#join-form button[type=submit]').click();
      await expect(phonePage.locator('#question')).toBeVisible();
      // Live: the presenter's list grows as each phone joins.
      await expect(page.getByTestId('room-people').locator('li')).toHaveCount(n + 1);
    }
    for (const [n, p] of people.entries()) {
      await choice(phones[n], p.level).click();
      await expect(phones[n].locator('#status')).toHaveClass('status');
      await expect(phones[n].locator(`#choices .choice >> nth=${p.level}`)).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(page.getByTestId('room-people').locator('li')).toContainText([/Claire Reuter/, /Jos Weber/, /Sam Muller/]);
    await expect(page.getByTestId('room-people').locator(`li[data-voter]`).first()).toContainText('1');
    await page.screenshot({ path: `${SHOTS}/presenter-room-${lang}-1280x720.png` });

    await page.getByTestId('reveal').click();
    const panel = page.getByTestId('spread-panel');
    await expect(panel).toHaveAttribute('data-voters', '3');
    const counts = await Promise.all([0, 1, 2, 3, 4, 5].map((l) => page.getByTestId(`spread-level-${l}`).getAttribute('data-count')));
    expect(counts).toEqual(['0', '2', '0', '0', '1', '0']);
    await expect(page.getByTestId('spread-flag')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/presenter-spread-${lang}-1280x720.png` });

    // A fourth answer arrives after the reveal: the spread follows without a reload.
    await choice(phones[0], 5).click();
    await expect(page.getByTestId('spread-level-5')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('spread-level-1')).toHaveAttribute('data-count', '1');

    // Closing from the presenter: the phones reach nothing any more.
    await page.keyboard.press('h');
    await page.getByTestId('mode-room').click();
    await page.getByTestId('room-close').click();
    await expect(page.getByTestId('room-panel')).toHaveAttribute('data-open', 'false');
    expect(await app.call('rooms.status', { assessmentId: check.id })).toBeNull();
    await choice(phones[1], 2).click();
    await expect(phones[1].locator('#status')).toHaveClass(/error/);
    for (const p of phones) await p.context().close();
  }
  expect(errors).toEqual([]);
});
