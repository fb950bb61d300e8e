import type { CustomerRecord, SessionEvent } from '../../protocol/events.js';
import type { CallView } from './callView.js';

export const emptyCallView = (): CallView => ({
  phase: 'ringing',
  lastSeq: 0,
  launchedAt: null,
  offeredAt: null,
  answeredAt: null,
  hungUpAt: null,
  endedAt: null,
  callerNumber: null,
  queue: null,
  channel: 'phone',
  subject: null,
  mode: 'standard',
  transcript: [],
  actions: [],
  lastSearch: null,
  openRecord: null,
  openHistory: null,
  customerEdits: {},
  orders: [],
  cancelledOrders: [],
  verified: null,
  lastProductSearch: null,
  openProduct: null,
  lastArticleSearch: null,
  openArticle: null,
  tickets: [],
  emails: [],
  messages: [],
  transferredTo: null,
  transferNote: null,
  guidance: null,
  holdStartedAt: null,
  muted: false,
  holdMs: 0,
  hungUpBy: null,
  wrapup: null,
  outcome: null,
  scriptState: null,
  mood: null,
});

/** The record as this session sees it: the shared data with the session's own corrections on top. */
function withEdits(record: CustomerRecord, edits: Record<string, string> | undefined): CustomerRecord {
  if (!edits) return record;
  const consent = (field: 'privacyConsent' | 'marketingConsent') => (edits[field] === undefined ? record[field] : edits[field] === 'true');
  return {
    ...record,
    phone: edits.phone ?? record.phone,
    email: edits.email ?? record.email,
    address: edits.address ?? record.address,
    privacyConsent: consent('privacyConsent'),
    marketingConsent: consent('marketingConsent'),
  };
}

/** A copy whose lists the fold may grow in place without touching `view`. */
function draftOf(view: CallView): CallView {
  return {
    ...view,
    transcript: [...view.transcript],
    actions: [...view.actions],
    tickets: [...view.tickets],
    emails: [...view.emails],
    messages: [...view.messages],
    orders: [...view.orders],
    cancelledOrders: [...view.cancelledOrders],
  };
}

/**
 * Folds one event into a draft view, growing its lists in place: one copy per live event, and
 * none at all when a whole log is projected at once (the replay seeks in linear time).
 */
