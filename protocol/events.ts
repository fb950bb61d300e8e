import type { IdentityCheck, TicketPriority } from './actions.js';

/** A customer as shown in search results: enough to pick the right one, nothing more. */
export interface CustomerSummary {
  id: string;
  customerCode: string;
  fullName: string;
  city: string;
}

/** The customer record as the console showed it when it was opened (kept in the log, so replay shows the same). */
export interface CustomerRecord extends CustomerSummary {
  taxCode: string;
  birthDate: string;
  address: string;
  phone: string;
  email: string;
  contracts: { id: string; product: string; status: string; since: string }[];
  privacyConsent: boolean;
  marketingConsent: boolean;
}

export interface IntentMatch {
  intent: string;
  rule: string;
  words: string[];
}

export type Speaker = 'caller' | 'trainee' | 'system' | 'instructor';

/** The payload of every kind of event a session log holds, keyed by its type. */
export interface SessionEventPayloads {
  'session.launched': {
    scenarioId: string;
    scenarioVersion: number;
    traineeId: string;
    launchedBy: string;
    seed: number;
  };
  'call.offered': { callerNumber: string; queue: string };
  'call.answered': Record<string, never>;
  'caller.said': { lineId: string; text: string };
  'trainee.replied': { text: string; intents: IntentMatch[] };
  'customer.searched': { query: string; results: CustomerSummary[] };
  'customer.opened': { record: CustomerRecord };
  'identity.verified': { customerId: string; checks: IdentityCheck[] };
  'ticket.created': {
    ticketId: string;
    customerId: string | null;
    category: string;
    priority: TicketPriority;
    subject: string;
    description: string;
  };
  'ticket.escalated': { ticketId: string; department: string; note: string };
  'call.held': Record<string, never>;
  'call.resumed': Record<string, never>;
  'call.hungUp': { party: 'trainee' | 'caller' };
  'timer.expired': { timer: string };
  'script.advanced': { state: string; mood: number };
  'wrapup.submitted': { disposition: string; notes: string };
  'session.ended': { outcome: string };
}

export type SessionEventType = keyof SessionEventPayloads;

export type SessionEventOf<T extends SessionEventType> = {
  seq: number;
  at: number;
  type: T;
  by: Speaker;
  /** Client-made id of the trainee action that caused it, so a resent action is applied once. */
  actionId?: string;
  data: SessionEventPayloads[T];
};

export type SessionEvent = { [T in SessionEventType]: SessionEventOf<T> }[SessionEventType];

/** Events that reveal the script's inner state; only observers receive them. */
export const observerOnlyEvents: readonly SessionEventType[] = ['script.advanced'];

export function isEvent<T extends SessionEventType>(event: SessionEvent, type: T): event is Extract<SessionEvent, { type: T }> {
  return event.type === type;
}
