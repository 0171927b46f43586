/**
 * Secret stores for tests and the browser preview. They have the interface of the desktop's
 * safeStorage store (electron/main/electron-secrets.ts) and say plainly that they do not encrypt.
 * They live under test/ so the desktop main bundle cannot contain them.
 */
import { join } from 'node:path';
import { readJsonFile, writePrivateFile, type SecretStore } from '@main/sync/secrets';

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

/** The file store at its usual place in a data folder (tests read it there). */
export function devSecretStore(dataDir: string): SecretStore {
  return createFileSecretStore(join(dataDir, 'secrets.dev.json'));
}
