import type { WallCard } from '../../protocol/wall.js';
import type { SessionSummary } from '../../protocol/views.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import type { LiveSession } from '../runtime/liveSession.js';

/** The trainee's own moves: a reply or console work, not the caller's words or the lab's bookkeeping. */
const traineeMoved = (by: string) => by === 'trainee';

/**
 * A live call's card for the wall. The score so far is the same pure function the debrief uses, run
 * on the log as it stands: items met so far, and critical items a move of the trainee already lost.
 */
export function wallCard(session: LiveSession, summary: SessionSummary, classId: string | null): WallCard {
  const { view, scenario, timers, timersFrom } = session.core;
  const events = session.events;
  const score = scoreSession(scenario, events, view);
  const lastTrainee = events.findLast((event) => traineeMoved(event.by));
  const lastTimer = timers.reduce<number | null>((latest, timer) => (latest === null || timer.ms > latest ? timer.ms : latest), null);
  return {
    sessionId: session.id,
    traineeId: session.traineeId,
    traineeName: summary.traineeName,
    classId,
    scenarioTitle: summary.scenarioTitle,
    mode: view.mode,
    phase: view.phase,
    launchedAt: view.launchedAt,
    answeredAt: view.answeredAt,
    holdStartedAt: view.holdStartedAt,
    holdMs: view.holdMs,
    lastTraineeAt: lastTrainee?.at ?? null,
    mood: session.core.script.context.mood,
    paused: view.pausedAt !== null,
    callerPlayedBy: view.takenOverBy,
    patienceEndsAt: timersFrom !== null && lastTimer !== null ? timersFrom + lastTimer : null,
    itemsMet: score.items.filter((item) => item.status === 'met' && item.evidence.length > 0).length,
    itemsTotal: score.items.length,
    criticalMissed: score.items
      .filter((item) => item.critical && item.status === 'missed' && item.evidence.length > 0)
      .map((item) => item.label),
  };
}
