/**
 * `npm run dev:browser`: the real services and the real (built) renderer joined by the loopback
 * test bridge, for trying and reviewing on machines without an Electron binary. Not for client
 * work: it keeps the portal token in a plain file (the desktop app uses the OS secret store).
 * Data folder: LAIF_DATA_DIR, or ./.data/dev-browser; client files are read and written only in
 * its `files` folder (LAIF_FILES_DIR to move it). Port: PORT (default 5180).
 */
import { join, resolve } from 'node:path';
import { createRestartableServices } from '@main/data-safety/restartable-services';
import { startBridge } from './bridge';
import { devSecretStore } from './secret-stores';

const dataDir = resolve(process.env.LAIF_DATA_DIR ?? '.data/dev-browser');
const filesDir = resolve(process.env.LAIF_FILES_DIR ?? join(dataDir, 'files'));
// Restartable, so restoring a backup in the preview reopens the data in place, as the desktop app relaunches.
const services = await createRestartableServices({
  dataDir,
  filesDir,
  secrets: devSecretStore(dataDir),
  appVersion: process.env.npm_package_version ?? 'dev',
  transport: 'bridge',
});
const bridge = await startBridge({ services, staticDir: resolve('out/renderer'), port: Number(process.env.PORT ?? 5180) });
console.log(`L-AIF Workbench (browser preview, for trying and reviewing)
  open once:    ${bridge.launchUrl()}
  data folder:  ${dataDir}
  client files: ${filesDir}
(the link works once: it gives that browser a session; type "link" + Enter for a new one)`);
process.stdin.on('data', (chunk) => {
  if (chunk.toString().trim() === 'link') console.log(`  open once:    ${bridge.launchUrl()}`);
});
const stop = async () => {
  await bridge.close();
  services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
