/**
 * Backups of the database file: the one module that writes, lists, rotates and restores them
 * (start-up, before a migration, before an import, before a restore, after an erasure, and on
 * request). Copies are made with SQLite's online backup API, so a backup taken while the app
 * runs is a consistent snapshot including what is still in the WAL.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason } from '@shared/contract/data-safety';
import { planRotation } from './rotation';
import { ensurePrivateDir, ensurePrivateFile } from '../db/permissions';

type Db = Database.Database;

const BACKUP_FOLDER = 'backups';
export const RESTORE_MARKER = 'restore-pending.json';
const DAY_MS = 86_400_000;

export interface BackupEntry {
  file: string;
  path: string;
  createdAt: Date;
  reason: BackupReason;
  /** For a backup taken before a migration: the schema version the migration led to. */
  targetVersion: number | null;
  sizeBytes: number;
  /** Named by this module (full timestamp): only these are rotated away automatically. */
  managed: boolean;
}

export const backupsDirOf = (dataDir: string) => join(dataDir, BACKUP_FOLDER);

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

export function backupFileName(now: Date, tag: string): string {
  return `laif-${stamp(now)}-${tag}.sqlite`;
}

// laif-2026-03-14T09-30-00-000Z-daily.sqlite; older hand-made names may carry a date only.
const NAME = /^laif-(\d{4}-\d{2}-\d{2})(?:T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z)?-([a-z0-9-]{1,40})\.sqlite$/;
const REASONS: Record<string, BackupReason> = {
  daily: 'daily',
  manual: 'manual',
  'before-import': 'before-import',
  'before-restore': 'before-restore',
  'after-erasure': 'after-erasure',
};

export function parseBackupFileName(file: string): Omit<BackupEntry, 'path' | 'sizeBytes'> | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [, day, hh, mi, ss, ms, tag] = m;
  const createdAt = new Date(hh ? `${day}T${hh}:${mi}:${ss}.${ms}Z` : `${day}T00:00:00.000Z`);
  if (!Number.isFinite(createdAt.getTime())) return null;
  const migration = /^before-v(\d{1,4})$/.exec(tag);
  return {
    file,
    createdAt,
    reason: migration ? 'before-migration' : (REASONS[tag] ?? 'other'),
    targetVersion: migration ? Number(migration[1]) : null,
    managed: hh !== undefined,
  };
}

/** A backup's file name as the contract accepts it: a plain name, never a path. */
export function isBackupFileName(file: string): boolean {
  return parseBackupFileName(file) !== null;
}

/** Newest first. Files that are not backups (partial copies, other names) are ignored. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  const entries: BackupEntry[] = [];
  for (const file of readdirSync(dir)) {
    const parsed = parseBackupFileName(file);
    if (!parsed) continue;
    const path = join(dir, file);
    try {
      const stat = statSync(path);
      if (stat.isFile()) entries.push({ ...parsed, path, sizeBytes: stat.size });
    } catch {
      // removed between readdir and stat
    }
  }
  return entries.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.file < b.file ? 1 : -1));
}

/**
 * Writes a consistent copy of the open database. The copy is made under a temporary name,
 * switched to a rollback journal (so it is one self-contained file) and only then renamed:
 * a half-written copy never looks like a backup.
 */
