/**
 * Child process for the data-folder lock test: starts the real services on a folder, prints
 * one JSON line saying what happened, and (when it got the folder) holds it until stdin closes.
 */
import { createServices } from '@main/services/create-services';
import { AppError } from '@shared/errors';
import { devSecretStore } from '../../support/secret-stores';

const dataDir = process.argv[2];
try {
  const services = await createServices({ dataDir, secrets: devSecretStore(dataDir), transport: 'bridge', appVersion: 'lock-test', sync: { autoStart: false } });
  console.log(JSON.stringify({ state: 'running', pid: process.pid }));
  process.stdin.resume();
  process.stdin.on('end', () => {
    services.close();
    process.exit(0);
  });
} catch (error) {
  if (error instanceof AppError && error.code === 'data_locked') {
    // What the desktop app explains in a dialog before it quits.
    console.log(JSON.stringify({ state: 'locked', details: error.details }));
    process.exit(3);
  }
  console.log(JSON.stringify({ state: 'failed', message: String(error) }));
  process.exit(1);
}
