/**
 * Review mode ends with the sign-off (issue 11): on its last step the roadmap is signed off right
 * there, in a dialog pre-filled from the check's participants (the first one, the others one
 * click away, both fields editable); afterwards the review says who signed, and the editor shows
 * every initiative as agreed instead of "proposed". A revision with a problem explains it instead
 * of offering the button.
 */
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { getInstrument } from '@shared/reference/instrument';

test.use({ locale: 'en-GB' });

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}
type Ok = ReturnType<typeof okOf>;

/** A finalised check with two participants (in the instrument new checks use), and a roadmap from it with every AI initiative triaged. */
async function seed(ok: Ok, participants: { name: string; role: string }[], sized = true) {
  const client = await ok('clients.create', { name: 'Précision Hoffmann S.A.', reportLocale: 'en' });
  if (sized) await ok('clients.update', { id: client.id, patch: { headcount: 48, turnoverCents: 900_000_000 } });
  const check = await ok('assessments.start', { clientId: client.id, stage: 'first', previousId: null, heldOn: '2026-03-02', language: 'en', participants });
  const instrument = getInstrument(check.instrumentVersion);
  for (const [n, item] of instrument.items.entries()) {
    if (item.format.kind === 'scale') await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, level: n % 3 });
    else await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, checked: [item.format.options[0].id] });
  }
  for (const d of instrument.dimensions) await ok('assessments.saveTarget', { id: check.id, dimensionId: d.id, target: 60 });
  await ok('assessments.finalise', { id: check.id });
  const view = await ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 12 });
  return { clientId: client.id, view };
}

async function triageAll(ok: Ok, view: Output<'roadmaps.get'>) {
  for (const i of view.initiatives.filter((x) => x.usesAi)) {
    await ok('roadmaps.setAiActAnswers', {
      id: view.id,
      key: i.key,
      answers: { prohibited_practice: 'none', product_safety: 'no', annex_iii_area: 'none', interacts_with_people: 'no', synthetic_content: 'none' },
    });
  }
}

test('the review ends with the sign-off, pre-filled from the participants; afterwards initiatives read as agreed', async ({ app, page }) => {
  const ok = okOf(app.services);
  const { view } = await seed(ok, [
    { name: 'Marc Hoffmann', role: 'Managing director' },
    { name: 'Lisa Weber', role: 'Head of production' },
  ]);
  await triageAll(ok, view);

  // Before: the editor says where each initiative comes from.
  await app.open(page, `/roadmaps/${view.id}`);
  await expect(page.getByTestId('initiative-status').first()).toHaveText('Proposed');

  await page.getByTestId('open-review').click();
  const review = page.getByTestId('review');
  await expect(review).toHaveAttribute('data-slide', 'scores');
  await page.keyboard.press('End');
  await expect(review).toHaveAttribute('data-slide', 'signoff');
  await page.getByTestId('review-open-signoff').click();
  const dialog = page.getByTestId('signoff-dialog');
  await expect(dialog.getByTestId('signoff-name')).toHaveValue('Marc Hoffmann');
  await expect(dialog.getByTestId('signoff-role')).toHaveValue('Managing director');
  // The other participant is one click away; the fields stay editable.
  await dialog.getByRole('button', { name: 'Lisa Weber (Head of production)' }).click();
  await expect(dialog.getByTestId('signoff-name')).toHaveValue('Lisa Weber');
  await dialog.getByTestId('signoff-role').fill('Head of production and IT');
  // Keys belong to the dialog while it is open: the review does not move behind it.
  await page.keyboard.press('Home');
  await expect(review).toHaveAttribute('data-slide', 'signoff');
  await dialog.getByTestId('signoff-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('review-signoff')).toContainText('signed off by Lisa Weber (Head of production and IT)');
  await expect(page.getByTestId('review-open-signoff')).toHaveCount(0);
  const stored = await ok('roadmaps.get', { id: view.id });
  expect(stored.signOff).toMatchObject({ managerName: 'Lisa Weber', managerRole: 'Head of production and IT' });

  // After: the editor (read-only) shows every initiative as agreed, none as proposed.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('roadmap-page')).toHaveAttribute('data-status', 'signed_off');
  const statuses = page.getByTestId('initiative-status');
  await expect(statuses.first()).toHaveText('Agreed');
  expect(new Set(await statuses.allTextContents())).toEqual(new Set(['Agreed']));
});

test('the last review step explains what blocks the sign-off instead of offering it; an earlier revision cannot be signed there', async ({ app, page }) => {
  const ok = okOf(app.services);
  // No headcount: the size class the portal needs is unknown.
  const { clientId, view } = await seed(ok, [{ name: 'Marc Hoffmann', role: 'Managing director' }], false);
  await triageAll(ok, view);
  await app.open(page, `/roadmaps/${view.id}/review`);
  await expect(page.getByTestId('review')).toHaveAttribute('data-slide', 'scores');
  await page.keyboard.press('End');
  await expect(page.getByTestId('review-signoff-problems')).toContainText('size class is not known');
  await expect(page.getByTestId('review-open-signoff')).toHaveCount(0);

  // Signed revision 1, then revision 2 started: reviewing revision 1 offers no sign-off.
  await ok('clients.update', { id: clientId, patch: { headcount: 48, turnoverCents: 900_000_000 } });
  await ok('roadmaps.signOff', { id: view.id, managerName: 'Marc Hoffmann', managerRole: 'Managing director', signedOn: '2026-03-12' });
  await ok('roadmaps.newRevision', { id: view.id });
  await app.open(page, `/roadmaps/${view.id}/review/1`);
  await expect(page.getByTestId('review')).toHaveAttribute('data-slide', 'scores');
  await page.keyboard.press('End');
  await expect(page.getByTestId('review-signoff')).toContainText('Revision 1 was signed off by Marc Hoffmann');
  await app.open(page, `/roadmaps/${view.id}/review`);
  await expect(page.getByTestId('review')).toHaveAttribute('data-slide', 'scores');
  await page.keyboard.press('End');
  await expect(page.getByTestId('review-open-signoff')).toBeVisible();
});
