/**
 * Importing a validated bundle: first a plan (what each row would do: add, update, nothing,
 * or a conflict with newer local work), shown to the advisor; then the same plan, recomputed
 * inside one transaction, applied. Rows are matched by primary key. Nothing local is deleted,
 * and a local row is only overwritten when the file's copy is newer — or when the advisor,
 * having seen the conflicts, chose to take the file's version.
 */
import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ClientMatch, ImportConflict, ImportTablePlan } from '@shared/contract/data-safety';
import { ROOT_TABLE, clientOwnedTables, ownedMap, ownershipCondition, quoteIdent, type ColumnInfo, type OwnedTable } from './client-tables';
import type { SqlValue, ValidatedBundle } from './bundle';

type Db = Database.Database;
type Row = SqlValue[];

/**
 * Tables with import rules of their own. The outbox is the queue of submissions to the portal
 * (portal-protocol.md): a copy arriving from another laptop is history only. Rows delivered
 * there are imported as delivered; rows still waiting there stay with the laptop that will
 * send them (importing them here would queue the same submission twice); local rows keep
 * their own delivery state.
 */
interface TablePolicy {
  accept?: (get: (column: string) => SqlValue) => boolean;
  neverUpdate?: boolean;
  /** Adjusts a row just before insertion. */
  onInsert?: (db: Db, set: (column: string, value: SqlValue) => void) => void;
}
const IMPORT_POLICIES: Record<string, TablePolicy> = {
  outbox: {
    accept: (get) => get('state') === 'delivered',
    neverUpdate: true,
    onInsert: (db, set) => {
      // seq orders this laptop's queue; an imported row goes after everything already here.
      set('seq', (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM outbox').get() as { next: number }).next);
      set('next_attempt_at', null);
    },
  },
};

type Action = 'add' | 'update' | 'unchanged' | 'conflict' | 'skipped';

interface PlannedTable {
  info: OwnedTable;
  columns: ColumnInfo[];
  rows: { values: Row; action: Action; conflict?: ImportConflict }[];
}

export interface ImportPlan {
  targetClientId: string;
  match: ClientMatch;
  tables: PlannedTable[];
  summary: ImportTablePlan[];
  conflicts: ImportConflict[];
}

const sameValue = (a: SqlValue, b: SqlValue) =>
  Buffer.isBuffer(a) || Buffer.isBuffer(b) ? Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b) : a === b;

function findMatch(db: Db, v: ValidatedBundle): ClientMatch & { localId?: string } {
  const byId = db.prepare('SELECT id, name FROM clients WHERE id = ?').get(v.bundle.clientId) as { id: string; name: string } | undefined;
  if (byId) return { kind: 'same_id', localName: byId.name };
  const rcs = typeof v.clientRow.rcs_number === 'string' ? v.clientRow.rcs_number : '';
  if (rcs) {
    const byRcs = db.prepare('SELECT id, name FROM clients WHERE rcs_number = ? ORDER BY updated_at DESC LIMIT 1').get(rcs) as
      | { id: string; name: string }
      | undefined;
    if (byRcs) return { kind: 'same_rcs', localId: byRcs.id, localName: byRcs.name };
  }
  return { kind: 'new' };
}

/** Which version is newer: updated_at when the table has it, else a revision number. */
function compareVersions(columns: ColumnInfo[], local: Row, incoming: Row): number | null {
  for (const name of ['updated_at', 'revision']) {
    const i = columns.findIndex((c) => c.name === name);
    if (i < 0) continue;
    const [a, b] = [local[i], incoming[i]];
    if (a === null || b === null || typeof a !== typeof b) return null;
    return a < b ? 1 : a > b ? -1 : 0; // 1: the file is newer
  }
  return null;
}

export function planImport(db: Db, v: ValidatedBundle, options: { rcsMatch?: 'merge' | 'separate' } = {}): ImportPlan {
  const found = findMatch(db, v);
  const merge = found.kind === 'same_rcs' && options.rcsMatch !== 'separate';
  const match: ClientMatch = found.kind === 'same_rcs' && !merge ? { kind: 'new' } : found;
  const targetClientId = merge && found.kind === 'same_rcs' ? found.localId : v.bundle.clientId;
  // The local schema's full graph: a file from an older version may lack a table in between.
  const allOwned = ownedMap(clientOwnedTables(db));

  const tables: PlannedTable[] = [];
  const conflicts: ImportConflict[] = [];
  for (const t of v.tables) {
    const policy = IMPORT_POLICIES[t.info.name] ?? {};
    const colIndex = new Map(t.columns.map((c, i) => [c.name, i]));
    // Merging into the same company under another id: references to the client follow it.
    const clientRefs = merge
      ? t.info.name === ROOT_TABLE
        ? [colIndex.get(t.info.primaryKey[0])!]
        : t.info.foreignKeys.filter((fk) => fk.parent === ROOT_TABLE && fk.from.length === 1).map((fk) => colIndex.get(fk.from[0])).filter((i): i is number => i !== undefined)
      : [];
    const pk = t.info.primaryKey;
    const pkIdx = pk.map((c) => colIndex.get(c)!);
    const select = db.prepare(
      `SELECT ${t.columns.map((c) => quoteIdent(c.name)).join(', ')}, (${ownershipCondition(allOwned, t.info.name)}) AS __mine FROM ${quoteIdent(t.info.name)} WHERE ${
        pk.length > 0 ? pk.map((c) => `${quoteIdent(c)} = @k${pk.indexOf(c)}`).join(' AND ') : '0'
      }`,
    ).raw();
    // Without a primary key a row can only be matched by its whole content.
    const localFingerprints =
      pk.length === 0
        ? new Set(
            (db.prepare(`SELECT ${t.columns.map((c) => quoteIdent(c.name)).join(', ')} FROM ${quoteIdent(t.info.name)} WHERE ${ownershipCondition(allOwned, t.info.name)}`).raw().all({ clientId: targetClientId }) as Row[]).map(
              (r) => JSON.stringify(r),
            ),
          )
        : null;

    const planned: PlannedTable = { info: t.info, columns: t.columns, rows: [] };
    for (const original of t.rows) {
      const values = [...original];
      for (const i of clientRefs) if (values[i] === v.bundle.clientId) values[i] = targetClientId;
      const get = (column: string) => values[colIndex.get(column) ?? -1] ?? null;
      if (policy.accept && !policy.accept(get)) {
        planned.rows.push({ values, action: 'skipped' });
        continue;
      }
      if (localFingerprints) {
        planned.rows.push({ values, action: localFingerprints.has(JSON.stringify(values)) ? 'unchanged' : 'add' });
        continue;
      }
      const keys = Object.fromEntries(pkIdx.map((i, n) => [`k${n}`, values[i]]));
      const local = select.get({ ...keys, clientId: targetClientId }) as Row | undefined;
      if (!local) {
        planned.rows.push({ values, action: 'add' });
        continue;
      }
      if (local[local.length - 1] !== 1) {
        // Same key as a row of another client (or of nobody): never touch someone else's data.
        throw new AppError('bundle_foreign_rows', 'The file would change data that belongs to another client', { table: t.info.name });
      }
      const localValues = local.slice(0, -1);
      if (localValues.every((x, i) => sameValue(x, values[i]))) {
        planned.rows.push({ values, action: 'unchanged' });
        continue;
      }
      if (policy.neverUpdate) {
        planned.rows.push({ values, action: 'unchanged' });
        continue;
      }
      const newer = compareVersions(t.columns, localValues, values);
      if (newer === 1) {
        planned.rows.push({ values, action: 'update' });
        continue;
      }
      const at = (row: Row) => {
        const i = colIndex.get('updated_at');
        return i === undefined ? null : (row[i] as string | null);
      };
      const conflict: ImportConflict = {
        table: t.info.name,
        key: pkIdx.map((i) => String(values[i])).join(' / '),
        reason: newer === -1 ? 'local_newer' : 'diverged',
        localUpdatedAt: at(localValues),
        incomingUpdatedAt: at(values),
      };
      conflicts.push(conflict);
      planned.rows.push({ values, action: 'conflict', conflict });
    }
    tables.push(planned);
  }

  const summary = tables.map((t) => {
    const count = (a: Action) => t.rows.filter((r) => r.action === a).length;
    return { table: t.info.name, add: count('add'), update: count('update'), unchanged: count('unchanged'), conflicts: count('conflict'), skipped: count('skipped') };
  });
  return { targetClientId, match, tables, summary, conflicts };
}

export interface AppliedImport {
  added: number;
  updated: number;
  unchanged: number;
  keptLocal: number;
  skipped: number;
}

/**
 * Applies a plan. Call inside a transaction (the service does, after a backup): references
 * are checked at commit (deferred), so the order of rows within the file does not matter,
 * and the import is refused whole if any reference is broken or any row would end up
 * belonging to another client.
 */
export function applyImport(db: Db, plan: ImportPlan, onConflict: 'keepLocal' | 'takeIncoming'): AppliedImport {
  db.pragma('defer_foreign_keys = ON');
  const result: AppliedImport = { added: 0, updated: 0, unchanged: 0, keptLocal: 0, skipped: 0 };
  for (const t of plan.tables) {
    const policy = IMPORT_POLICIES[t.info.name] ?? {};
    const names = t.columns.map((c) => c.name);
    const pk = t.info.primaryKey;
    const insert = db.prepare(`INSERT INTO ${quoteIdent(t.info.name)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
    const nonKey = names.filter((n) => !pk.includes(n));
    const update =
      pk.length > 0 && nonKey.length > 0
        ? db.prepare(
            `UPDATE ${quoteIdent(t.info.name)} SET ${nonKey.map((n) => `${quoteIdent(n)} = @${'c' + names.indexOf(n)}`).join(', ')} WHERE ${pk
              .map((n) => `${quoteIdent(n)} = @${'c' + names.indexOf(n)}`)
              .join(' AND ')}`,
          )
        : null;
    for (const row of t.rows) {
      const write = row.action === 'add' || row.action === 'update' || (row.action === 'conflict' && onConflict === 'takeIncoming');
      if (row.action === 'skipped') result.skipped++;
      else if (row.action === 'unchanged') result.unchanged++;
      else if (!write) result.keptLocal++;
      if (!write) continue;
      try {
        if (row.action === 'add') {
          const values = [...row.values];
          policy.onInsert?.(db, (column, value) => {
            const i = names.indexOf(column);
            if (i >= 0) values[i] = value;
          });
          insert.run(...values);
          result.added++;
        } else if (update) {
          const params = Object.fromEntries(row.values.map((value, i) => [`c${i}`, value]));
          try {
            // A savepoint: a row the schema keeps read-only (a trigger refuses changes to a
            // finalised or signed-off record) stays as it is here, and the rest goes on.
            db.transaction(() => update.run(params))();
            result.updated++;
          } catch (error) {
            if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_TRIGGER') throw error;
            result.keptLocal++;
          }
        }
      } catch (error) {
        throw new AppError('bundle_conflicting_rows', 'A row of the file clashes with data on this laptop', {
          table: t.info.name,
          cause: (error as Error).message.slice(0, 200),
        });
      }
    }
  }
  const broken = db.pragma('foreign_key_check') as { table: string }[];
  if (broken.length > 0) {
    throw new AppError('bundle_broken_references', 'The file refers to records that are neither in it nor on this laptop', { table: broken[0].table });
  }
  // Every row written must now belong to the imported client (a file cannot graft rows onto another one).
  const owned = ownedMap(clientOwnedTables(db));
  for (const t of plan.tables) {
    const pk = t.info.primaryKey;
    if (pk.length === 0) continue;
    const mine = new Set(
      (db.prepare(`SELECT ${pk.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.info.name)} WHERE ${ownershipCondition(owned, t.info.name)}`).raw().all({ clientId: plan.targetClientId }) as Row[]).map((r) =>
        JSON.stringify(r),
      ),
    );
    const pkIdx = pk.map((c) => t.columns.findIndex((x) => x.name === c));
    for (const row of t.rows) {
      if (row.action === 'skipped') continue;
      if (!mine.has(JSON.stringify(pkIdx.map((i) => row.values[i])))) {
        throw new AppError('bundle_foreign_rows', 'The file would change data that belongs to another client', { table: t.info.name });
      }
    }
  }
  return result;
}
