import type { TraineeAction } from '../../protocol/actions.js';
import { emailPattern, phonePattern } from '../../protocol/fieldPatterns.js';
import type { SessionEventPayloads, SessionEventType, Speaker } from '../../protocol/events.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { CompanyDesk } from '../company/desk.js';
import { matchIntents } from '../matcher/matchIntent.js';
import type { CallPhase } from '../projection/callView.js';
import type { SessionCore } from './sessionCore.js';

/** An event decided but not yet stamped with its sequence number and time. */
export type PendingEvent = {
  [T in SessionEventType]: { type: T; by: Speaker; data: SessionEventPayloads[T]; actionId?: string };
}[SessionEventType];

export const pending = <T extends SessionEventType>(type: T, by: Speaker, data: SessionEventPayloads[T]): PendingEvent =>
  ({ type, by, data }) as PendingEvent;

const byTrainee = <T extends SessionEventType>(type: T, data: SessionEventPayloads[T]) => ok(pending(type, 'trainee', data));

/** What a record's field may hold: a phone number, an e-mail address, an address, or a yes/no consent. */
function invalidFieldValue(field: string, value: string): string | null {
  if (field === 'privacyConsent' || field === 'marketingConsent') return value === 'true' || value === 'false' ? null : `${field} must be "true" or "false".`;
  if (field === 'email') return emailPattern.test(value) ? null : 'The e-mail address is not valid.';
  if (field === 'phone') return phonePattern.test(value) ? null : 'The phone number is not valid.';
  return value.length >= 5 ? null : 'The address is too short.';
}

