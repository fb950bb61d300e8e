import type { SessionEvent } from '../../protocol/events.js';
import type { TraineeAction } from '../../protocol/actions.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { CompanyDesk } from '../../scenarios/company/desk.js';
import type { SessionCore } from '../../scenarios/session/sessionCore.js';
import { decideTraineeAction, type PendingEvent } from '../../scenarios/session/decideAction.js';
import { dueTimer, recordEvents } from '../../scenarios/session/recordEvents.js';
import type { Clock } from '../clock.js';
import { notAnswered } from '../../protocol/vocabulary.js';
import type { EventLogStore } from '../store/eventLog.js';

/** What a commit recorded: the first seq, and every event it caused. */
export interface Committed {
  seq: number;
  events: SessionEvent[];
}

export interface LiveSessionDeps {
  log: EventLogStore;
  clock: Clock;
  desk: CompanyDesk;
  /** Called with each batch of events once they are on disk, in order; `origin` is the socket whose action caused them. */
  published: (session: LiveSession, events: SessionEvent[], origin: string | null) => void;
}

/**
 * One live session: its log in memory, its script, its timer. Actions are applied one at a time;
 * each is on disk before it is acknowledged, and a resent action (same client-made id) is applied once.
 */
export class LiveSession {
  #core: SessionCore;
  #events: SessionEvent[];
  #queue: Promise<unknown> = Promise.resolve();
  #timer: unknown = null;
  #appliedActions = new Map<string, number>();
  #disposed = false;

  constructor(
    readonly id: string,
    readonly traineeId: string,
    core: SessionCore,
    events: SessionEvent[],
    private readonly deps: LiveSessionDeps,
  ) {
    this.#core = core;
    this.#events = events;
    for (const event of events) if (event.actionId) this.#appliedActions.set(event.actionId, event.seq);
  }

  get core(): SessionCore {
    return this.#core;
  }
  get events(): readonly SessionEvent[] {
    return this.#events;
  }
  get ended(): boolean {
    return this.#core.view.phase === 'ended';
  }

  /**
   * Applies a trainee's action: decided, recorded, on disk, published, then acknowledged with the
   * events it caused. A resent action gets its seq and no events: they were delivered, or the
   * rejoin after the drop that made the client resend brings them.
   */
  act(actionId: string, action: TraineeAction, origin: string | null = null): Promise<Result<Committed>> {
    return this.#serially(async () => {
      const already = this.#appliedActions.get(actionId);
      if (already !== undefined) return ok({ seq: already, events: [] });
      if (this.#disposed) return fail('INVALID_STATE', 'This session is closed.', { reason: 'sessionClosed' });
      const decision = decideTraineeAction(this.#core, this.deps.desk, action);
      if (!decision.ok) return decision;
      return this.#commit([{ ...decision.data, actionId }], this.deps.clock.now(), origin);
    });
  }

  /**
   * Ends a contact nobody has answered, as not answered: an instructor's cancel (`by` instructor), or
   * a contact that rang out under an older version and was left waiting (`by` system). Refused once answered.
   */
  endUnanswered(by: 'instructor' | 'system'): Promise<Result<Committed>> {
    return this.#serially(async () => {
      const { phase, answeredAt } = this.#core.view;
      if (this.#disposed || phase === 'ended') return fail('INVALID_STATE', 'This call is over.');
      if (answeredAt !== null) return fail('INVALID_STATE', 'This call was answered; only a call still ringing can be cancelled.');
      return this.#commit([{ type: 'session.ended', by, data: { outcome: notAnswered } }]);
    });
  }

  /** Records what the system decides (the launch's events, in one write; a timer expiry). */
  recordSystem(pendings: readonly PendingEvent[], at?: number): Promise<Result<Committed>> {
    return this.#serially(() => this.#commit(pendings, at));
  }

  async #commit(pendings: readonly PendingEvent[], at = this.deps.clock.now(), origin: string | null = null): Promise<Result<Committed>> {
    let core = this.#core;
    const events: SessionEvent[] = [];
    for (const pending of pendings) {
      const recorded = recordEvents(core, pending, at);
      core = recorded.core;
      events.push(...recorded.events);
    }
    try {
      await this.deps.log.append(this.id, events);
    } catch (error) {
      return fail('STORAGE_FAILED', `The action was not saved (${(error as Error).message}); nothing changed, please retry.`, {
        reason: 'actionNotSaved',
      });
    }
    this.#core = core;
    this.#events.push(...events);
    const actionId = pendings[0]?.actionId;
    if (actionId) this.#appliedActions.set(actionId, events[0]!.seq);
    this.armTimer();
    this.deps.published(this, events, origin);
    return ok({ seq: events[0]!.seq, events });
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** One timer per session: the script state's earliest deadline, re-armed after every event. */
  armTimer(): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = null;
    const due = dueTimer(this.#core, Infinity);
    if (!due || this.#disposed) return;
    const from = this.#core.timersFrom;
    this.#timer = this.deps.clock.setTimeout(
      () => {
        this.#timer = null;
        void this.#serially(async () => {
          // Something happened since: the deadline moved, and the new timer is already armed.
          if (this.#core.timersFrom !== from || this.#disposed) return;
          await this.#commit(
            [{ type: 'timer.expired', by: 'system', data: { timer: due.id } }],
            Math.max(due.at, this.#events.at(-1)?.at ?? due.at),
          );
        });
      },
      Math.max(0, due.at - this.deps.clock.now()),
    );
  }

  /** Resolves once every action and timer expiry queued so far has been handled. */
  async idle(): Promise<void> {
    await this.#queue;
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
