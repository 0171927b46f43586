/**
 * The app process is killed (SIGKILL) while an item is on the wire — after the portal stored it,
 * before the answer came back. Restarted, the item is `pending` again, is sent again, comes back
 * as a replay with the original receipt, and the portal still holds it once.
 */
import { afterAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startPortal, type Portal } from '../portal/server';
import { DATABASE_FILE } from '@main/services/create-services';

const dirs: string[] = [];
let portal: Portal | null = null;
afterAll(async () => {
  await portal?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function child(env: Record<string, string>) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/integration/sync-child.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { proc, exited, output: () => out, errors: () => err };
}

it('SIGKILL mid-send, restart: sent again, stored once', { timeout: 60_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'laif-kill-'));
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-kill-portal-'));
  dirs.push(dataDir, portalDir);
  portal = await startPortal({ dataDir: portalDir });
  const { code } = portal.admin.createPairingCode();

  // The portal stores the request, then holds the answer: the app is killed while waiting for it.
  // (The pairing run sends nothing: the record is queued after pairing, so the first submission is ours.)
  portal.faults.add({ kind: 'slow', delayMs: 20_000 });
  const first = child({ LAIF_DATA_DIR: dataDir, PORTAL_URL: portal.url, PAIR_CODE: code, ENQUEUE: '1' });
  portal.events.once('stored', () => first.proc.kill('SIGKILL'));
  const ended = await first.exited;
  expect(ended.signal, first.errors()).toBe('SIGKILL');
  expect(first.output()).not.toContain('DONE');
  const outboxId = /ENQUEUED (\S+)/.exec(first.output())![1];
  expect(portal.count()).toBe(1);

  const peek = () => {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      return db.prepare('SELECT state, attempts, portal_ref, idempotency_key FROM outbox WHERE id = ?').get(outboxId) as {
        state: string;
        attempts: number;
        portal_ref: string | null;
        idempotency_key: string;
      };
    } finally {
      db.close();
    }
  };
  // Claimed, on the wire, no answer: the attempt is not counted until its outcome is recorded.
  expect(peek()).toMatchObject({ state: 'sending', attempts: 0, portal_ref: null });

  const second = child({ LAIF_DATA_DIR: dataDir, PORTAL_URL: portal.url });
  const done = await second.exited;
  expect(done.code, second.errors()).toBe(0);
  const row = peek();
  // One answered attempt: the crash added nothing to the count.
  expect(row).toMatchObject({ state: 'delivered', attempts: 1 });
  const stored = portal.store.submissions();
  expect(stored).toHaveLength(1);
  expect(stored[0].idempotencyKey).toBe(row.idempotency_key);
  expect(row.portal_ref).toBe(stored[0].portalRef);
});
