/**
 * Child process of the renderer benchmark: the real services on a data folder and the
 * loopback bridge serving a built page, in a process of its own so its memory is the main
 * process's memory alone. Prints {"url", "cookie"} once ready (the cookie is a bridge session); answers "mem" on stdin with its memory
 * after a garbage collection (start with --expose-gc).
 *   node --expose-gc --import tsx test/bench/bench-server.ts <dataDir> <staticDir>
 */
import { createInterface } from 'node:readline';
import { createServices } from '@main/services/create-services';
import { startBridge } from '../support/bridge';
import { devSecretStore } from '../support/secret-stores';

const [dataDir, staticDir] = process.argv.slice(2);
const services = await createServices({ dataDir, secrets: devSecretStore(dataDir), appVersion: 'bench', transport: 'bridge', sync: { autoStart: false } });
const bridge = await startBridge({ services, staticDir });
console.log(JSON.stringify({ url: bridge.url, cookie: bridge.session() }));

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'mem') {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    console.log(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, external: m.external }));
  }
});
process.stdin.on('end', async () => {
  await bridge.close();
  services.close();
  process.exit(0);
});
