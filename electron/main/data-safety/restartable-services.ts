/**
 * Services that can restart in the same process — what the browser preview and the tests use
 * where the desktop app relaunches itself (electron-data-safety.ts). On `restartRequired`
 * (a restored backup) the services are closed and created again, which applies the staged
 * restore before the database opens; calls arriving meanwhile wait for the new services, and
 * subscribers get `restarted` so the page can reload. Handlers and subscriptions stay the same
 * objects, so a transport (the bridge) holding them keeps working.
 */
import type { Handlers } from '@shared/contract';
import type { AppEvent } from '@shared/contract/events';
import { createServices, type Services, type ServicesOptions } from '../services/create-services';

export interface RestartableServices extends Services {
  /** How many times the services were restarted. */
  restarts: () => number;
  /** Resolves once any restart in progress is done. */
  settled: () => Promise<void>;
}

export async function createRestartableServices(options: ServicesOptions): Promise<RestartableServices> {
  let inner = await createServices(options);
  let restarting: Promise<void> | null = null;
  let count = 0;
  const listeners = new Set<(event: AppEvent) => void>();

  const forward = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
    if (event.type === 'restartRequired' && !restarting) {
      // After the current handler has answered (it emits as its last step).
      restarting = new Promise<void>((resolve) => setTimeout(resolve, 20))
        .then(async () => {
          unsubscribe();
          inner.close();
          inner = await createServices(options);
          unsubscribe = inner.subscribe(forward);
          count++;
          for (const listener of listeners) listener({ type: 'restarted' });
        })
        .finally(() => {
          restarting = null;
        });
    }
  };
  let unsubscribe = inner.subscribe(forward);

  const handlers = new Proxy({} as Handlers, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      return async (input: unknown) => {
        if (restarting) await restarting;
        const handler = (inner.handlers as unknown as Record<string, (i: unknown) => unknown>)[name];
        return handler(input);
      };
    },
  });

  return {
    handlers,
    get db() {
      return inner.db;
    },
    get dataDir() {
      return inner.dataDir;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      unsubscribe();
      inner.close();
    },
    // Always the current services' (a restart replaces them).
    settings: { get: () => inner.settings.get() },
    sync: { wake: () => inner.sync.wake() },
    restarts: () => count,
    settled: async () => {
      if (restarting) await restarting;
    },
  };
}
