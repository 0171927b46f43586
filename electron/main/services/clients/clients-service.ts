/**
 * Client records: create, edit, archive, list and search; the erasure of a client from the live
 * database (data-safety-service.ts wraps it). The columns derived from a record (search text,
 * size class) are recomputed in the same transaction as each edit. SQL: clients/clients-repository.ts.
 */
import { AppError } from '@shared/errors';
import { withoutBidiControls } from '@shared/bidi';
import type { Client } from '@shared/contract/clients';
import type { Handlers, ParsedInput } from '@shared/contract';
import { sizeClassOf } from '@shared/domain/sme-size';
import { clientSearchText, searchPatterns } from '@shared/domain/search-text';
import type { ServiceContext } from '../context';
import { createClientsRepository } from './clients-repository';

export function createClientsService(ctx: ServiceContext) {
  const { db } = ctx;
  const repo = createClientsRepository(db);

  function get(id: string): Client {
    const client = repo.get(id);
    if (!client) throw new AppError('not_found', 'No such client', { entity: 'client' });
    return client;
  }

  /** Derived columns (search text, size class) are recomputed in the same transaction as the edit. */
  function refreshDerived(id: string) {
    const c = get(id);
    const searchText = clientSearchText([c.name, c.rcsNumber, c.commune, c.naceCode, c.naceLabel, c.legalForm]);
    repo.setDerived(id, searchText, sizeClassOf(c).sizeClass);
  }

  const handlers = {
    'clients.list': ({ query, sort, includeArchived }: ParsedInput<'clients.list'>) => repo.list(sort, searchPatterns(query), includeArchived),
    'clients.get': ({ id }: ParsedInput<'clients.get'>) => get(id),
    'clients.create': ({ name, reportLocale }: ParsedInput<'clients.create'>) => {
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.transaction(() => {
        repo.insert(id, { name, reportLocale }, at);
        refreshDerived(id);
      })();
      ctx.emit({ type: 'changed', entity: 'client', id });
      return get(id);
    },
    'clients.update': ({ id, patch }: ParsedInput<'clients.update'>) => {
      if (Object.keys(patch).length === 0) return get(id);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        get(id); // not_found before any write
        repo.update(id, patch, at);
        refreshDerived(id);
      })();
      ctx.emit({ type: 'changed', entity: 'client', id });
      return get(id);
    },
    'clients.setArchived': ({ id, archived }: ParsedInput<'clients.setArchived'>) => {
      get(id);
      const at = ctx.now().toISOString();
      repo.setArchived(id, archived ? at : null, at);
      ctx.emit({ type: 'changed', entity: 'client', id });
      return get(id);
    },
  } satisfies Partial<Handlers>;

  /**
   * The live-database part of GDPR erasure; `clients.erase` itself is the data-safety
   * service's, which adds the WAL, the backups and their check.
   */
  function erase({ id, confirmName }: ParsedInput<'clients.erase'>): void {
    const client = get(id);
    // Compared as shown: bidi controls are not displayed, so they cannot be asked for (shared/bidi.ts).
    if (withoutBidiControls(confirmName).trim() !== withoutBidiControls(client.name).trim()) {
      throw new AppError('confirmation_mismatch', 'The name typed does not match the company name');
    }
    // Every table that holds client data references clients(id) ON DELETE CASCADE, so one
    // delete removes it all; secure_delete overwrites the freed pages.
    repo.delete(id);
    ctx.emit({ type: 'changed', entity: 'client', id });
  }

  return { handlers, get, erase };
}
