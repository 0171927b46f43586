/**
 * Projector-proof screens (issue 11): at 1280×720 and 1024×768, in all four languages, every step
 * of the current instrument's workshop (questions, checklists, targets) shows the question, all
 * its answers, the flags, Back/Next and the key line on screen without scrolling — in a follow-up,
 * so last time's answer is on screen too (the fullest case). Review mode keeps its step navigation
 * on screen on every slide and "24,4 / objectif 60" on one line.
 * A control counts as on screen when it lies inside the viewport and is the element found at its
 * own centre (so a control clipped by a scrolling box or covered by another one fails).
 * Screenshots go to /tmp/shots/presenter/ when SHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Input, MethodName, Output } from '@shared/contract';
import type { Services } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { getInstrument } from '@shared/reference/instrument';
import { workshopSteps } from '@shared/domain/assessment-flow';
import { LOCALES } from '@shared/locale';

const SIZES = [
  [1280, 720],
  [1024, 768],
] as const;
const SHOTS = process.env.SHOTS ? '/tmp/shots/presenter' : null;

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

type Ok = ReturnType<typeof okOf>;

/**
 * A finalised first check in the instrument the app starts checks with today (whatever its
 * length), every kind of answer given, targets set; then a follow-up of it, in `lang`.
 */
async function followUp(ok: Ok, clientId: string, lang: (typeof LOCALES)[number]) {
  const first = await ok('assessments.start', { clientId, stage: 'first', previousId: null, heldOn: '2026-03-02', language: lang, participants: [{ name: 'Marc Hoffmann', role: 'Gérant' }] });
  const instrument = getInstrument(first.instrumentVersion);
  for (const [n, item] of instrument.items.entries()) {
    const base = { id: first.id, itemId: item.id };
    if (n % 7 === 3) await ok('assessments.saveAnswer', { ...base, notApplicable: true });
    else if (n % 9 === 5) await ok('assessments.saveAnswer', { ...base, unknown: true });
    else if (item.format.kind === 'scale') await ok('assessments.saveAnswer', { ...base, level: n % 6 });
    else await ok('assessments.saveAnswer', { ...base, checked: item.format.options.filter((_, k) => k % 2 === 0).map((o) => o.id) });
  }
  for (const dimension of instrument.dimensions) await ok('assessments.saveTarget', { id: first.id, dimensionId: dimension.id, target: 60 });
  await ok('assessments.finalise', { id: first.id });
  const check = await ok('assessments.start', { clientId, stage: 'follow_up', previousId: first.id, heldOn: '2026-09-15', language: lang, participants: [{ name: 'Marc Hoffmann', role: 'Gérant' }] });
  return { first, check, instrument: getInstrument(check.instrumentVersion) };
}

/** Problems of the given controls: off the viewport, clipped or covered; and any scrolling of the page or the stage. */
async function offScreen(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.scrollingElement!;
    if (root.scrollHeight > vh + 1 || root.scrollTop > 0) problems.push(`the page scrolls (${root.scrollHeight} > ${vh})`);
    const main = document.querySelector<HTMLElement>('.presenter-main');
    if (main && main.scrollHeight > main.clientHeight + 1) problems.push(`the stage scrolls (${main.scrollHeight} > ${main.clientHeight})`);
    for (const sel of sels) {
      const found = [...document.querySelectorAll<HTMLElement>(sel)];
      if (found.length === 0) problems.push(`${sel}: missing`);
      for (const el of found) {
        const r = el.getBoundingClientRect();
        const name = el.dataset.testid ?? sel;
        if (r.width === 0 || r.height === 0) {
          problems.push(`${name}: not displayed`);
          continue;
        }
        if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5) {
          problems.push(`${name}: outside the viewport (${Math.round(r.top)}–${Math.round(r.bottom)} of ${vh})`);
          continue;
        }
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !el.contains(hit)) problems.push(`${name}: hidden under ${hit?.tagName.toLowerCase()}.${hit?.className}`);
      }
    }
    return problems;
  }, selectors);
}

const ITEM_CONTROLS = ['[data-testid="question"]', '[data-testid="flag-na"]', '[data-testid="flag-unknown"]', '[data-testid="open-note"]'];
const NAV_CONTROLS = ['[data-testid="prev"]', '[data-testid="next"]', '[data-testid="key-hints"]'];

