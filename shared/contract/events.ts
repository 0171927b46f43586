/** Events pushed from the main process over the single subscription channel. */
export type AppEvent =
  | { type: 'progress'; task: string; taskId: string; done: number; total: number }
  | { type: 'changed'; entity: string; id?: string };
