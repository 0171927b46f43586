/**
 * A new advisor's path through client records. Shared by the browser spec (through the bridge)
 * and the Electron spec (under _electron.launch), so both run the same steps.
 */
import { expect, type Page } from '@playwright/test';

export const HOSTILE_NAME = `<img src=x onerror=alert(1)> & Co "Sàrl"`;

export async function clientsJourney(page: Page, reload: () => Promise<void>) {
  // A new user on a French system gets French.
  await expect(page.getByRole('button', { name: 'Créer le client' })).toBeVisible();
  await expect(page.getByText('Aucun client pour l’instant')).toBeVisible();

  // Create a client whose name tries to inject markup: it must be shown literally.
  await page.getByTestId('new-client-name').fill(HOSTILE_NAME);
  await page.getByTestId('new-client').click();
  await expect(page.getByTestId('client-title')).toHaveText(HOSTILE_NAME);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.getByTestId('field-rcs').fill('b 123.456');
  await page.getByTestId('field-commune').fill('Esch-sur-Alzette');
  await page.getByTestId('field-headcount').fill('32');
  await page.getByTestId('field-turnover').fill('4100000');
  await page.getByTestId('field-turnover').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'small');
  await expect(page.getByTestId('size-class')).toContainText('Petite entreprise');
  await expect(page.getByTestId('size-class')).toContainText('32 salariés');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // An invalid RCS number is refused with a message, and the valid one stays saved.
  await page.getByTestId('field-rcs').fill('123456');
  await expect(page.getByText('Numéro RCS non valable')).toBeVisible();

  // Switch to Luxembourgish: labels change, data stays.
  await page.getByTestId('language').selectOption('lb');
  await expect(page.getByTestId('size-class')).toContainText('Klenge Betrib');
  await expect(page.getByTestId('field-commune')).toHaveValue('Esch-sur-Alzette');

  // Reload: the language is remembered, the data is there.
  await reload();
  await expect(page.getByTestId('client-title')).toHaveText(HOSTILE_NAME);
  await expect(page.getByTestId('field-rcs')).toHaveValue('B123456');
  await expect(page.getByTestId('size-class')).toContainText('Klenge Betrib');

  // Find it by search, accent-insensitive.
  await page.getByRole('link', { name: /Clienten/ }).first().click();
  await page.getByTestId('client-search').fill('sarl');
  await expect(page.getByTestId('client-link')).toHaveText(HOSTILE_NAME);
  await page.getByTestId('client-search').fill('nothing like this');
  await expect(page.getByText('Kee Client passt op dës Sich.')).toBeVisible();
  await page.getByTestId('client-search').fill('esch');
  await page.getByTestId('client-link').click();

  // Turnover up to €12 M: small no longer certain; the app names the missing figure, never guesses.
  await page.getByTestId('field-turnover').fill('12.000.000');
  await page.getByTestId('field-turnover').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'unknown');
  await expect(page.getByTestId('size-class')).toContainText('et feelt d’Bilanzsomm');
  // With a balance sheet of €11 M it is medium.
  await page.getByTestId('field-balance').fill('11.000.000');
  await page.getByTestId('field-balance').blur();
  await expect(page.getByTestId('size-class')).toHaveAttribute('data-size', 'medium');
  await expect(page.getByTestId('size-class')).toContainText('Mëttlere Betrib');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // Erase for good: the confirmation names the company and needs its name typed.
  await page.getByTestId('client-actions').click();
  await page.getByTestId('erase-client').click();
  await expect(page.getByRole('dialog')).toContainText(HOSTILE_NAME);
  await expect(page.getByTestId('confirm-button')).toBeDisabled();
  await page.getByTestId('confirm-input').fill(HOSTILE_NAME);
  await page.getByTestId('confirm-button').click();
  await expect(page.getByText('Nach keng Clienten.')).toBeVisible();
}
