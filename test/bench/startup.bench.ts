/**
 * Start-up of the main process on the seeded dataset: opening the data folder (lock, pending
 * restore check, integrity check, migrations check, daily-backup check) and the first query the
 * first screen needs (the client list), against a bare better-sqlite3 open + the same query.
 * Also the whole `createServices` (every feature's start-up work) for the record.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDataFolder } from '@main/data-safety/open-data-folder';
import { createServices, DATABASE_FILE } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { backupNow, backupsDirOf } from '@main/data-safety/backups';
import { median, round, timeMs, timeMsAsync, type BenchModule } from './bench-kit';
import { devSecretStore } from '../support/secret-stores';

const LIST_SQL = `SELECT * FROM clients WHERE search_text LIKE ? ESCAPE '\\' AND (? = 1 OR archived_at IS NULL) ORDER BY name COLLATE NOCASE, id`;

export const startupBench: BenchModule = {
  id: 'startup',
  title: 'Start-up: data folder + first query',
  async run(ctx) {
    const iterations = ctx.short ? 2 : 8;
    const dir = ctx.seededCopy();
    // A backup from "now" so the start-up daily backup is not part of what is timed (it runs once a day).
    {
      const db = new Database(join(dir, DATABASE_FILE));
      await backupNow(db, backupsDirOf(dir), 'manual', new Date());
      db.close();
    }
    const bare: number[] = [];
    const folder: number[] = [];
    const services: number[] = [];
    for (let i = 0; i < iterations; i++) {
      // Interleaved, so cache and noise hit both alike.
      bare.push(
        timeMs(() => {
          const db = new Database(join(dir, DATABASE_FILE));
          db.prepare(LIST_SQL).all('%%', 0);
          db.close();
        }).ms,
      );
      folder.push(
        (
          await timeMsAsync(async () => {
            const f = await openDataFolder(dir, DATABASE_FILE);
            f.db.prepare(LIST_SQL).all('%%', 0);
            f.close();
          })
        ).ms,
      );
      services.push(
        (
          await timeMsAsync(async () => {
            const s = await createServices({ dataDir: dir, secrets: devSecretStore(dir), appVersion: 'bench', transport: 'bridge', sync: { autoStart: false } });
            await dispatch(s.handlers, 'settings.get', {});
            await dispatch(s.handlers, 'clients.list', {});
            s.close();
          })
        ).ms,
      );
    }
    const bareMs = round(median(bare));
    const integrity = (() => {
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      const r = timeMs(() => db.pragma('integrity_check')).ms;
      db.close();
      return round(r);
    })();
    return [
      { bench: 'startup', metric: 'open data folder + first list query (median)', value: round(median(folder)), unit: 'ms', baseline: { label: 'bare open + same query', value: bareMs } },
      { bench: 'startup', metric: 'createServices + settings + client list (median)', value: round(median(services)), unit: 'ms', baseline: { label: 'bare open + same query', value: bareMs } },
      { bench: 'startup', metric: 'of which: integrity_check alone', value: integrity, unit: 'ms', note: 'full check on every start (architecture.md); quick_check would be cheaper' },
    ];
  },
};
