/**
 * Where the portal token lives: never in the SQLite file. In the desktop app it is the
 * Electron `safeStorage` store (electron/main/electron-secrets.ts, imported only by the Electron
 * entry point). createServices takes the store as a required option, so the plain-file stand-in
 * used by tests and `npm run dev:browser` (test/support/secret-stores.ts) can never end up in
 * the desktop bundle (test/unit/desktop-bundle.test.ts).
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretBackendInfo } from '@shared/contract/sync';

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
