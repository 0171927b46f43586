/**
 * Scaled time for the sync tests and the drain benchmark: a clock and a scheduler that run
 * `speed` times faster than the wall clock. The sync engine takes both, so its real pacing
 * logic (backoff, Retry-After, circuit probes, pull interval, request timeouts) runs unchanged,
 * in seconds instead of minutes. HTTP round trips stay real: at speed 50 a 4 ms request counts
 * as 0.2 s, alike for every client measured on the same scale.
 */
import type { Scheduler } from '@main/sync/scheduler';

export interface ScaledTime {
  speed: number;
  now: () => Date;
  nowMs: () => number;
  /** Scaled milliseconds since the start. */
  elapsedMs: () => number;
  scheduler: Scheduler;
  /** Waits `ms` of scaled time. */
  sleep: (ms: number) => Promise<void>;
  /** Wall-clock milliseconds for `ms` of scaled time (e.g. the portal's stall, which runs on real timers). */
  real: (ms: number) => number;
}

export function scaledTime(speed: number, startIso = '2026-03-02T10:00:00Z'): ScaledTime {
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`scaledTime: speed must be a positive number, got ${speed}`);
  const t0 = Date.parse(startIso);
  const r0 = performance.now();
  const nowMs = () => t0 + (performance.now() - r0) * speed;
  const scheduler: Scheduler = {
    setTimeout: (fn, ms) => {
      const handle = setTimeout(fn, Math.max(0, ms / speed));
      handle.unref?.();
      return handle;
    },
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return {
    speed,
    now: () => new Date(nowMs()),
    nowMs,
    elapsedMs: () => nowMs() - t0,
    scheduler,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / speed))),
    real: (ms) => ms / speed,
  };
}
