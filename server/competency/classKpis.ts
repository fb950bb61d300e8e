import type { CompetencyQuery } from '../../protocol/competency.js';
import type { ClassKpis, KpiFigure, KpiFigures, KpiTargets } from '../../protocol/kpiTargets.js';
import type { CallKpis } from '../../protocol/views.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { StoredClass } from '../store/documents.js';
import type { RecordLog } from '../store/recordLog.js';
import { inRange } from './competencyMatrix.js';
import { latestTargets, type KpiTargetRecord } from './kpiTargetLog.js';

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.round(known.reduce((sum, value) => sum + value, 0) / known.length);
};

const figure = (value: number | null, target: number | undefined, atLeast = false): KpiFigure => ({
  value,
  target: target ?? null,
  met: value === null || target === undefined ? null : atLeast ? value >= target : value <= target,
});

/**
 * The means of a set of calls against the targets. Handle time is talk + hold + after-call work, as
 * contact centres count it; first-contact resolution is the share of calls resolved, in percent.
 */
export function figuresOf(calls: readonly CallKpis[], targets: KpiTargets | undefined): KpiFigures {
  const handle = calls.map((call) => (call.talkTimeMs === null ? null : call.talkTimeMs + call.holdTimeMs + (call.afterCallWorkMs ?? 0)));
  const resolved =
    calls.length === 0 ? null : Math.round((calls.filter((call) => call.resolvedFirstContact).length / calls.length) * 1000) / 10;
  return {
    calls: calls.length,
    answer: figure(mean(calls.map((call) => call.timeToAnswerMs)), targets?.answerWithinMs),
    handle: figure(mean(handle), targets?.handleWithinMs),
    hold: figure(mean(calls.map((call) => call.holdTimeMs)), targets?.holdWithinMs),
    afterCall: figure(mean(calls.map((call) => call.afterCallWorkMs)), targets?.afterCallWithinMs),
    firstContact: figure(resolved, targets?.firstContactPercent, true),
  };
}

/** The class's answered, ended calls in range, per trainee and together, against the latest targets. */
export async function classKpis(
  context: AppContext,
  log: RecordLog<KpiTargetRecord>,
  group: StoredClass,
  query: CompetencyQuery,
): Promise<ClassKpis> {
  const latest = latestTargets(log, group.id);
  const trainees = context.documents.data.users.filter((user) => user.role === 'trainee' && user.classId === group.id);
  const everyone: CallKpis[] = [];
  const rows = [];
  for (const trainee of trainees) {
    const calls: CallKpis[] = [];
    const records = context.sessions.all().filter((r) => r.traineeId === trainee.id && r.status === 'ended' && inRange(r, query));
    for (const record of records) {
      const score = await reviewedScore(context, record.id);
      if (score?.final.status === 'scored') calls.push(score.final.kpis);
    }
    everyone.push(...calls);
    rows.push({ traineeId: trainee.id, displayName: trainee.displayName, figures: figuresOf(calls, latest?.targets) });
  }
  return {
    classId: group.id,
    from: query.from ?? null,
    to: query.to ?? null,
    targets: latest?.targets ?? null,
    setBy: latest?.by ?? null,
    setAt: latest?.at ?? null,
    overall: figuresOf(everyone, latest?.targets),
    trainees: rows,
  };
}
