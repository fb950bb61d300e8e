import type { ProgressEntry, ScenarioSummary } from '../../protocol/views.js';
import { summarizeScenario } from '../../scenarios/format/summarizeScenario.js';
import type { ScenarioCatalog } from '../scenarioCatalog.js';
import type { LabDocuments, SessionRecord } from '../store/documents.js';

/** Who is in which class, and what each class has open: the part of the lab's documents practice reads. */
export type ClassRoster = Pick<LabDocuments, 'users' | 'classes'>;
/** Only the scenarios on offer now are looked up; practice never sees the rejected files. */
export type OfferedScenarios = Pick<ScenarioCatalog, 'get'>;

/** What practice reads of the session index: which scenarios were exams, for whom. */
export type ExamHistory = readonly Pick<SessionRecord, 'scenarioId' | 'traineeId' | 'exam'>[];

/**
 * The scenarios a class met in an exam (launched in exam mode to any of its trainees): they are
 * not offered to it for practice, where every call's debrief would teach their rubric.
 */
export function examScenariosOf(roster: ClassRoster, sessions: ExamHistory, classId: string): Set<string> {
  const members = new Set(roster.users.filter((user) => user.classId === classId).map((user) => user.id));
  return new Set(sessions.filter((record) => record.exam && members.has(record.traineeId)).map((record) => record.scenarioId));
}

/** The scenarios a trainee's class has open for self-practice, as offered now (invalid ones never are), less its exams'; none in an archived class. */
export function practiceCatalogue(
  roster: ClassRoster,
  catalog: OfferedScenarios,
  traineeId: string,
  sessions: ExamHistory,
): ScenarioSummary[] {
  const trainee = roster.users.find((user) => user.id === traineeId);
  const group = roster.classes.find((candidate) => candidate.id === trainee?.classId);
  // An archived class is read-only: nothing is offered that it would refuse to start.
  if (!group || group.archived) return [];
  const exams = examScenariosOf(roster, sessions, group.id);
  return (group.openScenarios ?? []).flatMap((id) => {
    const scenario = exams.has(id) ? undefined : catalog.get(id);
    // A role-play's caller is an instructor: alone, a trainee could never start one.
    return scenario && !scenario.rolePlay ? [summarizeScenario(scenario)] : [];
  });
}

/** A trainee's finished contacts, oldest first, with the score per ability kept when each ended, and which await an assessor's release. */
export function progressOf(
  sessions: readonly SessionRecord[],
  catalog: OfferedScenarios,
  traineeId: string,
  awaitingRelease: (record: SessionRecord) => boolean = () => false,
): ProgressEntry[] {
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
      ...(awaitingRelease(record) ? { awaitingRelease: true as const } : {}),
      ...(record.exam ? { exam: true as const } : {}),
    }));
}
