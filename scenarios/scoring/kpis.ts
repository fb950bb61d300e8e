import type { CallKpis } from '../../protocol/views.js';
import { firstContactOutcomes } from '../../protocol/vocabulary.js';
import type { CallView } from '../projection/callView.js';

const resolvedOutcomes: readonly string[] = firstContactOutcomes;

/** Call-centre KPIs from the final view: all durations in milliseconds. */
export function callKpis(view: CallView): CallKpis {
  const { offeredAt, answeredAt, hungUpAt, holdMs } = view;
  const wrapupAt = view.wrapup ? view.endedAt : null;
  return {
    timeToAnswerMs: offeredAt !== null && answeredAt !== null ? answeredAt - offeredAt : null,
    talkTimeMs: answeredAt !== null && hungUpAt !== null ? Math.max(0, hungUpAt - answeredAt - holdMs) : null,
    holdTimeMs: holdMs,
    afterCallWorkMs: hungUpAt !== null && wrapupAt !== null ? wrapupAt - hungUpAt : null,
    resolvedFirstContact: view.outcome !== null && resolvedOutcomes.includes(view.outcome),
  };
}
