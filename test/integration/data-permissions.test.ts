/**
 * The data folder holds every client of the advisor: other accounts on the laptop must not
 * read it (issue 12). Folder 0700; database, WAL, SHM and backups 0600 — whatever the umask,
 * and also for a folder left looser by an older version.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import { DATABASE_FILE } from '@main/services/create-services';
import { backupsDirOf } from '@main/data-safety/backups';

const posix = process.platform !== 'win32';
const mode = (path: string) => statSync(path).mode & 0o777;

let root: string;
let s: TempServices | null = null;
let umask: number;
beforeEach(() => {
  umask = process.umask(0o022); // the usual desktop umask: new files 0644, folders 0755
  root = mkdtempSync(join(tmpdir(), 'laif-perm-'));
  chmodSync(root, 0o755);
});
afterEach(() => {
  s?.close();
  s = null;
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

/** Every file of the data folder that holds client data, with its mode. */
function modes(dataDir: string) {
  const files = readdirSync(dataDir).filter((f) => f.startsWith(DATABASE_FILE)).map((f) => join(dataDir, f));
  const backups = readdirSync(backupsDirOf(dataDir)).map((f) => join(backupsDirOf(dataDir), f));
  return Object.fromEntries([...files, ...backups].map((f) => [f.slice(dataDir.length + 1), mode(f).toString(8)]));
}

describe.runIf(posix)('data folder permissions', () => {
  it('a new data folder: 0700, and the database, its WAL and SHM and every backup 0600', async () => {
    const dataDir = join(root, 'data');
    s = await tempServices({ dataDir, sync: { autoStart: false } });
    await s.ok('clients.create', { name: 'Garage Muller', reportLocale: 'fr' });
    await s.ok('data.backupNow', {});
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(backupsDirOf(dataDir)).toString(8)).toBe('700');
    const all = modes(dataDir);
    expect(Object.keys(all)).toEqual(expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]));
    expect(Object.keys(all).filter((f) => f.startsWith('backups/')).length).toBeGreaterThan(0);
    for (const [file, m] of Object.entries(all)) expect(m, file).toBe('600');
  });

  it('a folder left readable by others is locked down at the next start', async () => {
    const dataDir = join(root, 'data');
    s = await tempServices({ dataDir, sync: { autoStart: false } });
    await s.ok('data.backupNow', {});
    s.close();
    s = null;
    chmodSync(dataDir, 0o755);
    chmodSync(backupsDirOf(dataDir), 0o755);
    for (const f of readdirSync(dataDir).filter((n) => n.startsWith(DATABASE_FILE))) chmodSync(join(dataDir, f), 0o644);
    for (const f of readdirSync(backupsDirOf(dataDir))) chmodSync(join(backupsDirOf(dataDir), f), 0o644);

    s = await tempServices({ dataDir, sync: { autoStart: false } });
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(backupsDirOf(dataDir)).toString(8)).toBe('700');
    for (const [file, m] of Object.entries(modes(dataDir))) expect(m, file).toBe('600');
  });
});
