/**
 * Instrument 2026.2 and the AI Act triage as a client sees them, in French and German (issue 10):
 * a new check asks the 38 questions of 2026.2, including the new ones (AI vendors, AI security),
 * and the triage cites the Digital Omnibus prohibition by name, lists art. 5(1)(g) with
 * philosophical beliefs, asks about placing a general-purpose model on the market, says an art. 6(3)
 * "not high-risk" conclusion is registered, and shows when each rule applies with its source.
 * Screenshots at 1366×768 and 1280×720 go to /tmp/shots/instrument/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CURRENT_INSTRUMENT_VERSION, findItem, getInstrument } from '@shared/reference/instrument';
import { AI_ACT_DATES, AI_ACT_OBLIGATIONS } from '@shared/domain/ai-act';
import { finalisedCheck } from '../support/roadmap-fixtures';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;
const SHOTS = '/tmp/shots/instrument';

const LANGS = [
  {
    locale: 'fr-FR',
    lang: 'fr',
    questionOf: (n: number, total: number) => `Question ${n} sur ${total}`,
    omnibus: "(Art. 5, tel que modifié par l'omnibus numérique sur l'IA)",
    philosophical: 'convictions religieuses ou philosophiques',
    annexIiiDate: /Obligations des systèmes à haut risque de l'annexe III : à partir du 2 décembre 2027/,
  },
  {
    locale: 'de-DE',
    lang: 'de',
    questionOf: (n: number, total: number) => `Frage ${n} von ${total}`,
    omnibus: '(Art. 5 in der Fassung des digitalen Omnibus zur KI)',
    philosophical: 'religiöse oder weltanschauliche Überzeugung',
    annexIiiDate: /Pflichten für Hochrisiko-Systeme nach Anhang III: ab 2\. Dezember 2027/,
  },
] as const;

async function shots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  }
}

for (const l of LANGS) {
  test(`instrument 2026.2 and AI Act triage in ${l.locale}`, async ({ app, browser }) => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    const lang = l.lang;

    // A check started now uses instrument 2026.2.
    const client = await app.call('clients.create', { name: 'Fiduciaire Kremer & Associés Sàrl', reportLocale: lang });
    const check = await app.call('assessments.start', {
      clientId: client.id,
      stage: 'first',
      previousId: null,
      heldOn: '2026-12-02',
      language: lang,
      participants: [{ name: 'Claire Kremer', role: 'Gérante' }],
    });
    expect(check.instrumentVersion).toBe('2026.2');
    const vendors = findItem(instrument, 'responsible.vendors')!;
    const position = instrument.items.indexOf(vendors) + 1;
    await app.call('assessments.savePosition', { id: check.id, step: vendors.id, view: 'item' });

    const context = await browser.newContext({ locale: l.locale, viewport: SIZES[0] });
    const page = await context.newPage();
    await app.open(page, `/checks/${check.id}/present`);
    await expect(page.getByTestId('question')).toHaveText(vendors.question[lang]);
    await expect(page.getByText(l.questionOf(position, 38))).toBeVisible();
    await expect(page.getByTestId('item-stage')).toContainText(
      vendors.format.kind === 'scale' ? vendors.format.levels[3][lang].slice(0, 40) : '',
    );
    await shots(page, `${lang}-presenter-vendors`);

    // The presenter's help states the instrument's rule for picking an answer.
    await page.setViewportSize(SIZES[0]);
    await page.keyboard.press('?');
    const rule = page.getByTestId('help-rule');
    await expect(rule).toContainText(instrument.answerRules!.scale[lang]);
    await expect(rule).toContainText(instrument.answerRules!.checklist[lang]);
    await shots(page, `${lang}-presenter-help`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('help-overlay')).toBeHidden();

    // The AI security checklist (new in 2026.2), two items back in the foundations dimension.
    await app.call('assessments.savePosition', { id: check.id, step: 'foundations.ai_security', view: 'item' });
    await app.open(page, `/checks/${check.id}/present`);
    const security = findItem(instrument, 'foundations.ai_security')!;
    await expect(page.getByTestId('question')).toHaveText(security.question[lang]);
    if (security.format.kind === 'checklist') {
      for (const o of security.format.options) await expect(page.getByText(o.label[lang], { exact: true })).toBeVisible();
    }
    await shots(page, `${lang}-presenter-ai-security`);

    // A roadmap from a finalised 2026.2 check, and the triage of one of its AI initiatives.
    const done = await finalisedCheck(app.call, client.id);
    const view = await app.call('roadmaps.generate', { clientId: client.id, assessmentId: done.id, horizonMonths: 18 });
    expect(view.catalogueVersion).toBe('2026.2');
    const ai = view.initiatives.find((i) => i.usesAi);
    expect(ai, 'the proposal has an initiative that builds an AI system').toBeDefined();
    await page.setViewportSize(SIZES[0]);
    await app.open(page, `/roadmaps/${view.id}`);
    await page.locator(`[data-key="${ai!.key}"]`).getByTestId('open-triage').click();
    const triage = page.getByTestId('triage-dialog');
    const q5 = triage.getByTestId('triage-q-prohibited_practice');
    await expect(q5).toContainText(l.omnibus);
    await expect(q5).not.toContainText('5(1)(i)');
    await expect(q5).toContainText(l.philosophical);
    await shots(page, `${lang}-triage-questions`);

    // Annex III use claimed as a narrow procedural task (art. 6(3)): minimal, documented and registered.
    await triage.getByTestId('triage-prohibited_practice-none').check();
    await triage.getByTestId('triage-product_safety-no').check();
    await triage.getByTestId('triage-annex_iii_area-employment_recruitment').check();
    const result = triage.getByTestId('triage-result');
    await expect(result).toHaveAttribute('data-risk', 'high');
    await expect(triage.getByTestId('triage-dates')).toContainText(l.annexIiiDate);
    await triage.getByTestId('triage-annex_iii_derogation-yes').check();
    await triage.getByTestId('triage-interacts_with_people-no').check();
    await triage.getByTestId('triage-synthetic_content-none').check();
    await expect(result).toHaveAttribute('data-risk', 'minimal');
    await expect(result).toContainText(AI_ACT_OBLIGATIONS.register_not_high_risk[lang]);
    // The GPAI question is still open but does not hold back the tier.
    await expect(triage.getByTestId('triage-still-open')).toBeVisible();
    await triage.getByTestId('triage-gpai_model-yes').check();
    await expect(result).toHaveAttribute('data-risk', 'minimal');
    await expect(result).toContainText(AI_ACT_OBLIGATIONS.gpai_provider_duties[lang]);
    await expect(result).toContainText(AI_ACT_OBLIGATIONS.support_ai_literacy[lang]);
    const dates = triage.getByTestId('triage-dates');
    await expect(dates.locator('[data-date-rule]')).toHaveCount(2);
    await expect(dates.locator('[data-date-rule="gpai"]')).toContainText(AI_ACT_DATES.gpai.source[lang]);
    await shots(page, `${lang}-triage-result`);
    // The result column scrolls on its own: its end shows the dates as rules.
    await dates.scrollIntoViewIfNeeded();
    await shots(page, `${lang}-triage-dates`);
    await triage.getByTestId('triage-done').click();

    // The card names the rule that decided the tier in the reader's language.
    await expect(page.locator(`[data-key="${ai!.key}"]`).getByTestId('initiative-risk')).toBeVisible();

    // Catalogue 2026.2: the Fund pillar offers the new steps, Fit 4 AI without a workshop before it.
    await page.setViewportSize(SIZES[0]);
    await page.getByTestId('open-catalogue').click();
    const catalogueDialog = page.getByTestId('catalogue-dialog');
    await catalogueDialog.getByTestId('catalogue-pillar').selectOption('fund');
    for (const id of ['apply-fit4ai', 'apply-rdi-innovation', 'compute-access-request', 'training-cofinancing']) {
      await expect(catalogueDialog.locator(`[data-template="${id}"]`), id).toBeVisible();
    }
    await expect(catalogueDialog.locator('[data-template="apply-rdi-innovation"]')).toContainText(lang === 'fr' ? 'loi du 6 juin 2025' : 'Gesetz vom 6. Juni 2025');
    await catalogueDialog.locator('[data-template="apply-rdi-innovation"]').scrollIntoViewIfNeeded();
    await shots(page, `${lang}-catalogue-fund`);
    await catalogueDialog.getByTestId('catalogue-pillar').selectOption('connect');
    for (const id of ['ldih-test-before-invest', 'ai-vendor-selection', 'cyber-first-diagnostic']) {
      await expect(catalogueDialog.locator(`[data-template="${id}"]`), id).toBeVisible();
    }
    await catalogueDialog.locator('[data-template="ldih-test-before-invest"]').scrollIntoViewIfNeeded();
    await shots(page, `${lang}-catalogue-connect`);
    await catalogueDialog.getByTestId('catalogue-close').click();
    await context.close();
  });
}
