/**
 * Numbered schema migrations. Each file holds plain SQL (kept in a .ts module so the same code
 * runs bundled in Electron and unbundled under Node/tsx/Vitest). Append only: never edit a
 * migration that has shipped; add the next number instead.
 */
import m0001 from './0001_clients_settings';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [{ version: 1, name: 'clients_settings', sql: m0001 }];
