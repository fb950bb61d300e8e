import type { SessionEvent, SessionEventOf } from '../../protocol/events.js';
import type { Scenario } from '../format/schema.js';
import { playedLineId } from '../projection/playedLine.js';
import type { ScriptMachine } from '../machine/buildMachine.js';
import type { SnapshotFrom } from 'xstate';
import { pending, type PendingEvent } from './pendingEvent.js';

type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

/**
 * While an instructor plays the caller, the script waits: the trainee's words and console work are
 * recorded, understood and scored, but move no script and say no scripted line. Only the line dropping
 * (a hang-up, a transfer, an e-mail closed), the after-call work that follows it, and an instructor's
 * own twist still move it: those end or change the scene whoever plays the caller.
 */
const movesTheScriptWhenTakenOver: ReadonlySet<SessionEvent['type']> = new Set([
  'call.hungUp',
  'call.transferred',
  'email.closed',
  'wrapup.submitted',
  'coach.twisted',
]);

export const scriptWaits = (takenOverBy: string | null, event: SessionEvent): boolean =>
  takenOverBy !== null && !movesTheScriptWhenTakenOver.has(event.type);

/** The script at the same state with the caller in the mood the instructor picked. */
export function withMood(machine: ScriptMachine, script: ScriptSnapshot, mood: number): ScriptSnapshot {
  return machine.resolveState({ value: script.value, context: { ...script.context, mood } }) as ScriptSnapshot;
}

/** What a line the instructor typed causes: the mood first (observers), then the caller's line the trainee hears. */
export function playedLine(event: SessionEventOf<'coach.playedCaller'>, state: string, moodBefore: number): PendingEvent[] {
  const caused: PendingEvent[] = [];
  if (event.data.mood !== moodBefore) caused.push(pending('script.advanced', 'system', { state, mood: event.data.mood }));
  caused.push(pending('caller.said', 'caller', { lineId: playedLineId, text: event.data.text }));
  return caused;
}

/**
 * The script resumed at the state the instructor chose, the caller in the mood it was left in. Lines
 * kept for a cue belong to the state the script was in before: the instructor spoke for the caller since.
 */
export function handedBackScript(machine: ScriptMachine, script: ScriptSnapshot, state: string): ScriptSnapshot {
  return machine.resolveState({ value: state, context: { ...script.context, pending: null, deferEntry: null } }) as ScriptSnapshot;
}

/** The states the instructor may hand the caller back at: the script's states that are not an end, by name. */
export function handBackStates(scenario: Scenario, answered: boolean): string[] {
  if (scenario.rolePlay) return [];
  return Object.entries(scenario.script.states)
    .filter(([name, state]) => state.end === undefined && !(answered && name === scenario.script.initial))
    .map(([name]) => name);
}
