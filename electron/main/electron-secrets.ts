/**
 * The portal token kept with Electron `safeStorage` (the OS key store: Keychain, DPAPI,
 * libsecret/kwallet). Imported only by electron/main/index.ts, so services never import
 * 'electron'. The encrypted blob sits in a private file in the data folder, never in SQLite.
 * On Linux without a keyring Electron falls back to `basic_text` (a hard-coded key): we still
 * work, but warn in the log and in Settings → Portal.
 */
import { safeStorage } from 'electron';
import { join } from 'node:path';
import { readJsonFile, writePrivateFile, type SecretStore } from './sync/secrets';
import { AppError } from '@shared/errors';
import type { SecretBackendInfo } from '@shared/contract/sync';

export const SECRETS_FILE = 'secrets.safestorage.json';

export function describeSafeStorage(platform: NodeJS.Platform = process.platform): SecretBackendInfo {
  if (!safeStorage.isEncryptionAvailable()) return { backend: 'none', warning: 'unavailable' };
  if (platform !== 'linux') return { backend: platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : platform, warning: null };
  const backend = safeStorage.getSelectedStorageBackend();
  return { backend, warning: backend === 'basic_text' ? 'basic_text' : null };
}

export function createSafeStorageSecrets(dataDir: string, log: (message: string) => void = console.warn): SecretStore {
  const file = join(dataDir, SECRETS_FILE);
  let warned = false;
  const describe = () => {
    const info = describeSafeStorage();
    if (info.warning && !warned) {
      warned = true;
      log(
        info.warning === 'basic_text'
          ? '[laif] safeStorage uses the basic_text backend (no keyring found): the portal token is only weakly protected.'
          : '[laif] safeStorage is not available: the portal token cannot be stored.',
      );
    }
    return info;
  };
  return {
    get(name) {
      const stored = readJsonFile(file)[name];
      if (typeof stored !== 'string' || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null; // another user's or machine's key: the advisor pairs again
      }
    },
    set(name, value) {
      if (describe().warning === 'unavailable') {
        throw new AppError('secret_store_unavailable', 'The operating system offers no secret store for the portal token');
      }
      const encrypted = safeStorage.encryptString(value).toString('base64');
      writePrivateFile(file, JSON.stringify({ ...readJsonFile(file), [name]: encrypted }));
    },
    delete(name) {
      const all = readJsonFile(file);
      if (!(name in all)) return;
      delete all[name];
      writePrivateFile(file, JSON.stringify(all));
    },
    describe,
  };
}
