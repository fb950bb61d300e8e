import { parse } from 'csv-parse/sync';
import type { TraineeEnrolment } from '../../protocol/courseAccounts.js';

/** The headings a provider's spreadsheet may use for each field, in Italian or English, compared without case, spaces or punctuation. */
const headings: Record<keyof TraineeEnrolment, string[]> = {
  firstName: ['nome', 'name', 'firstname'],
  surname: ['cognome', 'surname', 'lastname'],
  taxCode: ['codicefiscale', 'cf', 'taxcode'],
  email: ['email', 'mail', 'posta'],
  classId: ['classe', 'class', 'aula', 'corso'],
};
const fields = Object.keys(headings) as (keyof TraineeEnrolment)[];
const plain = (heading: string) => heading.toLowerCase().replace(/[^a-z]/g, '');

export type CsvReading = { ok: true; rows: { line: number; trainee: TraineeEnrolment }[] } | { ok: false; problem: string };

/**
 * Reads a CSV of trainees with a heading row: `;` (Excel in Italian) or `,` between fields, with or
 * without a byte-order mark. A missing column is an error for the file; a missing value is the row's.
 */
export function readTraineeCsv(text: string): CsvReading {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problem: 'The file is empty.' };
  const columnOf = new Map<keyof TraineeEnrolment, number>();
  for (const field of fields) {
    const index = header.record.findIndex((heading) => headings[field].includes(plain(heading)));
    if (index < 0) return { ok: false, problem: `No column for ${field} (headings: ${headings[field].join(', ')}).` };
    columnOf.set(field, index);
  }
  const cell = (record: string[], field: keyof TraineeEnrolment) => record[columnOf.get(field) ?? -1] ?? '';
  return {
    ok: true,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      trainee: {
        firstName: cell(record, 'firstName'),
        surname: cell(record, 'surname'),
        taxCode: cell(record, 'taxCode'),
        email: cell(record, 'email'),
        classId: cell(record, 'classId'),
      },
    })),
  };
}
