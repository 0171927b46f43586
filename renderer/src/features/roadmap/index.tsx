/**
 * Entry points of the roadmap feature for routes and the client page. Each screen is loaded on
 * first use, so the catalogue, the AI Act texts and the chart builders stay out of the first bundle.
 */
import { loadOnFirstUse } from '@renderer/lib/load-on-first-use';

export const RoadmapRoute = loadOnFirstUse(() => import('./RoadmapPage').then((m) => m.RoadmapPage));
export const RoadmapReviewRoute = loadOnFirstUse(() => import('./ReviewPage').then((m) => m.ReviewPage));
export const RoadmapPanel = loadOnFirstUse(() => import('./RoadmapPanel').then((m) => m.RoadmapPanel));
