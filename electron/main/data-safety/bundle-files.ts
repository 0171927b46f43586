/**
 * Client files on disk: the name an exported file is offered under, reading a chosen file
 * (refused before reading when too large), writing it whole or not at all, and the one folder
 * the browser preview may name paths in.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '@shared/errors';
import { CLIENT_BUNDLE_EXTENSION } from '@shared/contract/data-safety';
import { BUNDLE_LIMITS } from './bundle';

/** "Boulangerie Müller S.à r.l." → "boulangerie-muller-s-a-r-l-2026-03-14.laifclient" */
export function suggestedFileName(clientName: string, now: Date): string {
  const slug = clientName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${slug || 'client'}-${now.toISOString().slice(0, 10)}.${CLIENT_BUNDLE_EXTENSION}`;
}

export function readBundleFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new AppError('file_unreadable', 'The file cannot be read', { cause: (error as Error).message });
  }
  // Refused before a single byte is read: a 1 GB file never reaches memory.
  if (size > BUNDLE_LIMITS.maxFileBytes) {
    throw new AppError('bundle_too_large', 'The file is larger than any client bundle can be', { limitMb: Math.round(BUNDLE_LIMITS.maxFileBytes / 2 ** 20) });
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new AppError('file_unreadable', 'The file cannot be read', { cause: (error as Error).message });
  }
}

export function writeFileAtomically(path: string, bytes: Buffer): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new AppError('file_write_failed', 'The file could not be written', { cause: (error as Error).message });
  }
}

/** Writes a new file and never replaces one: a link fails if the name exists (`wx` for the final name). */
export function writeNewFile(path: string, bytes: Buffer): void {
  const partial = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    linkSync(partial, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('file_exists', 'A file of that name is already there');
    throw new AppError('file_write_failed', 'The file could not be written', { cause: (error as Error).message });
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * A path named by the browser preview's page (any local program can talk to it): resolved
 * inside the one files folder, symbolic links included, or refused. The desktop app names no
 * paths: its own dialog chooses them.
 */
export function pathInFilesDir(where: { transport: 'ipc' | 'bridge'; filesDir?: string }, path: string): string {
  const { transport, filesDir } = where;
  if (transport === 'ipc' || !filesDir) throw new AppError('path_not_allowed', 'Files are chosen in the dialog');
  mkdirSync(filesDir, { recursive: true, mode: 0o700 });
  const root = realpathSync(filesDir);
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  const target = resolve(root, path);
  let real: string;
  try {
    // Where the name really leads: a link inside the folder must not reach out of it.
    real = existsSync(target) ? realpathSync(target) : join(realpathSync(dirname(target)), basename(target));
  } catch {
    throw new AppError('path_not_allowed', 'Only files in the preview’s files folder');
  }
  if (!inside(target) || !inside(real)) throw new AppError('path_not_allowed', 'Only files in the preview’s files folder');
  return real;
}
