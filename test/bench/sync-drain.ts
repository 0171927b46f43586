/**
 * Benchmark: drain 1,000 queued records into the local reference portal with the real sync
 * engine (outbox row marked sending, POST, receipt checked, row marked delivered, changes feed
 * pulled), against a bare keep-alive loop of the same HTTP requests, in the same run and
 * against the same portal process. Rounds are interleaved (bare, engine, engine, bare, …) so
 * disk and CPU noise hit both alike. Aim: engine ≤ 1.5 × bare.
 *
 * Alone: `npx tsx test/bench/sync-drain.ts [records]`; from the suite: `runSyncDrainBench()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { createServices } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { enqueue, envelope, roadmapPayload } from '../portal/samples';
import { portalAdmin } from '../portal/admin-client';
import { devSecretStore } from '../support/secret-stores';

export interface SyncDrainBenchResult {
  name: 'sync-drain';
  records: number;
  bareMs: number;
  engineMs: number;
  /** engine ÷ bare. */
  ratio: number;
  withinAim: boolean;
}

async function startPortalProcess(dataDir: string): Promise<{ url: string; adminToken: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/portal/main.ts', '--port', '0', '--data', dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start: ${out}`)), 20_000);
    proc.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /listening on (\S+)/.exec(out)?.[1];
      const adminToken = /Admin token: (\S+)/.exec(out)?.[1];
      if (url && adminToken && /Pairing code:/.test(out)) {
        clearTimeout(timer);
        resolve({ url, adminToken, proc });
      }
    });
    proc.on('exit', (code) => reject(new Error(`portal exited (${code}): ${out}`)));
  });
}

/** The same requests, sent one after the other over keep-alive connections, nothing else. */
async function bareLoop(url: string, token: string, deviceId: string, records: number): Promise<number> {
  const bodies = Array.from({ length: records }, () => JSON.stringify(envelope('roadmap', { payload: roadmapPayload(), deviceId })));
  const started = performance.now();
  for (const body of bodies) {
    const key = randomUUID();
    const response = await fetch(`${url}/api/v1/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': key, 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
      body,
    });
    const json = (await response.json()) as { receipt?: { idempotencyKey?: string } };
    if (response.status !== 201 || json.receipt?.idempotencyKey !== key) throw new Error(`bare loop: unexpected ${response.status}`);
  }
  return performance.now() - started;
}

export async function runSyncDrainBench(options: { records?: number } = {}): Promise<SyncDrainBenchResult> {
  const records = options.records ?? 1_000;
  const dir = mkdtempSync(join(tmpdir(), 'laif-bench-sync-'));
  const portal = await startPortalProcess(join(dir, 'portal'));
  const services = await createServices({ dataDir: join(dir, 'app'), secrets: devSecretStore(join(dir, 'app')), appVersion: 'bench', sync: { autoStart: false } });
  const call = async (name: string, input: unknown) => {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    return r.value;
  };
  try {
    const admin = portalAdmin(portal.url, portal.adminToken);
    const bareDevice = (await (
      await fetch(`${portal.url}/api/v1/devices/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: (await admin.pairingCode()).code, deviceName: 'bench bare loop', appVersion: 'bench' }),
      })
    ).json()) as { token: string; deviceId: string };
    await call('sync.portal.pair', { baseUrl: portal.url, code: (await admin.pairingCode()).code, deviceName: 'bench engine' });
    await call('sync.now', { wait: true });

    const engineRound = async (count: number) => {
      services.db.transaction(() => {
        for (let i = 0; i < count; i++) enqueue(services.db, 'roadmap', { payload: roadmapPayload() });
      })();
      const started = performance.now();
      await call('sync.now', { wait: true });
      const ms = performance.now() - started;
      const left = services.db.prepare("SELECT count(*) AS n FROM outbox WHERE state <> 'delivered'").get() as { n: number };
      if (left.n !== 0) throw new Error(`engine left ${left.n} records undelivered`);
      return ms;
    };
    // Warm-up of both paths (connections, JIT, statement caches), not counted.
    await bareLoop(portal.url, bareDevice.token, bareDevice.deviceId, 20);
    services.db.transaction(() => {
      for (let i = 0; i < 20; i++) enqueue(services.db, 'roadmap');
    })();
    await call('sync.now', { wait: true });

    // Interleaved rounds (bare, engine, engine, bare, …) so load from other processes hits both alike.
    const rounds = 4;
    const perRound = Math.ceil(records / rounds);
    let bareMs = 0;
    let engineMs = 0;
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['bare', 'engine'] as const) : (['engine', 'bare'] as const);
      for (const side of order) {
        if (side === 'bare') bareMs += await bareLoop(portal.url, bareDevice.token, bareDevice.deviceId, perRound);
        else engineMs += await engineRound(perRound);
      }
    }
    const ratio = Math.round((engineMs / bareMs) * 100) / 100;
    return { name: 'sync-drain', records, bareMs: Math.round(bareMs), engineMs: Math.round(engineMs), ratio, withinAim: ratio <= 1.5 };
  } finally {
    services.close();
    portal.proc.kill('SIGTERM');
    await new Promise((r) => portal.proc.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatSyncDrainBench(r: SyncDrainBenchResult): string {
  const per = (ms: number) => (ms / r.records).toFixed(2);
  return [
    `Sync drain of ${r.records} queued records into the local reference portal (4 interleaved rounds per side)`,
    `${'sync engine (outbox → portal)'.padEnd(34)} ${r.engineMs} ms  (${per(r.engineMs)} ms/record)`,
    `${'bare keep-alive HTTP loop'.padEnd(34)} ${r.bareMs} ms  (${per(r.bareMs)} ms/record)`,
    `ratio engine/bare: ${r.ratio}×  (aim ≤ 1.5×: ${r.withinAim ? 'met' : 'NOT met'})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const records = Number(process.argv[2] ?? 1_000);
  runSyncDrainBench({ records }).then(
    (r) => {
      console.log(formatSyncDrainBench(r));
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
