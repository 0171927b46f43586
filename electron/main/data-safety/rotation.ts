/**
 * Which backups to keep: everything from the last 24 hours (at most 10), the newest of each
 * of the 7 most recent days that have one, and the newest of each of the 4 most recent ISO
 * weeks that have one. "Most recent days that have one" rather than "the last 7 calendar
 * days": after a month's holiday the old backups are still there, never all thrown away at
 * once. Days and weeks are UTC so the plan does not depend on the laptop's time zone.
 * Pure: the caller passes `now`.
 */
export const ROTATION_POLICY = { recentHours: 24, recentMax: 10, daily: 7, weekly: 4 } as const;

export interface Dated {
  file: string;
  createdAt: Date;
}

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 week ("2026-W03"), computed in UTC: the week belongs to the year of its Thursday. */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function newestPerGroup(items: Dated[], key: (d: Date) => string, groups: number): Dated[] {
  const newest = new Map<string, Dated>();
  for (const item of items) {
    const k = key(item.createdAt);
    const seen = newest.get(k);
    if (!seen || item.createdAt > seen.createdAt) newest.set(k, item);
  }
  return [...newest.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, groups);
}

export function planRotation<T extends Dated>(backups: T[], now: Date): { keep: T[]; remove: T[] } {
  const valid = backups.filter((b) => Number.isFinite(b.createdAt.getTime()));
  const byNewest = [...valid].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const cutoff = now.getTime() - ROTATION_POLICY.recentHours * 3_600_000;
  const keep = new Set<Dated>([
    // A backup dated in the future (clock moved back) counts as recent: never delete it blindly.
    ...byNewest.filter((b) => b.createdAt.getTime() >= cutoff).slice(0, ROTATION_POLICY.recentMax),
    ...newestPerGroup(byNewest, utcDay, ROTATION_POLICY.daily),
    ...newestPerGroup(byNewest, isoWeek, ROTATION_POLICY.weekly),
  ]);
  return {
    keep: backups.filter((b) => keep.has(b) || !valid.includes(b)),
    remove: byNewest.filter((b) => !keep.has(b)),
  };
}
