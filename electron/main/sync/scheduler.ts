/**
 * The timers the sync engine and its portal client pace themselves with. Production uses real
 * timers; tests and the drain benchmark pass a scaled-time scheduler (with the matching clock),
 * so they run the engine's real pacing logic in seconds instead of minutes.
 */
export interface Scheduler {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Real timers, unref'd so a pending sync or request timeout never keeps the process alive. */
export const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
