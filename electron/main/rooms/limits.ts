/**
 * Rate limits of the room server. A device in the room joins once and answers a few questions a
 * minute; these bounds leave it ample room while a flood from one address (or one participant)
 * is answered 429 before it reaches the database.
 */
export interface RoomLimits {
  /** Any request from one remote address, per window. */
  requestsPerAddress: { max: number; windowMs: number };
  /** Joins from one remote address (a phone joins once; a re-scan or a second tab is the margin). */
  joinsPerAddress: { max: number; windowMs: number };
  /** Answers of one participant (a tap per answer; 20 in 10 s is faster than anyone reads). */
  answersPerParticipant: { max: number; windowMs: number };
}

export const ROOM_LIMITS: RoomLimits = {
  requestsPerAddress: { max: 120, windowMs: 10_000 },
  joinsPerAddress: { max: 10, windowMs: 60_000 },
  answersPerParticipant: { max: 20, windowMs: 10_000 },
};

/** Bodies above this are refused (413): an answer is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Fixed-window counter per key; old windows are dropped as they pass, so memory stays bounded by the active keys. */
export function createLimiter(limit: { max: number; windowMs: number }, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one hit; false when the key is over its limit in this window. */
    hit(key: string): boolean {
      const t = now();
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (t - w.start >= limit.windowMs) windows.delete(k);
      }
      const w = windows.get(key);
      if (!w || t - w.start >= limit.windowMs) {
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= limit.max;
    },
  };
}
