import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeek, planRotation, ROTATION_POLICY, utcDay } from '@main/data-safety/rotation';
import { backupFileName, isBackupFileName, parseBackupFileName } from '@main/data-safety/backups';

const at = (iso: string) => ({ file: iso, createdAt: new Date(iso) });
const NOW = new Date('2026-03-14T12:00:00.000Z');

describe('ISO weeks and UTC days', () => {
  it('puts a date in the ISO week of its Thursday, across year ends', () => {
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // Friday of 2026's last week
    expect(isoWeek(new Date('2024-12-30T08:00:00Z'))).toBe('2025-W01'); // Monday of 2025's first week
    expect(isoWeek(new Date('2026-03-08T23:59:59Z'))).toBe('2026-W10'); // Sunday ends the week
    expect(isoWeek(new Date('2026-03-09T00:00:00Z'))).toBe('2026-W11');
    expect(utcDay(new Date('2026-03-14T23:30:00-01:00'))).toBe('2026-03-15');
  });
});

describe('rotation plan (7 daily + 4 weekly + the last 24 hours)', () => {
  it('keeps nothing to remove when empty, and never removes the only backup', () => {
    expect(planRotation([], NOW)).toEqual({ keep: [], remove: [] });
    const old = at('2020-01-01T00:00:00.000Z');
    expect(planRotation([old], NOW)).toEqual({ keep: [old], remove: [] });
  });

  it('thins a year of daily backups to 7 days and 4 weeks', () => {
    const backups = Array.from({ length: 365 }, (_, i) => at(new Date(NOW.getTime() - (i + 2) * 86_400_000).toISOString()));
    const { keep, remove } = planRotation(backups, NOW);
    expect(keep.length + remove.length).toBe(365);
    const days = new Set(keep.map((b) => utcDay(b.createdAt)));
    // the 7 newest days are all there
    for (let i = 0; i < 7; i++) expect(days.has(utcDay(backups[i].createdAt))).toBe(true);
    expect(keep.length).toBeLessThanOrEqual(7 + 4);
    expect(new Set(keep.map((b) => isoWeek(b.createdAt))).size).toBeGreaterThanOrEqual(2);
    expect(remove).toContain(backups[200]);
  });

  it('keeps every backup of the last 24 hours (at most 10) and the newest of older days', () => {
    const recent = Array.from({ length: 14 }, (_, i) => at(new Date(NOW.getTime() - i * 3_600_000).toISOString()));
    const sameOldDay = [at('2026-03-10T08:00:00.000Z'), at('2026-03-10T09:00:00.000Z'), at('2026-03-10T17:00:00.000Z')];
    const { keep, remove } = planRotation([...recent, ...sameOldDay], NOW);
    expect(keep).toEqual(expect.arrayContaining(recent.slice(0, ROTATION_POLICY.recentMax)));
    expect(keep).toContain(sameOldDay[2]);
    expect(remove).toEqual(expect.arrayContaining([sameOldDay[0], sameOldDay[1]]));
  });

  it('after a long holiday the old backups are kept, not all deleted', () => {
    const old = Array.from({ length: 10 }, (_, i) => at(new Date(Date.UTC(2025, 5, 1 + i, 9)).toISOString()));
    const { keep } = planRotation(old, NOW);
    expect(keep.length).toBeGreaterThanOrEqual(7);
  });

  it('property: bounded, newest kept, stable when applied twice, unparseable dates never removed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5 * 86_400_000, max: 400 * 86_400_000 }), { maxLength: 80 }),
        (offsets) => {
          const backups = offsets.map((o, i) => ({ file: `b${i}`, createdAt: new Date(NOW.getTime() - o) }));
          const broken = { file: 'broken', createdAt: new Date(Number.NaN) };
          const { keep, remove } = planRotation([...backups, broken], NOW);
          expect(keep).toContain(broken);
          expect(remove).not.toContain(broken);
          expect(keep.length + remove.length).toBe(backups.length + 1);
          expect(keep.length - 1).toBeLessThanOrEqual(ROTATION_POLICY.recentMax + ROTATION_POLICY.daily + ROTATION_POLICY.weekly);
          if (backups.length > 0) {
            const newest = backups.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
            expect(keep.some((b) => b.createdAt.getTime() === newest.createdAt.getTime())).toBe(true);
          }
          expect(planRotation(keep, NOW).remove).toEqual([]);
        },
      ),
    );
  });
});

describe('backup file names', () => {
  it('round-trips time and reason, and refuses anything path-like', () => {
    const name = backupFileName(new Date('2026-03-14T09:30:05.123Z'), 'before-v8');
    expect(name).toBe('laif-2026-03-14T09-30-05-123Z-before-v8.sqlite');
    expect(parseBackupFileName(name)).toMatchObject({ reason: 'before-migration', targetVersion: 8, managed: true });
    expect(parseBackupFileName(name)!.createdAt.toISOString()).toBe('2026-03-14T09:30:05.123Z');
    expect(parseBackupFileName('laif-2026-01-01-manual.sqlite')).toMatchObject({ reason: 'manual', managed: false });
    expect(parseBackupFileName(backupFileName(NOW, 'something-else'))?.reason).toBe('other');
    for (const bad of ['../laif-2026-01-01-manual.sqlite', 'laif-2026-01-01-../x.sqlite', 'laif-2026-13-45-daily.sqlite', 'x.sqlite', '', 'laif-2026-01-01-daily.sqlite.partial']) {
      expect(isBackupFileName(bad)).toBe(false);
    }
  });
});
