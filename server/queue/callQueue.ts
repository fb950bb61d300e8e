import type { LaunchMode } from '../../protocol/vocabulary.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { QueueView } from '../../protocol/queue.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import type { Clock } from '../clock.js';
import type { RecordLog } from '../store/recordLog.js';
import type { QueueRecord, QueuedCall } from './queueRecords.js';
import { labLog } from '../logger.js';

export interface CallQueueDeps {
  log: RecordLog<QueueRecord>;
  clock: Clock;
  scenario: (scenarioId: string) => Scenario | undefined;
  /** The class's trainees who may take a call now (connected, available, not on a call or in after-call work). */
  availableIn: (classId: string) => string[];
  /** Since when a trainee has been ready: the distributor rings the longest idle first. */
  readySince: (traineeId: string) => number;
  ring: (call: QueuedCall, traineeId: string) => Promise<Result<string>>;
  newId: () => string;
}

/** How often the distributor looks at the queue when nothing else wakes it. */
export const distributorTickMs = 1_000;

interface ClassFigures {
  offered: number;
  answered: number;
  abandoned: number;
  answerWaitMs: number;
}

/**
 * A class's queue and its automatic call distributor, as in a real contact centre: callers wait in
 * order of arrival, the next one rings the longest-idle available trainee, and a caller who waits
 * longer than its scenario's patience abandons. Every step is a record on disk, so the queue and
 * its figures (answer speed, abandonment) survive a restart.
 */
export class CallQueue {
  #waiting = new Map<string, QueuedCall>();
  /** Rung calls not answered yet, by session: their answer closes their wait. */
  #ringing = new Map<string, QueuedCall>();
  #figures = new Map<string, ClassFigures>();
  #calls = new Map<string, QueuedCall>();
  #timer: unknown = null;
  #distributing: Promise<void> | null = null;
  #stopped = false;
  /** Told after every change of a class's queue (the instructors' screens follow); set by the socket gateway. */
  changed: (classId: string) => void = () => {};

  constructor(private readonly deps: CallQueueDeps) {
    for (const record of deps.log.records()) this.#apply(record);
  }

