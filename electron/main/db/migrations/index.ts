/**
 * Numbered schema migrations. Each file holds plain SQL (kept in a .ts module so the same code
 * runs bundled in Electron and unbundled under Node/tsx/Vitest). Append only: never edit a
 * migration that has shipped; add the next number instead.
 */
import m0001 from './0001_clients_settings';
import m0002 from './0002_outbox';
// import m0003 (assessments)
// import m0004 (roadmaps)
// import m0005 (funding scenarios, scheme overrides)
// import m0006 (sync: device, changes cursor, benchmarks cache)
// import m0007 (data safety)
// import m0008 (gpu budgets, compute requests)

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'clients_settings', sql: m0001 },
  { version: 2, name: 'outbox', sql: m0002 },
  // 0003 (assessments)
  // 0004 (roadmaps)
  // 0005 (funding scenarios, scheme overrides)
  // 0006 (sync)
  // 0007 (data safety)
  // 0008 (gpu budgets, compute requests)
];
