/**
 * Where the portal token lives: never in the SQLite file. In the desktop app it is the
 * Electron `safeStorage` store (electron/main/electron-secrets.ts, imported only by the Electron
 * entry point); in tests and `npm run dev:browser` the file-backed stand-in below, which has
 * the same interface and says plainly that it does not encrypt.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretBackendInfo } from '../../../shared/contract/sync';

export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  describe(): SecretBackendInfo;
}

/** Writes a small file atomically with owner-only permissions. */
export function writePrivateFile(path: string, content: string | Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, path);
  try {
    chmodSync(path, 0o600);
  } catch {
    // Windows ignores POSIX modes; the file sits in the user's profile folder.
  }
}

export function readJsonFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Development and test stand-in: a JSON file, owner-readable only, NOT encrypted. */
export function createFileSecretStore(path: string): SecretStore {
  return {
    get: (name) => {
      const value = readJsonFile(path)[name];
      return typeof value === 'string' ? value : null;
    },
    set: (name, value) => writePrivateFile(path, JSON.stringify({ ...readJsonFile(path), [name]: value })),
    delete: (name) => {
      const all = readJsonFile(path);
      if (!(name in all)) return;
      delete all[name];
      writePrivateFile(path, JSON.stringify(all));
    },
    describe: () => ({ backend: 'file', warning: 'plain_file' }),
  };
}

/** In-memory store for unit tests. */
export function createMemorySecretStore(): SecretStore {
  const map = new Map<string, string>();
  return {
    get: (name) => map.get(name) ?? null,
    set: (name, value) => void map.set(name, value),
    delete: (name) => void map.delete(name),
    describe: () => ({ backend: 'memory', warning: 'plain_file' }),
  };
}
