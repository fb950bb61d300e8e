import { assign, setup, type AnyStateMachine } from 'xstate';
import type { SessionEvent } from '../../protocol/events.js';
import type { Outcome, Scenario, ScriptTransition } from '../format/schema.js';
import { reactionLine } from './facts.js';
import { fieldsMatch, type Scalar } from './fieldsMatch.js';
import { holdTimer } from './holdTimer.js';
import { emptyListening, listen, reactsTo, type ListenMode, type Listening } from './listening.js';
import { cueOf } from './perception.js';
import { twistsOf } from './twists.js';

export interface ScriptContext extends Listening {
  /** Caller lines said so far, in order; the runtime turns each into a `caller.said` event. */
  said: string[];
  mood: number;
}

export const hangUpState = (outcome: Outcome) => `hungUp-${outcome}`;
/** The runtime's timer for a long silence while the trainee works: the caller asks whether anyone is there. */
export const stillThereTimer = 'stillThere';

const clampMood = (mood: number) => Math.max(-3, Math.min(3, mood));
const intentsOf = (event: SessionEvent) => (event.type === 'trainee.replied' ? event.data.intents.map((match) => match.intent) : []);

/**
 * Builds the scenario's XState machine. It is pure: it consumes the session log's events (time and
 * timer expiries arrive as events) and records what the caller says in its context. Besides the
 * script, the caller listens (listening.ts): it answers questions from its facts in any state,
 * reacts to rudeness and repeats, and hears of console actions only when the trainee tells it.
 */
