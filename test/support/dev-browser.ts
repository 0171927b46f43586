/**
 * `npm run dev:browser`: the real services and the real (built) renderer joined by the loopback
 * test bridge, for working and reviewing on machines without an Electron binary.
 * Data folder: LAIF_DATA_DIR, or ./.data/dev-browser. Port: PORT (default 5180).
 */
import { resolve } from 'node:path';
import { createRestartableServices } from '../../electron/main/data-safety/restartable-services';
import { startBridge } from './bridge';
import { devSecretStore } from './secret-stores';

const dataDir = resolve(process.env.LAIF_DATA_DIR ?? '.data/dev-browser');
// Restartable, so restoring a backup in the preview reopens the data in place, as the desktop app relaunches.
const services = await createRestartableServices({ dataDir, secrets: devSecretStore(dataDir), appVersion: process.env.npm_package_version ?? 'dev', transport: 'bridge' });
const bridge = await startBridge({ services, staticDir: resolve('out/renderer'), port: Number(process.env.PORT ?? 5180) });
console.log(`L-AIF Workbench (browser preview) on ${bridge.url}/  — data in ${dataDir}`);
const stop = async () => {
  await bridge.close();
  services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
