/**
 * The results and progress charts, loaded on first use (recharts stays out of the first
 * download) or ahead, when the app is idle (preloadCharts, listed in app/routes.tsx LOAD_AHEAD).
 */
import { lazyNamed } from '@renderer/lib/load-on-first-use';

export const ResultsRadar = lazyNamed(() => import('./charts').then((m) => m.ResultsRadar));
export const GapBars = lazyNamed(() => import('./charts').then((m) => m.GapBars));
export const ProgressLine = lazyNamed(() => import('./charts').then((m) => m.ProgressLine));
export const ProgressBars = lazyNamed(() => import('./charts').then((m) => m.ProgressBars));

export const preloadCharts = () => Promise.all([ResultsRadar, GapBars, ProgressLine, ProgressBars].map((chart) => chart.preload()));
