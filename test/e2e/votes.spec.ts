/**
 * Issue 14 in the presenter, round the table: three participants answer a whole dimension on the
 * advisor's laptop (each in a private view that shows nobody else's answer), the reveal shows
 * the right counts, median, range and the "discuss" flag, the agreed answer given with the usual
 * key is what scores (the participants' answers do not), and the individual answers survive a
 * reload. Then the spread beside the agreed answer, the hand-over dialog and the room panel keep
 * the projector rule (nothing scrolls, Back/Next on screen) at 1280×720 and 1366×768, and the
 * results show where the room disagreed. Screenshots go to /tmp/shots/votes-ui/ when SHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type Laptop } from './fixtures';
import { getInstrument } from '@shared/reference/instrument';
import { scoreAssessment } from '@shared/domain/scoring';
import type { Item } from '@shared/reference/instrument/types';
import type { Locale } from '@shared/locale';

const SHOTS = process.env.SHOTS ? '/tmp/shots/votes-ui' : null;

async function startCheck(app: Laptop, language: Locale) {
  const client = await app.call('clients.create', { name: 'Menuiserie Reuter S.à r.l.', reportLocale: language });
  await app.call('settings.update', { locale: language });
  const check = await app.call('assessments.start', {
    clientId: client.id,
    stage: 'first',
    previousId: null,
    heldOn: '2026-11-30',
    language,
    participants: [{ name: 'Claire Reuter', role: 'Gérante' }],
  });
  const instrument = getInstrument(check.instrumentVersion);
  const firstDimension = [...instrument.dimensions].sort((a, b) => a.order - b.order)[0];
  const items = instrument.items.filter((i) => i.dimensionId === firstDimension.id);
  return { client, check, instrument, dimension: firstDimension, items };
}

/**
 * What each participant answers, per item of the dimension: a level for scale items (by key),
 * 'N' for not applicable, or the option numbers to tick on a checklist.
 */
type Plan = (item: Item, index: number) => string[];

async function answerPrivately(page: Page, items: Item[], plan: Plan) {
  const view = page.getByTestId('private-view');
  for (const [index, item] of items.entries()) {
    await expect(view).toHaveAttribute('data-item', item.id);
    for (const key of plan(item, index)) await page.keyboard.press(key);
    if (index < items.length - 1) await page.keyboard.press('ArrowRight');
  }
  await page.getByTestId('pass-on').click();
  await expect(view).toHaveCount(0);
}

// Participant k's level for the scale items: item 0 → 1, 1, 4 (range 3: flagged); the others → 2, 2, 3, except
// participant 3 says "not applicable" to the second scale item. Checklists: each ticks option 1.
const LEVELS = [
  [1, 2],
  [1, 2],
  [4, 3],
];
const planOf =
  (participant: number, scaleItems: Item[]): Plan =>
  (item) => {
    if (item.format.kind === 'checklist') return ['1'];
    const s = scaleItems.indexOf(item);
    if (participant === 2 && s === 1) return ['n'];
    return [String(LEVELS[participant][Math.min(s, 1)])];
  };

