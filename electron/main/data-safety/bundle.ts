/**
 * The client bundle: one file holding a client and every row of every client-owned table,
 * to hand work to a colleague or move to a new laptop.
 *
 * Format (gzip of UTF-8 JSON; plain JSON is read too):
 *   { format, formatVersion, appVersion, schemaVersion, exportedAt, clientId,
 *     tables: { <table>: { columns: [...], rows: [[...], ...] } }, sha256 }
 * sha256 is taken over the canonical JSON (RFC 8785, shared/domain/canonical-json.ts) of
 * everything but itself. It detects damage and hand edits; it is not a signature (anyone can
 * recompute it), so every value is still validated against the local schema on import.
 *
 * Reading is defensive, in this order, each step refusing with its own error code and before
 * anything is written: file size cap → gzip inflated under a cap (a bomb stops at the cap) →
 * strict UTF-8 → JSON parsed with a reviver refusing __proto__ / constructor / prototype keys →
 * no key twice in one object → format and version → row counts under their caps and no primary
 * key twice (both cheap, before the checksum and the per-value checks that cost time per row) →
 * checksum → tables, columns and every value against the local schema and the contract's rules
 * (row-rules.ts).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError, type ErrorCode } from '@shared/errors';
import { zodProblems } from '@shared/field-problems';
import { canonicalJson } from '@shared/domain/canonical-json';
import { checkValue } from './row-rules';
import { ROOT_TABLE, clientOwnedTables, ownedMap, ownershipCondition, quoteIdent, type ColumnInfo, type OwnedTable } from './client-tables';

type Db = Database.Database;

const BUNDLE_FORMAT = 'laif-workbench/client';
const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_LIMITS = {
  /** A client with ten checks, roadmaps and notes is a few MB; 64 MB leaves room and stops a 1 GB file unread. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Inflated size cap: a gzip bomb is stopped here, not when memory runs out. */
  maxJsonBytes: 128 * 1024 * 1024,
  /**
   * A client with ten checks has a few hundred answers and notes: 20,000 rows in a table and
   * 100,000 in all leave room for years of work and stop a 300,000-row file before it costs time.
   */
  maxRowsPerTable: 20_000,
  maxRowsTotal: 100_000,
};
export type BundleLimits = typeof BUNDLE_LIMITS;

export type Cell = string | number | null | { base64: string };
export type SqlValue = string | number | null | Buffer;

export interface BundleTable {
  columns: string[];
  rows: Cell[][];
}

export interface ClientBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  clientId: string;
  tables: Record<string, BundleTable>;
  sha256: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Columns whose value might one day be used as a file name: no folder part allowed. */
const FILE_LIKE_COLUMN = /(^|_)(file|filename|file_name|path|filepath|file_path|attachment)$/i;

const fail = (code: ErrorCode, message: string, details: Record<string, unknown> = {}) => new AppError(code, message, details);

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function bundleChecksum(bundle: Omit<ClientBundle, 'sha256'> & { sha256?: unknown }): string {
  const { sha256: _ignored, ...content } = bundle;
  return sha256Hex(canonicalJson(content));
}

function toCell(value: unknown): Cell {
  if (Buffer.isBuffer(value)) return { base64: value.toString('base64') };
  if (typeof value === 'bigint') throw new Error('integer out of range for export');
  return value as Cell;
}

/** Every row of every client-owned table that belongs to the client, in a stable order. */
export function buildBundle(db: Db, clientId: string, meta: { appVersion: string; now: Date }): ClientBundle {
  const tables = clientOwnedTables(db);
  const owned = ownedMap(tables);
  const content: Omit<ClientBundle, 'sha256'> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    exportedAt: meta.now.toISOString(),
    clientId,
    tables: {},
  };
  const read = db.transaction(() => {
    for (const t of tables) {
      const columns = t.columns.map((c) => c.name);
      const order = t.primaryKey.length > 0 ? t.primaryKey.map(quoteIdent).join(', ') : 'rowid';
      const rows = db
        .prepare(`SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.name)} WHERE ${ownershipCondition(owned, t.name)} ORDER BY ${order}`)
        .raw()
        .all({ clientId }) as unknown[][];
      content.tables[t.name] = { columns, rows: rows.map((r) => r.map(toCell)) };
    }
  });
  read(); // one read transaction: a consistent snapshot across tables
  return { ...content, sha256: bundleChecksum(content) };
}

