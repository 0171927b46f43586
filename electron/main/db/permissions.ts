/**
 * The data folder holds every client of the advisor: only the advisor's own account may read
 * it. Folder 0700; database, WAL, SHM and backups 0600, set when a file is created (before it
 * holds anything) and tightened again at each start for files an older version left looser.
 * Windows has no such mode bits (its folders under the user profile are private already).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;
const posix = process.platform !== 'win32';

/** Creates the folder (and its parents) if needed; the folder itself ends up 0700. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty file 0600 when missing (SQLite then gives its WAL and SHM the same mode). */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  makePrivate(path);
}

function makePrivate(path: string): void {
  if (posix && existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}

/** Every file of `dir` whose name starts with `prefix` (the database and its -wal, -shm, damaged copies). */
export function makePrivateAll(dir: string, prefix = ''): void {
  if (!posix || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) makePrivate(join(dir, name));
}