export function buildScriptMachine(scenario: Scenario) {
  const phone = scenario.channel === 'phone';
  const logic = setup({
    types: {
      context: {} as ScriptContext,
      events: {} as SessionEvent,
    },
    actions: {
      say: assign({ said: ({ context }, params: { lines: string[] }) => [...context.said, ...params.lines] }),
      changeMood: assign({ mood: ({ context }, params: { by: number }) => clampMood(context.mood + params.by) }),
      listen: assign(({ context, event }, params: { mode: ListenMode; consumed?: string; movesOn?: boolean }) => {
        const heard = listen(scenario, context, event, params.mode, params.consumed, params.movesOn);
        return { ...heard.listening, said: [...context.said, ...heard.said], mood: clampMood(context.mood + heard.moodBy) };
      }),
      /** An action's lines: said if the trainee already told the caller, else kept until it does. */
      cueLines: assign(({ context }, params: { lines: string[]; cue: string; entering: boolean }) => {
        if (params.cue !== '*' && context.heard.includes(params.cue)) return { said: [...context.said, ...params.lines], deferEntry: null };
        return { pending: { cue: params.cue, lines: params.lines }, deferEntry: params.entering ? params.cue : null };
      }),
      sayEntry: assign(({ context }, params: { lines: string[] }) => {
        if (context.deferEntry === null) return { said: [...context.said, ...params.lines] };
        const kept = context.pending?.cue === context.deferEntry ? context.pending.lines : [];
        return { pending: { cue: context.deferEntry, lines: [...kept, ...params.lines] }, deferEntry: null };
      }),
      react: assign(({ context }, params: { name: 'anyoneThere' | 'longHold' }) => ({
        said: [...context.said, reactionLine(params.name)],
        reacted: { ...context.reacted, [params.name]: (context.reacted[params.name] ?? 0) + 1 },
        heldAt: null,
      })),
      /** A caller left in silence goes on with its story if it was waiting for any word, else asks whether anyone is there. */
      breakSilence: assign(({ context }) => {
        if (context.pending?.cue === '*') return { said: [...context.said, ...context.pending.lines], pending: null };
        return {
          said: [...context.said, reactionLine('anyoneThere')],
          reacted: { ...context.reacted, anyoneThere: (context.reacted.anyoneThere ?? 0) + 1 },
        };
      }),
      holdBegan: assign({ heldAt: ({ event }) => event.at }),
    },
    guards: {
      replyMatches: ({ event }, params: { intent: string }) =>
        event.type === 'trainee.replied' && (params.intent === '*' || event.data.intents.some((match) => match.intent === params.intent)),
      actionMatches: ({ event }, params: { where?: Record<string, Scalar> }) => fieldsMatch(event.data, params.where),
      timerIs: ({ event }, params: { timer: string }) => event.type === 'timer.expired' && event.data.timer === params.timer,
      reacts: ({ context, event }) => reactsTo(scenario, context, event, 'full'),
      rudeToTheEnd: ({ context, event }) => intentsOf(event).includes('rude') && context.mood - 1 <= -3,
      silenceBroken: ({ context, event }) =>
        event.type === 'timer.expired' &&
        event.data.timer === stillThereTimer &&
        (context.pending?.cue === '*' || (context.reacted.anyoneThere ?? 0) < 2),
      twistIs: ({ event }, params: { twist: string }) => event.type === 'coach.twisted' && event.data.twist === params.twist,
      heldLong: ({ context, event }) => context.heldAt !== null && event.at - context.heldAt >= scenario.script.holdPatienceMs / 2,
    },
  });

  type Action =
    | { type: 'say'; params: { lines: string[] } }
    | { type: 'changeMood'; params: { by: number } }
    | { type: 'listen'; params: { mode: ListenMode; consumed?: string; movesOn?: boolean } }
    | { type: 'cueLines'; params: { lines: string[]; cue: string; entering: boolean } }
    | { type: 'sayEntry'; params: { lines: string[] } }
    | { type: 'react'; params: { name: 'anyoneThere' | 'longHold' } }
    | { type: 'holdBegan' }
    | { type: 'breakSilence' };
  type Guard = { type: string; params?: Record<string, unknown> } | undefined;
  type Transition = { target?: string; guard: Guard; actions: Action[]; reenter: false };

  const transitionConfig = (from: string, transition: ScriptTransition): Transition => {
    const cue = cueOf(scenario.channel, transition);
    const enters = transition.to !== undefined && transition.to !== from;
    // A final state's lines close the call: they are said, not kept for words that can no longer come.
    const entersLive = enters && scenario.script.states[transition.to!]?.end === undefined;
    const entryLines = entersLive ? (scenario.script.states[transition.to!]?.say ?? []) : [];
    const actions: Action[] = [];
    if ('reply' in transition) {
      const starred = transition.reply === '*';
      const mode: ListenMode = starred ? 'rudeOnly' : 'withScript';
      actions.push({ type: 'listen', params: { mode, consumed: starred ? undefined : transition.reply, movesOn: enters } });
    }
    if (cue !== null && (transition.say.length > 0 || entryLines.length > 0))
      actions.push({ type: 'cueLines', params: { lines: transition.say, cue, entering: entersLive } });
    else if (transition.say.length) actions.push({ type: 'say', params: { lines: transition.say } });
    if (transition.mood) actions.push({ type: 'changeMood', params: { by: transition.mood } });
    const guard =
      'reply' in transition
        ? { type: 'replyMatches', params: { intent: transition.reply } }
        : 'timer' in transition
          ? { type: 'timerIs', params: { timer: transition.timer } }
          : { type: 'actionMatches', params: { where: transition.where } };
    return { target: transition.to, guard, actions, reenter: false };
  };
  const eventOf = (transition: ScriptTransition): string =>
    'reply' in transition ? 'trainee.replied' : 'timer' in transition ? 'timer.expired' : transition.action;
  const always = (target: string): Transition => ({ target, guard: undefined, actions: [], reenter: false });
  const stay = (guard: Guard, actions: Action[]): Transition => ({ guard, actions, reenter: false });

  type StateConfig = { type?: 'final'; entry?: Action[]; on?: Record<string, Transition[]> };
  const states: Record<string, StateConfig> = {};
  for (const [name, state] of Object.entries(scenario.script.states)) {
    const entry: Action[] = state.say.length ? [{ type: 'sayEntry', params: { lines: state.say } }] : [];
    if (state.end) {
      states[name] = { type: 'final', entry };
      continue;
    }
    const on: Record<string, Transition[]> = {};
    const add = (event: string, transition: Transition) => (on[event] ??= []).push(transition);
    // Left on hold past their patience, callers hang up, whatever the script was waiting for (e-mails wait unheld).
    if (phone) add('timer.expired', { ...always(hangUpState('callerHungUp')), guard: { type: 'timerIs', params: { timer: holdTimer } } });
    // Rude to a caller already at the end of its tether: it says so and hangs up.
    if (phone && !state.on.some((t) => 'reply' in t && t.reply === 'rude'))
      add('trainee.replied', {
        target: hangUpState('callerHungUp'),
        guard: { type: 'rudeToTheEnd' },
        actions: [
          { type: 'changeMood', params: { by: -1 } },
          { type: 'say', params: { lines: [reactionLine('rudeHangUp')] } },
        ],
        reenter: false,
      });
    const replies = state.on.filter((t) => 'reply' in t);
    const specific = replies.filter((t) => 'reply' in t && t.reply !== '*');
    const starred = replies.filter((t) => 'reply' in t && t.reply === '*');
    for (const transition of specific) add('trainee.replied', transitionConfig(name, transition));
    // A reply the script takes only to move on (the opening) moves on; any other the caller listens to first.
    if (!starred.some((t) => t.to !== undefined && t.to !== name))
      add('trainee.replied', stay({ type: 'reacts' }, [{ type: 'listen', params: { mode: 'full' } }]));
    for (const transition of starred) add('trainee.replied', transitionConfig(name, transition));
    add('trainee.replied', stay(undefined, [{ type: 'listen', params: { mode: 'rudeOnly' } }]));
    for (const transition of state.on.filter((t) => !('reply' in t))) add(eventOf(transition), transitionConfig(name, transition));
    if (phone) {
      add('timer.expired', stay({ type: 'silenceBroken' }, [{ type: 'breakSilence' }]));
      add('call.held', stay(undefined, [{ type: 'holdBegan' }]));
      add('call.resumed', stay({ type: 'heldLong' }, [{ type: 'react', params: { name: 'longHold' } }]));
    }
    // The instructor's twists, in every state of the call: the caller's lines and mood, then where the script goes.
    for (const [id, twist] of Object.entries(twistsOf(scenario))) {
      const actions: Action[] = [];
      if (twist.say.length) actions.push({ type: 'say', params: { lines: twist.say } });
      if (twist.mood) actions.push({ type: 'changeMood', params: { by: twist.mood } });
      const target = twist.dropsLine ? hangUpState('callerHungUp') : twist.to;
      add('coach.twisted', { target, guard: { type: 'twistIs', params: { twist: id } }, actions, reenter: false });
    }
    const hangUpOutcome = state.hangUpOutcome ?? scenario.script.hangUpOutcome;
    // A transfer the script does not foresee ends the contact as transferred: the line drops, but the
    // caller was passed on, not left (the rubric decides whether passing them on was right).
    if (phone) add('call.transferred', always(hangUpState('transferred')));
    add('call.hungUp', always(hangUpState(hangUpOutcome)));
    // Closing an e-mail the script has not ended is its hang-up: the state's hang-up outcome.
    if (scenario.channel === 'email') add('email.closed', always(hangUpState(hangUpOutcome)));
    states[name] = { entry, on };
  }
  const outcomes = Object.values(scenario.script.states)
    .filter((s) => !s.end)
    .map((s) => s.hangUpOutcome ?? scenario.script.hangUpOutcome);
  const heldTooLong = phone || Object.values(twistsOf(scenario)).some((twist) => twist.dropsLine) ? ['callerHungUp' as const] : [];
  const passedOn = phone ? ['transferred' as const] : [];
  for (const outcome of new Set([...outcomes, ...heldTooLong, ...passedOn])) states[hangUpState(outcome)] = { type: 'final' };

  return logic.createMachine({
    id: scenario.id,
    initial: scenario.script.initial,
    context: { said: [], mood: scenario.persona.mood, ...emptyListening() },
    // The config is assembled from validated data, so its shape is checked by the schema, not by inference.
    states: states as never,
  });
}

export type ScriptMachine = ReturnType<typeof buildScriptMachine>;

/** The outcome of a final state, or null while the contact goes on. */
export function outcomeOf(scenario: Scenario, state: string): Outcome | null {
  const declared = scenario.script.states[state]?.end;
  if (declared) return declared;
  const hungUp = /^hungUp-(.+)$/.exec(state)?.[1];
  return (hungUp as Outcome | undefined) ?? null;
}

export type { AnyStateMachine };
