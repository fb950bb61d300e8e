import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { SessionEvent, SessionEventPayloads, SessionEventType, Speaker } from '../../protocol/events.js';
import type { TraineeAction } from '../../protocol/actions.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { Scenario } from '../format/schema.js';
import { buildScriptMachine, outcomeOf, type ScriptMachine } from '../machine/buildMachine.js';
import { callerLineText } from '../machine/callerLines.js';
import { applyEvent, emptyCallView } from '../projection/projectCall.js';
import type { CallView } from '../projection/callView.js';
import { findCustomer, searchCustomers, type Company } from '../company/company.js';
import { matchIntents } from '../matcher/matchIntent.js';

/** An event decided but not yet stamped with its sequence number and time. */
export type PendingEvent = {
  [T in SessionEventType]: { type: T; by: Speaker; data: SessionEventPayloads[T]; actionId?: string };
}[SessionEventType];

/** Everything the runtime needs to know about a session, rebuilt from its log alone. */
export interface SessionCore {
  scenario: Scenario;
  machine: ScriptMachine;
  script: SnapshotFrom<ScriptMachine>;
  view: CallView;
  seed: number;
  /** How many times each caller line has been said, so repeats pick fresh variants. */
  lineCounts: Record<string, number>;
  /** Timers of the current script state, and from when they count. */
  timers: { id: string; ms: number }[];
  timersFrom: number | null;
}

export function createSessionCore(scenario: Scenario, seed: number): SessionCore {
  const machine = buildScriptMachine(scenario);
  const [script] = initialTransition(machine);
  return { scenario, machine, script, view: emptyCallView(), seed, lineCounts: {}, timers: [], timersFrom: null };
}

const pending = <T extends SessionEventType>(type: T, by: Speaker, data: SessionEventPayloads[T]): PendingEvent =>
  ({ type, by, data }) as PendingEvent;

const scriptState = (core: SessionCore) => String(core.script.value);

/** Checks a trainee action against the call's phase and turns it into the event it records. */
export function decideTraineeAction(core: SessionCore, company: Company, action: TraineeAction): Result<PendingEvent> {
  const { phase, tickets } = core.view;
  const needs = (allowed: CallView['phase'][], what: string): Result<null> =>
    allowed.includes(phase) ? ok(null) : fail('INVALID_STATE', `Cannot ${what} now: the call is ${phase}.`);
  const live = (what: string) => needs(['talking', 'onHold'], what);
  const talking = (what: string) => needs(['talking'], what);
  const consoleOpen = (what: string) => needs(['talking', 'onHold', 'wrapUp'], what);
  const then = (check: Result<null>, event: () => Result<PendingEvent>) => (check.ok ? event() : check);

  switch (action.type) {
    case 'call.answer':
      return then(needs(['ringing'], 'answer'), () => ok(pending('call.answered', 'trainee', {})));
    case 'reply':
      return then(talking('reply'), () =>
        ok(pending('trainee.replied', 'trainee', { text: action.text, intents: matchIntents(action.text, core.scenario.intents, core.scenario.language) })),
      );
    case 'customer.search':
      return then(consoleOpen('search'), () =>
        ok(pending('customer.searched', 'trainee', { query: action.query, results: searchCustomers(company, action.query) })),
      );
    case 'customer.open':
    case 'identity.verify': {
      const record = findCustomer(company, action.customerId);
      if (!record) return fail('NOT_FOUND', `No customer with id ${action.customerId}.`);
      if (action.type === 'customer.open') return then(consoleOpen('open a record'), () => ok(pending('customer.opened', 'trainee', { record })));
      return then(live('verify identity'), () =>
        ok(pending('identity.verified', 'trainee', { customerId: record.id, checks: [...new Set(action.checks)] })),
      );
    }
    case 'ticket.create': {
      if (action.customerId !== null && !findCustomer(company, action.customerId)) return fail('NOT_FOUND', `No customer with id ${action.customerId}.`);
      if (!company.ticketCategories.some((c) => c.code === action.category)) return fail('BAD_REQUEST', `Unknown ticket category ${action.category}.`);
      const { type: _type, ...fields } = action;
      return then(consoleOpen('create a ticket'), () => ok(pending('ticket.created', 'trainee', { ticketId: `TK-${tickets.length + 1}`, ...fields })));
    }
    case 'ticket.escalate': {
      const ticket = tickets.find((t) => t.ticketId === action.ticketId);
      if (!ticket) return fail('NOT_FOUND', `No ticket ${action.ticketId} in this session.`);
      if (ticket.status === 'escalated') return fail('INVALID_STATE', `Ticket ${action.ticketId} is already escalated.`);
      if (!company.departments.some((d) => d.id === action.department)) return fail('BAD_REQUEST', `Unknown department ${action.department}.`);
      const { type: _type, ...fields } = action;
      return then(consoleOpen('escalate'), () => ok(pending('ticket.escalated', 'trainee', fields)));
    }
    case 'call.hold':
      return then(talking('hold'), () => ok(pending('call.held', 'trainee', {})));
    case 'call.resume':
      return then(needs(['onHold'], 'resume'), () => ok(pending('call.resumed', 'trainee', {})));
    case 'call.hangUp':
      return then(needs(['ringing', 'talking', 'onHold'], 'hang up'), () => ok(pending('call.hungUp', 'trainee', { party: 'trainee' })));
    case 'wrapup.submit':
      if (!company.dispositions.some((d) => d.code === action.disposition)) return fail('BAD_REQUEST', `Unknown disposition ${action.disposition}.`);
      return then(needs(['wrapUp'], 'wrap up'), () =>
        ok(pending('wrapup.submitted', 'trainee', { disposition: action.disposition, notes: action.notes })),
      );
  }
}

