/** The data folder: Electron's userData, or LAIF_DATA_DIR for tests and portable use. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: () => string): string {
  const override = env.LAIF_DATA_DIR?.trim();
  return override ? override : userData();
}

// Backups (listing, restoring the latest after a failed start) live in data-safety/backups.ts.
export { restoreLatestBackup } from './data-safety/backups';
