import type { SessionSummary } from '../../../protocol/views.js';

export interface SessionFilter {
  traineeId: string;
  scenarioId: string;
  status: '' | SessionSummary['status'];
}

export const noFilter: SessionFilter = { traineeId: '', scenarioId: '', status: '' };

export function applySessionFilter(sessions: SessionSummary[], filter: SessionFilter): SessionSummary[] {
  return sessions.filter(
    (session) =>
      (!filter.traineeId || session.traineeId === filter.traineeId) &&
      (!filter.scenarioId || session.scenarioId === filter.scenarioId) &&
      (!filter.status || session.status === filter.status),
  );
}

/** Distinct values for a filter's options, labelled as the list shows them. */
export function distinct<T>(sessions: SessionSummary[], key: (session: SessionSummary) => string, label: (session: SessionSummary) => T) {
  const seen = new Map<string, T>();
  for (const session of sessions) if (!seen.has(key(session))) seen.set(key(session), label(session));
  return [...seen.entries()];
}