for (const [width, height] of SIZES) {
  for (const lang of LOCALES) {
    test(`presenter at ${width}×${height} in ${lang}: every step fits the screen`, async ({ app, page }) => {
      test.setTimeout(180_000);
      const ok = okOf(app.services);
      await page.setViewportSize({ width, height });
      const client = await ok('clients.create', { name: 'Précision Mécanique Hoffmann & Fils S.à r.l.', reportLocale: lang });
      await ok('settings.update', { locale: lang });
      const { first, check, instrument } = await followUp(ok, client.id, lang);
      const steps = workshopSteps(instrument);
      expect(check.previous?.answers.length).toBeGreaterThan(0);
      await app.open(page, `/checks/${check.id}/present`);
      const presenter = page.getByTestId('presenter');

      const failures: string[] = [];
      for (const [i, step] of steps.entries()) {
        await expect(presenter).toHaveAttribute('data-step', step.id);
        let controls: string[];
        if (step.kind === 'item') {
          const item = instrument.items.find((x) => x.id === step.itemId)!;
          await expect(page.getByTestId('question')).toHaveText(item.question[lang]);
          await expect(page.getByTestId('previous-answer')).toBeVisible();
          const answers =
            item.format.kind === 'scale'
              ? item.format.levels.map((_, level) => `[data-testid="level-${level}"]`)
              : [...item.format.options.map((_, k) => `[data-testid="option-${k + 1}"]`), '[data-testid="option-none"]'];
          controls = [...ITEM_CONTROLS, '[data-testid="previous-answer"]', ...answers, ...NAV_CONTROLS];
        } else {
          await expect(page.getByTestId('target-stage')).toBeVisible();
          controls = ['[data-testid="target-1"]', '[data-testid="target-2"]', '[data-testid="target-3"]', '[data-testid="target-4"]', ...NAV_CONTROLS];
        }
        for (const problem of await offScreen(page, controls)) failures.push(`${step.id}: ${problem}`);
        if (SHOTS && (i < 2 || step.kind === 'target' || (step.kind === 'item' && instrument.items.find((x) => x.id === step.itemId)!.format.kind === 'checklist'))) {
          mkdirSync(SHOTS, { recursive: true });
          await page.screenshot({ path: `${SHOTS}/${lang}-${width}-${String(i).padStart(2, '0')}-${step.id.replace(/[^a-z0-9_]/gi, '_')}.png` });
        }
        if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
      }
      expect(failures, `controls off screen at ${width}×${height} in ${lang}`).toEqual([]);

      // The overview and the help fit too (the help scrolls inside itself at worst, never the page).
      await page.keyboard.press('g');
      await expect(page.getByTestId('overview-grid')).toBeVisible();
      expect(await offScreen(page, ['[data-testid="toggle-grid"]'])).toEqual([]);
      // Dimension titles stay inside their column and the columns start at the same height.
      const heads = await page.locator('.overview-column h2').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent, overflows: el.scrollWidth > el.clientWidth + 1, bottom: Math.round(el.getBoundingClientRect().bottom) })),
      );
      expect(heads.filter((h) => h.overflows).map((h) => h.text)).toEqual([]);
      expect(new Set(heads.map((h) => h.bottom)).size, JSON.stringify(heads)).toBe(1);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-${width}-grid.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByTestId('help-overlay')).toBeVisible();
      expect(await offScreen(page, ['[data-testid="close-help"]'])).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-${width}-help.png` });

      // A finalised check adds its banner (with "edit as a new revision"): everything still fits.
      await app.open(page, `/checks/${first.id}/present`);
      await expect(page.getByTestId('reopen')).toBeVisible();
      const longest = [...instrument.items].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
      await page.keyboard.press('g');
      await page.getByTestId(`cell-${longest.id}`).click();
      await expect(page.getByTestId('item-stage')).toHaveAttribute('data-item', longest.id);
      const answers =
        longest.format.kind === 'scale'
          ? longest.format.levels.map((_, level) => `[data-testid="level-${level}"]`)
          : [...longest.format.options.map((_, k) => `[data-testid="option-${k + 1}"]`), '[data-testid="option-none"]'];
      expect(await offScreen(page, [...ITEM_CONTROLS, ...answers, ...NAV_CONTROLS, '[data-testid="reopen"]'])).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${lang}-${width}-finalised-longest.png` });
    });
  }

  test(`review mode at ${width}×${height}: the step navigation is on screen on every slide, figures on one line`, async ({ app, page }) => {
    const ok = okOf(app.services);
    await page.setViewportSize({ width, height });
    await ok('settings.update', { locale: 'fr' });
    const client = await ok('clients.create', { name: 'Boulangerie Muller S.à r.l.', reportLocale: 'fr' });
    const { first: check, instrument } = await followUp(ok, client.id, 'fr');
    const view = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
    await app.open(page, `/roadmaps/${view.id}/review`);
    const review = page.getByTestId('review');
    for (const slide of ['scores', 'roadmap', 'timeline', 'totals', 'signoff']) {
      await expect(review).toHaveAttribute('data-slide', slide);
      const problems = await offScreen(page, ['[data-testid="review-prev"]', '[data-testid="review-next"]', '.review-dots button', '[data-testid="review-exit"]']);
      expect(problems, `slide ${slide}`).toEqual([]);
      if (slide === 'scores') {
        // Each "score / objectif N" stays on one line: all its text boxes share one line.
        const lines = await page.locator('.score-figures').evaluateAll((els) =>
          els.map((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = [...range.getClientRects()].map((r) => r.top).sort((a, b) => a - b);
            return tops.filter((top, k) => k === 0 || top - tops[k - 1] > 8).length;
          }),
        );
        expect(lines.length).toBe(instrument.dimensions.length);
        expect(lines.every((n) => n === 1), `lines per figure: ${lines.join(', ')}`).toBe(true);
        await expect(page.locator('.score-figures').filter({ hasText: 'objectif' }).first()).toBeVisible();
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-fr-${width}-${slide}.png` });
      await page.keyboard.press('ArrowRight');
    }
  });
}
