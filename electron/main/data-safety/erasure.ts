/**
 * GDPR erasure beyond the live database. `clients.erase` deletes the client row and the
 * cascade removes every row that belongs to it; secure_delete zeroes the freed space, and a
 * TRUNCATE checkpoint empties the WAL that still held older copies of those pages.
 *
 * Backups: erasure must not be undone by the next restore. Every backup (and any damaged
 * file kept aside after a failed start) that still holds the client is cleaned the same way —
 * the client deleted with secure_delete on, which zeroes the freed space (the erasure test
 * checks the raw bytes) — so the other clients' restore points survive. No VACUUM: it would
 * rewrite every backup in full (seconds each on a large database) for nothing more. A file that cannot be opened or cleaned is deleted: a
 * backup we cannot prove clean is not kept. Files exported by the advisor (bundles) or data
 * already delivered to the portal are outside this laptop's reach; the confirmation says so.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open-database';
import { backupsDirOf } from './backups';
import { clientOwnedTables, ownedMap, ownershipCondition } from './client-tables';
import { createSettingsRepository } from '../services/settings/settings-repository';

/** Submissions queued for the portal and not delivered (rejected ones will never be sent). */
export function pendingOutboxCount(db: Db, clientId: string): number {
  const owned = ownedMap(clientOwnedTables(db));
  if (!owned.has('outbox')) return 0;
  const row = db
    .prepare(`SELECT count(*) AS n FROM outbox WHERE ${ownershipCondition(owned, 'outbox')} AND state NOT IN ('delivered', 'rejected')`)
    .get({ clientId }) as { n: number };
  return row.n;
}

/** Every file on this laptop that may hold an older copy of the database. */
function databaseCopies(dataDir: string, dbFile: string): string[] {
  const dir = backupsDirOf(dataDir);
  const backups = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sqlite')).map((f) => join(dir, f)) : [];
  const damaged = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.startsWith(`${dbFile}.damaged-`)).map((f) => join(dataDir, f)) : [];
  return [...backups, ...damaged];
}

function holdsClient(db: Database.Database, clientId: string): boolean {
  return db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId) !== undefined;
}

export function copiesHoldingClient(dataDir: string, dbFile: string, clientId: string): number {
  let n = 0;
  for (const path of databaseCopies(dataDir, dbFile)) {
    let copy: Database.Database | null = null;
    try {
      copy = new Database(path, { readonly: true, fileMustExist: true });
      if (holdsClient(copy, clientId)) n++;
    } catch {
      n++; // cannot tell: erasure will clean or remove it
    } finally {
      copy?.close();
    }
  }
  return n;
}

export interface CopiesCleaned {
  cleaned: string[];
  removed: string[];
}

export function eraseClientFromCopies(dataDir: string, dbFile: string, clientId: string): CopiesCleaned {
  const result: CopiesCleaned = { cleaned: [], removed: [] };
  for (const path of databaseCopies(dataDir, dbFile)) {
    let copy: Database.Database | null = null;
    try {
      copy = new Database(path, { fileMustExist: true });
      if (!holdsClient(copy, clientId)) continue;
      copy.pragma('secure_delete = ON');
      copy.pragma('foreign_keys = ON');
      // A rollback journal that is deleted at commit (not kept or truncated), so the old pages it
      // held during the delete leave with it; secure_delete zeroes the freed space in the file.
      copy.pragma('journal_mode = DELETE');
      copy.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
      if (holdsClient(copy, clientId)) throw new Error('still there');
      result.cleaned.push(path);
    } catch {
      copy?.close();
      copy = null;
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
      result.removed.push(path);
    } finally {
      copy?.close();
    }
  }
  return result;
}

/**
 * The WAL after an erasure. `wal_checkpoint(TRUNCATE)` copies the log into the file and empties
 * it — unless another reader (a backup tool, an SQLite browser) holds an older snapshot: then
 * it reports busy, the log keeps pages that still hold the erased client, and so may the file.
 * The result is checked, never assumed; an unfinished checkpoint is remembered (a flag, no
 * client data) and retried at the next chance: the next data-safety call and the next start.
 */
const CHECKPOINT_PENDING_KEY = 'erasure.checkpointPending';

interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** One TRUNCATE checkpoint without waiting on the busy timeout (the main process must not hang). */
function checkpointWal(db: Db): boolean {
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
    // Done when nothing was busy and every frame of the log reached the file (-1/-1: not in WAL mode).
    return r !== undefined && r.busy === 0 && r.log === r.checkpointed;
  } catch {
    return false; // SQLITE_BUSY from a writer elsewhere: not done
  } finally {
    db.pragma(`busy_timeout = ${previous}`);
  }
}

const CHECKPOINT_RETRIES = { attempts: 6, waitMs: 200 };

/** Retries briefly (a reader that is just finishing lets go within a moment); true when the WAL is empty. */
export async function checkpointWithRetries(db: Db, retries = CHECKPOINT_RETRIES): Promise<boolean> {
  for (let attempt = 0; attempt < retries.attempts; attempt++) {
    if (checkpointWal(db)) return true;
    await new Promise((resolve) => setTimeout(resolve, retries.waitMs));
  }
  return false;
}

/** The pending flag is a settings row (the settings repository writes it). */
function erasurePending(db: Db): boolean {
  return createSettingsRepository(db).value(CHECKPOINT_PENDING_KEY) !== null;
}

export function setErasurePending(db: Db, pending: boolean): void {
  const settings = createSettingsRepository(db);
  if (pending) settings.setValue(CHECKPOINT_PENDING_KEY, '1');
  else settings.remove(CHECKPOINT_PENDING_KEY);
}

/**
 * Finishes an erasure whose checkpoint could not complete; true when one is still pending.
 * Clearing the flag is itself a write that lands in the WAL, so the log is emptied once more.
 */
export function finishPendingErasure(db: Db): boolean {
  if (!erasurePending(db)) return false;
  if (!checkpointWal(db)) return true;
  setErasurePending(db, false);
  checkpointWal(db);
  return false;
}