export function encodeBundle(bundle: ClientBundle): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(bundle), 'utf8'));
}

/** JSON.parse that refuses prototype-pollution keys anywhere in the document. */
function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, function reviver(key, value) {
    if (FORBIDDEN_KEYS.has(key)) throw new HostileKeyError(key);
    return value;
  });
}

/**
 * One pass over the JSON text (which must already be known to be valid JSON, or be refused by
 * JSON.parse right after) before it is parsed into objects:
 * - a key twice in one object: JSON.parse silently keeps the last of two, so the file would
 *   mean one thing to this app and another to any other reader (or to a checksum over it);
 * - __proto__ / constructor / prototype keys anywhere (done here rather than in a reviver,
 *   which doubles the parse time of a large file);
 * - rows counted per table (`tables.<name>.rows[i]`), so a file far beyond any real client is
 *   refused before a single row becomes an object.
 */
export function scanJsonText(text: string, limits: BundleLimits = BUNDLE_LIMITS): void {
  // One entry per open container: its keys (null for an array) and the key it sits under.
  const keys: (Set<string> | null)[] = [];
  const names: (string | null)[] = [];
  let expectKey = false;
  let lastKey: string | null = null;
  let total = 0;
  const rowsByTable = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* backslash */) {
          escaped = true;
          j += 2;
        } else if (d === 0x22) break;
        else j++;
      }
      const own = keys[keys.length - 1];
      if (expectKey && own) {
        let key: string;
        try {
          key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        } catch {
          return; // not valid JSON: JSON.parse says so next
        }
        if (FORBIDDEN_KEYS.has(key)) throw fail('bundle_hostile', 'The file contains a forbidden key', { key });
        if (own.has(key)) throw fail('bundle_duplicate_keys', 'A key appears twice in one object of the file', { key: key.slice(0, 128) });
        own.add(key);
        lastKey = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parentIsArray = keys.length > 0 && keys[keys.length - 1] === null;
      // A row: an array inside tables.<name>.rows (depth: root, tables, <name>, rows, row).
      if (c === 0x5b && parentIsArray && keys.length === 4 && names[3] === 'rows' && names[1] === 'tables') {
        const table = names[2] ?? '';
        const n = (rowsByTable.get(table) ?? 0) + 1;
        rowsByTable.set(table, n);
        total++;
        if (n > limits.maxRowsPerTable || total > limits.maxRowsTotal) {
          throw fail('bundle_too_many_rows', 'The file holds more rows than any client can have', {
            table: table.slice(0, 128),
            limit: n > limits.maxRowsPerTable ? limits.maxRowsPerTable : limits.maxRowsTotal,
          });
        }
      }
      names.push(parentIsArray ? null : lastKey);
      keys.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      keys.pop();
      names.pop();
    } else if (c === 0x2c /* , */) expectKey = (keys.length > 0 && keys[keys.length - 1] !== null);
  }
}

class HostileKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key ${key}`);
  }
}

/** Bytes of a bundle file → the parsed JSON value (not yet validated). */
export function decodeBundle(bytes: Uint8Array, limits: BundleLimits = BUNDLE_LIMITS): unknown {
  if (bytes.length > limits.maxFileBytes) {
    throw fail('bundle_too_large', 'The file is larger than any client bundle can be', { limitMb: Math.round(limits.maxFileBytes / 2 ** 20) });
  }
  let json: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      json = gunzipSync(bytes, { maxOutputLength: limits.maxJsonBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw fail('bundle_too_large', 'The file unpacks to more than any client bundle can hold', { limitMb: Math.round(limits.maxJsonBytes / 2 ** 20) });
      }
      throw fail('bundle_corrupt', 'The compressed file is damaged or incomplete', { cause: (error as Error).message });
    }
  } else if (bytes.length > limits.maxJsonBytes) {
    throw fail('bundle_too_large', 'The file is larger than any client bundle can be', { limitMb: Math.round(limits.maxJsonBytes / 2 ** 20) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(json);
  } catch {
    throw fail('bundle_corrupt', 'The file is not text in UTF-8');
  }
  scanJsonText(text, limits);
  try {
    return JSON.parse(text) as unknown; // forbidden keys were refused by the scan
  } catch {
    throw fail('bundle_corrupt', 'The file is not complete JSON (damaged or cut off)');
  }
}

/**
 * Row counts and duplicate primary keys, read from the parsed value before anything is checked
 * row by row (zod, checksum, per-value rules): a file far beyond any real client is refused in
 * the time it takes to count. Shapes it does not understand are left to the full check.
 */
function checkCountsAndKeys(raw: { tables?: unknown }, db: Db, limits: BundleLimits): void {
  const tables = raw.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return;
  const owned = ownedMap(clientOwnedTables(db));
  let total = 0;
  for (const [name, table] of Object.entries(tables as Record<string, unknown>)) {
    const rows = (table as { rows?: unknown } | null)?.rows;
    const columns = (table as { columns?: unknown } | null)?.columns;
    if (!Array.isArray(rows)) continue;
    total += rows.length;
    if (rows.length > limits.maxRowsPerTable || total > limits.maxRowsTotal) {
      throw fail('bundle_too_many_rows', 'The file holds more rows than any client can have', {
        table: name.slice(0, 128),
        limit: rows.length > limits.maxRowsPerTable ? limits.maxRowsPerTable : limits.maxRowsTotal,
      });
    }
    const info = owned.get(name);
    if (!info || info.primaryKey.length === 0 || !Array.isArray(columns)) continue;
    const keyIndex = info.primaryKey.map((c) => columns.indexOf(c));
    if (keyIndex.some((i) => i < 0)) continue;
    const seen = new Set<string>();
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const key = JSON.stringify(keyIndex.map((i) => row[i] as unknown));
      if (seen.has(key)) throw fail('bundle_duplicate_rows', 'The same record appears twice in the file', { table: name });
      seen.add(key);
    }
  }
}

const cellSchema = z.union([z.string(), z.number(), z.null(), z.strictObject({ base64: z.string() })]);
const envelopeSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(64),
  schemaVersion: z.number().int().min(0).max(100_000),
  exportedAt: z.string().max(40),
  clientId: z.string().min(1).max(200),
  tables: z.record(
    z.string().min(1).max(128),
    z.strictObject({ columns: z.array(z.string().min(1).max(128)).max(1_000), rows: z.array(z.array(cellSchema)) }),
  ),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface ValidatedTable {
  info: OwnedTable;
  columns: ColumnInfo[];
  rows: SqlValue[][];
}

export interface ValidatedBundle {
  bundle: ClientBundle;
  /** Client-owned tables present in the file, parents before children (clients first). */
  tables: ValidatedTable[];
  clientRow: Record<string, SqlValue>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function checkCell(table: string, column: ColumnInfo, value: Cell, row: number): SqlValue {
  const wrong = () => fail('bundle_wrong_type', 'A value in the file has the wrong type', { table, column: column.name, row });
  if (value === null) {
    if (column.notNull) throw wrong();
    return null;
  }
  if (typeof value === 'object') {
    if (!['BLOB', 'ANY', 'NUMERIC'].includes(column.affinity) || !BASE64.test(value.base64)) throw wrong();
    return Buffer.from(value.base64, 'base64');
  }
  // A declared BLOB takes bytes only (a column with no declared type takes anything).
  if (column.type === 'BLOB') throw wrong();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw wrong();
    if (column.affinity === 'INTEGER' && !Number.isSafeInteger(value)) throw wrong();
    if (column.affinity === 'TEXT') throw wrong();
    return value;
  }
  // a string
  if (column.affinity === 'INTEGER' || column.affinity === 'REAL') throw wrong();
  if (value.includes('\u0000')) throw fail('bundle_hostile', 'A text in the file holds a NUL character', { table, column: column.name, row });
  if (FILE_LIKE_COLUMN.test(column.name) && (/[/\\]/.test(value) || value === '..' || /^[A-Za-z]:/.test(value))) {
    throw fail('bundle_hostile', 'A file name in the file points into another folder', { table, column: column.name, row });
  }
  if (/_json$/i.test(column.name)) {
    try {
      parseJsonSafely(value);
    } catch (error) {
      if (error instanceof HostileKeyError) throw fail('bundle_hostile', 'The file contains a forbidden key', { key: error.key, table, column: column.name, row });
      throw wrong();
    }
  }
  return value;
}

/** Checks a parsed bundle against the local schema; refuses anything it does not fully understand. */
export function validateBundle(raw: unknown, db: Db, limits: BundleLimits = BUNDLE_LIMITS): ValidatedBundle {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw fail('bundle_not_a_bundle', 'This file is not a client file of L-AIF Workbench');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw fail('bundle_future_version', 'The file was written by a newer version of the app', { version });
  }
  checkCountsAndKeys(raw, db, limits);
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw fail('bundle_invalid', 'The file does not have the structure of a client file', { where: zodProblems(parsed.error)[0]?.path ?? '' });
  }
  const bundle = parsed.data as ClientBundle;
  const localVersion = db.pragma('user_version', { simple: true }) as number;
  if (bundle.schemaVersion > localVersion) {
    throw fail('bundle_future_version', 'The file was written by a newer version of the app', { version: bundle.schemaVersion });
  }
  if (bundleChecksum(bundle) !== bundle.sha256) {
    throw fail('bundle_tampered', 'The file’s checksum does not match its content');
  }

  const owned = ownedMap(clientOwnedTables(db));
  const tables: ValidatedTable[] = [];
  for (const [name, table] of Object.entries(bundle.tables)) {
    const info = owned.get(name);
    if (!info) throw fail('bundle_unknown_table', 'The file holds a kind of data this app does not know', { table: name });
    const byName = new Map(info.columns.map((c) => [c.name, c]));
    const columns = table.columns.map((c) => {
      const column = byName.get(c);
      if (!column) throw fail('bundle_unknown_column', 'The file holds a field this app does not know', { table: name, column: c });
      return column;
    });
    if (new Set(table.columns).size !== table.columns.length) throw fail('bundle_invalid', 'A field appears twice', { where: `${name}.columns` });
    for (const column of info.columns) {
      const required = column.pk > 0 || (column.notNull && !column.hasDefault);
      if (required && !table.columns.includes(column.name)) {
        throw fail('bundle_missing_column', 'The file lacks a field this app needs', { table: name, column: column.name });
      }
    }
    const rows = table.rows.map((row, index) => {
      if (row.length !== columns.length) throw fail('bundle_invalid', 'A row has the wrong number of fields', { where: `${name}.rows.${index}` });
      return row.map((cell, i) => {
        const value = checkCell(name, columns[i], cell, index);
        const problem = checkValue(name, columns[i].name, value);
        if (problem) throw fail('bundle_invalid_value', 'A value in the file breaks a rule of the app', { table: name, column: columns[i].name, row: index, rule: problem.rule });
        return value;
      });
    });
    tables.push({ info, columns, rows });
  }
  const order = clientOwnedTables(db).map((t) => t.name);
  tables.sort((a, b) => order.indexOf(a.info.name) - order.indexOf(b.info.name));

  const root = tables.find((t) => t.info.name === ROOT_TABLE);
  const pk = root?.info.primaryKey[0] ?? 'id';
  const idIndex = root?.columns.findIndex((c) => c.name === pk) ?? -1;
  if (!root || root.rows.length !== 1 || root.rows[0][idIndex] !== bundle.clientId) {
    throw fail('bundle_invalid', 'The file must hold exactly the one client it names', { where: ROOT_TABLE });
  }
  const clientRow = Object.fromEntries(root.columns.map((c, i) => [c.name, root.rows[0][i]])) as Record<string, SqlValue>;
  return { bundle, tables, clientRow };
}
