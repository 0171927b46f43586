import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services, type ServicesOptions } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import type { Input, MethodName, Output } from '@shared/contract';
import type { Result } from '@shared/errors';
import { devSecretStore } from './secret-stores';

export interface TempServices extends Services {
  /** Calls through the same validation as IPC and the bridge. */
  call: <K extends MethodName>(name: K, input: Input<K>) => Promise<Result<Output<K>>>;
  /** Calls and unwraps, throwing on an error answer. */
  ok: <K extends MethodName>(name: K, input: Input<K>) => Promise<Output<K>>;
  cleanup: () => void;
}

/** Real services on a real SQLite file in a fresh temp folder. */
export async function tempServices(options: Partial<ServicesOptions> = {}): Promise<TempServices> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'laif-test-'));
  const services = await createServices({ transport: 'bridge', appVersion: 'test', secrets: devSecretStore(dataDir), filesDir: tmpdir(), ...options, dataDir });
  const call = (name: MethodName, input: unknown) => dispatch(services.handlers, name, input);
  return {
    ...services,
    call: call as TempServices['call'],
    ok: (async (name: MethodName, input: unknown) => {
      const r = await call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${JSON.stringify(r.error.details)}`);
      return r.value;
    }) as TempServices['ok'],
    cleanup: () => {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
