/**
 * The app's main-process services and sync engine in a child process, for the SIGKILL test
 * (test/integration/sync-kill.test.ts). Env: LAIF_DATA_DIR, PORTAL_URL, PAIR_CODE (first start),
 * ENQUEUE=1 (queue one compute request). Prints `ENQUEUED <outboxId>` and `DONE <json>`.
 */
import { createServices } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { enqueue } from '../portal/samples';
import { devSecretStore } from '../support/secret-stores';

const dataDir = process.env.LAIF_DATA_DIR!;
const services = await createServices({ dataDir, secrets: devSecretStore(dataDir), appVersion: 'child', transport: 'bridge', sync: { autoStart: false } });
const call = async (name: string, input: unknown) => {
  const result = await dispatch(services.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value;
};

if (process.env.PAIR_CODE) {
  await call('sync.portal.pair', { baseUrl: process.env.PORTAL_URL, code: process.env.PAIR_CODE, deviceName: 'Child laptop' });
}
if (process.env.ENQUEUE === '1') {
  const { outboxId } = enqueue(services.db, 'compute_request');
  console.log(`ENQUEUED ${outboxId}`);
}
const status = await call('sync.now', { wait: true });
console.log(`DONE ${JSON.stringify(status)}`);
services.close();
