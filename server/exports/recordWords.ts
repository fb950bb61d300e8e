import type { Outcome } from '../../protocol/vocabulary.js';
import type { ItemResult } from '../../protocol/views.js';
import type { ReviewRecord } from '../store/reviewRecords.js';

/**
 * The words the course's records use for the lab's codes, in Italian: the secretaries who open a CSV
 * or a PDF read "Raggiunto", not `met`. One place, so the CSV and the PDF never disagree.
 */
export const verdictWords: Record<ItemResult['status'], string> = {
  met: 'Raggiunto',
  missed: 'Mancato',
  notApplicable: 'Non applicabile',
  byHand: 'Da valutare a mano',
};

export const outcomeWords: Record<Outcome, string> = {
  resolved: 'Risolto',
  escalated: 'Inoltrato',
  messageTaken: 'Messaggio preso',
  callerHungUp: 'Il chiamante ha riagganciato',
  abandoned: 'Abbandonata',
  unresolved: 'Non risolto',
  transferred: 'Trasferita ad altro reparto',
  notAnswered: 'Non risposta',
  endedByInstructor: 'Chiusa dal docente',
};

export const reviewRecordWords: Record<ReviewRecord['type'], string> = {
  'session.released': "Consegnata all'allievo",
  'item.verdict': 'Esito di una voce',
  'review.comment': 'Commento',
  'calibration.submitted': 'Valutazioni alla cieca',
  'review.assigned': 'Assegnata a un valutatore',
  'review.acknowledged': "Presa visione dell'allievo",
  'item.disputed': "Contestazione dell'allievo",
};

/** An outcome as stored (a string, possibly from an older scenario) in words, or as it is when unknown. */
export const outcomeWord = (outcome: string | null): string | null =>
  outcome === null ? null : ((outcomeWords as Record<string, string | undefined>)[outcome] ?? outcome);
