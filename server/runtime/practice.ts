import type { ProgressEntry, ScenarioSummary } from '../../protocol/views.js';
import { summarizeScenario } from '../../scenarios/format/summarizeScenario.js';
import type { ScenarioCatalog } from '../scenarioCatalog.js';
import type { LabDocuments, SessionRecord } from '../store/documents.js';

/** Who is in which class, and what each class has open: the part of the lab's documents practice reads. */
export type ClassRoster = Pick<LabDocuments, 'users' | 'classes'>;
/** Only the scenarios on offer now are looked up; practice never sees the rejected files. */
export type OfferedScenarios = Pick<ScenarioCatalog, 'get'>;

/** The scenarios a trainee's class has open for self-practice, as offered now (invalid ones never are). */
export function practiceCatalogue(roster: ClassRoster, catalog: OfferedScenarios, traineeId: string): ScenarioSummary[] {
  const trainee = roster.users.find((user) => user.id === traineeId);
  const group = roster.classes.find((candidate) => candidate.id === trainee?.classId);
  return (group?.openScenarios ?? []).flatMap((id) => {
    const scenario = catalog.get(id);
    return scenario ? [summarizeScenario(scenario)] : [];
  });
}

/** A trainee's finished contacts, oldest first, with the score per ability kept when each ended. */
export function progressOf(sessions: readonly SessionRecord[], catalog: OfferedScenarios, traineeId: string): ProgressEntry[] {
  return sessions
    .filter((record) => record.traineeId === traineeId && record.status === 'ended' && record.endedAt !== null)
    .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0))
    .map((record) => ({
      sessionId: record.id,
      scenarioId: record.scenarioId,
      scenarioTitle: catalog.get(record.scenarioId)?.title ?? { it: record.scenarioId, en: record.scenarioId },
      endedAt: record.endedAt!,
      percent: record.percent,
      passed: record.passed,
      notAnswered: record.notAnswered ?? false,
      practice: record.practice ?? false,
      abilities: record.abilities ?? {},
    }));
}
