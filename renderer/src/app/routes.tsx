/**
 * Every screen of the app: a path pattern and its component. Features add their lines here;
 * `nav` entries appear in the header in this order.
 */
import type { ComponentType } from 'react';
import { ClientListPage } from '../features/clients/ClientListPage';
import { lazyNamed } from '../lib/load-on-first-use';
import { preloadCharts } from '../features/assessment/lazy-charts';

type ScreenProps = { params: Record<string, string> };
type Screen = ComponentType<ScreenProps>;
/** Screens load on first use (App says "Loading…" in the screen's place meanwhile). */
const screen = (load: () => Promise<Screen>) => lazyNamed(load);

/**
 * A screen that shows other features' components gets their registry from here (features never
 * import app/): the page and its registry load together, on first use.
 */
function withRegistry<R extends object>(Page: ComponentType<ScreenProps & R>, registry: R): Screen {
  return function ScreenWithRegistry(props: ScreenProps) {
    return <Page {...props} {...registry} />;
  };
}

const ClientPage = screen(async () => {
  const [page, registry] = await Promise.all([import('../features/clients/ClientPage'), import('./client-panels')]);
  return withRegistry(page.ClientPage, { panels: registry.CLIENT_PANELS });
});
const SettingsPage = screen(async () => {
  const [page, registry] = await Promise.all([import('../features/settings/SettingsPage'), import('./settings-sections')]);
  return withRegistry(page.SettingsPage, { sections: registry.SETTINGS_SECTIONS });
});
const ResultsPage = screen(async () => {
  const [page, registry] = await Promise.all([import('../features/assessment/ResultsPage'), import('./results-slots')]);
  return withRegistry(page.ResultsPage, { slots: registry.RESULTS_SLOTS });
});
const StartCheckPage = screen(() => import('../features/assessment/StartCheckPage').then((m) => m.StartCheckPage));
const PresenterPage = screen(() => import('../features/assessment/PresenterPage').then((m) => m.PresenterPage));
const FinalisePage = screen(() => import('../features/assessment/FinalisePage').then((m) => m.FinalisePage));
const ProgressPage = screen(() => import('../features/assessment/ProgressPage').then((m) => m.ProgressPage));

/**
 * Loaded ahead when the app is idle after its first screen (main.tsx): the charts and the pages
 * that show them, so their first visit neither waits for recharts nor suspends; then the charts
 * are drawn once out of sight, so that visit does not pay recharts' first-draw set-up either.
 */
export const LOAD_AHEAD: readonly (() => Promise<unknown>)[] = [
  preloadCharts,
  ResultsPage.preload,
  ProgressPage.preload,
  () => import('../features/assessment/warm-up-charts').then((m) => m.warmUpCharts()),
];
const ScenarioPage = screen(() => import('../features/funding/ScenarioPage').then((m) => m.ScenarioPage));
const ComparisonPage = screen(() => import('../features/funding/ComparisonPage').then((m) => m.ComparisonPage));
const SyncCentrePage = screen(() => import('../features/sync/SyncCentrePage').then((m) => m.SyncCentrePage));
const RoadmapRoute = screen(() => import('../features/roadmap').then((m) => m.RoadmapRoute));
const RoadmapReviewRoute = screen(() => import('../features/roadmap').then((m) => m.RoadmapReviewRoute));
const GpuBudgetRoute = screen(() => import('../features/gpu').then((m) => m.GpuBudgetRoute));
const ComputeRequestRoute = screen(() => import('../features/gpu').then((m) => m.ComputeRequestRoute));

export interface RouteDef {
  pattern: string;
  component: ComponentType<{ params: Record<string, string> }>;
  /** Key in the `common` namespace when the route has a header tab. */
  nav?: string;
  /** Presenter and review modes hide the header for the projector. */
  fullscreen?: boolean;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/clients', component: ClientListPage, nav: 'nav.clients' },
  { pattern: '/clients/:id', component: ClientPage },
  { pattern: '/clients/:id/checks/new', component: StartCheckPage },
  { pattern: '/clients/:id/progress', component: ProgressPage },
  { pattern: '/checks/:id/present', component: PresenterPage, fullscreen: true },
  { pattern: '/checks/:id/finalise', component: FinalisePage },
  { pattern: '/checks/:id/results', component: ResultsPage },
  { pattern: '/checks/:id/results/:revision', component: ResultsPage },
  { pattern: '/roadmaps/:id', component: RoadmapRoute },
  { pattern: '/roadmaps/:id/r/:revision', component: RoadmapRoute },
  { pattern: '/roadmaps/:id/review', component: RoadmapReviewRoute, fullscreen: true },
  { pattern: '/roadmaps/:id/review/:revision', component: RoadmapReviewRoute, fullscreen: true },
  { pattern: '/clients/:id/funding', component: ComparisonPage },
  { pattern: '/clients/:id/funding/:scenarioId', component: ScenarioPage },
  { pattern: '/gpu/budgets/:id', component: GpuBudgetRoute },
  { pattern: '/gpu/requests/:id', component: ComputeRequestRoute },
  { pattern: '/gpu/requests/:id/:revision', component: ComputeRequestRoute },
  { pattern: '/sync', component: SyncCentrePage, nav: 'nav.sync' },
  { pattern: '/settings', component: SettingsPage, nav: 'nav.settings' },
];
