/**
 * Which tables hold a client's data, found from the schema itself rather than from a list:
 * a table is client-owned when it references `clients` with ON DELETE CASCADE, or references
 * a client-owned table that way (transitively). Export, import, erasure and the schema audit
 * all use this, so a table added by a later migration is covered without touching this code.
 */
import type Database from 'better-sqlite3';

type Db = Database.Database;

export const ROOT_TABLE = 'clients';

export interface ColumnInfo {
  name: string;
  /** Declared type, upper case ('' when none). */
  type: string;
  affinity: 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB' | 'NUMERIC' | 'ANY';
  notNull: boolean;
  hasDefault: boolean;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
}

export interface ForeignKey {
  from: string[];
  parent: string;
  /** Parent columns (resolved to the parent's primary key when the schema leaves them out). */
  to: string[];
  onDelete: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  strict: boolean;
  virtual: boolean;
}

export interface OwnedTable extends TableInfo {
  /** Steps from `clients` (0 for clients itself). */
  depth: number;
  /** The cascading references that make it the client's (towards a table nearer to clients). */
  ownerEdges: ForeignKey[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQLite's type-affinity rules (datatype3.html §3.1), with STRICT's ANY kept apart. */
function affinityOf(declared: string): ColumnInfo['affinity'] {
  const t = declared.toUpperCase();
  if (t === 'ANY') return 'ANY';
  if (t.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
  if (t === '' || t.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
  return 'NUMERIC';
}

function readSchema(db: Db): Map<string, TableInfo> {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string; sql: string | null }[];
  const list = db.prepare('SELECT name, strict FROM pragma_table_list WHERE schema = ?').all('main') as { name: string; strict: number }[];
  const strictOf = new Map(list.map((t) => [t.name, t.strict === 1]));
  const schema = new Map<string, TableInfo>();
  for (const { name, sql } of tables) {
    const virtual = /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(sql ?? '');
    const raw = db.prepare(`SELECT name, type, "notnull" AS nn, dflt_value AS dflt, pk, hidden FROM pragma_table_xinfo(?)`).all(name) as {
      name: string;
      type: string;
      nn: number;
      dflt: string | null;
      pk: number;
      hidden: number;
    }[];
    // Generated columns (hidden 2/3) cannot be written; hidden 1 are virtual-table internals.
    const columns: ColumnInfo[] = raw
      .filter((c) => c.hidden === 0)
      .map((c) => ({
        name: c.name,
        type: (c.type ?? '').toUpperCase(),
        affinity: affinityOf(c.type ?? ''),
        notNull: c.nn === 1,
        hasDefault: c.dflt !== null,
        pk: c.pk,
      }));
    const primaryKey = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const fkRows = db.prepare('SELECT id, seq, "table" AS parent, "from" AS f, "to" AS t, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(name) as {
      id: number;
      seq: number;
      parent: string;
      f: string;
      t: string | null;
      on_delete: string;
    }[];
    const byId = new Map<number, ForeignKey & { unresolved: boolean }>();
    for (const r of fkRows) {
      const fk = byId.get(r.id) ?? { from: [], parent: r.parent, to: [], onDelete: r.on_delete.toUpperCase(), unresolved: false };
      fk.from.push(r.f);
      if (r.t === null) fk.unresolved = true;
      else fk.to.push(r.t);
      byId.set(r.id, fk);
    }
    schema.set(name, {
      name,
      columns,
      primaryKey,
      foreignKeys: [...byId.values()].map(({ unresolved, ...fk }) => ({ ...fk, to: unresolved ? [] : fk.to })),
      strict: strictOf.get(name) ?? false,
      virtual,
    });
  }
  // "REFERENCES parent" without columns means the parent's primary key.
  for (const table of schema.values()) {
    for (const fk of table.foreignKeys) {
      if (fk.to.length === 0) fk.to = schema.get(fk.parent)?.primaryKey ?? [];
    }
  }
  return schema;
}

/** Every client-owned table, `clients` first, parents before children. */
export function clientOwnedTables(db: Db, schema = readSchema(db)): OwnedTable[] {
  const root = schema.get(ROOT_TABLE);
  if (!root) return [];
  const depth = new Map<string, number>([[ROOT_TABLE, 0]]);
  // Breadth-first over cascading references, so depth is the shortest path to clients.
  let frontier = [ROOT_TABLE];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const table of schema.values()) {
      if (depth.has(table.name) || table.virtual) continue;
      if (table.foreignKeys.some((fk) => fk.onDelete === 'CASCADE' && frontier.includes(fk.parent))) {
        depth.set(table.name, depth.get(frontier[0])! + 1);
        next.push(table.name);
      }
    }
    frontier = next;
  }
  const owned = [...depth.entries()].map(([name, d]) => {
    const info = schema.get(name)!;
    const ownerEdges = info.foreignKeys.filter((fk) => fk.onDelete === 'CASCADE' && depth.has(fk.parent) && depth.get(fk.parent)! < d);
    return { ...info, depth: d, ownerEdges };
  });
  return parentsFirst(owned);
}

/**
 * Referenced tables before the tables referring to them (assessments before their answers),
 * then by distance from clients and name: the order people read and rows are easiest to load.
 * References in a cycle (none today) fall back to that plain order.
 */
function parentsFirst(tables: OwnedTable[]): OwnedTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const plain = (a: OwnedTable, b: OwnedTable) => a.depth - b.depth || (a.name < b.name ? -1 : 1);
  const waiting = new Map(tables.map((t) => [t.name, new Set(t.foreignKeys.map((fk) => fk.parent).filter((p) => p !== t.name && byName.has(p)))]));
  const ordered: OwnedTable[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting.entries()].filter(([, parents]) => parents.size === 0).map(([name]) => byName.get(name)!);
    const next = (ready.length > 0 ? ready : [...waiting.keys()].map((n) => byName.get(n)!)).sort(plain)[0];
    ordered.push(next);
    waiting.delete(next.name);
    for (const parents of waiting.values()) parents.delete(next.name);
  }
  return ordered;
}

