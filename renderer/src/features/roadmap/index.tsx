/**
 * Entry points of the roadmap feature for routes and the client page. Each screen is loaded on
 * first use, so the catalogue, the AI Act texts and the chart builders stay out of the first bundle.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientPanelProps } from '../../app/plug-in-props';

const Editor = lazy(() => import('./RoadmapPage').then((m) => ({ default: m.RoadmapPage })));
const Review = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
const Panel = lazy(() => import('./RoadmapPanel').then((m) => ({ default: m.RoadmapPanel })));

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('loading')}</p>}>{children}</Suspense>;
}

export function RoadmapRoute(props: { params: Record<string, string> }) {
  return (
    <Loading>
      <Editor {...props} />
    </Loading>
  );
}

export function RoadmapReviewRoute(props: { params: Record<string, string> }) {
  return (
    <Loading>
      <Review {...props} />
    </Loading>
  );
}

export function RoadmapPanel(props: ClientPanelProps) {
  return (
    <Loading>
      <Panel {...props} />
    </Loading>
  );
}
