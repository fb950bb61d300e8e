import { initialTransition, type SnapshotFrom } from 'xstate';
import type { SessionEvent, SessionEventPayloads } from '../../protocol/events.js';
import type { Scenario } from '../format/schema.js';
import { buildScriptMachine, outcomeOf, stillThereTimer, type ScriptMachine } from '../machine/buildMachine.js';
import { perceives } from '../machine/perception.js';
import { holdTimer } from '../machine/holdTimer.js';
import { callerLineText } from '../machine/callerLines.js';
import { applyEvent, emptyCallView } from '../projection/projectCall.js';
import type { CallView } from '../projection/callView.js';
import { pending, type PendingEvent } from './pendingEvent.js';
import { stepScript } from './stepScript.js';
import { handedBackScript, playedLine, scriptWaits, withMood } from './callerTakeOver.js';
import { consoleEvents, notAnswered, type ConsoleEventType } from '../../protocol/vocabulary.js';

/** Everything the runtime needs to know about a session, rebuilt from its log alone. */
export interface SessionCore {
  scenario: Scenario;
  machine: ScriptMachine;
  script: SnapshotFrom<ScriptMachine>;
  view: CallView;
  seed: number;
  /** How many times each caller line has been said, so repeats pick fresh variants. */
  lineCounts: Record<string, number>;
  /** Timers of the current script state, and from when they count (a timer's own `from` first). */
  timers: { id: string; ms: number; from?: number }[];
  timersFrom: number | null;
  /** Since when the trainee has been working at the console without a word to the caller. */
  workingSince: number | null;
}

/** How long a caller waits in silence, while the trainee works, before asking whether anyone is there. */
export const stillThereMs = 20_000;

/** One machine per scenario, shared by all its sessions: a machine is pure data, and ~70 KB. */
const machines = new WeakMap<Scenario, ScriptMachine>();

export function createSessionCore(scenario: Scenario, seed: number): SessionCore {
  let machine = machines.get(scenario);
  if (!machine) machines.set(scenario, (machine = buildScriptMachine(scenario)));
  const [script] = initialTransition(machine);
  return { scenario, machine, script, view: emptyCallView(), seed, lineCounts: {}, timers: [], timersFrom: null, workingSince: null };
}

const scriptState = (core: SessionCore) => String(core.script.value);

/**
 * The core with another view, written out rather than `{ ...core, view }`, which measured slower
 * for the reason projectCall's copyOf gives. The mapped type makes a field left out a compile error.
 */
function withView(core: SessionCore, view: CallView): SessionCore {
  const { scenario, machine, script, seed, lineCounts, timers, timersFrom, workingSince } = core;
  const copy: { [K in keyof Required<SessionCore>]: SessionCore[K] } = {
    scenario,
    machine,
    script,
    view,
    seed,
    lineCounts,
    timers,
    timersFrom,
    workingSince,
  };
  return copy;
}

/**
 * Folds a stamped event into the session and returns the events it causes: what the caller says,
 * where the script went, the caller hanging up, the session ending. Pure.
 */
export function reactToEvent(core: SessionCore, event: SessionEvent): { core: SessionCore; caused: PendingEvent[] } {
  const caused: PendingEvent[] = [];
  const next = withView(core, applyEvent(core.view, event));
  if (event.type === 'session.launched') next.seed = event.data.seed;
  next.workingSince = workingSince(core, event);
  // A paused scene stands still: no silence or patience counts until the instructor resumes it.
  if (event.type === 'coach.paused') {
    next.timers = [];
    next.timersFrom = null;
    return { core: next, caused };
  }
  if (event.type === 'coach.unpaused') {
    // The silence the trainee was working in starts afresh too.
    if (next.workingSince !== null) next.workingSince = event.at;
    armTimers(next, event.at, true);
    return { core: next, caused };
  }
  const takeOver = reactToTakeOver(next, event);
  if (takeOver) return { core: next, caused: takeOver };
  // What the caller cannot hear (its own words, the script's bookkeeping, an instructor's whisper) moves
  // neither the script nor its silence and patience timers.
  if (
    event.by === 'caller' ||
    event.type === 'script.advanced' ||
    event.type === 'guidance.offered' ||
    event.type === 'session.ended' ||
    event.type === 'coach.whispered' ||
    scriptWaits(next.view.takenOverBy, event)
  )
    return { core: next, caused };

  const before = scriptState(next);
  const script = stepScript(next.machine, next.script, event);
  const saidBefore = next.script.context.said.length;
  next.script = script;
  if (script.context.said.length > saidBefore) {
    // The counts are shared with the previous core until a line is said.
    const lineCounts = { ...next.lineCounts };
    // A caller never says a sentence twice in a call: the texts said so far are not picked again.
    const spoken = new Set(next.view.transcript.flatMap((line) => (line.speaker === 'caller' ? [line.text] : [])));
    for (const lineId of script.context.said.slice(saidBefore)) {
      const occurrence = lineCounts[lineId] ?? 0;
      lineCounts[lineId] = occurrence + 1;
      const text = callerLineText(next.scenario, lineId, next.seed, occurrence, script.context.mood, spoken);
      if (text === null) continue;
      spoken.add(text);
      caused.push(pending('caller.said', 'caller', { lineId, text }));
    }
    next.lineCounts = lineCounts;
  }
  const after = scriptState(next);
  const stateChanged = after !== before || script.context.mood !== core.script.context.mood;
  if (stateChanged) caused.push(pending('script.advanced', 'system', { state: after, mood: script.context.mood }));
  if (script.status === 'done' && next.view.hungUpBy === null && event.type !== 'call.hungUp') {
    caused.push(pending('call.hungUp', 'caller', { party: 'caller' }));
    // Nobody answered: there is no after-call work to wait for, so the contact ends here, not answered.
    if (next.view.answeredAt === null) caused.push(pending('session.ended', 'system', { outcome: notAnswered }));
  }
  if (event.type === 'wrapup.submitted') {
    caused.push(pending('session.ended', 'system', { outcome: outcomeOf(next.scenario, after) ?? 'unresolved' }));
  }
  if (after !== before) {
    const guidance = guidanceFor(next, after);
    if (guidance) caused.push(pending('guidance.offered', 'system', guidance));
  }
  armTimers(next, event.at, false, event.type === 'timer.expired' && event.data.timer === stillThereTimer);
  return { core: next, caused };
}