export async function writeBackup(db: Db, dir: string, tag: string, now: Date): Promise<BackupEntry> {
  ensurePrivateDir(dir);
  let at = now;
  while (existsSync(join(dir, backupFileName(at, tag)))) at = new Date(at.getTime() + 1);
  const file = backupFileName(at, tag);
  const partial = join(dir, `.${file}.partial`);
  rmSync(partial, { force: true });
  try {
    ensurePrivateFile(partial); // 0600 before the first byte of client data is copied in
    await db.backup(partial);
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    renameSync(partial, join(dir, file));
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${suffix}`, { force: true });
  }
  const entry = listBackups(dir).find((b) => b.file === file);
  if (!entry) throw new Error(`backup ${file} vanished after writing`);
  return entry;
}

/**
 * Copies left half-made by a crash (a backup being written, a restore being swapped in) hold
 * client data too: removed at start-up, before anything else, so erasure never misses one.
 */
export function removeLeftovers(dataDir: string, dbFile: string): string[] {
  const removed: string[] = [];
  const dir = backupsDirOf(dataDir);
  const partials = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('.') && f.includes('.partial')).map((f) => join(dir, f)) : [];
  for (const path of [...partials, join(dataDir, `${dbFile}.restoring`)]) {
    if (!existsSync(path)) continue;
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/** Applies the rotation plan to the backups this module named; returns the files removed. */
function rotateBackups(dir: string, now: Date): string[] {
  const managed = listBackups(dir).filter((b) => b.managed);
  const { remove } = planRotation(managed, now);
  for (const b of remove) rmSync(b.path, { force: true });
  return remove.map((b) => b.file);
}

/** Backup + rotation: what every automatic trigger does. */
export async function backupNow(db: Db, dir: string, tag: string, now: Date): Promise<BackupEntry> {
  const entry = await writeBackup(db, dir, tag, now);
  rotateBackups(dir, now);
  return entry;
}

function hasUserData(db: Db): boolean {
  try {
    return (db.prepare('SELECT EXISTS (SELECT 1 FROM clients) AS any').get() as { any: number }).any === 1;
  } catch {
    return false;
  }
}

/** At start-up: a backup when the newest one (of any kind) is more than a day old. */
export async function ensureDailyBackup(db: Db, dir: string, now: Date): Promise<BackupEntry | null> {
  // A backup dated in the future (the clock was wrong) does not stand in for today's.
  const newest = listBackups(dir).find((b) => b.createdAt.getTime() <= now.getTime());
  if (newest && now.getTime() - newest.createdAt.getTime() < DAY_MS) return null;
  if (!hasUserData(db)) return null; // nothing worth keeping yet
  return backupNow(db, dir, 'daily', now);
}

export interface BackupCheck {
  ok: boolean;
  schemaVersion: number;
  problems: string[];
}

/** Opens a backup on its own connection and runs SQLite's integrity check on it. */
export function checkBackupFile(path: string): BackupCheck {
  let db: Db | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return { ok: problems.length === 0, schemaVersion, problems: problems.slice(0, 5) };
  } catch (error) {
    return { ok: false, schemaVersion: -1, problems: [(error as Error).message] };
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup file in place of the database. The live file must not be open. The copy is
 * made beside the target and renamed over it, and the old WAL is removed first so it can
 * never be replayed onto the restored file.
 */
function swapIn(backupPath: string, target: string): void {
  const incoming = `${target}.restoring`;
  copyFileSync(backupPath, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
}

/**
 * After a start-up failure (damaged file): the newest backup goes in place of the database;
 * the damaged file is kept beside it (renamed), never deleted.
 */
export function restoreLatestBackup(dataDir: string, dbFile: string, now: Date): string | null {
  const [latest] = listBackups(backupsDirOf(dataDir));
  if (!latest) return null;
  const target = join(dataDir, dbFile);
  if (existsSync(target)) renameSync(target, `${target}.damaged-${stamp(now)}`);
  swapIn(latest.path, target);
  return latest.file;
}

/**
 * Restoring a chosen backup happens in two steps so that no open connection ever sees its file
 * replaced: the service writes a marker and asks for a restart; the next start (before the
 * database is opened) backs up the current file and swaps the chosen backup in.
 */
export function stageRestore(dataDir: string, file: string, now: Date): void {
  writeFileSync(join(dataDir, RESTORE_MARKER), JSON.stringify({ file, requestedAt: now.toISOString() }));
}

function pendingRestore(dataDir: string): string | null {
  const marker = join(dataDir, RESTORE_MARKER);
  if (!existsSync(marker)) return null;
  try {
    const { file } = JSON.parse(readFileSync(marker, 'utf8')) as { file?: unknown };
    return typeof file === 'string' && isBackupFileName(file) ? file : null;
  } catch {
    return null;
  }
}

export interface AppliedRestore {
  restoredFrom: string;
  safetyCopy: string | null;
}

export async function applyPendingRestore(dataDir: string, dbFile: string, now: Date): Promise<AppliedRestore | null> {
  const marker = join(dataDir, RESTORE_MARKER);
  if (!existsSync(marker)) return null;
  const file = pendingRestore(dataDir);
  const dir = backupsDirOf(dataDir);
  const chosen = file ? listBackups(dir).find((b) => b.file === file) : undefined;
  if (!chosen) {
    console.error('[laif] a restore was requested but its backup is gone; keeping the current database');
    rmSync(marker, { force: true });
    return null;
  }
  const target = join(dataDir, dbFile);
  let safetyCopy: string | null = null;
  if (existsSync(target)) {
    try {
      const current = new Database(target, { fileMustExist: true });
      try {
        safetyCopy = (await writeBackup(current, dir, 'before-restore', now)).file;
      } finally {
        current.close();
      }
    } catch {
      // The current file cannot even be copied (damaged): keep it aside instead.
      renameSync(target, `${target}.damaged-${stamp(now)}`);
    }
  }
  swapIn(chosen.path, target);
  rmSync(marker, { force: true });
  rotateBackups(dir, now);
  return { restoredFrom: chosen.file, safetyCopy };
}
