/**
 * The roadmap end to end through the bridge: generate from a finalised check (made through the
 * contract: the check's own screens are covered by assessment.spec.ts), edit two initiatives,
 * classify one with the AI Act triage, review, sign off, and export the Word report in
 * Luxembourgish (the client's language, while the screen is in English).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { getCatalogue } from '@shared/reference/catalogue';
import { finalisedCheck } from '../support/roadmap-fixtures';
import { readZip, wordText } from '../support/zip';

test.use({ locale: 'en-GB' });

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

test('generate, edit, triage, review, sign off and export a roadmap in Luxembourgish', async ({ app, page }) => {
  test.setTimeout(120_000);
  const ok = okOf(app.services);
  const client = await ok('clients.create', { name: 'Schräinerei Weber & Fils Sàrl', reportLocale: 'lb' });
  await ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
  await finalisedCheck(ok, client.id);

  // Generate from the client page.
  await app.open(page, `/clients/${client.id}`);
  const panel = page.getByTestId('roadmap-panel');
  await expect(panel.getByTestId('roadmap-source')).toBeVisible();
  await panel.getByTestId('horizon-12').check();
  await panel.getByTestId('roadmap-generate').click();
  await expect(page.getByTestId('roadmap-page')).toHaveAttribute('data-status', 'draft');
  const cards = page.getByTestId('initiative');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(3);
  // Reasons read as sentences: "Data: 20 vs target 60; no data inventory, …".
  await expect(page.getByTestId('initiative-reason').filter({ hasText: /^Data: 20 vs target 60; .*no data inventory/ }).first()).toBeVisible();

  // Edit two initiatives; each change is saved at once.
  const first = cards.nth(0);
  await first.getByTestId('field-cost').fill('15000');
  await first.getByTestId('field-owner').fill('Anne Weber');
  await first.getByTestId('field-owner').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const second = cards.nth(1);
  await second.getByTestId('field-benefit').fill('24000');
  await second.getByTestId('field-benefit').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('total-benefit')).toHaveText('€24,000');
  await expect(page.getByTestId('total-payback')).not.toHaveText('—');

  // Reorder with the keyboard: Alt+↓ moves the focused initiative down within its pillar.
  const firstKey = await first.getAttribute('data-key');
  const moveDown = page.locator(`[data-key="${firstKey}"]`).getByTestId('move-down');
  if (await moveDown.isEnabled()) {
    await page.locator(`[data-key="${firstKey}"]`).getByTestId('field-owner').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.locator(`[data-key="${firstKey}"]`).getByTestId('move-up')).toBeEnabled();
  }

  // AI Act triage of an initiative that builds an AI system: a customer chatbot → limited risk.
  const aiCard = cards.filter({ has: page.getByTestId('initiative-risk') }).first();
  await expect(aiCard.getByTestId('initiative-risk')).toHaveAttribute('data-risk', 'unclassified');
  await aiCard.getByTestId('open-triage').click();
  const triage = page.getByTestId('triage-dialog');
  await triage.getByTestId('triage-prohibited_practice-none').check();
  await triage.getByTestId('triage-product_safety-no').check();
  await triage.getByTestId('triage-annex_iii_area-none').check();
  await triage.getByTestId('triage-interacts_with_people-yes').check();
  await triage.getByTestId('triage-synthetic_content-none').check();
  await expect(triage.getByTestId('triage-result')).toHaveAttribute('data-risk', 'limited');
  await expect(triage.getByTestId('triage-ref')).toHaveText('Decided by Art. 50(1)');
  await triage.getByTestId('triage-done').click();
  await expect(aiCard.getByTestId('initiative-risk')).toHaveAttribute('data-risk', 'limited');

  // Timeline and comparison with the proposal.
  await page.getByTestId('tab-timeline').click();
  await expect(page.getByTestId('timeline').locator('img')).toBeVisible();
  await page.getByTestId('tab-compare').click();
  await expect(page.getByTestId('compare-kept')).toHaveCount(count);
  await expect(page.getByTestId('compare-kept').first()).toContainText('Changed: cost');
  await page.getByTestId('tab-initiatives').click();

  // Review mode: full screen, no editing controls, walks through scores → roadmap → timeline → totals → sign-off.
  await page.getByTestId('open-review').click();
  const review = page.getByTestId('review');
  await expect(review).toHaveAttribute('data-slide', 'scores');
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(review.locator('input, select, textarea')).toHaveCount(0);
  await expect(page.getByTestId('review-scores').locator('li')).toHaveCount(7);
  for (const slide of ['roadmap', 'timeline', 'totals', 'signoff']) {
    await page.keyboard.press('ArrowRight');
    await expect(review).toHaveAttribute('data-slide', slide);
  }
  await expect(page.getByTestId('review-signoff')).toContainText('not signed off yet');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('roadmap-page')).toBeVisible();

  // Sign-off: recorded with the exact revision, read-only afterwards, exactly one outbox row.
  await page.getByTestId('open-signoff').click();
  const dialog = page.getByTestId('signoff-dialog');
  await dialog.getByTestId('signoff-name').fill('Anne Weber');
  await dialog.getByTestId('signoff-role').fill('Gérante');
  await dialog.getByTestId('signoff-date').fill('2026-03-12');
  await dialog.getByTestId('signoff-confirm').click();
  await expect(page.getByTestId('roadmap-page')).toHaveAttribute('data-status', 'signed_off');
  await expect(page.getByTestId('signed-notice')).toContainText('Anne Weber (Gérante) on 12 March 2026');
  await expect(page.getByTestId('field-cost')).toHaveCount(0);
  await expect(page.getByTestId('open-catalogue')).toHaveCount(0);
  const queued = app.services.db.prepare("SELECT count(*) AS n FROM outbox WHERE kind = 'roadmap'").get() as { n: number };
  expect(queued.n).toBe(1);

  // Export: Luxembourgish by default (the client's language), progress, then the browser's download.
  await expect(page.getByTestId('export-language')).toHaveValue('lb');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-report').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_Schrainerei-Weber-Fils-Sarl_KI-Roadmap_r1_lb\.docx$/);
  await expect(page.getByTestId('export-result')).toHaveAttribute('data-status', 'download');
  const text = wordText(readZip(readFileSync((await download.path())!)).get('word/document.xml')!.toString('utf8'));
  expect(text).toContain('Schräinerei Weber & Fils Sàrl');
  expect(text).toContain('Anne Weber');
  expect(text).toContain('keen Dateninventaire'); // a reason, in Luxembourgish
  const catalogue = getCatalogue()!;
  const inventory = catalogue.templates.find((t) => t.id === 'data-inventory-audit')!;
  expect(text).toContain(inventory.title.lb);
  expect(text).not.toContain(inventory.title.en);
});

test('a signed-off revision opens read-only and a new revision can be started', async ({ app, page }) => {
  const ok = okOf(app.services);
  const client = await ok('clients.create', { name: 'Garage Kremer SA', reportLocale: 'fr' });
  await ok('clients.update', { id: client.id, patch: { headcount: 40, turnoverCents: 900_000_000 } });
  const check = await finalisedCheck(ok, client.id);
  const view = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 18 });
  await ok('roadmaps.signOff', { id: view.id, managerName: 'Marc Kremer', managerRole: 'Administrateur délégué', signedOn: '2026-03-12' });

  await app.open(page, `/roadmaps/${view.id}`);
  await expect(page.getByTestId('roadmap-status')).toHaveText('Signed off');
  await expect(page.getByTestId('field-cost')).toHaveCount(0);
  await page.getByTestId('new-revision').click();
  await expect(page.getByTestId('roadmap-revision')).toHaveText('Revision 2');
  await expect(page.getByTestId('field-cost').first()).toBeVisible();
  // Revision 1 stays readable, read-only.
  await page.getByTestId('revisions').getByTestId('revision-link').click();
  await expect(page.getByTestId('older-revision')).toBeVisible();
  await expect(page.getByTestId('roadmap-revision')).toHaveText('Revision 1');
  await expect(page.getByTestId('field-cost')).toHaveCount(0);
});
