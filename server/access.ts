import { observerOnlyEvents, type SessionEvent } from '../protocol/events.js';
import { observerRoles, type PublicUser } from '../protocol/roles.js';

export const isObserver = (user: PublicUser) => observerRoles.includes(user.role);

/**
 * What a trainee may receive of an event: never the script's state, nor which intents their
 * reply matched while the call goes on (that would teach the answer key, not the job).
 */
export function eventForTrainee(event: SessionEvent): SessionEvent | null {
  if (observerOnlyEvents.includes(event.type)) return null;
  if (event.type === 'trainee.replied') return { ...event, data: { text: event.data.text, intents: [] } };
  // Which suggested replies are the good ones is for the debrief, not for the call.
  if (event.type === 'guidance.offered')
    return { ...event, data: { hints: event.data.hints, suggestions: event.data.suggestions.map(({ text }) => ({ text })) } };
  return event;
}

export const eventsFor = (user: PublicUser, events: readonly SessionEvent[]): SessionEvent[] =>
  isObserver(user) ? [...events] : events.flatMap((event) => eventForTrainee(event) ?? []);
