import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../protocol/socket.js';
import type { Ack, Result } from '../../../protocol/result.js';
import { i18next } from '../i18n/setup.js';

export type LabSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type RequestName = keyof ClientToServerEvents;
/** What a request sends: its schema's input type, as protocol/socket.ts declares it. */
export type RequestPayload<E extends RequestName> = Parameters<ClientToServerEvents[E]>[0];
export type AckData<E extends RequestName> = Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? T : never;

type Emitters = { [E in RequestName]: (socket: LabSocket, payload: RequestPayload<E>) => Promise<Result<AckData<E>>> };

/**
 * One emit per request, each naming its event: socket.io's types check a literal event name but cannot
 * follow a generic one, so `request` picks its emit here instead of casting socket.emit. A new event in
 * ClientToServerEvents does not compile until it has its line.
 */
const emitters: Emitters = {
  'session:join': (socket, payload) => socket.emitWithAck('session:join', payload),
  'session:leave': (socket, payload) => socket.emitWithAck('session:leave', payload),
  'session:act': (socket, payload) => socket.emitWithAck('session:act', payload),
  'session:launch': (socket, payload) => socket.emitWithAck('session:launch', payload),
  'session:cancel': (socket, payload) => socket.emitWithAck('session:cancel', payload),
  'session:score': (socket, payload) => socket.emitWithAck('session:score', payload),
  'agent:status': (socket, payload) => socket.emitWithAck('agent:status', payload),
  'roster:watch': (socket, payload) => socket.emitWithAck('roster:watch', payload),
  'sessions:watch': (socket, payload) => socket.emitWithAck('sessions:watch', payload),
  'scenario:rubric': (socket, payload) => socket.emitWithAck('scenario:rubric', payload),
  'class:open': (socket, payload) => socket.emitWithAck('class:open', payload),
  'session:practice': (socket, payload) => socket.emitWithAck('session:practice', payload),
  'session:release': (socket, payload) => socket.emitWithAck('session:release', payload),
  'session:whisper': (socket, payload) => socket.emitWithAck('session:whisper', payload),
  'session:intervene': (socket, payload) => socket.emitWithAck('session:intervene', payload),
  'wall:watch': (socket, payload) => socket.emitWithAck('wall:watch', payload),
  'queue:add': (socket, payload) => socket.emitWithAck('queue:add', payload),
  'queue:watch': (socket, payload) => socket.emitWithAck('queue:watch', payload),
  'session:twists': (socket, payload) => socket.emitWithAck('session:twists', payload),
  'session:twist': (socket, payload) => socket.emitWithAck('session:twist', payload),
  'session:mirror': (socket, payload) => socket.emitWithAck('session:mirror', payload),
  'session:takeOver': (socket, payload) => socket.emitWithAck('session:takeOver', payload),
  'session:playCaller': (socket, payload) => socket.emitWithAck('session:playCaller', payload),
  'session:handBackStates': (socket, payload) => socket.emitWithAck('session:handBackStates', payload),
  'session:handBack': (socket, payload) => socket.emitWithAck('session:handBack', payload),
};

const defaultTimeoutMs = 10_000;

/**
 * Sends one request and resolves with its ack; a missing ack becomes an error result, so callers
 * only ever handle `Result`. socket.io queues the emit while disconnected and sends it on reconnect.
 */
export function request<E extends RequestName>(
  socket: LabSocket,
  event: E,
  payload: RequestPayload<E>,
  timeoutMs = defaultTimeoutMs,
): Promise<Result<AckData<E>>> {
  // Not socket.timeout(): its emitWithAck is typed `any` in socket.io-client 4.8, which would unhook the ack's type.
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      resolve({ ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.timeout') } });
    }, timeoutMs);
    void emitters[event](socket, payload).then((result) => {
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
