import type { ClassKpis, KpiFigures } from '../../protocol/kpiTargets.js';
import { kpiNames } from '../../protocol/competencyWords.js';
import { type CsvCell, italianCsv } from '../exports/italianCsv.js';
import { inUnit, kpiLabels, metWord } from '../exports/kpiLabels.js';

const dayOf = (day: string | null) => (day ? new Date(`${day}T12:00:00Z`) : null);

/**
 * The class's KPIs for Excel: a row per trainee, then one for the whole class, each KPI as its value,
 * its target and whether it meets it ("n.d." without a target or a call to measure).
 */
export function kpiCsv(kpis: ClassKpis, className: string): string {
  const header = [
    'Classe',
    'Allievo',
    'Dal',
    'Al',
    'Chiamate',
    ...kpiNames.flatMap((name) => {
      const { label, unit } = kpiLabels[name];
      return [`${label} (${unit})`, `${label} obiettivo (${unit})`, `${label} raggiunto`];
    }),
  ];
  const row = (who: string, figures: KpiFigures): CsvCell[] => [
    className,
    who,
    dayOf(kpis.from),
    dayOf(kpis.to),
    figures.calls,
    ...kpiNames.flatMap((name) => [inUnit(name, figures[name].value), inUnit(name, figures[name].target), metWord(figures[name].met)]),
  ];
  return italianCsv(header, [
    ...kpis.trainees.map((trainee) => row(trainee.displayName, trainee.figures)),
    row('Tutta la classe', kpis.overall),
  ]);
}
