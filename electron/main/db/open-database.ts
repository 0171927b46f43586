import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/errors';
import { MIGRATIONS, type Migration } from './migrations';
import { backupNow } from '../data-safety/backups';
import { ensurePrivateDir, ensurePrivateFile, makePrivateAll } from './permissions';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where pre-migration backups go (defaults to `<db folder>/backups`). */
  backupDir?: string;
  migrations?: Migration[];
  now?: () => Date;
}

/** Connection settings that make every committed transaction durable (architecture.md §1). */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Erased client data must not linger in free pages (GDPR erasure).
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkIntegrity(db: Db, path: string): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    throw new AppError('database_corrupt', `The database file failed its integrity check: ${path}`, {
      path,
      problems: problems.slice(0, 5),
    });
  }
}

/**
 * Opens (or creates) the database: integrity check, durable pragmas, then pending migrations,
 * each in its own transaction after a backup of the file. A failed migration rolls back, so the
 * file keeps its previous schema and data, and the backup stays where it was written.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const backupDir = options.backupDir ?? join(dirname(path), 'backups');
  ensurePrivateDir(dirname(path));
  const existed = existsSync(path) && statSync(path).size > 0;
  ensurePrivateFile(path);

  let db: Db;
  try {
    db = new Database(path);
    applyPragmas(db);
    // The WAL and SHM now exist; files an older version made readable by others are tightened too.
    makePrivateAll(dirname(path), basename(path));
    checkIntegrity(db, path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('database_corrupt', `The database file cannot be opened: ${path}`, {
      path,
      cause: (error as Error).message,
    });
  }

  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length > 0 && existed && current > 0) {
    await backupNow(db, backupDir, `before-v${pending[pending.length - 1].version}`, now());
  }
  for (const migration of pending) {
    // Outside the transaction: SQLite ignores this pragma inside one.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        if (migration.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as { table: string }[];
          if (broken.length > 0) throw new Error(`${broken.length} broken references after the rebuild (first in ${broken[0].table})`);
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    } catch (error) {
      db.close();
      throw new AppError('migration_failed', `Migration ${migration.version} (${migration.name}) failed`, {
        version: migration.version,
        cause: (error as Error).message,
      });
    }
  }
  return db;
}
