import { stringify } from 'csv-stringify/sync';

/**
 * CSV that opens correctly in Excel set to Italian, the spreadsheet the course's secretaries use:
 * `;` between fields (the comma is the decimal separator there), UTF-8 with a byte-order mark (or
 * Excel reads accents as mojibake), CRLF line ends, numbers with a decimal comma and dates as
 * dd/mm/yyyy. Cells are typed so each kind of value is written one way everywhere.
 */
export type CsvCell = string | number | Date | boolean | null | undefined;

const romeDate = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });

/** 1234.5 → "1234,5": no thousands separator, so the number stays a number for Excel. */
export const italianNumber = (value: number): string => (Number.isFinite(value) ? String(value).replace('.', ',') : '');

export const italianDate = (value: Date): string => romeDate.format(value);

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return italianNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'sì' : 'no';
  if (cell instanceof Date) return italianDate(cell);
  // A text that starts like a formula would run in Excel (CSV injection): the apostrophe keeps it text.
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A whole file: a header row and the rows, each row as many cells as the header. */
export function italianCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = stringify([header.map(String), ...rows.map((row) => row.map(cellText))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return `\uFEFF${body}`;
}