/**
 * An instructor taking over the caller, playing it, handing it back: `next` changed in place and what
 * it causes, or null for any other event. Taken over, the caller's timers stand still (armTimers).
 */
function reactToTakeOver(next: SessionCore, event: SessionEvent): PendingEvent[] | null {
  if (event.type === 'coach.tookOver') {
    next.timers = [];
    next.timersFrom = null;
    return [];
  }
  if (event.type === 'coach.playedCaller') {
    const moodBefore = next.script.context.mood;
    next.script = withMood(next.machine, next.script, event.data.mood);
    return playedLine(event, scriptState(next), moodBefore);
  }
  if (event.type !== 'coach.handedBack') return null;
  next.script = handedBackScript(next.machine, next.script, event.data.state);
  // The silence the trainee was working in starts afresh, as after a pause.
  if (next.workingSince !== null) next.workingSince = event.at;
  armTimers(next, event.at, true);
  return [pending('script.advanced', 'system', { state: scriptState(next), mood: next.script.context.mood })];
}

/**
 * Silence and patience timers count from the trainee's last move in the current state (or from a
 * resume after a pause); on hold, the caller's patience counts from when the hold began, or from the
 * resume when the call was paused on hold, since the pause was not the caller's wait. `keepFrom`: the
 * caller asking whether anyone is there is no move of the trainee's, so the script's timers keep counting.
 */
function armTimers(core: SessionCore, at: number, resumed: boolean, keepFrom = false): void {
  // Played by an instructor, the caller has no patience or silence of its own.
  const running = core.script.status !== 'done' && core.view.takenOverBy === null;
  const { phase, holdStartedAt } = core.view;
  if (running && phase === 'onHold') {
    core.timers = [{ id: holdTimer, ms: core.scenario.script.holdPatienceMs }];
    core.timersFrom = resumed || holdStartedAt === null ? at : holdStartedAt;
  } else {
    const live = running && (phase === 'talking' || phase === 'ringing');
    const stateTimers = live ? (core.scenario.script.states[scriptState(core)]?.timers ?? []) : [];
    const asking = live && phase === 'talking' && core.workingSince !== null && core.scenario.channel === 'phone';
    core.timers = asking ? [...stateTimers, { id: stillThereTimer, ms: stillThereMs, from: core.workingSince! }] : stateTimers;
    core.timersFrom = live ? (keepFrom ? core.timersFrom : at) : null;
  }
}

/**
 * Console work the caller cannot see, or a muted microphone, starts a silence on its side; any word
 * between them, or the caller having asked whether anyone is there, ends it.
 */
function workingSince(core: SessionCore, event: SessionEvent): number | null {
  if (event.type === 'trainee.replied' || event.type === 'caller.said' || event.type === 'call.resumed') return null;
  if (event.type === 'timer.expired' && event.data.timer === stillThereTimer) return null;
  if (event.type === 'call.muted') return core.workingSince ?? event.at;
  const silentWork =
    event.by === 'trainee' &&
    (consoleEvents as readonly string[]).includes(event.type) &&
    !perceives(core.scenario.channel, event.type as ConsoleEventType);
  return silentWork ? (core.workingSince ?? event.at) : core.workingSince;
}

/** What the trainee is offered in a state: hints unless in exam mode, suggested replies in guided mode. */
function guidanceFor(core: SessionCore, state: string): SessionEventPayloads['guidance.offered'] | null {
  const { mode, guidance: shown } = core.view;
  const authored = core.scenario.guidance[state];
  const hints = mode === 'exam' ? [] : (authored?.hints ?? []);
  const suggestions = mode === 'guided' ? (authored?.suggestions ?? []) : [];
  if (hints.length === 0 && suggestions.length === 0) {
    const showing = shown !== null && (shown.hints.length > 0 || shown.suggestions.length > 0);
    return showing ? { hints: [], suggestions: [] } : null;
  }
  return { hints, suggestions };
}

/**
 * A contact that rang out before a previous version ended unanswered contacts at once: its line dropped
 * while it was never answered, and it waits for an after-call work that will never come.
 */
export const rangOutUnended = (core: SessionCore): boolean => core.view.phase === 'wrapUp' && core.view.answeredAt === null;

/** The outcome so far: set once the script reached a final state. */
export function currentOutcome(core: SessionCore): string | null {
  return outcomeOf(core.scenario, scriptState(core));
}

export { scriptState };
