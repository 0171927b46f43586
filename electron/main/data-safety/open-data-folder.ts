/**
 * Opening the data folder at start-up, in the only safe order:
 *   1. the folder lock (a second running copy stops here, before touching anything);
 *   2. half-made copies left by a crash are removed; a restore the advisor asked for (the file is swapped while no connection is open);
 *   3. the database: integrity check, then pending migrations, each after a backup;
 *   4. the daily backup when the newest backup is more than a day old.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, makePrivateAll } from '../db/permissions';
import { openDatabase, type Db } from '../db/open-database';
import { applyPendingRestore, backupsDirOf, ensureDailyBackup, removeLeftovers, type AppliedRestore } from './backups';
import { acquireDataLock, type DataLock } from './data-lock';

export interface DataFolder {
  db: Db;
  lock: DataLock;
  restored: AppliedRestore | null;
  close: () => void;
}

export async function openDataFolder(dataDir: string, dbFile: string, now: () => Date = () => new Date()): Promise<DataFolder> {
  ensurePrivateDir(dataDir); // 0700 before anything is written into it
  const lock = acquireDataLock(dataDir, { now: now() });
  try {
    removeLeftovers(dataDir, dbFile);
    if (existsSync(backupsDirOf(dataDir))) {
      ensurePrivateDir(backupsDirOf(dataDir));
      makePrivateAll(backupsDirOf(dataDir));
    }
    const restored = await applyPendingRestore(dataDir, dbFile, now());
    const db = await openDatabase(join(dataDir, dbFile), { backupDir: backupsDirOf(dataDir), now });
    try {
      await ensureDailyBackup(db, backupsDirOf(dataDir), now());
    } catch (error) {
      // A full disk must not keep the advisor out of their data; the next start tries again.
      console.error('[laif] start-up backup failed:', (error as Error).message);
    }
    return {
      db,
      lock,
      restored,
      close: () => {
        if (db.open) db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
