import { assign, setup, type AnyStateMachine } from 'xstate';
import type { SessionEvent } from '../../protocol/events.js';
import type { Outcome, Scenario, ScriptTransition } from '../format/schema.js';
import { fieldsMatch, type Scalar } from './fieldsMatch.js';
import { holdTimer } from './holdTimer.js';

export interface ScriptContext {
  /** Caller lines said so far, in order; the runtime turns each into a `caller.said` event. */
  said: string[];
  mood: number;
}

export const hangUpState = (outcome: Outcome) => `hungUp-${outcome}`;
// Re-exported: scenarios/session/sessionCore.ts takes the hold timer from here.

const clampMood = (mood: number) => Math.max(-3, Math.min(3, mood));

/**
 * Builds the scenario's XState machine. It is pure: it consumes the session log's events (time and
 * timer expiries arrive as events) and records what the caller says in its context.
 */
export function buildScriptMachine(scenario: Scenario) {
  const logic = setup({
    types: {
      context: {} as ScriptContext,
      events: {} as SessionEvent,
    },
    actions: {
      say: assign({ said: ({ context }, params: { lines: string[] }) => [...context.said, ...params.lines] }),
      changeMood: assign({ mood: ({ context }, params: { by: number }) => clampMood(context.mood + params.by) }),
    },
    guards: {
      replyMatches: ({ event }, params: { intent: string }) =>
        event.type === 'trainee.replied' && (params.intent === '*' || event.data.intents.some((match) => match.intent === params.intent)),
      actionMatches: ({ event }, params: { where?: Record<string, Scalar> }) => fieldsMatch(event.data, params.where),
      timerIs: ({ event }, params: { timer: string }) => event.type === 'timer.expired' && event.data.timer === params.timer,
    },
  });

  const transitionConfig = (transition: ScriptTransition) => {
    const actions = [
      ...(transition.say.length ? [{ type: 'say' as const, params: { lines: transition.say } }] : []),
      ...(transition.mood ? [{ type: 'changeMood' as const, params: { by: transition.mood } }] : []),
    ];
    const guard =
      'reply' in transition
        ? { type: 'replyMatches' as const, params: { intent: transition.reply } }
        : 'timer' in transition
          ? { type: 'timerIs' as const, params: { timer: transition.timer } }
          : { type: 'actionMatches' as const, params: { where: transition.where } };
    return { target: transition.to, guard, actions, reenter: false };
  };
  const eventOf = (transition: ScriptTransition): string =>
    'reply' in transition ? 'trainee.replied' : 'timer' in transition ? 'timer.expired' : transition.action;

  type StateConfig = {
    type?: 'final';
    entry?: { type: 'say'; params: { lines: string[] } }[];
    on?: Record<string, ReturnType<typeof transitionConfig>[]>;
  };
  const states: Record<string, StateConfig> = {};
  for (const [name, state] of Object.entries(scenario.script.states)) {
    const entry = state.say.length ? [{ type: 'say' as const, params: { lines: state.say } }] : [];
    if (state.end) {
      states[name] = { type: 'final', entry };
      continue;
    }
    const on: Record<string, ReturnType<typeof transitionConfig>[]> = {};
    const always = (target: string) => ({
      target,
      guard: { type: 'actionMatches' as const, params: { where: undefined } },
      actions: [],
      reenter: false,
    });
    // Left on hold past their patience, callers hang up, whatever the script was waiting for (e-mails wait unheld).
    if (scenario.channel === 'phone')
      on['timer.expired'] = [{ ...always(hangUpState('callerHungUp')), guard: { type: 'timerIs', params: { timer: holdTimer } } }];
    for (const transition of state.on) (on[eventOf(transition)] ??= []).push(transitionConfig(transition));
    const hangUpOutcome = state.hangUpOutcome ?? scenario.script.hangUpOutcome;
    // A transfer the script does not foresee ends the contact as transferred: the line drops, but the
    // caller was passed on, not left (the rubric decides whether passing them on was right).
    if (scenario.channel === 'phone') (on['call.transferred'] ??= []).push(always(hangUpState('transferred')));
    (on['call.hungUp'] ??= []).push(always(hangUpState(hangUpOutcome)));
    // Closing an e-mail the script has not ended is its hang-up: the state's hang-up outcome.
    if (scenario.channel === 'email') (on['email.closed'] ??= []).push(always(hangUpState(hangUpOutcome)));
    states[name] = { entry, on };
  }
  const outcomes = Object.values(scenario.script.states)
    .filter((s) => !s.end)
    .map((s) => s.hangUpOutcome ?? scenario.script.hangUpOutcome);
  const heldTooLong = scenario.channel === 'phone' ? ['callerHungUp' as const] : [];
  const passedOn = scenario.channel === 'phone' ? ['transferred' as const] : [];
  for (const outcome of new Set([...outcomes, ...heldTooLong, ...passedOn])) states[hangUpState(outcome)] = { type: 'final' };

  return logic.createMachine({
    id: scenario.id,
    initial: scenario.script.initial,
    context: { said: [], mood: scenario.persona.mood },
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
