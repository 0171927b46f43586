/**
 * Every SQL statement of the client records, and the row builder of the `clients` table (a full
 * record, the list's summary, and the columns of an edit). Rules (derived columns, erasure's
 * name check) live in clients-service.ts.
 */
import type { Client, ClientFields, ClientSummary } from '@shared/contract/clients';
import type { CLIENT_SORTS } from '@shared/contract/client-sorts';
import type { SizeClass } from '@shared/domain/sme-size';
import type { Db } from '@main/db/open-database';
import { insertSql, mapRow } from '@main/db/sql-rows';

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

/** The list needs only these columns (not contacts, related enterprises …): it runs on every keystroke. */
type SummaryRow = Pick<ClientRow, 'id' | 'name' | 'rcs_number' | 'commune' | 'nace_code' | 'size_class' | 'report_locale' | 'archived_at' | 'updated_at'>;
type ClientSort = (typeof CLIENT_SORTS)[number];
const SUMMARY_COLUMNS = 'id, name, rcs_number, commune, nace_code, size_class, report_locale, archived_at, updated_at';

// Row builders: the columns a summary and a full record share are mapped once.

function summaryFromRow(row: SummaryRow): ClientSummary {
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

function clientFromRow(row: ClientRow): Client {
  const { sizeClass: _stored, ...shared } = summaryFromRow(row); // the record's class is computed from its figures
  return {
    ...shared,
    legalForm: row.legal_form,
    naceLabel: row.nace_label,
    headcount: row.headcount,
    turnoverCents: row.turnover_cents,
    balanceSheetCents: row.balance_sheet_cents,
    contacts: JSON.parse(row.contacts_json),
    related: JSON.parse(row.related_json),
    consentToBenchmark: row.consent_benchmark === 1,
    consentDate: row.consent_date,
    createdAt: row.created_at,
  };
}

/** Each editable field of a patch → its column and how its value is stored. */
type PatchColumns<P> = { [K in keyof Required<P>]: [column: string, toDb: (value: P[K]) => unknown] };

/** The `SET` list of the fields a patch holds, and their stored values in the same order (bound by position). */
function patchSet<P extends object>(patch: P, columns: PatchColumns<P>): { sets: string; values: unknown[] } {
  const fields = Object.keys(patch) as (keyof P)[];
  const column = <K extends keyof P>(f: K) => columns[f] as [string, (value: P[K]) => unknown];
  return {
    sets: fields.map((f) => `${column(f)[0]} = ?`).join(', '),
    values: fields.map((f) => column(f)[1](patch[f])),
  };
}

/** A new record: the fields of `clients.create`; every other column takes the table's default. */
function newClientRow(c: { id: string; name: string; reportLocale: string; at: string }) {
  return { id: c.id, name: c.name, report_locale: c.reportLocale, created_at: c.at, updated_at: c.at };
}

const asIs = <T>(v: T) => v;

/** Each editable field → its column and stored form (the edit's row builder). */
const FIELD_COLUMNS: PatchColumns<Partial<ClientFields>> = {
  name: ['name', asIs],
  rcsNumber: ['rcs_number', asIs],
  legalForm: ['legal_form', asIs],
  naceCode: ['nace_code', asIs],
  naceLabel: ['nace_label', asIs],
  commune: ['commune', asIs],
  headcount: ['headcount', asIs],
  turnoverCents: ['turnover_cents', asIs],
  balanceSheetCents: ['balance_sheet_cents', asIs],
  contacts: ['contacts_json', (v) => JSON.stringify(v)],
  related: ['related_json', (v) => JSON.stringify(v)],
  reportLocale: ['report_locale', asIs],
  consentToBenchmark: ['consent_benchmark', (v) => (v ? 1 : 0)],
  consentDate: ['consent_date', asIs],
};

const SIZE_ORDER = `CASE size_class WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 ELSE 5 END`;
const ORDER_BY: Record<ClientSort, string> = {
  name: 'name COLLATE NOCASE, id',
  updated: 'updated_at DESC, id',
  commune: 'commune COLLATE NOCASE, name COLLATE NOCASE, id',
  size: `${SIZE_ORDER}, name COLLATE NOCASE, id`,
};

export function createClientsRepository(db: Db) {
  const byId = db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE id = ?');
  const listBy = Object.fromEntries(
    (Object.keys(ORDER_BY) as ClientSort[]).map((sort) => [
      sort,
      db.prepare<[string, string, number], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM clients
         WHERE (search_text LIKE ? ESCAPE '\\' OR search_text LIKE ? ESCAPE '\\') AND (? = 1 OR archived_at IS NULL)
         ORDER BY ${ORDER_BY[sort]}`,
      ),
    ]),
  ) as Record<ClientSort, ReturnType<typeof db.prepare<[string, string, number], SummaryRow>>>;
  const insert = db.prepare(insertSql('clients', newClientRow));
  const setDerived = db.prepare('UPDATE clients SET search_text = ?, size_class = ? WHERE id = ?');
  const setArchived = db.prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM clients WHERE id = ?');

  return {
    get: (id: string): Client | undefined => mapRow(byId.get(id), clientFromRow),
    /** Summaries whose search text matches either LIKE pattern (searchPatterns), in the order asked for. */
    list: (sort: ClientSort, patterns: [string, string], includeArchived: boolean): ClientSummary[] =>
      listBy[sort].all(patterns[0], patterns[1], includeArchived ? 1 : 0).map(summaryFromRow),
    insert: (id: string, fields: Pick<ClientFields, 'name' | 'reportLocale'>, at: string) => void insert.run(newClientRow({ id, ...fields, at })),
    update: (id: string, patch: Partial<ClientFields>, at: string) => {
      const { sets, values } = patchSet(patch, FIELD_COLUMNS);
      db.prepare(`UPDATE clients SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, at, id);
    },
    /** The columns computed from the record: search text and size class. */
    setDerived: (id: string, searchText: string, sizeClass: SizeClass | 'unknown') => void setDerived.run(searchText, sizeClass, id),
    setArchived: (id: string, archivedAt: string | null, at: string) => void setArchived.run(archivedAt, at, id),
    /** Every table holding client data references clients(id) ON DELETE CASCADE: one delete removes it all. */
    delete: (id: string) => void remove.run(id),
  };
}

export type ClientsRepository = ReturnType<typeof createClientsRepository>;
