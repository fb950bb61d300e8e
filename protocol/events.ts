import type { Channel, ConsoleEventType, IdentityCheck, LaunchMode, MessageUrgency, TicketPriority, TicketStatus } from './vocabulary.js';

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

/** A product or service as a catalogue search lists it. */
export interface ProductSummary {
  id: string;
  name: string;
  brand: string;
  category: string;
  /** Euros, VAT included. */
  price: number;
  availability: string;
}

/** The product sheet as the console showed it. */
export interface ProductSheet extends ProductSummary {
  description: string;
  specifications: { label: string; value: string }[];
  monthlyInstalment: number | null;
  stock: number | null;
  restockOn: string | null;
  warranty: { months: number; terms: string };
  compatible: ProductSummary[];
  plans: string[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  kind: string;
  language: string;
  summary: string;
}

/** A knowledge-base article as the console showed it. */
export interface Article extends ArticleSummary {
  sections: { heading: string; paragraphs: string[]; steps: string[] }[];
}

export interface OrderSummary {
  id: string;
  placedOn: string;
  status: string;
  total: number;
  items: { productId: string; name: string; quantity: number; unitPrice: number }[];
  paymentMethod: string;
  trackingCode: string | null;
  deliveredOn: string | null;
}

export interface InvoiceSummary {
  id: string;
  issuedOn: string;
  dueOn: string;
  period: string | null;
  total: number;
  status: string;
  lines: { description: string; amount: number }[];
}

export interface PastTicketSummary {
  id: string;
  openedAt: string;
  category: string;
  status: string;
  subject: string;
  resolution: string | null;
}

/** What the record shows beside the personal data: orders, invoices and past tickets, newest first. */
export interface CustomerHistoryView {
  orders: OrderSummary[];
  invoices: InvoiceSummary[];
  pastTickets: PastTicketSummary[];
}

export interface IntentMatch {
  intent: string;
  /** The rule that fired, or "examples" when the example-based recogniser credited the intent. */
  rule: string;
  /** The reply's words that made the rule fire (none for an example-based match). */
  words: string[];
  /** An example-based match's confidence, 0…1 (a rule's match is certain and has none). */
  confidence?: number;
  /** An example-based match's nearest train exemplars: what the reply was found to resemble. */
  exemplars?: string[];
}

export type Speaker = 'caller' | 'trainee' | 'system' | 'instructor';

/** The payload of every kind of event a session log holds, keyed by its type. */
export interface SessionEventPayloads {
  'session.launched': {
    scenarioId: string;
    scenarioVersion: number;
    /** The kept version the session is scored and replayed with; absent in logs older than it. */
    scenarioHash?: string;
    traineeId: string;
    launchedBy: string;
    seed: number;
    mode: LaunchMode;
  };
  /** For an inbound e-mail, `callerNumber` is the sender's address and `subject` its subject. */
  'call.offered': { callerNumber: string; queue: string; channel: Channel; subject: string | null };
  'call.answered': Record<string, never>;
  'caller.said': { lineId: string; text: string };
  'trainee.replied': { text: string; intents: IntentMatch[] };
  'customer.searched': { query: string; results: CustomerSummary[] };
  'customer.opened': { customerId: string; record: CustomerRecord; history: CustomerHistoryView };
  /** A correction or a new datum in the session's copy of the record (the shared company is never changed). */
  'customer.updated': { customerId: string; field: string; value: string };
  'order.placed': {
    orderId: string;
    customerId: string;
    items: { productId: string; name: string; quantity: number; unitPrice: number }[];
    total: number;
    deliveryAddress: string;
    paymentMethod: string;
  };
  'order.cancelled': { orderId: string; reason: string };
  'product.searched': { query: string; results: ProductSummary[] };
  'product.opened': { productId: string; product: ProductSheet };
  'kb.searched': { query: string; results: ArticleSummary[] };
  'kb.opened': { articleId: string; article: Article };
  'email.sent': { to: string; subject: string; body: string; template: string | null };
  'message.delivered': { recipient: string; callerName: string; callerNumber: string; text: string; urgency: MessageUrgency };
  'call.transferred': { department: string; note: string };
  'call.muted': Record<string, never>;
  'call.unmuted': Record<string, never>;
  'ticket.updated': { ticketId: string; priority: TicketPriority | null; status: TicketStatus | null; note: string };
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
  /** The trainee closed an inbound e-mail (after replying, or without a reply): after-contact work follows. */
  'email.closed': Record<string, never>;
  'timer.expired': { timer: string };
  'script.advanced': { state: string; mood: number };
  /** Guided mode only: suggested replies and hints for where the contact is now. */
  'guidance.offered': { hints: { it: string; en: string }[]; suggestions: { text: string; quality?: 'good' | 'poor' }[] };
  'wrapup.submitted': { disposition: string; notes: string; followUp: string };
  /** Ended by an instructor: who, for the audit of who was inside the call. */
  'session.ended': { outcome: string; instructorId?: string; instructorName?: string };
  /** The instructor's whisper: the trainee reads it in the console; the caller never hears it. */
  'coach.whispered': { text: string; instructorId: string; instructorName: string };
  /** The instructor stopped the scene: the caller's timers stand still and the trainee's console waits. */
  'coach.paused': { instructorId: string; instructorName: string };
  'coach.unpaused': { instructorId: string; instructorName: string };
  /** The instructor injected one of the scenario's twists: the caller reacts as the twist says. */
  'coach.twisted': { twist: string; instructorId: string; instructorName: string };
  /** The instructor took over the caller: the script waits (no scripted line, no timer) until it is handed back. */
  'coach.tookOver': { instructorId: string; instructorName: string };
  /** A line the instructor typed as the caller, in the mood they picked: the trainee hears it as the caller's `caller.said`. */
  'coach.playedCaller': { text: string; mood: number; instructorId: string; instructorName: string };
  /** The instructor handed the caller back to the script, which goes on from the state they chose. */
  'coach.handedBack': { state: string; instructorId: string; instructorName: string };
}

export type SessionEventType = keyof SessionEventPayloads;

/** The vocabulary's console events must be events of the log: this fails to compile if one is not. */
type UnknownConsoleEvent = Exclude<ConsoleEventType, SessionEventType>;
export const consoleEventsAreLogEvents: [UnknownConsoleEvent] extends [never] ? true : never = true;

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
export const observerOnlyEvents: readonly SessionEventType[] = [
  'script.advanced',
  'coach.twisted',
  // The trainee hears only the caller: that an instructor plays it is never sent to the console.
  'coach.tookOver',
  'coach.playedCaller',
  'coach.handedBack',
];

export function isEvent<T extends SessionEventType>(event: SessionEvent, type: T): event is Extract<SessionEvent, { type: T }> {
  return event.type === type;
}
