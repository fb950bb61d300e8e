import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../protocol/socket.js';
import type { Ack, Result } from '../../../protocol/result.js';
import { i18next } from '../i18n/setup.js';

export type LabSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type RequestName = keyof ClientToServerEvents;
export type AckData<E extends RequestName> = Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? T : never;

const defaultTimeoutMs = 10_000;

/**
 * Sends one request and resolves with its ack; a missing ack becomes an error result, so callers
 * only ever handle `Result`. socket.io queues the emit while disconnected and sends it on reconnect.
 */
export function request<E extends RequestName>(
  socket: LabSocket,
  event: E,
  payload: unknown,
  timeoutMs = defaultTimeoutMs,
): Promise<Result<AckData<E>>> {
  // socket.io's emit types cannot follow a generic event name, so the call goes through one plain signature.
  const emit = socket.emit.bind(socket) as unknown as (name: E, body: unknown, ack: (result: Result<AckData<E>>) => void) => void;
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      resolve({ ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.timeout') } });
    }, timeoutMs);
    emit(event, payload, (result) => {
      window.clearTimeout(timer);
      resolve(result);
    });
  });
}

/** Ids for trainee actions: the server applies an action once per id, so a resend is harmless. */
export function newActionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replaceAll('-', '');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
