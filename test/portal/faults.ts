/**
 * Fault injection for the reference portal, switchable per test: queued one-shot faults (the
 * next matching request gets it) and a seeded random mode mixing every kind.
 */
export const FAULT_KINDS = [
  'drop_after_commit', // stores the submission, then closes the socket: the client never sees the 201
  'error_500',
  'unavailable_503', // with Retry-After
  'too_many_429', // with Retry-After
  'slow', // stores, then answers after `delayMs` (past the client's timeout)
  'html_login', // 200 text/html, a captive-portal login page
  'revoke_token', // the caller's token is revoked before the request is checked → 401
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultRoute = 'submissions' | 'changes' | 'benchmarks' | 'health' | 'pair' | 'any';

export interface Fault {
  kind: FaultKind;
  /** Which endpoint it hits (default: submissions). */
  route?: FaultRoute;
  /** Retry-After seconds for 429/503 (default 1). */
  retryAfter?: number;
  /** Delay of `slow` in ms (default 1500). */
  delayMs?: number;
  /** How many matching requests get it (default 1). */
  times?: number;
}

export interface RandomFaults {
  seed: number;
  /** Probability that a matching request gets a fault (0..1). */
  rate: number;
  kinds?: readonly FaultKind[];
  routes?: readonly FaultRoute[];
  retryAfter?: number;
  delayMs?: number;
}

/** Small, fast, seedable PRNG (mulberry32, public domain, Tommy Ettinger). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createFaults() {
  let queue: (Fault & { left: number })[] = [];
  let random: { config: RandomFaults; next: () => number } | null = null;
  const counts: Partial<Record<FaultKind, number>> = {};

  const matches = (route: FaultRoute | undefined, actual: FaultRoute) =>
    (route ?? 'submissions') === 'any' || (route ?? 'submissions') === actual;

  return {
    add(...faults: Fault[]) {
      for (const f of faults) queue.push({ ...f, left: f.times ?? 1 });
    },
    random(config: RandomFaults | null) {
      random = config ? { config, next: mulberry32(config.seed) } : null;
    },
    clear() {
      queue = [];
      random = null;
    },
    counts: () => ({ ...counts }),
    pending: () => queue.reduce((n, f) => n + f.left, 0),
    /** The fault for this request, if any (consumes one use). */
    take(route: FaultRoute): Fault | null {
      const index = queue.findIndex((f) => matches(f.route, route));
      let fault: Fault | null = null;
      if (index >= 0) {
        const f = queue[index];
        f.left -= 1;
        if (f.left <= 0) queue.splice(index, 1);
        fault = f;
      } else if (random) {
        const { config, next } = random;
        const routes = config.routes ?? ['submissions'];
        if (routes.includes(route) && next() < config.rate) {
          const kinds = config.kinds ?? FAULT_KINDS;
          fault = { kind: kinds[Math.floor(next() * kinds.length)], retryAfter: config.retryAfter, delayMs: config.delayMs };
        }
      }
      if (fault) counts[fault.kind] = (counts[fault.kind] ?? 0) + 1;
      return fault;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
