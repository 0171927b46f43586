/**
 * Charts shown to the client (issue 11): the radar's axis labels are drawn above the data with a
 * halo; every chart has a tooltip on hover and on keyboard focus; the progress line's value labels
 * never overlap the level-band names; the GPU-hours axis names its unit.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import type { Services } from '@main/services/create-services';
import type { Input, MethodName, Output } from '@shared/contract';
import { getInstrument } from '@shared/reference/instrument';

test.use({ locale: 'fr-FR' });

function okOf(services: Services) {
  return async <K extends MethodName>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as Output<K>;
  };
}

/** T0 low, T1 higher: the T1 value sits in the middle of a level band, right beside where its name used to be drawn. */
async function seed(services: Services) {
  const ok = okOf(services);
  await ok('settings.update', { locale: 'fr' });
  const client = await ok('clients.create', { name: 'Boulangerie Muller S.à r.l.', reportLocale: 'fr' });
  const ids: string[] = [];
  for (const [i, heldOn] of ['2025-03-12', '2025-10-08'].entries()) {
    const check = await ok('assessments.start', { clientId: client.id, stage: i === 0 ? 'first' : 'follow_up', previousId: ids[0] ?? null, heldOn, language: 'fr' });
    ids.push(check.id);
    const instrument = getInstrument(check.instrumentVersion);
    for (const [n, item] of instrument.items.entries()) {
      if (item.format.kind === 'scale') await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, level: Math.min(5, ((n * 7) % 4) + i) });
      else await ok('assessments.saveAnswer', { id: check.id, itemId: item.id, checked: item.format.options.slice(0, 2 + i * 2).map((o) => o.id) });
    }
    for (const d of instrument.dimensions) await ok('assessments.saveTarget', { id: check.id, dimensionId: d.id, target: 80 });
    await ok('assessments.finalise', { id: check.id });
  }
  return { clientId: client.id, ids };
}

const boxes = (locator: Locator) => locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function tooltipOnFocus(page: Page, chart: Locator) {
  // recharts' accessibility layer: the chart takes the focus with Tab, arrows move along the data.
  const surface = chart.locator('[tabindex="0"]').first();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.recharts-tooltip-wrapper')).toBeVisible();
  await expect(chart.locator('.recharts-tooltip-wrapper')).not.toBeEmpty();
}

test('radar labels above the data, tooltips on hover and focus, progress labels clear of the band names', async ({ app, page }) => {
  const { clientId, ids } = await seed(app.services);
  await app.open(page, `/checks/${ids[1]}/results`);
  const radar = page.getByTestId('radar');
  await expect(radar.locator('.radar-axis-label').first()).toBeVisible();

  // Axis labels: drawn after (so above) every series polygon and dot, outlined in white.
  const order = await radar.evaluate((root) => {
    const label = root.querySelector('.radar-axis-label')!;
    const shapes = [...root.querySelectorAll('.recharts-radar-polygon, .recharts-radar-dots, .recharts-dot')];
    return {
      shapes: shapes.length,
      labelAfterAll: shapes.every((s) => (s.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
      paintOrder: getComputedStyle(label).paintOrder,
      stroke: label.getAttribute('stroke'),
    };
  });
  expect(order.shapes).toBeGreaterThan(0);
  expect(order.labelAfterAll).toBe(true);
  expect(order.paintOrder).toContain('stroke');
  expect(order.stroke).toBe('#ffffff');

  // Tooltip on hover: the series and their values.
  await radar.locator('.recharts-radar-dots circle, .recharts-dot').last().hover();
  const tip = radar.locator('.recharts-tooltip-wrapper');
  await expect(tip).toBeVisible();
  // Series named as in the report's legend (shared/charts/radar.ts), dated by the workshop.
  await expect(tip).toContainText('Score du 08/10/2025\u202f: ');
  await tooltipOnFocus(page, radar);
  await tooltipOnFocus(page, page.getByTestId('gap-bars'));

  // In German at 1280 px, the longest dimension name ("Verantwortungsvolle …") stays inside the chart.
  await app.call('settings.update', { locale: 'de' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open(page, `/checks/${ids[1]}/results`);
  await expect(radar.locator('.radar-axis-label').first()).toBeVisible();
  const outside = await radar.evaluate((root) => {
    const svg = root.querySelector('svg.recharts-surface')!.getBoundingClientRect();
    return [...root.querySelectorAll('.radar-axis-label')]
      .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1)
      .map(({ text }) => text);
  });
  expect(outside).toEqual([]);
  await radar.locator('.recharts-radar-dots circle, .recharts-dot').last().hover();
  await expect(radar.locator('.recharts-tooltip-wrapper')).toContainText('Punktzahl 08.10.2025: ');
  await app.call('settings.update', { locale: 'fr' });
  await page.setViewportSize({ width: 1366, height: 860 });

  // Progress: the value labels never touch a band name, and the band names stand outside the plot.
  await app.open(page, `/clients/${clientId}/progress`);
  const line = page.locator('.chart-card').first();
  await expect(line.getByTestId('band-label')).toHaveCount(5);
  const bandNames = await boxes(line.getByTestId('band-label'));
  const values = await boxes(line.locator('.recharts-label-list text, .recharts-label-list .recharts-label'));
  expect(values.length).toBe(2);
  for (const v of values) for (const b of bandNames) expect(overlap(v, b), `value label ${JSON.stringify(v)} vs band name ${JSON.stringify(b)}`).toBe(false);
  const plotRight = await line.locator('.recharts-cartesian-axis.recharts-xAxis line.recharts-cartesian-axis-line').evaluate((el) => el.getBoundingClientRect().right);
  for (const b of bandNames) expect(b.left).toBeGreaterThanOrEqual(plotRight);
  await tooltipOnFocus(page, line);
});

test('the GPU-hours axis names its unit', async ({ app, page }) => {
  const ok = okOf(app.services);
  await ok('settings.update', { locale: 'de' });
  const client = await ok('clients.create', { name: 'Logistik Muller S.A.', reportLocale: 'de' });
  const budget = await ok('gpu.budgets.create', { clientId: client.id, name: 'Prognose', workloads: [{ label: 'Absatzprognose', type: 'lora', model: 'llama-3.1-8b', tokens: 500_000_000, epochs: 3 }] });
  await app.open(page, `/gpu/budgets/${budget.budget.id}`);
  const chart = page.getByTestId('chart-gpu-hours');
  await expect(chart.locator('svg').first()).toBeVisible();
  // The label of the axis (not the figure's caption, which says "GPU-Stunden pro …").
  await expect(chart.locator('svg text').getByText('GPU-Stunden', { exact: true })).toBeVisible();
});
