/**
 * For repository tests: real services on a fresh SQLite file for each test, the repository made
 * over its connection, and one client to own the rows (tables with client data reference it).
 */
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '@main/db/open-database';
import type { Locale } from '@shared/locale';
import { tempServices, type TempServices } from './temp-services';

export interface RepositoryFixture<R> {
  services: TempServices;
  repo: R;
  clientId: string;
}

export function repositoryFixture<R>(create: (db: Db) => R, client: { name: string; reportLocale: Locale } = { name: 'Row Builders SA', reportLocale: 'fr' }): RepositoryFixture<R> {
  const f = {} as RepositoryFixture<R>;
  beforeEach(async () => {
    f.services = await tempServices();
    f.repo = create(f.services.db);
    f.clientId = (await f.services.ok('clients.create', client)).id;
  });
  afterEach(() => f.services.cleanup());
  return f;
}
