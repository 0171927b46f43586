import type { ReportStep } from '../report/report-data';

/**
 * What a `changed` event can be about. A listener compares `entity` with these names, so a
 * misspelt name (or one no service emits) fails the type check instead of never matching.
 */
export const CHANGED_ENTITIES = [
  'client',
  'assessment',
  'votes',
  'roadmap',
  'funding_scenario',
  'funding_scheme',
  'gpu_budget',
  'gpu_settings',
  'compute_request',
  'sync',
  'outbox',
  'portal_status',
] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];

/** Events pushed from the main process over the single subscription channel. */
export type AppEvent =
  /** A sync run's progress (the only long task that reports this way today). */
  | { type: 'progress'; task: 'sync'; taskId: string; done: number; total: number }
  /** Word report generation (roadmaps.exportReport): labels `report:progress.<step>`. */
  | { type: 'reportProgress'; taskId: string; done: number; total: number; step: ReportStep }
  | { type: 'changed'; entity: ChangedEntity; id?: string }
  /** The app must restart on other data (a restored backup): the shell restarts, the UI waits. */
  | { type: 'restartRequired'; reason: 'restore' }
  /** Services were closed and reopened in the same process (browser preview, tests). */
  | { type: 'restarted' };
