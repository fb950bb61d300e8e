import { kpiNames } from '../../protocol/competencyWords.js';
import type { TraineeDossier } from '../competency/traineeDossier.js';
import { italianDate, italianNumber } from './italianCsv.js';
import { inUnit, kpiLabels, metWord } from './kpiLabels.js';
import { renderPdf, type PdfContent } from './pdfMaker.js';

const modeWords = { practice: 'esercitazione', assigned: 'assegnata', exam: 'esame' } as const;
const header = (...cells: string[]): PdfContent[] => cells.map((text) => ({ text, bold: true }));
const figure = (value: number | null, unit: string) => (value === null ? '-' : `${italianNumber(value)} ${unit}`);

/**
 * The trainee's dossier for the course records, in Italian: who, which class, every ended session
 * with its final score (reviewed when reviewed, and by whom), the level of each of the 13 abilities
 * over all sessions, and the KPIs against the class's targets.
 */
export function traineeDossierPdf(dossier: TraineeDossier, madeAt: Date): Promise<Buffer> {
  const sessionRows = dossier.sessions.map((session): PdfContent[] => [
    italianDate(new Date(session.launchedAt)),
    session.scenarioTitle,
    modeWords[session.mode],
    session.percent === null
      ? 'non risposta'
      : `${italianNumber(session.percent)}% ${session.source === 'reviewed' ? `(rivisto da ${session.reviewedBy.join(', ')})` : '(automatico)'}`,
    session.passed ? 'sì' : 'no',
  ]);
  const content: PdfContent[] = [
    { text: "Centralino Lab: dossier dell'allievo", style: 'title' },
    {
      table: {
        widths: [140, '*'],
        body: [
          ['Allievo', dossier.displayName],
          ['Utente', dossier.username],
          ['Classe', dossier.className ?? 'nessuna'],
          ['Sessioni concluse', String(dossier.sessions.length)],
          ['Dossier del', italianDate(madeAt)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    { text: 'Sessioni', style: 'heading' },
    sessionRows.length === 0
      ? 'Nessuna sessione conclusa.'
      : {
          table: {
            headerRows: 1,
            widths: [60, '*', 70, 120, 45],
            body: [header('Data', 'Scenario', 'Modalità', 'Esito finale', 'Superata'), ...sessionRows],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 12],
        },
    { text: 'Livello per abilità', style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: [60, 80, '*'],
        body: [
          header('Codice', 'Livello', 'Sessioni'),
          ...dossier.abilities.map((ability): PdfContent[] => [
            ability.code,
            ability.level === null ? '-' : `${italianNumber(ability.level)}%`,
            String(ability.count),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    { text: `Indicatori (su ${dossier.kpis.calls} chiamate risposte)`, style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 80, 80, 70],
        body: [
          header('Indicatore', 'Valore', 'Obiettivo', 'Raggiunto'),
          ...kpiNames.map((name): PdfContent[] => {
            const { label, unit, atLeast } = kpiLabels[name];
            const { value, target, met } = dossier.kpis[name];
            const goal = target === null ? '-' : `${atLeast ? 'almeno' : 'entro'} ${figure(inUnit(name, target), unit)}`;
            return [label, figure(inUnit(name, value), unit), goal, metWord(met)];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
  return renderPdf({
    info: { title: `Dossier di ${dossier.displayName}`, author: 'Centralino Lab', subject: dossier.className ?? '' },
    content,
    styles: { title: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] }, heading: { fontSize: 12, bold: true, margin: [0, 6, 0, 4] } },
  });
}
