import type { SessionEventPayloads, SessionEventType, Speaker } from '../../protocol/events.js';

/** An event decided but not yet stamped with its sequence number and time. */
export type PendingEvent = {
  [T in SessionEventType]: { type: T; by: Speaker; data: SessionEventPayloads[T]; actionId?: string };
}[SessionEventType];

export const pending = <T extends SessionEventType>(type: T, by: Speaker, data: SessionEventPayloads[T]): PendingEvent =>
  ({ type, by, data }) as PendingEvent;