/**
 * SQL condition selecting the rows of `table` that belong to the client bound as @clientId.
 * A row belongs when any of its cascading references leads to the client.
 */
export function ownershipCondition(owned: Map<string, OwnedTable>, table: string, alias = ''): string {
  const t = owned.get(table);
  if (!t) throw new Error(`${table} is not client-owned`);
  const prefix = alias ? `${alias}.` : '';
  if (t.depth === 0) return `${prefix}${quoteIdent(t.primaryKey[0] ?? 'id')} = @clientId`;
  const parts = t.ownerEdges.map((fk) => {
    const parent = owned.get(fk.parent)!;
    if (parent.depth === 0 && fk.from.length === 1) return `${prefix}${quoteIdent(fk.from[0])} = @clientId`;
    const left = fk.from.length === 1 ? `${prefix}${quoteIdent(fk.from[0])}` : `(${fk.from.map((c) => prefix + quoteIdent(c)).join(', ')})`;
    const sub = `SELECT ${fk.to.map(quoteIdent).join(', ')} FROM ${quoteIdent(fk.parent)} WHERE ${ownershipCondition(owned, fk.parent)}`;
    return `${left} IN (${sub})`;
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

export function ownedMap(tables: OwnedTable[]): Map<string, OwnedTable> {
  return new Map(tables.map((t) => [t.name, t]));
}

/** Rows of each client-owned table that belong to the client (what erasure removes). */
export function countClientRows(db: Db, clientId: string, tables = clientOwnedTables(db)): { table: string; rows: number }[] {
  const owned = ownedMap(tables);
  return tables.map((t) => ({
    table: t.name,
    rows: (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(t.name)} WHERE ${ownershipCondition(owned, t.name)}`).get({ clientId }) as { n: number }).n,
  }));
}

/**
 * Schema rules that erasure and export rely on, checked over the live schema (a test runs this
 * after every migration, including those other features add):
 * - a reference to a client-owned table must cascade, or erasure is blocked (RESTRICT / NO
 *   ACTION) or leaves the referring row behind (SET NULL / SET DEFAULT);
 * - a column named client_id must reference clients;
 * - client-owned tables are STRICT and have a primary key (import matches rows by it).
 */
export function auditSchema(db: Db): string[] {
  const schema = readSchema(db);
  const owned = ownedMap(clientOwnedTables(db, schema));
  const problems: string[] = [];
  for (const table of schema.values()) {
    for (const fk of table.foreignKeys) {
      if (owned.has(fk.parent) && fk.onDelete !== 'CASCADE' && !owned.has(table.name)) {
        problems.push(`${table.name}(${fk.from.join(', ')}) references client data in ${fk.parent} with ON DELETE ${fk.onDelete}, not CASCADE`);
      }
    }
    if (table.columns.some((c) => c.name === 'client_id') && !table.foreignKeys.some((fk) => fk.from.includes('client_id') && fk.parent === ROOT_TABLE)) {
      problems.push(`${table.name}.client_id does not reference clients(id)`);
    }
    if (table.virtual && /client/i.test(table.name)) problems.push(`${table.name} is a virtual table: erasure cannot reach it through a cascade`);
  }
  for (const t of owned.values()) {
    if (!t.strict) problems.push(`${t.name} holds client data but is not STRICT`);
    if (t.primaryKey.length === 0) problems.push(`${t.name} holds client data but has no primary key`);
  }
  return problems;
}
