/** Plain-text tables for a terminal: columns padded, numbers right-aligned. */
export type Row = string[];

export function table(header: Row, rows: Row[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Row) =>
    row
      .map((cell, column) => (column === 0 || column >= row.length - 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const integer = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');
export const decimal = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : value === Number.POSITIVE_INFINITY ? '∞' : '—');

export type Verdict = 'PASS' | 'FAIL';
export const verdict = (passed: boolean): Verdict => (passed ? 'PASS' : 'FAIL');

/** A target the run checks, for the summary at the end. */
export interface TargetCheck {
  name: string;
  measured: string;
  target: string;
  verdict: Verdict;
}