function fold(next: CallView, event: SessionEvent): void {
  next.lastSeq = event.seq;
  const act = (detail: string) => {
    next.actions.push({ seq: event.seq, at: event.at, type: event.type, detail });
  };
  switch (event.type) {
    case 'session.launched':
      next.launchedAt = event.at;
      next.mode = event.data.mode;
      break;
    case 'call.offered':
      next.offeredAt = event.at;
      next.callerNumber = event.data.callerNumber;
      next.queue = event.data.queue;
      next.channel = event.data.channel;
      next.subject = event.data.subject;
      next.phase = 'ringing';
      break;
    case 'call.answered':
      next.answeredAt = event.at;
      next.phase = 'talking';
      act('answered');
      break;
    case 'caller.said':
      next.transcript.push({ seq: event.seq, at: event.at, speaker: 'caller', text: event.data.text });
      break;
    case 'trainee.replied': {
      const line = { seq: event.seq, at: event.at, speaker: 'trainee' as const, text: event.data.text };
      next.transcript.push(event.data.intents.length ? { ...line, intents: event.data.intents } : line);
      break;
    }
    case 'customer.searched':
      next.lastSearch = { query: event.data.query, results: event.data.results };
      act(`"${event.data.query}" → ${event.data.results.length}`);
      break;
    case 'customer.opened':
      next.openRecord = withEdits(event.data.record, next.customerEdits[event.data.customerId]);
      next.openHistory = event.data.history;
      act(`${event.data.record.customerCode} ${event.data.record.fullName}`);
      break;
    case 'customer.updated': {
      const edits = { ...next.customerEdits[event.data.customerId], [event.data.field]: event.data.value };
      next.customerEdits = { ...next.customerEdits, [event.data.customerId]: edits };
      if (next.openRecord?.id === event.data.customerId) next.openRecord = withEdits(next.openRecord, edits);
      act(`${event.data.customerId} ${event.data.field} = ${event.data.value}`);
      break;
    }
    case 'order.placed':
      next.orders.push({ seq: event.seq, ...event.data });
      act(`${event.data.orderId} ${event.data.items.map((item) => `${item.quantity}× ${item.name}`).join(', ')}`);
      break;
    case 'order.cancelled':
      next.cancelledOrders.push(event.data.orderId);
      act(`${event.data.orderId}: ${event.data.reason}`);
      break;
    case 'product.searched':
      next.lastProductSearch = { query: event.data.query, results: event.data.results };
      act(`"${event.data.query}" → ${event.data.results.length}`);
      break;
    case 'product.opened':
      next.openProduct = event.data.product;
      act(`${event.data.productId} ${event.data.product.name}`);
      break;
    case 'kb.searched':
      next.lastArticleSearch = { query: event.data.query, results: event.data.results };
      act(`"${event.data.query}" → ${event.data.results.length}`);
      break;
    case 'kb.opened':
      next.openArticle = event.data.article;
      act(`${event.data.articleId} ${event.data.article.title}`);
      break;
    case 'email.sent':
      next.emails.push({ seq: event.seq, at: event.at, ...event.data });
      act(`${event.data.to}: ${event.data.subject}`);
      break;
    case 'message.delivered':
      next.messages.push({ seq: event.seq, at: event.at, ...event.data });
      act(`${event.data.recipient}: ${event.data.callerName}`);
      break;
    case 'call.transferred':
      if (next.holdStartedAt !== null) next.holdMs = next.holdMs + event.at - next.holdStartedAt;
      next.holdStartedAt = null;
      next.phase = 'wrapUp';
      next.hungUpAt = event.at;
      next.hungUpBy = 'trainee';
      next.transferredTo = event.data.department;
      next.transferNote = event.data.note;
      next.muted = false;
      act(event.data.department);
      break;
    case 'call.muted':
      next.muted = true;
      act('muted');
      break;
    case 'call.unmuted':
      next.muted = false;
      act('unmuted');
      break;
    case 'ticket.updated':
      next.tickets = next.tickets.map((ticket) =>
        ticket.ticketId === event.data.ticketId
          ? {
              ...ticket,
              priority: event.data.priority ?? ticket.priority,
              status: event.data.status === 'closed' ? 'closed' : event.data.status === 'open' && ticket.status === 'closed' ? 'open' : ticket.status,
              updates: [...ticket.updates, { seq: event.seq, note: event.data.note, priority: event.data.priority, status: event.data.status }],
            }
          : ticket,
      );
      act(`${event.data.ticketId}: ${event.data.note}`);
      break;
    case 'guidance.offered':
      next.guidance = event.data;
      break;
    case 'identity.verified':
      next.verified = { customerId: event.data.customerId, checks: event.data.checks, seq: event.seq };
      act(`${event.data.customerId}: ${event.data.checks.join(', ')}`);
      break;
    case 'ticket.created':
      next.tickets.push({ ...event.data, createdSeq: event.seq, status: 'open', escalation: null, updates: [] });
      act(`${event.data.ticketId} ${event.data.category}/${event.data.priority}: ${event.data.subject}`);
      break;
    case 'ticket.escalated':
      next.tickets = next.tickets.map((ticket) =>
        ticket.ticketId === event.data.ticketId
          ? { ...ticket, status: 'escalated', escalation: { department: event.data.department, note: event.data.note, seq: event.seq } }
          : ticket,
      );
      act(`${event.data.ticketId} → ${event.data.department}`);
      break;
    case 'call.held':
      next.phase = 'onHold';
      next.holdStartedAt = event.at;
      act('hold');
      break;
    case 'call.resumed':
      next.phase = 'talking';
      next.holdMs = next.holdMs + (next.holdStartedAt === null ? 0 : event.at - next.holdStartedAt);
      next.holdStartedAt = null;
      act('resume');
      break;
    case 'call.hungUp':
      if (next.holdStartedAt !== null) next.holdMs = next.holdMs + event.at - next.holdStartedAt;
      next.holdStartedAt = null;
      next.phase = 'wrapUp';
      next.hungUpAt = event.at;
      next.hungUpBy = event.data.party;
      next.muted = false;
      act(event.data.party);
      break;
    case 'timer.expired':
      break;
    case 'script.advanced':
      next.scriptState = event.data.state;
      next.mood = event.data.mood;
      break;
    case 'wrapup.submitted':
      next.wrapup = { disposition: event.data.disposition, notes: event.data.notes, followUp: event.data.followUp };
      act(event.data.disposition);
      break;
    case 'session.ended':
      next.phase = 'ended';
      next.endedAt = event.at;
      next.outcome = event.data.outcome;
      break;
  }
}

/** Folds one event into the view. Pure: the live console, the mirror and the replay all use it. */
export function applyEvent(view: CallView, event: SessionEvent): CallView {
  const next = draftOf(view);
  fold(next, event);
  return next;
}

export function projectCall(events: readonly SessionEvent[]): CallView {
  const view = emptyCallView();
  for (const event of events) fold(view, event);
  return view;
}

/** The view just after the event with sequence number `seq`: what the replay shows at that moment. */
export function projectCallAt(events: readonly SessionEvent[], seq: number): CallView {
  return projectCall(events.filter((event) => event.seq <= seq));
}