  #figuresOf(classId: string): ClassFigures {
    let figures = this.#figures.get(classId);
    if (!figures) this.#figures.set(classId, (figures = { offered: 0, answered: 0, abandoned: 0, answerWaitMs: 0 }));
    return figures;
  }

  #apply(record: QueueRecord): void {
    if (record.type === 'queued') {
      this.#calls.set(record.id, record);
      this.#waiting.set(record.id, record);
      this.#figuresOf(record.classId).offered += 1;
      return;
    }
    const call = this.#calls.get(record.id);
    if (!call) return;
    if (record.type === 'dispatched') {
      this.#waiting.delete(record.id);
      this.#ringing.set(record.sessionId, call);
    } else if (record.type === 'abandoned') {
      this.#waiting.delete(record.id);
      this.#figuresOf(call.classId).abandoned += 1;
    } else {
      for (const [sessionId, rung] of this.#ringing) if (rung.id === record.id) this.#ringing.delete(sessionId);
      const figures = this.#figuresOf(call.classId);
      figures.answered += 1;
      figures.answerWaitMs += Math.max(0, record.at - call.dueAt);
    }
  }

  async #record(record: QueueRecord): Promise<void> {
    await this.deps.log.append(record);
    this.#apply(record);
  }

  /** Puts `copies` of each scenario in the class's queue, mixed, each caller arriving `staggerMs` after the one before. */
  async add(
    classId: string,
    scenarioIds: readonly string[],
    copies: number,
    staggerMs: number,
    mode: LaunchMode,
    by: string,
  ): Promise<Result<{ queued: number }>> {
    const unknown = scenarioIds.filter((id) => !this.deps.scenario(id));
    if (unknown.length) return fail('NOT_FOUND', `No scenario ${unknown.join(', ')} is offered.`);
    const now = this.deps.clock.now();
    const order = Array.from({ length: copies }, () => scenarioIds).flat();
    try {
      for (const [index, scenarioId] of order.entries()) {
        await this.#record({
          type: 'queued',
          id: this.deps.newId(),
          classId,
          scenarioId,
          mode,
          dueAt: now + index * staggerMs,
          by,
          at: now,
        });
      }
    } catch (error) {
      return fail('STORAGE_FAILED', `The queue could not be saved (${(error as Error).message}); the calls saved so far wait.`);
    }
    this.changed(classId);
    void this.distribute();
    return ok({ queued: order.length });
  }

  /** A rung call was answered: its caller's wait, from joining the queue, counts in the answer speed. */
  answered(sessionId: string, at: number): void {
    const call = this.#ringing.get(sessionId);
    if (!call) return;
    this.#record({ type: 'answered', id: call.id, at })
      .then(() => this.changed(call.classId))
      .catch((error: unknown) => labLog().error({ err: error }, 'a queue answer could not be saved'));
  }

  /** Abandons callers past their patience, then rings the longest-idle available trainee for each next caller. */
  distribute(): Promise<void> {
    this.#distributing ??= this.#distributeOnce().finally(() => {
      this.#distributing = null;
    });
    return this.#distributing;
  }

  async #distributeOnce(): Promise<void> {
    const now = this.deps.clock.now();
    const due = [...this.#waiting.values()].filter((call) => call.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
    const touched = new Set<string>();
    for (const call of due) {
      const patience = this.deps.scenario(call.scenarioId)?.script.holdPatienceMs ?? 90_000;
      if (now - call.dueAt <= patience) continue;
      await this.#record({ type: 'abandoned', id: call.id, at: now });
      touched.add(call.classId);
    }
    const byClass = new Map<string, QueuedCall[]>();
    for (const call of due) if (this.#waiting.has(call.id)) byClass.set(call.classId, [...(byClass.get(call.classId) ?? []), call]);
    for (const [classId, calls] of byClass) {
      const ready = [...this.deps.availableIn(classId)].sort((a, b) => this.deps.readySince(a) - this.deps.readySince(b));
      for (const [index, traineeId] of ready.entries()) {
        const call = calls[index];
        if (!call || this.#stopped) break;
        const rung = await this.deps.ring(call, traineeId);
        if (!rung.ok) continue;
        await this.#record({ type: 'dispatched', id: call.id, sessionId: rung.data, traineeId, at: this.deps.clock.now() });
        touched.add(classId);
      }
    }
    for (const classId of touched) this.changed(classId);
  }

  /** The class's queue as its instructors see it now. */
  view(classId: string, className: string, titleOf: (scenarioId: string) => QueueView['waiting'][number]['scenarioTitle']): QueueView {
    const now = this.deps.clock.now();
    const mine = [...this.#waiting.values()].filter((call) => call.classId === classId);
    const figures = this.#figuresOf(classId);
    return {
      classId,
      className,
      waiting: mine
        .filter((call) => call.dueAt <= now)
        .sort((a, b) => a.dueAt - b.dueAt)
        .map((call) => ({ id: call.id, scenarioTitle: titleOf(call.scenarioId), mode: call.mode, dueAt: call.dueAt })),
      scheduled: mine.filter((call) => call.dueAt > now).length,
      offered: figures.offered,
      answered: figures.answered,
      abandoned: figures.abandoned,
      averageSpeedOfAnswerMs: figures.answered > 0 ? Math.round(figures.answerWaitMs / figures.answered) : null,
    };
  }

  /** Starts the distributor's heartbeat on the lab's clock. */
  start(): void {
    const beat = () => {
      this.#timer = this.deps.clock.setTimeout(() => {
        void this.distribute().finally(() => {
          if (!this.#stopped) beat();
        });
      }, distributorTickMs);
    };
    beat();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    await this.#distributing;
    await this.deps.log.close();
  }
}
