import { test, expect } from './fixtures';
import { clientsJourney } from './journeys/clients-journey';

test.use({ locale: 'fr-LU' });

test('a new advisor creates, finds, edits and erases a client, in French then Luxembourgish', async ({ app, page }) => {
  await app.open(page);
  await clientsJourney(page, async () => {
    await page.reload();
  });
  // Erased for good: no row left in the database.
  const left = app.services.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number };
  expect(left.n).toBe(0);
});

test('an unknown system language falls back to French; English and German are picked from the system', async ({ app, browser }) => {
  for (const [systemLocale, expected] of [
    ['pt-PT', 'Créer le client'],
    ['de-DE', 'Kunden anlegen'],
    ['en-GB', 'Create client'],
  ] as const) {
    const context = await browser.newContext({ locale: systemLocale });
    const page = await context.newPage();
    await app.open(page);
    await expect(page.getByRole('button', { name: expected })).toBeVisible();
    await context.close();
  }
});

test('bad input through the contract gets a translated message and nothing saved is lost', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('new-client-name').fill('Boulangerie Muller');
  await page.getByTestId('new-client').click();
  await page.getByTestId('field-headcount').fill('12');
  await page.getByTestId('field-headcount').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('field-headcount').fill('douze');
  await expect(page.getByText('Saisissez un nombre')).toBeVisible();
  await page.getByTestId('field-headcount').fill('-3');
  await expect(page.getByText('Doit être au moins 0')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('field-headcount')).toHaveValue('12');
});
