import type { SessionEvent } from '../../protocol/events.js';
import type { TraineeAction } from '../../protocol/actions.js';
import type { LabError } from '../../protocol/result.js';
import type { LaunchMode, Scenario } from '../format/schema.js';
import type { CompanyDesk } from '../company/desk.js';
import { createSessionCore, type SessionCore } from './sessionCore.js';
import { decideTraineeAction } from './decideAction.js';
import type { PendingEvent } from './pendingEvent.js';
import { dueTimer, recordEvents } from './recordEvents.js';

/** One step of a scripted trainee: an action at a time (ms from the launch). */
export interface ScriptedInput {
  at: number;
  action: TraineeAction;
}

export interface HeadlessRun {
  core: SessionCore;
  events: SessionEvent[];
  rejected: { at: number; action: TraineeAction; error: LabError }[];
}

export interface LaunchFacts {
  seed: number;
  /** Defaults to standard: hints but no suggested replies. */
  mode?: LaunchMode;
  traineeId: string;
  launchedBy: string;
  startAt: number;
  /** The hash of the scenario version the lab kept for the session (server/store/scenarioVersions.ts). */
  scenarioHash?: string;
}

export function launchEvents(scenario: Scenario, facts: LaunchFacts): PendingEvent[] {
  return [
    {
      type: 'session.launched',
      by: 'system',
      data: {
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        ...(facts.scenarioHash ? { scenarioHash: facts.scenarioHash } : {}),
        traineeId: facts.traineeId,
        launchedBy: facts.launchedBy,
        seed: facts.seed,
        mode: facts.mode ?? 'standard',
      },
    },
    {
      type: 'call.offered',
      by: 'system',
      data: {
        callerNumber: scenario.persona.callerNumber,
        queue: scenario.queue,
        channel: scenario.channel,
        subject: scenario.persona.subject ?? null,
      },
    },
  ];
}

/**
 * Plays a scripted trainee through the same decisions the server makes, with timers firing when
 * the script leaves a silence long enough. No I/O, no clock: the tests and the CLI use it.
 */
export function playHeadless(scenario: Scenario, desk: CompanyDesk, inputs: readonly ScriptedInput[], facts: LaunchFacts): HeadlessRun {
  let core = createSessionCore(scenario, facts.seed);
  const events: SessionEvent[] = [];
  const rejected: HeadlessRun['rejected'] = [];
  const record = (pending: PendingEvent, at: number) => {
    const result = recordEvents(core, pending, at);
    core = result.core;
    events.push(...result.events);
  };
  for (const pending of launchEvents(scenario, facts)) record(pending, facts.startAt);
  const fireTimersUntil = (until: number) => {
    for (let due = dueTimer(core, until); due; due = dueTimer(core, until)) {
      record({ type: 'timer.expired', by: 'system', data: { timer: due.id } }, due.at);
    }
  };
  for (const input of inputs) {
    const at = facts.startAt + input.at;
    fireTimersUntil(at);
    const decision = decideTraineeAction(core, desk, input.action);
    if (decision.ok) record(decision.data, at);
    else rejected.push({ at: input.at, action: input.action, error: decision.error });
  }
  // A trainee who never acts lets the contact ring out: its timers run until it ends, not answered.
  if (inputs.length === 0) fireTimersUntil(Infinity);
  return { core, events, rejected };
}
