/**
 * One running copy per data folder. Electron's single-instance lock only covers one user
 * profile; two copies started on the same folder (LAIF_DATA_DIR, a portable install, the
 * browser preview next to the desktop app) would both write the database. The lock is a file
 * holding the owner's pid: created with O_EXCL-like `link`, so two starters cannot both win;
 * a lock whose process is gone (crash, power cut) is taken over.
 *
 * Limits: a lock written on another computer (network folder) cannot be checked and is
 * respected; a pid reused by an unrelated process after a crash keeps the lock held until that
 * process ends (the message names the pid and the file, so it can be removed by hand).
 */
import { hostname } from 'node:os';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';

export const LOCK_FILE = 'laif-workbench.lock';

interface LockContent {
  app: 'laif-workbench';
  pid: number;
  host: string;
  since: string;
}

export interface DataLock {
  file: string;
  release: () => void;
}

export interface LockOptions {
  pid?: number;
  host?: string;
  now?: Date;
  isAlive?: (pid: number) => boolean;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

function readLock(file: string): LockContent | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0 && typeof value.host === 'string') {
      return { app: 'laif-workbench', pid: value.pid, host: value.host, since: String(value.since ?? '') };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

/** Same-process holders share the lock (services closed and reopened, tests). */
const held = new Map<string, number>();

export function acquireDataLock(dataDir: string, options: LockOptions = {}): DataLock {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const isAlive = options.isAlive ?? isProcessAlive;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const mine: LockContent = { app: 'laif-workbench', pid, host, since: (options.now ?? new Date()).toISOString() };

  const release = () => {
    const count = (held.get(file) ?? 1) - 1;
    if (count > 0) return void held.set(file, count);
    held.delete(file);
    const current = readLock(file);
    if (current && current.pid === pid && current.host === host) rmSync(file, { force: true });
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    const draft = `${file}.${pid}.${attempt}.tmp`;
    writeFileSync(draft, JSON.stringify(mine));
    try {
      linkSync(draft, file); // fails if the lock exists: only one starter wins
      held.set(file, 1);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }

    const current = readLock(file);
    if (current && current.pid === pid && current.host === host) {
      held.set(file, (held.get(file) ?? 0) + 1);
      return { file, release };
    }
    if (current && (current.host !== host || isAlive(current.pid))) {
      throw new AppError('data_locked', 'Another running copy of the app is using this data folder', {
        pid: current.pid,
        host: current.host,
        since: current.since,
        lockFile: file,
      });
    }
    // Stale: move it aside under a unique name (atomic), check it is still the stale one, drop it.
    const aside = `${file}.stale-${pid}-${attempt}`;
    try {
      renameSync(file, aside);
    } catch {
      continue; // someone else moved it first
    }
    const moved = readLock(aside);
    if (moved && current && moved.pid !== current.pid) {
      // A live lock was written between our read and our rename: put it back and look again.
      try {
        linkSync(aside, file);
      } catch {
        // another lock is in place now; the next attempt reads it
      }
    }
    rmSync(aside, { force: true });
  }
  throw new AppError('data_locked', 'The data folder lock could not be taken', { lockFile: file });
}
