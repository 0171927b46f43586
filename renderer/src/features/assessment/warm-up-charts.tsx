/**
 * Draws each chart once, out of sight, while the app is idle (LOAD_AHEAD in app/routes.tsx).
 * Loading the chart code ahead is not enough: the first chart drawn still compiles and sets up
 * most of recharts (~0.2 s measured on the progress page); doing it here keeps that off the
 * first visit to a page with charts. Nothing is shown, focusable or announced.
 */
import { createRoot } from 'react-dom/client';
import { radarDefinition } from '@shared/charts/radar';
import { currentLocale } from '@renderer/lib/i18n';

const SAMPLE = [40, 55, 30, 70, 50].map((score, i) => ({ label: `D${i + 1}`, score, target: 80, previous: score - 10 }));

export async function warmUpCharts(): Promise<void> {
  const { ResultsRadar, GapBars, ProgressLine, ProgressBars } = await import('./charts');
  if (document.querySelector('.recharts-surface')) return; // a chart is on screen: recharts is warm already
  const locale = currentLocale();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // Laid out (recharts draws only into a measured box), but off screen and invisible.
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:900px;visibility:hidden;pointer-events:none';
  document.body.append(host);
  const root = createRoot(host);
  const chart = radarDefinition({ dimensions: SAMPLE, heldOn: '2026-01-15', previousHeldOn: '2025-06-15', locale }, (key) => key);
  root.render(
    <>
      <ResultsRadar chart={chart} height={300} />
      <GapBars points={SAMPLE.map((d, i) => ({ id: String(i), ...d }))} labels={{ score: '', gap: '' }} locale={locale} />
      <ProgressLine points={[{ label: 'T0', overall: 30 }, { label: 'T1', overall: 55 }]} levelLabels={['', '', '', '', '']} locale={locale} />
      <ProgressBars rows={SAMPLE.map((d) => ({ label: d.label, T0: d.previous, T1: d.score }))} series={[{ key: 'T0', label: 'T0' }, { key: 'T1', label: 'T1' }]} locale={locale} />
    </>,
  );
  // Two frames: the charts measure their box, then draw.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  root.unmount();
  host.remove();
}
