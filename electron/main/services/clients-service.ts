import { AppError } from '../../../shared/errors';
import { withoutBidiControls } from '../../../shared/bidi';
import type { Client, ClientFields, ClientSummary } from '../../../shared/contract/clients';
import type { Handlers, ParsedInput } from '../../../shared/contract';
import { sizeClassOf } from '../../../shared/domain/sme-size';
import { clientSearchText, searchPatterns } from '../../../shared/domain/search-text';
import type { ServiceContext } from './context';

/** @deprecated Import it from shared/domain/sme-size (kept until the roadmap report's import moves). */
export { sizeClassOf } from '../../../shared/domain/sme-size';

interface ClientRow {
  id: string;
  name: string;
  rcs_number: string;
  legal_form: string;
  nace_code: string;
  nace_label: string;
  commune: string;
  headcount: number | null;
  turnover_cents: number | null;
  balance_sheet_cents: number | null;
  contacts_json: string;
  related_json: string;
  report_locale: string;
  consent_benchmark: number;
  consent_date: string | null;
  size_class: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Column of each editable field (one place: used by update and by the row mapper). */
const COLUMNS: { [K in keyof ClientFields]: string } = {
  name: 'name',
  rcsNumber: 'rcs_number',
  legalForm: 'legal_form',
  naceCode: 'nace_code',
  naceLabel: 'nace_label',
  commune: 'commune',
  headcount: 'headcount',
  turnoverCents: 'turnover_cents',
  balanceSheetCents: 'balance_sheet_cents',
  contacts: 'contacts_json',
  related: 'related_json',
  reportLocale: 'report_locale',
  consentToBenchmark: 'consent_benchmark',
  consentDate: 'consent_date',
};

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    rcsNumber: row.rcs_number,
    legalForm: row.legal_form,
    naceCode: row.nace_code,
    naceLabel: row.nace_label,
    commune: row.commune,
    headcount: row.headcount,
    turnoverCents: row.turnover_cents,
    balanceSheetCents: row.balance_sheet_cents,
    contacts: JSON.parse(row.contacts_json),
    related: JSON.parse(row.related_json),
    reportLocale: row.report_locale as Client['reportLocale'],
    consentToBenchmark: row.consent_benchmark === 1,
    consentDate: row.consent_date,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDbValue(field: keyof ClientFields, value: unknown): unknown {
  if (field === 'contacts' || field === 'related') return JSON.stringify(value);
  if (field === 'consentToBenchmark') return value ? 1 : 0;
  return value;
}

const SIZE_ORDER = `CASE size_class WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 ELSE 5 END`;
const ORDER_BY = {
  name: 'name COLLATE NOCASE, id',
  updated: 'updated_at DESC, id',
  commune: 'commune COLLATE NOCASE, name COLLATE NOCASE, id',
  size: `${SIZE_ORDER}, name COLLATE NOCASE, id`,
} as const;

export function createClientsService(ctx: ServiceContext) {
  const { db } = ctx;
  const byId = db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE id = ?');
  // The list needs only the summary columns (not contacts, related enterprises …): it runs on every keystroke.
  const SUMMARY_COLUMNS = 'id, name, rcs_number, commune, nace_code, size_class, report_locale, archived_at, updated_at';
  const listStatements = Object.fromEntries(
    (Object.keys(ORDER_BY) as (keyof typeof ORDER_BY)[]).map((sort) => [
      sort,
      db.prepare<[string, string, number], ClientRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM clients
         WHERE (search_text LIKE ? ESCAPE '\\' OR search_text LIKE ? ESCAPE '\\') AND (? = 1 OR archived_at IS NULL)
         ORDER BY ${ORDER_BY[sort]}`,
      ),
    ]),
  ) as Record<keyof typeof ORDER_BY, ReturnType<typeof db.prepare<[string, string, number], ClientRow>>>;

  function get(id: string): Client {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', 'No such client', { entity: 'client' });
    return toClient(row);
  }

  function summary(row: ClientRow): ClientSummary {
    return {
      id: row.id,
      name: row.name,
      rcsNumber: row.rcs_number,
      commune: row.commune,
      naceCode: row.nace_code,
      sizeClass: row.size_class as ClientSummary['sizeClass'],
      reportLocale: row.report_locale as ClientSummary['reportLocale'],
      archivedAt: row.archived_at,
      updatedAt: row.updated_at,
    };
  }

  /** Derived columns (search text, size class) are recomputed in the same transaction as the edit. */
  function refreshDerived(id: string) {
    const c = get(id);
    const searchText = clientSearchText([c.name, c.rcsNumber, c.commune, c.naceCode, c.naceLabel, c.legalForm]);
    db.prepare('UPDATE clients SET search_text = ?, size_class = ? WHERE id = ?').run(
      searchText,
      sizeClassOf(c).sizeClass,
      id,
    );
  }

  const handlers = {
    'clients.list': ({ query, sort, includeArchived }: ParsedInput<'clients.list'>) => {
      const [pattern, squashed] = searchPatterns(query);
      return listStatements[sort].all(pattern, squashed, includeArchived ? 1 : 0).map(summary);
    },
    'clients.get': ({ id }: ParsedInput<'clients.get'>) => get(id),
    'clients.create': ({ name, reportLocale }: ParsedInput<'clients.create'>) => {
      const id = ctx.newId();
      const at = ctx.now().toISOString();
      db.transaction(() => {
        db.prepare(
          'INSERT INTO clients (id, name, report_locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(id, name, reportLocale, at, at);
        refreshDerived(id);
      })();
      ctx.emit({ type: 'changed', entity: 'client', id });
      return get(id);
    },
    'clients.update': ({ id, patch }: ParsedInput<'clients.update'>) => {
      const fields = Object.keys(patch) as (keyof ClientFields)[];
      if (fields.length === 0) return get(id);
      const at = ctx.now().toISOString();
      db.transaction(() => {
        get(id); // not_found before any write
        const sets = fields.map((f) => `${COLUMNS[f]} = ?`).join(', ');
        const values = fields.map((f) => toDbValue(f, patch[f]));
        db.prepare(`UPDATE clients SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, at, id);
        refreshDerived(id);
      })();
      ctx.emit({ type: 'changed', entity: 'client', id });
      return get(id);
    },
    'clients.setArchived': ({ id, archived }: ParsedInput<'clients.setArchived'>) => {
      get(id);
      const at = ctx.now().toISOString();
      db.prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? at : null, at, id);
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
    db.prepare('DELETE FROM clients WHERE id = ?').run(id);
    ctx.emit({ type: 'changed', entity: 'client', id });
  }

  return { handlers, get, erase };
}
