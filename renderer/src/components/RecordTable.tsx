/**
 * The lists of records on the client page and the roadmap (scenarios, roadmaps, revisions): one
 * look for "loading", "none yet" and the table, whose numeric columns are right-aligned.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column {
  label: string;
  /** A figure: right-aligned, like its cells (className "num"). */
  num?: boolean;
}

/** A header row over one row per record; `children` draws a record's row (with its key). */
export function RecordTable<T>({ columns, rows, children }: { columns: Column[]; rows: readonly T[]; children: (row: T) => ReactNode }) {
  return (
    <table className="table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} className={c.num ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(children)}</tbody>
    </table>
  );
}

/** "Loading…" until the list comes (a failure is shown by LoadError), `empty` when it has nothing, else `children`. */
export function LoadedList<T>({ items, empty, children }: { items: readonly T[] | undefined; empty: string; children: (items: readonly T[]) => ReactNode }) {
  const { t } = useTranslation('common');
  if (items === undefined) return <p className="muted">{t('loading')}</p>;
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return children(items);
}
