/**
 * The safeStorage secret store with the `electron` module replaced by a test double (the real
 * binary cannot run here), and the file-backed stand-in with the same interface.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fake = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret' as string }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    encryptString: (s: string) => Buffer.from(`enc:${Buffer.from(s).toString('hex')}`),
    decryptString: (b: Buffer) => {
      const text = b.toString();
      if (!text.startsWith('enc:')) throw new Error('bad blob');
      return Buffer.from(text.slice(4), 'hex').toString();
    },
  },
}));

import { createSafeStorageSecrets, describeSafeStorage, SECRETS_FILE } from '@main/electron-secrets';
import type { SecretStore } from '@main/sync/secrets';
import { createFileSecretStore } from '../support/secret-stores';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'laif-secrets-'));
  fake.available = true;
  fake.backend = 'gnome_libsecret';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function roundTrip(store: SecretStore) {
  expect(store.get('portal.token')).toBeNull();
  store.set('portal.token', 'tok-123');
  store.set('other', 'x');
  expect(store.get('portal.token')).toBe('tok-123');
  store.delete('portal.token');
  expect(store.get('portal.token')).toBeNull();
  expect(store.get('other')).toBe('x');
  store.delete('missing'); // no-op
}

describe('safeStorage secrets', () => {
  it('stores the token encrypted in a private file, never in clear', () => {
    const store = createSafeStorageSecrets(dir, () => {});
    roundTrip(store);
    store.set('portal.token', 'very-secret-token');
    const file = join(dir, SECRETS_FILE);
    expect(readFileSync(file, 'utf8')).not.toContain('very-secret-token');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('warns when Linux falls back to basic_text, once', () => {
    fake.backend = 'basic_text';
    const log = vi.fn();
    const store = createSafeStorageSecrets(dir, log);
    expect(describeSafeStorage('linux')).toEqual({ backend: 'basic_text', warning: 'basic_text' });
    expect(store.describe()).toEqual({ backend: 'basic_text', warning: 'basic_text' });
    store.set('portal.token', 't');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/basic_text/);
    expect(describeSafeStorage('darwin')).toEqual({ backend: 'keychain', warning: null });
    fake.backend = 'kwallet5';
    expect(describeSafeStorage('linux')).toEqual({ backend: 'kwallet5', warning: null });
  });

  it('refuses to store when no encryption is available, and reads nothing', () => {
    const store = createSafeStorageSecrets(dir, () => {});
    store.set('portal.token', 't');
    fake.available = false;
    expect(store.get('portal.token')).toBeNull();
    expect(() => store.set('portal.token', 'u')).toThrow(expect.objectContaining({ code: 'secret_store_unavailable' }));
  });
});

describe('file-backed stand-in', () => {
  it('has the same interface, owner-only file, and says it does not encrypt', () => {
    const path = join(dir, 'secrets.dev.json');
    const store = createFileSecretStore(path);
    roundTrip(store);
    expect(store.describe()).toEqual({ backend: 'file', warning: 'plain_file' });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
