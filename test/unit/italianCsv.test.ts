import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { italianCsv } from '../../server/exports/italianCsv.js';

describe('CSV for Excel set to Italian', () => {
  const file = italianCsv(
    ['Allievo', 'Ore', 'Data', 'Presente'],
    [
      ['Rossi; Mario "Rino"', 12.5, new Date('2026-03-04T23:30:00Z'), true],
      ['=HYPERLINK("x")', 3, null, false],
    ],
  );

  it('starts with a byte-order mark and separates fields with semicolons and lines with CRLF', () => {
    expect(file.startsWith('\uFEFFAllievo;Ore;Data;Presente\r\n')).toBe(true);
  });

  it('reads back, with an Italian CSV reader, as the cells written: decimal comma, Rome dates, quotes kept', () => {
    const rows = parse(file, { bom: true, delimiter: ';' }) as string[][];
    expect(rows).toEqual([
      ['Allievo', 'Ore', 'Data', 'Presente'],
      ['Rossi; Mario "Rino"', '12,5', '05/03/2026', 'sì'],
      ['\'=HYPERLINK("x")', '3', '', 'no'],
    ]);
  });
});
