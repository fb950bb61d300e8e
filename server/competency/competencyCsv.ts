import type { CompetencyMatrix } from '../../protocol/competency.js';
import { italianCsv } from '../exports/italianCsv.js';

const modeNames = { all: 'tutte', practice: 'esercitazione', assigned: 'assegnata', exam: 'esame' } as const;

/** The matrix for Excel: a row per trainee, each ability as its level and its number of sessions. */
export function competencyCsv(matrix: CompetencyMatrix): string {
  const header = [
    'Classe',
    'Allievo',
    'Modalità',
    'Dal',
    'Al',
    ...matrix.abilities.flatMap((code) => [`${code} livello %`, `${code} sessioni`]),
  ];
  const rows = matrix.rows.map((row) => [
    matrix.className,
    row.displayName,
    modeNames[matrix.mode],
    matrix.from ? new Date(`${matrix.from}T12:00:00Z`) : null,
    matrix.to ? new Date(`${matrix.to}T12:00:00Z`) : null,
    ...matrix.abilities.flatMap((code) => [row.cells[code]?.level ?? null, row.cells[code]?.count ?? 0]),
  ]);
  return italianCsv(header, rows);
}
