/**
 * An advisor in French sizes the GPU-hours of a LoRA fine-tune of Llama-3.1-8B for a client,
 * checks a figure against the shared estimator, then prepares, finalises and queues the compute
 * request for the portal. Screenshots in French and German go to /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { gpuJourney } from './journeys/gpu-journey';

test.use({ locale: 'fr-LU' });

const SHOTS = '/tmp/shots';

test('budget GPU pour un affinage LoRA de Llama-3.1-8B, puis demande de calcul finalisée et mise en file', async ({ app, page }) => {
  await app.open(page);
  await gpuJourney(page, app);
});

test('les réglages par défaut changent le coût affiché du budget', async ({ app, page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await app.open(page, '/settings');
  await page.getByTestId('gpu-price').fill('2,06');
  await page.getByTestId('gpu-price').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('gpu-setting-pricePerGpuHourCents')).toContainText('revenir à la valeur par défaut');
  await page.getByTestId('gpu-carbon-basis').selectOption('production');
  await expect(page.getByTestId('gpu-carbon')).toHaveValue('105');
  await page.getByTestId('gpu-pue').fill('0,8');
  await expect(page.getByText('Doit être au moins 1')).toBeVisible();
  const view = app.services.db.prepare("SELECT value_json FROM gpu_settings WHERE key = 'pricePerGpuHourCents'").get() as { value_json: string };
  expect(JSON.parse(view.value_json)).toBe(206);
  await page.getByTestId('gpu-settings').screenshot({ path: `${SHOTS}/gpu-settings-fr.png` });
});