test('round the table: three participants answer a dimension in private, the reveal counts them, the agreed answer scores, their answers survive a reload', async ({ app, page }) => {
  test.setTimeout(120_000);
  const { check, instrument, items } = await startCheck(app, 'en');
  const scaleItems = items.filter((i) => i.format.kind === 'scale');
  expect(scaleItems.length).toBeGreaterThanOrEqual(2);
  await app.open(page, `/checks/${check.id}/present`);
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toHaveAttribute('data-step', items[0].id);

  // H opens the dialog; the whole dimension is handed over.
  await page.keyboard.press('h');
  const dialog = page.getByTestId('votes-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('scope-dimension').check();

  await page.getByTestId('voter-name').fill('Anne Muller');
  await page.getByTestId('add-named').click();
  await expect(page.getByTestId('private-who')).toHaveText('Anne Muller answers');
  await answerPrivately(page, items, planOf(0, scaleItems));

  // The next participant sees none of the first one's answers, and no spread.
  await page.getByTestId('add-anonymous').click();
  await expect(page.getByTestId('private-who')).toHaveText('Participant 1 answers');
  await expect(page.getByTestId('private-view').locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.getByTestId('spread-panel')).toHaveCount(0);
  await answerPrivately(page, items, planOf(1, scaleItems));

  await page.getByTestId('voter-name').fill('Luc Weber');
  await page.keyboard.press('Enter'); // the form adds and hands over
  await expect(page.getByTestId('private-who')).toHaveText('Luc Weber answers');
  await answerPrivately(page, items, planOf(2, scaleItems));

  // A fourth person answers by mistake, then is removed with their answers (asked in place first).
  await page.getByTestId('add-anonymous').click();
  await expect(page.getByTestId('private-who')).toHaveText('Participant 2 answers');
  await page.keyboard.press('5');
  await expect.poll(async () => (await app.call('votes.spread', { assessmentId: check.id })).voters.length).toBe(4);
  await expect.poll(async () => Object.values((await app.call('votes.spread', { assessmentId: check.id })).answered).flat().length).toBe(3 * items.length + 1);
  await page.keyboard.press('Escape');
  const fourth = page.locator('.votes-people li', { hasText: 'Participant 2' });
  await page.getByTestId('remove-voter').nth(3).click();
  await expect(page.getByTestId('remove-no')).toBeFocused();
  await page.getByTestId('remove-yes').click();
  await expect(page.getByTestId('hand-over')).toHaveCount(3);
  await expect(fourth).toHaveCount(0);

  // Every participant has answered every question of the dimension (ids only, never the answers).
  await expect(page.getByTestId('voter-progress')).toHaveText(Array(3).fill(`${items.length} of ${items.length} answered`));
  // Nothing scored yet: participant answers are not the agreed answer.
  expect((await app.call('assessments.get', { id: check.id })).answers).toEqual([]);

  await page.getByTestId('reveal').click();
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Escape'); // nothing to close: the presenter keeps its keys
  // Go to the first scale item (the dimension may open with a checklist).
  for (let i = 0; i < items.indexOf(scaleItems[0]); i++) await page.keyboard.press('ArrowRight');
  await expect(presenter).toHaveAttribute('data-step', scaleItems[0].id);
  const panel = page.getByTestId('spread-panel');
  await expect(panel).toHaveAttribute('data-voters', '3');
  const counts = await Promise.all([0, 1, 2, 3, 4, 5].map((l) => page.getByTestId(`spread-level-${l}`).getAttribute('data-count')));
  expect(counts).toEqual(['0', '2', '0', '0', '1', '0']);
  await expect(page.getByTestId('spread-median')).toHaveText('Median 1');
  await expect(page.getByTestId('spread-range')).toHaveText('Range 3');
  await expect(page.getByTestId('spread-flag')).toBeVisible();

  // The second scale item: 2, 2 and one "not applicable" — not flagged.
  await page.keyboard.press('ArrowRight');
  while ((await presenter.getAttribute('data-step')) !== scaleItems[1].id) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('spread-na')).toHaveText('Not applicable: 1');
  await expect(page.getByTestId('spread-level-2')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('spread-range')).toHaveText('Range 0');
  await expect(page.getByTestId('spread-flag')).toHaveCount(0);

  // The agreed answer, with the usual key, after the discussion: it (and only it) scores.
  while ((await presenter.getAttribute('data-step')) !== scaleItems[0].id) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('2');
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-state', 'answered');
  await expect(page.getByTestId('level-2')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await app.call('assessments.get', { id: check.id })).answers.map((a) => [a.itemId, a.level])).toEqual([[scaleItems[0].id, 2]]);
  const detail = await app.call('assessments.get', { id: check.id });
  const score = scoreAssessment(instrument, detail.answers, detail.targets);
  const dim = score.dimensions.find((d) => d.id === scaleItems[0].dimensionId)!;
  expect(dim.answered).toBe(1);
  expect(dim.score).toBe(scoreAssessment(instrument, [{ itemId: scaleItems[0].id, level: 2, checked: null, notApplicable: false, unknown: false }], {}).dimensions.find((d) => d.id === dim.id)!.score);

  // A reload: the spread is hidden again until revealed; each participant's own answers are still there.
  await page.reload();
  await expect(presenter).toHaveAttribute('data-step', scaleItems[0].id);
  await expect(page.getByTestId('spread-panel')).toHaveCount(0);
  await page.getByTestId('open-votes').click();
  await page.getByTestId('scope-dimension').check();
  const luc = page.getByTestId('hand-over').filter({ hasText: 'Luc Weber' });
  await luc.click();
  const view = page.getByTestId('private-view');
  while ((await view.getAttribute('data-item')) !== scaleItems[0].id) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('vote-level-4')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  while ((await view.getAttribute('data-item')) !== scaleItems[1].id) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('vote-na')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape'); // ends Luc's turn, reveals nothing
  await expect(view).toHaveCount(0);
  await expect(dialog).toBeVisible();
  const spread = await app.call('votes.spread', { assessmentId: check.id, itemIds: [scaleItems[0].id] });
  expect(spread.voters).toHaveLength(3);
  expect(spread.items[0].counts).toEqual([0, 2, 0, 0, 1, 0]);
  await page.getByTestId('votes-close').click();
  await expect(dialog).toHaveCount(0);

  // Results: the flagged question with its distribution and the agreed answer beside it.
  await app.open(page, `/checks/${check.id}/results`);
  const row = page.getByTestId('disagreement-items').locator(`[data-item="${scaleItems[0].id}"]`);
  await expect(row).toContainText('level 1 ×2 · level 4 ×1');
  await expect(row.getByTestId('agreed')).toHaveText('level 2');
  await expect(page.getByTestId('disagreement')).toContainText('3 participants answered on their own (2 named, 1 anonymous).');
});

