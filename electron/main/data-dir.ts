import { existsSync, readdirSync, renameSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The data folder: Electron's userData, or LAIF_DATA_DIR for tests and portable use. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: () => string): string {
  const override = env.LAIF_DATA_DIR?.trim();
  return override ? override : userData();
}

export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, 'backups');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.sqlite')).sort().reverse();
}

/**
 * Puts the newest backup in place of a damaged database. The damaged file is kept beside it
 * (renamed), never deleted, so nothing is lost if the advisor needs it later.
 */
export function restoreLatestBackup(dataDir: string, dbFile: string, now: Date): string | null {
  const [latest] = listBackups(dataDir);
  if (!latest) return null;
  const target = join(dataDir, dbFile);
  if (existsSync(target)) renameSync(target, `${target}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(join(dataDir, 'backups', latest), target);
  return latest;
}
