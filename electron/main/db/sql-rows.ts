/** Small helpers shared by the repositories that map typed records to rows. */

/**
 * An INSERT naming the keys of a table's row builder, bound by name: the columns written are
 * exactly the ones the builder produces, so a column is never listed in two places.
 */
export function insertSql<R extends object>(table: string, toRow: (record: never) => R): string {
  // The builder only copies fields, so an empty record gives its keys (values are ignored).
  const columns = Object.keys(toRow({} as never));
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

/**
 * insertSql, and on a clash of `key` the row's other columns replace the stored ones: a save
 * that writes the whole row (an answer, a note, a target), with its columns listed once.
 */
export function upsertSql<R extends object>(table: string, toRow: (record: never) => R, key: readonly (keyof R & string)[]): string {
  const others = Object.keys(toRow({} as never)).filter((c) => !key.includes(c as keyof R & string));
  return `${insertSql(table, toRow)} ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}`;
}

/** Keys left undefined in a patch mean "not changed", not "set to undefined". */
export function withoutUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A row read by `.get()` as a typed record, or undefined when there was none. */
export function mapRow<R, T>(row: R | undefined, fromRow: (row: R) => T): T | undefined {
  return row === undefined ? undefined : fromRow(row);
}
