/**
 * A row of a comparison table: a label, then one right-aligned figure per column (a scenario, a
 * check), then any cells after them (a change since the first column).
 */
import type { HTMLAttributes, Key, ReactNode } from 'react';

interface FigureRowProps<T> {
  label: ReactNode;
  columns: readonly T[];
  keyOf: (column: T, index: number) => Key;
  figure: (column: T, index: number) => ReactNode;
  /** The cells' test id: one for all, or one per column. */
  testId?: string | ((column: T) => string);
  className?: string;
  /** Extra attributes of the row (e.g. data-scheme). */
  rowProps?: HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  children?: ReactNode;
}

export function FigureRow<T>({ label, columns, keyOf, figure, testId, className, rowProps, children }: FigureRowProps<T>) {
  return (
    <tr className={className} {...rowProps}>
      <th scope="row">{label}</th>
      {columns.map((column, i) => (
        <td key={keyOf(column, i)} className="num" data-testid={typeof testId === 'function' ? testId(column) : testId}>
          {figure(column, i)}
        </td>
      ))}
      {children}
    </tr>
  );
}