/**
 * Folds a stamped event into the session and returns the events it causes: what the caller says,
 * where the script went, the caller hanging up, the session ending. Pure.
 */
export function reactToEvent(core: SessionCore, event: SessionEvent): { core: SessionCore; caused: PendingEvent[] } {
  const caused: PendingEvent[] = [];
  let next: SessionCore = { ...core, view: applyEvent(core.view, event) };
  if (event.type === 'session.launched') next.seed = event.data.seed;
  if (event.by === 'caller' || event.type === 'script.advanced' || event.type === 'session.ended') return { core: next, caused };

  const before = scriptState(next);
  const [script] = transition(next.machine, next.script, event);
  const saidBefore = next.script.context.said.length;
  next = { ...next, script };
  const lineCounts = { ...next.lineCounts };
  for (const lineId of script.context.said.slice(saidBefore)) {
    const occurrence = lineCounts[lineId] ?? 0;
    lineCounts[lineId] = occurrence + 1;
    caused.push(pending('caller.said', 'caller', { lineId, text: callerLineText(next.scenario, lineId, next.seed, occurrence) }));
  }
  next.lineCounts = lineCounts;
  const after = scriptState(next);
  const stateChanged = after !== before || script.context.mood !== core.script.context.mood;
  if (stateChanged) caused.push(pending('script.advanced', 'system', { state: after, mood: script.context.mood }));
  if (script.status === 'done' && next.view.hungUpBy === null && event.type !== 'call.hungUp') {
    caused.push(pending('call.hungUp', 'caller', { party: 'caller' }));
  }
  if (event.type === 'wrapup.submitted') {
    caused.push(pending('session.ended', 'system', { outcome: outcomeOf(next.scenario, after) ?? 'unresolved' }));
  }
  // Silence and patience timers count from the trainee's last move in the current state.
  const live = (next.view.phase === 'talking' || next.view.phase === 'ringing') && script.status !== 'done';
  next.timers = live ? (next.scenario.script.states[after]?.timers ?? []) : [];
  next.timersFrom = live ? event.at : null;
  return { core: next, caused };
}

/** The outcome so far: set once the script reached a final state. */
export function currentOutcome(core: SessionCore): string | null {
  return outcomeOf(core.scenario, scriptState(core));
}

export { scriptState };
