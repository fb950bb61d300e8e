import type { ProgressEntry, ScenarioSummary } from '../../protocol/views.js';
import { summarizeScenario } from '../../scenarios/format/checkScenario.js';
import type { AppContext } from '../appContext.js';

/** The scenarios a trainee's class has open for self-practice, as offered now (invalid ones never are). */
export function practiceCatalogue(context: AppContext, traineeId: string): ScenarioSummary[] {
  const trainee = context.documents.data.users.find((user) => user.id === traineeId);
  const group = context.documents.data.classes.find((candidate) => candidate.id === trainee?.classId);
  return (group?.openScenarios ?? []).flatMap((id) => {
    const scenario = context.catalog.get(id);
    return scenario ? [summarizeScenario(scenario)] : [];
  });
}

/** A trainee's finished contacts, oldest first, with the score per ability kept when each ended. */
export function progressOf(context: AppContext, traineeId: string): ProgressEntry[] {
  return context.sessions
    .all()
    .filter((record) => record.traineeId === traineeId && record.status === 'ended' && record.endedAt !== null)
    .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0))
    .map((record) => ({
      sessionId: record.id,
      scenarioId: record.scenarioId,
      scenarioTitle: context.catalog.get(record.scenarioId)?.title ?? { it: record.scenarioId, en: record.scenarioId },
      endedAt: record.endedAt!,
      percent: record.percent,
      passed: record.passed,
      practice: record.practice ?? false,
      abilities: record.abilities ?? {},
    }));
}
