/** Events pushed from the main process over the single subscription channel. */
export type AppEvent =
  | { type: 'progress'; task: string; taskId: string; done: number; total: number }
  /** Word report generation (roadmaps.exportReport): `step` is one of REPORT_STEPS (labels `report:progress.<step>`). */
  | { type: 'reportProgress'; taskId: string; done: number; total: number; step: string }
  | { type: 'changed'; entity: string; id?: string }
  /** The app must restart on other data (a restored backup): the shell restarts, the UI waits. */
  | { type: 'restartRequired'; reason: 'restore' }
  /** Services were closed and reopened in the same process (browser preview, tests). */
  | { type: 'restarted' };
