/**
 * Client-list search as the advisor types, at the service level: each keystroke is one
 * `clients.list` call through `dispatch` (contract validation, the LIKE query over the search
 * text, row mapping) over the seeded clients, against the bare SQL query of the same text.
 * The in-browser figure (through the bridge, with rendering) is in renderer.bench.ts.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createServices, DATABASE_FILE } from '@main/services/create-services';
import { dispatch } from '@main/dispatch';
import { percentile, round, timeMs, timeMsAsync, type BenchModule } from './bench-kit';
import { devSecretStore } from '../support/secret-stores';

/** What advisors type: company names, a commune, a NACE code, an RCS number, accents left out. */
export const TYPED_QUERIES = ['boulangerie', 'muller', 'esch-sur', 'garage schmit', 'c25', 'b1003', 'sarl', 'weber transports'];

export const prefixes = (queries: string[]) => queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

export const clientSearchBench: BenchModule = {
  id: 'client-search',
  title: 'Client search per keystroke (service)',
  async run(ctx) {
    const rounds = ctx.short ? 1 : 5;
    const dir = ctx.seededCopy();
    const services = await createServices({ dataDir: dir, secrets: devSecretStore(dir), appVersion: 'bench', transport: 'bridge', sync: { autoStart: false } });
    const bare = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const stmt = bare.prepare(`SELECT * FROM clients WHERE search_text LIKE ? ESCAPE '\\' AND archived_at IS NULL ORDER BY name COLLATE NOCASE, id`);
    const serviceMs: number[] = [];
    const bareMs: number[] = [];
    let rows = 0;
    try {
      for (let r = 0; r < rounds; r++) {
        for (const q of prefixes(TYPED_QUERIES)) {
          const s = await timeMsAsync(() => dispatch(services.handlers, 'clients.list', { query: q }));
          const b = timeMs(() => stmt.all(`%${q}%`).length);
          if (r > 0 || rounds === 1) {
            serviceMs.push(s.ms);
            bareMs.push(b.ms);
          }
        }
      }
      const all = await dispatch(services.handlers, 'clients.list', {});
      rows = all.ok ? (all.value as unknown[]).length : rows;
    } finally {
      bare.close();
      services.close();
    }
    return [
      {
        bench: 'client-search',
        metric: `service clients.list per keystroke, p95 (${rows} clients listed unfiltered)`,
        value: round(percentile(serviceMs, 0.95), 3),
        unit: 'ms',
        baseline: { label: 'bare SQL LIKE, p95', value: round(percentile(bareMs, 0.95), 3) },
        budget: 50,
      },
    ];
  },
};
