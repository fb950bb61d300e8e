import type { KpiFigures } from '../../protocol/kpiTargets.js';
import type { CallKpis } from '../../protocol/views.js';
import type { AppContext } from '../appContext.js';
import { classOfTrainee } from '../classScope.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { RecordLog } from '../store/recordLog.js';
import { figuresOf } from './classKpis.js';
import { modeOf, standardAbilities } from './competencyMatrix.js';
import { latestTargets, type KpiTargetRecord } from './kpiTargetLog.js';

/** One ended session as the dossier lists it: the final score, and who reviewed it when it was reviewed. */
export interface DossierSession {
  sessionId: string;
  launchedAt: number;
  scenarioTitle: string;
  mode: ReturnType<typeof modeOf>;
  /** null for a call never answered: no score at all. */
  percent: number | null;
  passed: boolean;
  source: 'automatic' | 'reviewed';
  reviewedBy: string[];
}

/** A trainee's record for the course's files: identity, class, every ended session, ability levels and KPIs. */
export interface TraineeDossier {
  traineeId: string;
  displayName: string;
  username: string;
  className: string | null;
  sessions: DossierSession[];
  abilities: { code: string; level: number | null; count: number }[];
  kpis: KpiFigures;
}

const roundedMean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/**
 * Counted as the class's competency matrix and KPIs count them, over all the trainee's ended sessions:
 * each ability's level is the mean of the final (reviewed when reviewed) percents of the sessions that
 * assessed it; the KPIs are the answered calls' means against the class's latest targets.
 * Null when the id names no trainee.
 */
export async function traineeDossier(
  context: AppContext,
  targets: RecordLog<KpiTargetRecord>,
  traineeId: string,
): Promise<TraineeDossier | null> {
  const trainee = context.documents.data.users.find((user) => user.id === traineeId && user.role === 'trainee');
  if (!trainee) return null;
  const group = classOfTrainee(context.documents.data, trainee.id);
  const nameOf = (id: string) => context.users.byId(id)?.displayName ?? id;
  const records = context.sessions
    .all()
    .filter((record) => record.traineeId === trainee.id && record.status === 'ended')
    .sort((a, b) => a.launchedAt - b.launchedAt);
  const sessions: DossierSession[] = [];
  const levels = new Map<string, number[]>(standardAbilities.map((code) => [code, []]));
  const calls: CallKpis[] = [];
  for (const record of records) {
    const score = await reviewedScore(context, record.id);
    const scenario = context.registry.scenarioOf(record);
    if (!score || !scenario) continue;
    sessions.push({
      sessionId: record.id,
      launchedAt: record.launchedAt,
      scenarioTitle: scenario.title.it,
      mode: modeOf(record),
      percent: score.final.percent,
      passed: score.final.passed,
      source: score.source,
      reviewedBy: score.reviewedBy.map(nameOf),
    });
    if (score.final.status !== 'scored') continue;
    calls.push(score.final.kpis);
    for (const ability of score.final.abilities) if (ability.percent !== null) levels.get(ability.code)?.push(ability.percent);
  }
  return {
    traineeId: trainee.id,
    displayName: trainee.displayName,
    username: trainee.username,
    className: group?.name ?? null,
    sessions,
    abilities: [...levels].map(([code, list]) => ({ code, level: roundedMean(list), count: list.length })),
    kpis: figuresOf(calls, group ? latestTargets(targets, group.id)?.targets : undefined),
  };
}