/** Checks a trainee action against the call's phase and the company's data, and turns it into the event it records. */
export function decideTraineeAction(core: SessionCore, desk: CompanyDesk, action: TraineeAction): Result<PendingEvent> {
  const { phase, tickets } = core.view;
  const { departments, dispositions, ticketCategories } = desk.directory;
  const allowedIn = (allowed: CallPhase[], what: string) => (allowed.includes(phase) ? null : fail('INVALID_STATE', `Cannot ${what} now: the contact is ${phase}.`));
  const live = ['talking', 'onHold'] as CallPhase[];
  const consoleOpen = ['talking', 'onHold', 'wrapUp'] as CallPhase[];
  const unknown = (what: string, id: string) => fail('NOT_FOUND', `No ${what} ${id}.`);

  switch (action.type) {
    case 'call.answer':
      return allowedIn(['ringing'], 'answer') ?? byTrainee('call.answered', {});
    case 'reply':
      // Muted, the caller hears nothing: a real softphone would not carry the words either.
      if (core.view.muted) return fail('INVALID_STATE', 'Your microphone is muted: unmute to speak to the caller.');
      if (core.scenario.channel === 'email') return fail('INVALID_STATE', 'This contact is an e-mail: answer it with an e-mail.');
      return allowedIn(['talking'], 'reply') ?? byTrainee('trainee.replied', { text: action.text, intents: matchIntents(action.text, core.scenario.intents, core.scenario.language) });
    case 'customer.search':
      return allowedIn(consoleOpen, 'search') ?? byTrainee('customer.searched', { query: action.query, results: desk.searchCustomers(action.query) });
    case 'customer.open': {
      const record = desk.customer(action.customerId);
      if (!record) return unknown('customer', action.customerId);
      return allowedIn(consoleOpen, 'open a record') ?? byTrainee('customer.opened', { customerId: record.id, record, history: desk.customerHistory(record.id) });
    }
    case 'identity.verify':
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      return allowedIn(live, 'verify identity') ?? byTrainee('identity.verified', { customerId: action.customerId, checks: [...new Set(action.checks)] });
    case 'product.search':
      return (
        allowedIn(consoleOpen, 'search') ??
        byTrainee('product.searched', {
          query: action.query,
          results: desk.searchProducts(action.query, { category: action.category, maxPrice: action.maxPrice, availableOnly: action.availableOnly }),
        })
      );
    case 'product.open': {
      const product = desk.product(action.productId);
      if (!product) return unknown('product', action.productId);
      return allowedIn(consoleOpen, 'open a product sheet') ?? byTrainee('product.opened', { productId: product.id, product });
    }
    case 'kb.search':
      return allowedIn(consoleOpen, 'search') ?? byTrainee('kb.searched', { query: action.query, results: desk.searchArticles(action.query) });
    case 'kb.open': {
      const article = desk.article(action.articleId);
      if (!article) return unknown('article', action.articleId);
      return allowedIn(consoleOpen, 'open an article') ?? byTrainee('kb.opened', { articleId: article.id, article });
    }
    case 'ticket.create': {
      if (action.customerId !== null && !desk.customer(action.customerId)) return unknown('customer', action.customerId);
      if (!ticketCategories.some((c) => c.code === action.category)) return fail('BAD_REQUEST', `Unknown ticket category ${action.category}.`);
      const { type: _type, ...fields } = action;
      return allowedIn(consoleOpen, 'create a ticket') ?? byTrainee('ticket.created', { ticketId: `TK-${tickets.length + 1}`, ...fields });
    }
    case 'ticket.escalate': {
      const ticket = tickets.find((t) => t.ticketId === action.ticketId);
      if (!ticket) return fail('NOT_FOUND', `No ticket ${action.ticketId} in this session.`);
      if (ticket.status === 'escalated') return fail('INVALID_STATE', `Ticket ${action.ticketId} is already escalated.`);
      if (!departments.some((d) => d.id === action.department)) return fail('BAD_REQUEST', `Unknown department ${action.department}.`);
      const { type: _type, ...fields } = action;
      return allowedIn(consoleOpen, 'escalate') ?? byTrainee('ticket.escalated', fields);
    }
    case 'email.send': {
      if (action.template !== null && !desk.directory.emailTemplates.some((template) => template.id === action.template)) {
        return fail('BAD_REQUEST', `Unknown e-mail template ${action.template}.`);
      }
      const { type: _type, ...fields } = action;
      return allowedIn(consoleOpen, 'send an e-mail') ?? byTrainee('email.sent', fields);
    }
    case 'message.deliver': {
      if (!desk.isRecipient(action.recipient)) return fail('BAD_REQUEST', `Unknown recipient ${action.recipient}.`);
      const { type: _type, ...fields } = action;
      return allowedIn(consoleOpen, 'deliver a message') ?? byTrainee('message.delivered', fields);
    }
    case 'call.transfer':
      if (core.scenario.channel === 'email') return fail('INVALID_STATE', 'An e-mail cannot be transferred: forward it as a ticket or an e-mail.');
      if (!departments.some((d) => d.id === action.department)) return fail('BAD_REQUEST', `Unknown department ${action.department}.`);
      return allowedIn(live, 'transfer') ?? byTrainee('call.transferred', { department: action.department, note: action.note ?? '' });
    case 'call.mute':
      return core.view.muted ? fail('INVALID_STATE', 'The microphone is already muted.') : (allowedIn(['talking'], 'mute') ?? byTrainee('call.muted', {}));
    case 'call.unmute':
      return core.view.muted ? (allowedIn(['talking', 'onHold'], 'unmute') ?? byTrainee('call.unmuted', {})) : fail('INVALID_STATE', 'The microphone is not muted.');
    case 'ticket.update': {
      const ticket = tickets.find((t) => t.ticketId === action.ticketId);
      if (!ticket) return fail('NOT_FOUND', `No ticket ${action.ticketId} in this session.`);
      const { ticketId, note } = action;
      return allowedIn(consoleOpen, 'update a ticket') ?? byTrainee('ticket.updated', { ticketId, note, priority: action.priority ?? null, status: action.status ?? null });
    }
    case 'customer.update': {
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      const invalid = invalidFieldValue(action.field, action.value);
      if (invalid) return fail('BAD_REQUEST', invalid);
      const { type: _type, ...fields } = action;
      return allowedIn(consoleOpen, 'update a record') ?? byTrainee('customer.updated', fields);
    }
    case 'order.place': {
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      const items = action.items.map(({ productId, quantity }) => ({ product: desk.product(productId), productId, quantity }));
      const missing = items.find((item) => !item.product);
      if (missing) return unknown('product', missing.productId);
      const lines = items.map(({ product, productId, quantity }) => ({ productId, name: product!.name, quantity, unitPrice: product!.price }));
      const total = Math.round(lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) * 100) / 100;
      const orderId = `ORD-S-${core.view.orders.length + 1}`;
      const { deliveryAddress, paymentMethod, customerId } = action;
      return allowedIn(consoleOpen, 'place an order') ?? byTrainee('order.placed', { orderId, customerId, items: lines, total, deliveryAddress, paymentMethod });
    }
    case 'order.cancel': {
      const known = desk.order(action.orderId) ?? core.view.orders.find((order) => order.orderId === action.orderId);
      if (!known) return unknown('order', action.orderId);
      // Only the open record's orders can be cancelled: an id typed from someone else's file is refused.
      const ownerId = 'customerId' in known ? known.customerId : desk.orderOwner(action.orderId);
      if (core.view.openRecord === null || ownerId !== core.view.openRecord.id) {
        return fail('FORBIDDEN', `Order ${action.orderId} is not an order of the customer whose record is open.`);
      }
      if (core.view.cancelledOrders.includes(action.orderId)) return fail('INVALID_STATE', `Order ${action.orderId} is already cancelled.`);
      return allowedIn(consoleOpen, 'cancel an order') ?? byTrainee('order.cancelled', { orderId: action.orderId, reason: action.reason });
    }
    case 'call.hold':
      if (core.scenario.channel === 'email') return fail('INVALID_STATE', 'An e-mail cannot be put on hold.');
      return allowedIn(['talking'], 'hold') ?? byTrainee('call.held', {});
    case 'call.resume':
      return allowedIn(['onHold'], 'resume') ?? byTrainee('call.resumed', {});
    case 'call.hangUp':
      return allowedIn(['ringing', 'talking', 'onHold'], 'hang up') ?? byTrainee('call.hungUp', { party: 'trainee' });
    case 'wrapup.submit':
      if (!dispositions.some((d) => d.code === action.disposition)) return fail('BAD_REQUEST', `Unknown disposition ${action.disposition}.`);
      return allowedIn(['wrapUp'], 'wrap up') ?? byTrainee('wrapup.submitted', { disposition: action.disposition, notes: action.notes, followUp: action.followUp ?? '' });
  }
}
