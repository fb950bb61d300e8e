import type { CompetencyCell, CompetencyMatrix, CompetencyMode, CompetencyQuery, CompetencySession } from '../../protocol/competency.js';
import { units } from '../../protocol/standard.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { SessionRecord, StoredClass } from '../store/documents.js';
import { romeDayEnd, romeDayStart } from './romeDay.js';

export const standardAbilities: readonly string[] = units.flatMap((unit) => unit.abilities.map((ability) => ability.code));

/** How a session came to be: the trainee's own practice, an exam, or a call an instructor assigned. */
export const modeOf = (record: Pick<SessionRecord, 'practice' | 'exam'>): Exclude<CompetencyMode, 'all'> =>
  record.exam ? 'exam' : record.practice ? 'practice' : 'assigned';

/** Whether a session was launched within the range's days (inclusive, Rome's days) and is of the asked mode. */
export function inRange(record: SessionRecord, query: CompetencyQuery): boolean {
  if (query.from && record.launchedAt < romeDayStart(query.from)) return false;
  if (query.to && record.launchedAt >= romeDayEnd(query.to)) return false;
  const mode = query.mode ?? 'all';
  return mode === 'all' || modeOf(record) === mode;
}

const roundedMean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/**
 * The class's matrix: ended sessions of its trainees in range, each ability's final percent (the
 * reviewed one when there is one) averaged per trainee. A session that did not assess an ability
 * (not answered, or the ability not in its rubric) does not count in that cell.
 */
export async function competencyMatrix(context: AppContext, group: StoredClass, query: CompetencyQuery): Promise<CompetencyMatrix> {
  const trainees = context.documents.data.users.filter((user) => user.role === 'trainee' && user.classId === group.id);
  const rows = [];
  for (const trainee of trainees) {
    const sessions = context.sessions
      .all()
      .filter((record) => record.traineeId === trainee.id && record.status === 'ended' && inRange(record, query))
      .sort((a, b) => a.launchedAt - b.launchedAt);
    const behind = new Map<string, CompetencySession[]>(standardAbilities.map((code) => [code, []]));
    const progress: CompetencySession[] = [];
    for (const record of sessions) {
      const score = await reviewedScore(context, record.id);
      if (score?.final.status !== 'scored') continue;
      const reviewers = score.reviewedBy.map((id) => context.users.byId(id)?.displayName ?? id).join(', ');
      const session = {
        sessionId: record.id,
        scenarioId: record.scenarioId,
        launchedAt: record.launchedAt,
        mode: modeOf(record),
        ...(score.source === 'reviewed' ? { reviewedBy: reviewers } : {}),
      };
      progress.push({ ...session, percent: score.final.percent, source: score.source });
      for (const ability of score.final.abilities) {
        if (ability.percent === null) continue;
        behind.get(ability.code)?.push({ ...session, percent: ability.percent, source: score.source });
      }
    }
    const cells: Record<string, CompetencyCell> = {};
    for (const [code, list] of behind) {
      cells[code] = { level: roundedMean(list.map((entry) => entry.percent)), count: list.length, sessions: list };
    }
    rows.push({ traineeId: trainee.id, displayName: trainee.displayName, cells, progress });
  }
  return {
    classId: group.id,
    className: group.name,
    from: query.from ?? null,
    to: query.to ?? null,
    mode: query.mode ?? 'all',
    abilities: [...standardAbilities],
    rows,
  };
}
