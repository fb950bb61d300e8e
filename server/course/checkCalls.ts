import { fail, ok, type Result } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { labLog } from '../logger.js';
import type { SessionRecord } from '../store/documents.js';
import { archivedRefusal } from './archivedClass.js';
import { appendCourseRecords } from './courseRecords.js';
import type { CheckRecord, CheckStepRecord, CourseRecord } from './courseRecordTypes.js';

/** A trainee's steps in a check, oldest first. */
export const stepsOf = (records: readonly CourseRecord[], checkId: string, traineeId: string): CheckStepRecord[] =>
  records.filter(
    (record): record is CheckStepRecord =>
      (record.type === 'check.started' || record.type === 'check.call' || record.type === 'check.quiz') &&
      record.checkId === checkId &&
      record.traineeId === traineeId,
  );

/** The check's next call for the trainee: its first scenario not rung yet, in the order the instructor scheduled. */
export function nextScenarioOf(check: CheckRecord, steps: readonly CheckStepRecord[]): string | null {
  const rung = new Set(steps.flatMap((step) => (step.type === 'check.call' ? [step.scenarioId] : [])));
  return check.scenarioIds.find((scenarioId) => !rung.has(scenarioId)) ?? null;
}

/**
 * Rings a check's calls to each trainee one after another, in the check's order: the first when the
 * trainee starts, each next one when the one before ends, while the check's window is open and the
 * quiz is not handed in. The class queue's distributor is not used: it gives a class's callers to
 * whichever trainee is idle longest, where a check gives every trainee every call, in order.
 */
export class CheckCalls {
  /** Sittings a ring is under way for: the end of a call and the trainee's own ask must not ring twice. */
  readonly #ringing = new Set<string>();

  constructor(private readonly context: AppContext) {}

  #check(checkId: string): CheckRecord | undefined {
    return this.context.course.records().find((record): record is CheckRecord => record.type === 'check' && record.id === checkId);
  }

  /** Rings the check's next call to the trainee, if the sitting is in progress and the call before it has ended. */
  async ringNext(check: CheckRecord, traineeId: string, asked?: string): Promise<Result<{ sessionId: string }>> {
    const key = `${check.id}:${traineeId}`;
    if (this.#ringing.has(key)) return fail('INVALID_STATE', 'The check’s next call is ringing already.', { reason: 'previousCallOn' });
    this.#ringing.add(key);
    try {
      return await this.#ring(check, traineeId, asked);
    } finally {
      this.#ringing.delete(key);
    }
  }

  async #ring(check: CheckRecord, traineeId: string, asked?: string): Promise<Result<{ sessionId: string }>> {
    const { context } = this;
    const steps = stepsOf(context.course.records(), check.id, traineeId);
    if (!steps.some((step) => step.type === 'check.started') || steps.some((step) => step.type === 'check.quiz'))
      return fail('INVALID_STATE', 'The check is not in progress.', { reason: 'checkNotInProgress' });
    const now = context.clock.now();
    if (now < check.opensAt || now >= check.closesAt) return fail('INVALID_STATE', 'The check is not open now.', { reason: 'checkClosed' });
    const archived = archivedRefusal(context.documents.data, { classId: check.classId });
    if (archived) return archived;
    const next = nextScenarioOf(check, steps);
    if (asked !== undefined && !check.scenarioIds.includes(asked)) return fail('NOT_FOUND', 'That call is not part of the check.');
    // No retry in exam mode: each of the check's calls is taken once.
    if (asked !== undefined && steps.some((step) => step.type === 'check.call' && step.scenarioId === asked))
      return fail('INVALID_STATE', 'That call of the check was taken already.', { reason: 'callTaken' });
    if (next === null) return fail('INVALID_STATE', 'Every call of the check was taken already.', { reason: 'callTaken' });
    if (asked !== undefined && asked !== next) {
      // The next call's id travels as a parameter, for the console to name it by title in its language.
      return fail('INVALID_STATE', `The check's calls come in its order: next is ${next}.`, { reason: 'checkOrder', next });
    }
    const previous = steps.findLast((step) => step.type === 'check.call');
    if (previous?.type === 'check.call' && context.registry.live(previous.sessionId))
      return fail('INVALID_STATE', 'The check’s previous call has not ended yet.', { reason: 'previousCallOn' });
    const launched = await context.registry.launch(next, [traineeId], check.by, 'exam');
    if (!launched.ok) return launched;
    const sessionId = launched.data.sessionIds[0] ?? '';
    const step: CheckStepRecord = { type: 'check.call', checkId: check.id, traineeId, scenarioId: next, sessionId, at: now };
    try {
      await appendCourseRecords(context.course, [step]);
    } catch (error) {
      return fail('STORAGE_FAILED', `The call rings but the check could not note it: ${(error as Error).message}`);
    }
    return ok({ sessionId });
  }

  /** A call ended: if it was a check's, the check's next call rings. */
  callEnded(record: SessionRecord): void {
    const step = this.context.course
      .records()
      .find(
        (candidate) => candidate.type === 'check.call' && candidate.sessionId === record.id && candidate.traineeId === record.traineeId,
      );
    if (step?.type !== 'check.call') return;
    // A trainee who is not at the console (a call that rang out while the lab was down) is not rung: the
    // next call would ring out too and be lost, with no retry; back at the console, they ask for it.
    if (!this.context.presence.isConnected(record.traineeId)) return;
    const check = this.#check(step.checkId);
    if (!check || nextScenarioOf(check, stepsOf(this.context.course.records(), check.id, record.traineeId)) === null) return;
    void this.ringNext(check, record.traineeId).then((rung) => {
      if (!rung.ok && rung.error.params?.reason !== 'checkNotInProgress' && rung.error.params?.reason !== 'checkClosed')
        labLog().warn({ checkId: check.id, traineeId: record.traineeId, error: rung.error }, 'the check’s next call did not ring');
    });
  }

  /** Follows the ends of calls on the lab's registry (after the socket gateway set its listeners). */
  follow(): void {
    const registry = this.context.registry;
    const { ended } = registry.listeners;
    registry.listeners = {
      ...registry.listeners,
      ended: (record, score) => {
        ended(record, score);
        this.callEnded(record);
      },
    };
  }
}
