import type { ScoreReport } from '../../protocol/views.js';
import type { AppContext } from '../appContext.js';
import { classOfTrainee } from '../classScope.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { SessionRecord } from '../store/documents.js';
import { italianDate, italianNumber } from './italianCsv.js';
import { modeOf } from './reviewExports.js';
import { renderPdf, type PdfContent } from './pdfMaker.js';
import { verdictWords } from './recordWords.js';

const result = (score: ScoreReport) =>
  score.status === 'scored' ? `${italianNumber(score.percent)}% (${score.passed ? 'superata' : 'non superata'})` : 'non risposta';

/**
 * The session report for the course records, in Italian: who, what, when, both scores and who reviewed,
 * every item's verdicts, the abilities and the review's comments. Null when the session cannot be scored.
 */
export async function sessionReportPdf(context: AppContext, record: SessionRecord): Promise<Buffer | null> {
  const score = await reviewedScore(context, record.id);
  const scenario = context.registry.scenarioOf(record);
  if (!score || !scenario) return null;
  const nameOf = (id: string) => context.users.byId(id)?.displayName ?? id;
  const records = context.reviews.recordsOf(record.id);
  const reviewedItem = (id: string) => score.reviewed?.items.find((item) => item.id === id)?.status;
  const comments: PdfContent[] = records.flatMap((review) =>
    review.type === 'review.comment'
      ? [
          `${nameOf(review.by)}, ${italianDate(new Date(review.at))}${review.seq !== null ? ` (momento #${review.seq})` : ''}: ${review.text}`,
        ]
      : [],
  );
  const content: PdfContent[] = [
    { text: 'Centralino Lab: rapporto della sessione', style: 'title' },
    {
      table: {
        widths: [140, '*'],
        body: [
          ['Allievo', nameOf(record.traineeId)],
          ['Classe', classOfTrainee(context.documents.data, record.traineeId)?.name ?? ''],
          ['Scenario', scenario.title.it],
          ['Modalità', modeOf(record)],
          ['Data', italianDate(new Date(record.launchedAt))],
          ['Punteggio automatico', result(score.automatic)],
          [
            'Punteggio rivisto',
            score.reviewed && score.reviewedAt !== null
              ? `${result(score.reviewed)}, rivisto da ${score.reviewedBy.map(nameOf).join(', ')} il ${italianDate(new Date(score.reviewedAt))}`
              : 'non ancora rivisto',
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    { text: 'Voci della griglia', style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 60, 70, 70],
        body: [
          [
            { text: 'Voce', bold: true },
            { text: 'Abilità', bold: true },
            { text: 'Automatico', bold: true },
            { text: 'Rivisto', bold: true },
          ],
          ...score.automatic.items.map((item): PdfContent[] => [
            item.label.it,
            item.abilities.join(', '),
            verdictWords[item.status],
            verdictWords[reviewedItem(item.id) ?? item.status],
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    { text: 'Abilità', style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: [60, '*', 60],
        body: [
          [
            { text: 'Codice', bold: true },
            { text: 'Punti', bold: true },
            { text: 'Livello', bold: true },
          ],
          ...score.final.abilities.map((ability): PdfContent[] => [
            ability.code,
            `${italianNumber(ability.earned)} su ${italianNumber(ability.possible)}`,
            ability.percent === null ? '-' : `${italianNumber(ability.percent)}%`,
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    { text: 'Commenti del valutatore', style: 'heading' },
    comments.length > 0 ? { ul: comments } : 'Nessun commento.',
  ];
  return renderPdf({
    info: { title: `Sessione ${record.id}`, author: 'Centralino Lab', subject: scenario.title.it },
    content,
    styles: { title: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] }, heading: { fontSize: 12, bold: true, margin: [0, 6, 0, 4] } },
  });
}
