/**
 * Numbered schema migrations. Each file holds plain SQL (kept in a .ts module so the same code
 * runs bundled in Electron and unbundled under Node/tsx/Vitest). Append only: never edit a
 * migration that has shipped; add the next number instead.
 */
import m0001 from './0001_clients_settings';
import m0002 from './0002_outbox';
import m0003 from './0003_assessments';
import m0004 from './0004_roadmaps';
import m0005 from './0005_funding';
import m0006 from './0006_sync';
import m0007 from './0007_gpu_compute';
import m0008 from './0008_client_checks';
import m0009 from './0009_revision_versions';
import m0011 from './0011_gpu_settings_2026_2';
import m0012 from './0012_votes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds tables (the only way SQLite adds a CHECK): run with foreign keys off, so dropping
   * the old table does not cascade, and every reference is checked before commit.
   */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'clients_settings', sql: m0001 },
  { version: 2, name: 'outbox', sql: m0002 },
  { version: 3, name: 'assessments', sql: m0003 },
  { version: 4, name: 'roadmaps', sql: m0004 },
  { version: 5, name: 'funding', sql: m0005 },
  { version: 6, name: 'sync', sql: m0006 },
  { version: 7, name: 'gpu_compute', sql: m0007 },
  { version: 8, name: 'client_checks', sql: m0008, rebuildsTables: true },
  { version: 9, name: 'revision_versions', sql: m0009 },
  // Version 10 was reserved for the sync engine's rework, which needed no schema change.
  { version: 11, name: 'gpu_settings_2026_2', sql: m0011 },
  { version: 12, name: 'votes', sql: m0012 },
];
