import type { ConsoleEventType } from '../../protocol/vocabulary.js';
import type { Channel } from '../../protocol/vocabulary.js';
import type { ScriptTransition } from '../format/schema.js';

/** What the caller perceives itself: the call's own line (answered, held, resumed, passed on, dropped), and for an e-mail the reply it gets. */
const perceivedOnThePhone: readonly ConsoleEventType[] = ['call.answered', 'call.held', 'call.resumed', 'call.transferred', 'call.hungUp'];
const perceivedByEmail: readonly ConsoleEventType[] = ['email.sent', 'email.closed'];

/**
 * What a trainee must say for the caller to learn of a console action: what the caller would be told
 * ("I've opened a case for you"). Looking things up only makes the caller wait for the next words.
 */
const defaultCues: Partial<Record<ConsoleEventType, string>> = {
  'ticket.created': 'announceTicket',
  'ticket.escalated': 'announceEscalation',
  'ticket.updated': 'announceUpdate',
  'customer.updated': 'announceUpdate',
  'order.placed': 'announceOrder',
  'order.cancelled': 'announceCancellation',
  'message.delivered': 'announceMessage',
  'email.sent': 'announceEmail',
};

export const perceives = (channel: Channel, action: ConsoleEventType): boolean =>
  (channel === 'phone' ? perceivedOnThePhone : perceivedByEmail).includes(action);

/** The cue an action transition waits for (an intent or `*`: any reply), or null when the caller perceives the action itself. */
export function cueOf(channel: Channel, transition: ScriptTransition): string | null {
  if (!('action' in transition)) return null;
  if (transition.heard) return transition.heard;
  if (perceives(channel, transition.action)) return null;
  return defaultCues[transition.action] ?? '*';
}
