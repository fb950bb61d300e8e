import type { Socket } from 'socket.io-client';
import type { TraineeAction } from '../../protocol/actions.js';
import type { Result } from '../../protocol/result.js';
import type { ClientToServerEvents, JoinedSession, ServerToClientEvents } from '../../protocol/socket.js';

export type LabClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** An ack that never comes is a failure of the run, not a hang: every request is bounded. */
const ackTimeoutMs = 120_000;

export const launch = (socket: LabClient, scenarioId: string, traineeIds: string[]): Promise<Result<{ sessionIds: string[] }>> =>
  socket.timeout(ackTimeoutMs).emitWithAck('session:launch', { scenarioId, traineeIds });

export const join = (socket: LabClient, sessionId: string): Promise<Result<JoinedSession>> =>
  socket.timeout(ackTimeoutMs).emitWithAck('session:join', { sessionId, sinceSeq: 0 });

export const leave = (socket: LabClient, sessionId: string): Promise<Result<null>> =>
  socket.timeout(ackTimeoutMs).emitWithAck('session:leave', { sessionId });

/** The trainee is ready for the next call, as the console's "Torna disponibile" says after a debrief. */
export const available = (socket: LabClient) => socket.timeout(ackTimeoutMs).emitWithAck('agent:status', { status: 'available' });

let counter = 0;
/** A client-made action id, unique in the run (the server applies a resent id once). */
export const nextActionId = (pair: number) => `bench-${pair}-${++counter}`;

export const act = (socket: LabClient, sessionId: string, pair: number, action: TraineeAction): Promise<Result<{ seq: number }>> =>
  socket.timeout(ackTimeoutMs).emitWithAck('session:act', { sessionId, actionId: nextActionId(pair), action });

/** Unwraps a result the bench cannot go on without. */
export function expectOk<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}
