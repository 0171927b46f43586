/**
 * `npm run portal -- --port 4400 --data <dir> [--advisor "Jeanne Muller"] [--page-size 100]`
 *
 * Starts the reference portal on 127.0.0.1, prints its URL, a fresh pairing code
 * (`Pairing code: XXXX-XXXX`) and the admin token (also written to <dir>/admin-token).
 * Commands on stdin (type `help`):
 *   code                                   a new pairing code
 *   list                                   submissions received
 *   review <id> [message]                  compute request → under_review
 *   approve <id> <gpuHours> <system> <accessMode> <validFrom> <validUntil> [message]
 *   reject <id> [message]                  compute request → rejected
 *   info <id> <message>                    compute request → needs_information
 *   ack <id>                               roadmap → acknowledged
 *   revoke [deviceId]                      revoke one device's token, or all
 * The same actions exist as loopback-only HTTP endpoints under /admin/ (header X-Admin-Token).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { createInterface } from 'node:readline';
import { startPortal, type Portal } from './server';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dataDir = resolve(arg('data', '.data/portal')!);
mkdirSync(dataDir, { recursive: true });
const portal: Portal = await startPortal({
  dataDir,
  port: Number(arg('port', '4400')),
  pageSize: arg('page-size') ? Number(arg('page-size')) : undefined,
  advisorName: arg('advisor'),
  adminToken: process.env.LAIF_PORTAL_ADMIN_TOKEN,
});
writeFileSync(join(dataDir, 'admin-token'), portal.adminToken, { mode: 0o600 });

const printCode = () => {
  const { code, expiresAt } = portal.admin.createPairingCode();
  console.log(`Pairing code: ${code}`);
  console.log(`  (one use, valid until ${expiresAt})`);
};

console.log(`Reference portal listening on ${portal.url}`);
console.log(`Data: ${dataDir}`);
console.log(`Admin token: ${portal.adminToken}`);
printCode();

function run(line: string) {
  const [command, ...rest] = line.trim().split(/\s+/);
  const tail = (from: number) => rest.slice(from).join(' ') || null;
  try {
    switch (command) {
      case '':
        return;
      case 'code':
        return printCode();
      case 'list':
        for (const s of portal.store.submissions()) console.log(`${s.portalRef}  ${s.kind}  ${s.id} r${s.revision}  ${s.receivedAt}`);
        return;
      case 'review':
        console.log(portal.admin.setComputeStatus({ id: rest[0], status: 'under_review', message: tail(1) }));
        return;
      case 'approve': {
        const [id, gpuHours, system, accessMode, validFrom, validUntil] = rest;
        console.log(
          portal.admin.setComputeStatus({
            id,
            status: 'approved',
            allocation: { gpuHours: Number(gpuHours), system, accessMode, validFrom, validUntil },
            message: tail(6),
          }),
        );
        return;
      }
      case 'reject':
        console.log(portal.admin.setComputeStatus({ id: rest[0], status: 'rejected', message: tail(1) }));
        return;
      case 'info':
        console.log(portal.admin.setComputeStatus({ id: rest[0], status: 'needs_information', message: tail(1) }));
        return;
      case 'ack':
        console.log(portal.admin.setRoadmapStatus({ id: rest[0], status: 'acknowledged' }));
        return;
      case 'revoke':
        console.log(`revoked: ${rest[0] ? Number(portal.admin.revokeDevice(rest[0])) : portal.admin.revokeAll()}`);
        return;
      default:
        console.log('commands: code | list | review <id> [msg] | approve <id> <gpuHours> <system> <accessMode> <validFrom> <validUntil> [msg] | reject <id> [msg] | info <id> <msg> | ack <id> | revoke [deviceId]');
    }
  } catch (error) {
    console.log(`error: ${(error as Error).message}`);
  }
}

if (process.stdin.readable) createInterface({ input: process.stdin }).on('line', run);

const stop = async () => {
  await portal.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