async function onScreenProblems(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollHeight > window.innerHeight + 1) problems.push('the page scrolls');
    const main = document.querySelector<HTMLElement>('.presenter-main');
    if (main && main.scrollHeight > main.clientHeight + 1) problems.push(`the stage scrolls (${main.scrollHeight} > ${main.clientHeight})`);
    for (const sel of sels) {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) {
        problems.push(`${sel}: missing`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5) problems.push(`${sel}: off screen`);
    }
    return problems;
  }, selectors);
}

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
] as const) {
  for (const lang of ['fr', 'de'] as const) {
    test(`screens at ${width}×${height} in ${lang}: spread beside the agreed answer fits the projector, dialog, room panel and results`, async ({ laptop, page }) => {
      test.setTimeout(120_000);
      const app = await laptop({ rooms: { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', port: 0 } });
      await page.setViewportSize({ width, height });
      const { check, items, instrument } = await startCheck(app, lang);
      const scale = items.filter((i) => i.format.kind === 'scale');
      // The first checklist of the workshop, wherever it is: its spread lists every option with its share.
      const checklist = instrument.items.find((i) => i.format.kind === 'checklist');
      const voters = [];
      for (const label of ['Anne Muller', 'Luc Weber', 'Sophie Klein', 'Marc Hoffmann']) {
        voters.push(await app.call('votes.addVoter', { assessmentId: check.id, label, anonymous: false, channel: 'table', language: lang }));
      }
      for (const [k, voter] of voters.entries()) {
        for (const [s, item] of scale.entries()) {
          await app.call('votes.save', { assessmentId: check.id, voterId: voter.id, itemId: item.id, level: s === 0 ? [0, 1, 4, 5][k] : 3, checked: null, notApplicable: false, unknown: false });
        }
        if (checklist && checklist.format.kind === 'checklist') {
          const opts = checklist.format.options.map((o) => o.id);
          await app.call('votes.save', { assessmentId: check.id, voterId: voter.id, itemId: checklist.id, level: null, checked: k % 2 === 0 ? opts.slice(0, 2) : [opts[0]], notApplicable: false, unknown: false });
        }
      }
      const shot = async (name: string) => {
        if (!SHOTS) return;
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${width}x${height}.png` });
      };

      await app.open(page, `/checks/${check.id}/present`);
      await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', items[0].id);
      await page.keyboard.press('h');
      await page.getByTestId('scope-dimension').check();
      await expect(page.getByTestId('hand-over')).toHaveCount(4);
      await shot('1-dialog');
      await page.getByTestId('hand-over').first().click();
      await expect(page.getByTestId('private-view')).toBeVisible();
      await shot('2-private');
      await page.keyboard.press('Escape');
      await page.getByTestId('mode-room').click();
      await page.getByTestId('room-open').click();
      await expect(page.getByTestId('room-qr')).toBeVisible();
      await expect(page.getByTestId('room-url')).toContainText('http://127.0.0.1:');
      // The open room's questions are fixed: the scope cannot change under it, Reveal shows those.
      await expect(page.getByTestId('scope-all')).toBeDisabled();
      await expect(page.getByTestId('reveal')).toContainText(String(items.length));
      const qr = await page.getByTestId('room-qr').evaluate((img: HTMLImageElement) => ({ src: img.src.slice(0, 26), w: img.naturalWidth, shown: img.getBoundingClientRect().width }));
      expect(qr.src).toBe('data:image/svg+xml;base64,');
      expect(qr.w).toBeGreaterThan(0); // the SVG decoded as an image
      expect(qr.shown).toBeGreaterThanOrEqual(250); // large enough for a projector
      await shot('3-room');
      // Advertised on loopback, no device could reach it: the panel says so and offers round the table.
      await expect(page.getByTestId('room-warning')).toBeVisible();
      await page.getByTestId('room-use-table').click();
      await expect(page.getByTestId('votes-table')).toBeVisible();
      await page.getByTestId('mode-room').click();
      await expect(page.getByTestId('room-panel')).toHaveAttribute('data-open', 'true');
      // The dialog closed, the room still listens: the top bar says so until the room is closed.
      await page.getByTestId('votes-close').click();
      await expect(page.getByTestId('room-live')).toBeVisible();
      await shot('3b-room-live');
      await page.keyboard.press('h');
      await page.getByTestId('mode-room').click();
      await expect(page.getByTestId('room-panel')).toHaveAttribute('data-open', 'true');
      await page.getByTestId('room-close').click();
      await expect(page.getByTestId('room-live')).toHaveCount(0);
      await expect(page.getByTestId('scope-all')).toBeEnabled();
      await expect(page.getByTestId('room-open')).toBeVisible();
      expect(await app.call('rooms.status', { assessmentId: check.id })).toBeNull();
      await page.getByTestId('scope-all').check();
      await page.getByTestId('reveal').click();

      const fits = ['[data-testid="question"]', '[data-testid="spread-panel"]', '[data-testid="flag-na"]', '[data-testid="prev"]', '[data-testid="next"]', '[data-testid="key-hints"]'];
      for (const item of [scale[0], ...(checklist ? [checklist] : [])]) {
        while ((await page.getByTestId('presenter').getAttribute('data-step')) !== item.id) await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('spread-panel')).toHaveAttribute('data-voters', '4');
        expect(await onScreenProblems(page, fits), `${item.id}`).toEqual([]);
        await shot(`4-spread-${item.format.kind}`);
      }
      await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', checklist ? checklist.id : scale[0].id);

      await app.open(page, `/checks/${check.id}/results`);
      const section = page.getByTestId('disagreement');
      await expect(section).toBeVisible();
      await expect(section.locator(`[data-item="${scale[0].id}"]`)).toBeVisible();
      if (checklist && checklist.format.kind === 'checklist') {
        // Only the options someone ticked: the first (all four) and the second (two of four).
        const cells = section.locator(`[data-item="${checklist.id}"] td`).first();
        await expect(cells).toContainText(`${checklist.format.options[1].label[lang]} 50`);
        await expect(cells).not.toContainText(checklist.format.options[2].label[lang]);
      }
      await section.scrollIntoViewIfNeeded();
      await shot('5-results');
    });
  }
}

test('a follow-up shows whether the spread narrowed since the previous check, per dimension', async ({ app, page }) => {
  test.setTimeout(60_000);
  const { client, check: first, instrument, dimension } = await startCheck(app, 'en');
  const item = instrument.items.find((i) => i.dimensionId === dimension.id && i.format.kind === 'scale')!;
  const vote = async (assessmentId: string, levels: number[]) => {
    for (const [k, level] of levels.entries()) {
      const voter = await app.call('votes.addVoter', { assessmentId, label: `Person ${k + 1}`, anonymous: false, channel: 'table', language: 'en' });
      await app.call('votes.save', { assessmentId, voterId: voter.id, itemId: item.id, level, checked: null, notApplicable: false, unknown: false });
    }
  };
  await vote(first.id, [0, 2, 5]); // range 5
  for (const it of instrument.items) await app.call('assessments.saveAnswer', { id: first.id, itemId: it.id, unknown: true });
  await app.call('assessments.finalise', { id: first.id });
  const follow = await app.call('assessments.start', { clientId: client.id, stage: 'follow_up', previousId: first.id, heldOn: '2027-05-03', language: 'en', participants: [{ name: 'Claire Reuter', role: 'Gérante' }] });
  await vote(follow.id, [2, 3, 3]); // range 1

  await app.open(page, `/checks/${follow.id}/results`);
  const change = page.getByTestId('spread-changes').locator(`[data-dimension="${dimension.id}"]`);
  await expect(change).toHaveAttribute('data-narrowed', 'true');
  await expect(change).toContainText(`${dimension.title.en}: 5 → 1`);
  await expect(change).toContainText('narrowed');
  // Nothing was flagged in the follow-up (range 1), and the section says so.
  await expect(page.getByTestId('disagreement-none')).toBeVisible();
});
