import type { PublicUser } from '../../protocol/roles.js';
import type { ItemResult } from '../../protocol/views.js';
import type { AppContext } from '../appContext.js';
import { classOfTrainee, canViewSession } from '../classScope.js';
import { reviewedScore, type ReviewedScore } from '../review/reviewedScore.js';
import type { SessionRecord } from '../store/documents.js';
import { italianCsv, type CsvCell } from './italianCsv.js';
import { outcomeWord, reviewRecordWords, verdictWords } from './recordWords.js';

const wordOf = (status: ItemResult['status'] | undefined): string | null => (status ? verdictWords[status] : null);

/** The four CSV files the course records take, by name in the address. */
export const exportNames = ['sessions', 'verdicts', 'abilities', 'reviews'] as const;
export type ExportName = (typeof exportNames)[number];

export const modeOf = (record: SessionRecord): string => (record.practice ? 'esercitazione' : record.exam ? 'esame' : 'assegnata');
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);
const when = (at: number | null) => (at === null ? null : new Date(at));

interface Scored {
  record: SessionRecord;
  score: ReviewedScore;
}

/** The ended, answered sessions this user may read, each with its automatic and reviewed score, oldest first. */
async function scoredSessions(context: AppContext, user: PublicUser): Promise<Scored[]> {
  const records = context.sessions
    .all()
    .filter((record) => record.status === 'ended' && canViewSession(user, record, context.documents.data))
    .sort((a, b) => a.launchedAt - b.launchedAt);
  const scored: Scored[] = [];
  for (const record of records) {
    const score = await reviewedScore(context, record.id);
    if (score) scored.push({ record, score });
  }
  return scored;
}

/** One CSV for Excel set to Italian: sessions, item verdicts, ability levels, or the review records. */
export async function exportCsv(context: AppContext, user: PublicUser, name: ExportName): Promise<string> {
  const scored = await scoredSessions(context, user);
  const nameOf = (id: string) => context.users.byId(id)?.displayName ?? id;
  const classOf = (record: SessionRecord) => classOfTrainee(context.documents.data, record.traineeId)?.name ?? '';
  const scenarioOf = (record: SessionRecord) => context.registry.scenarioOf(record)?.title.it ?? record.scenarioId;
  const lead = (record: SessionRecord): CsvCell[] => [
    record.id,
    nameOf(record.traineeId),
    classOf(record),
    scenarioOf(record),
    modeOf(record),
  ];
  const leadHeader = ['Sessione', 'Allievo', 'Classe', 'Scenario', 'Modalità'];
  if (name === 'sessions')
    return italianCsv(
      [
        ...leadHeader,
        'Data',
        'Esito',
        'Punteggio automatico',
        'Superata (automatico)',
        'Punteggio rivisto',
        'Superata (rivisto)',
        'Rivisto da',
        'Rivisto il',
        'Risposta (s)',
        'Conversazione (s)',
        'Attesa (s)',
        'Post-chiamata (s)',
        'Risolta al primo contatto',
      ],
      scored.map(({ record, score }) => [
        ...lead(record),
        when(record.launchedAt),
        outcomeWord(record.outcome),
        score.automatic.percent,
        score.automatic.status === 'scored' ? score.automatic.passed : null,
        score.reviewed?.percent ?? null,
        score.reviewed ? score.reviewed.passed : null,
        score.reviewedBy.map(nameOf).join(', '),
        when(score.reviewedAt),
        seconds(score.automatic.kpis.timeToAnswerMs),
        seconds(score.automatic.kpis.talkTimeMs),
        seconds(score.automatic.kpis.holdTimeMs),
        seconds(score.automatic.kpis.afterCallWorkMs),
        score.automatic.kpis.resolvedFirstContact,
      ]),
    );
  if (name === 'verdicts')
    return italianCsv(
      [...leadHeader, 'Voce', 'Descrizione', 'Abilità', 'Peso', 'Critica', 'Esito automatico', 'Esito rivisto'],
      scored.flatMap(({ record, score }) =>
        score.automatic.items.map((item) => [
          ...lead(record),
          item.id,
          item.label.it,
          item.abilities.join(', '),
          item.weight,
          item.critical,
          verdictWords[item.status],
          wordOf(score.reviewed?.items.find((reviewed) => reviewed.id === item.id)?.status),
        ]),
      ),
    );
  if (name === 'abilities')
    return italianCsv(
      [...leadHeader, 'Data', 'Abilità', 'Punti', 'Su', 'Livello automatico (%)', 'Livello rivisto (%)'],
      scored.flatMap(({ record, score }) =>
        score.final.abilities.map((ability) => [
          ...lead(record),
          when(record.launchedAt),
          ability.code,
          ability.earned,
          ability.possible,
          score.automatic.abilities.find((automatic) => automatic.code === ability.code)?.percent ?? null,
          score.reviewed ? ability.percent : null,
        ]),
      ),
    );
  return italianCsv(
    [...leadHeader, 'Registrazione', 'Chi', 'Quando', 'Voce', 'Prima', 'Dopo', 'Motivo o testo'],
    scored.flatMap(({ record }) =>
      context.reviews
        .recordsOf(record.id)
        .map((review) => [
          ...lead(record),
          reviewRecordWords[review.type],
          nameOf(review.by),
          when(review.at),
          'itemId' in review ? review.itemId : null,
          review.type === 'item.verdict' ? verdictWords[review.before] : null,
          review.type === 'item.verdict' ? verdictWords[review.after] : null,
          review.type === 'item.verdict' ? review.reason : 'text' in review ? review.text : null,
        ]),
    ),
  );
}
