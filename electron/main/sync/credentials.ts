/** The portal token and the device it was issued to, as kept in the secret store. */
import type { AppEvent } from '@shared/contract/events';
import type { SecretStore } from './secrets';
import type { SyncStore } from './sync-store';

export const TOKEN_SECRET = 'portal.token';

export interface StoredCredentials {
  token: string;
  deviceId: string;
  baseUrl: string;
}

export function readCredentials(secrets: SecretStore): StoredCredentials | null {
  const raw = secrets.get(TOKEN_SECRET);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as StoredCredentials;
    return typeof value.token === 'string' && typeof value.deviceId === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Paired and allowed to send: the token and the device it belongs to. A token lost by the secret
 * store (new OS profile, key store reset) pauses the queue until the advisor pairs again.
 */
export function sendingCredentials(store: SyncStore, secrets: SecretStore, emit: (event: AppEvent) => void): StoredCredentials | null {
  const conn = store.connection();
  if (!conn.device_id || !conn.base_url || conn.needs_auth === 1) return null;
  const stored = readCredentials(secrets);
  if (!stored || stored.deviceId !== conn.device_id) {
    store.pauseForAuth({ code: 'token_missing', message: 'No portal token on this computer', httpStatus: null, fields: [], currentRevision: null });
    emit({ type: 'changed', entity: 'sync' });
    return null;
  }
  return stored;
}
