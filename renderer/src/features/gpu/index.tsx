/**
 * Entry points of the GPU feature for routes, the client page and Settings. Each screen is
 * loaded on first use, so the estimator, the presets and the charts stay out of the first bundle.
 */
import { loadOnFirstUse } from '@renderer/lib/load-on-first-use';

export const GpuBudgetRoute = loadOnFirstUse(() => import('./GpuBudgetPage').then((m) => m.GpuBudgetPage));
export const ComputeRequestRoute = loadOnFirstUse(() => import('./ComputeRequestPage').then((m) => m.ComputeRequestPage));
export const GpuPanel = loadOnFirstUse(() => import('./GpuClientPanel').then((m) => m.GpuClientPanel));
export const GpuSettings = loadOnFirstUse(() => import('./GpuSettingsSection').then((m) => m.GpuSettingsSection));
