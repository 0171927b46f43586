/**
 * Real services (real SQLite file) + the reference portal over real HTTP, with a fake clock for
 * the backoff and a seeded random, and the background scheduler off so each test drives runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempServices, type TempServices } from '../support/temp-services';
import { startPortal, type Portal, type PortalOptions } from '../portal/server';
import { mulberry32 } from '../portal/faults';
import type { OutboxRow } from '@main/sync/sync-store';
import type { FetchLike } from '@main/sync/portal-client';
import type { SyncServiceOptions } from '@main/sync/sync-service';
import type { ScaledTime } from '../portal/scaled-time';

export interface SyncHarness {
  app: TempServices;
  portal: Portal;
  /** Stops the portal and starts it again on the same port and database (e.g. after an outage). */
  restartPortal: (options?: { downMs?: number; whileDown?: () => Promise<void> | void }) => Promise<void>;
  clock: { now: () => Date; advance: (ms: number) => void; set: (iso: string) => void };
  pair: () => Promise<void>;
  /** One engine run (as "Sync now" with wait). */
  sync: () => Promise<void>;
  rows: () => OutboxRow[];
  row: (id: string) => OutboxRow;
  close: () => Promise<void>;
}

export async function syncHarness(
  options: {
    seed?: number;
    timeoutMs?: number;
    portal?: PortalOptions;
    fetch?: FetchLike;
    dataDir?: string;
    /** Scaled time instead of the stepped clock: the background scheduler runs on it (autoStart). */
    time?: ScaledTime;
    engine?: NonNullable<SyncServiceOptions['engine']>;
  } = {},
): Promise<SyncHarness> {
  let t = Date.parse('2026-03-02T10:00:00Z');
  const stepped = { now: () => new Date(t), advance: (ms: number) => void (t += ms), set: (iso: string) => void (t = Date.parse(iso)) };
  const scaled = options.time;
  const clock = scaled
    ? {
        now: scaled.now,
        advance: () => {
          throw new Error('scaled time runs by itself');
        },
        set: () => {
          throw new Error('scaled time runs by itself');
        },
      }
    : stepped;
  const portalDir = mkdtempSync(join(tmpdir(), 'laif-portal-'));
  const portal = await startPortal({ dataDir: portalDir, ...options.portal });
  const app = await tempServices({
    now: clock.now,
    dataDir: options.dataDir,
    portalFetch: options.fetch,
    sync: {
      autoStart: scaled !== undefined,
      engine: {
        random: mulberry32(options.seed ?? 1),
        ...(scaled ? { scheduler: scaled.scheduler } : { timeoutMs: options.timeoutMs ?? 2_000 }),
        ...options.engine,
      },
    },
  });
  const harness: SyncHarness = {
    app,
    portal,
    restartPortal: async ({ downMs = 0, whileDown } = {}) => {
      const port = harness.portal.port;
      await harness.portal.close();
      await whileDown?.();
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      harness.portal = await startPortal({ dataDir: portalDir, ...options.portal, port });
    },
    clock,
    pair: async () => {
      const { code } = harness.portal.admin.createPairingCode();
      await harness.app.ok('sync.portal.pair', { baseUrl: harness.portal.url, code, deviceName: 'Test laptop' });
      // Pairing starts a run in the background: let it finish so tests start from a quiet engine.
      await harness.app.ok('sync.now', { wait: true });
    },
    sync: async () => {
      await harness.app.ok('sync.now', { wait: true });
    },
    rows: () => harness.app.db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[],
    row: (id: string) => harness.app.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow,
    close: async () => {
      harness.app.cleanup();
      await harness.portal.close().catch(() => undefined);
      rmSync(portalDir, { recursive: true, force: true });
    },
  };
  return harness;
}
