import type { ReactNode } from 'react';

/** One column: its heading and what each row shows in it. */
export interface DataColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (`th scope="row"`), so a screen reader announces it with every other cell. */
  rowHeader?: boolean;
}

interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption: ReactNode;
  /** The caption is for screen readers only unless a visible class is given. */
  captionClassName?: string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** Extra classes beside `data-table` (e.g. `selectable`). */
  className?: string;
  /** The row the view has open, marked as selected. */
  isSelected?: (row: Row) => boolean;
}

/** The lists of sessions, calls, scenarios and trainees: one table markup, so each list reads alike to a screen reader. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionClassName = 'sr-only',
  empty,
  className,
  isSelected,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={isSelected?.(row) ? 'is-selected' : undefined}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
