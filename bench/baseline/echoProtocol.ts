import type { TraineeAction } from '../../protocol/actions.js';

/** The bare transport's messages: the same shapes and sizes as the lab's, with no work behind them. */
export interface EchoAct {
  sessionId: string;
  actionId: string;
  action: TraineeAction;
}

export interface EchoEvent {
  seq: number;
  at: number;
  type: TraineeAction['type'];
  by: 'trainee';
  actionId: string;
  data: TraineeAction;
}

export interface EchoClientToServer {
  'session:act': (payload: EchoAct, ack: (result: { ok: true; data: { seq: number } }) => void) => void;
}

export interface EchoServerToClient {
  'session:event': (message: { sessionId: string; event: EchoEvent }) => void;
}

/** Handshake query: which pair a socket belongs to, and whether it acts or watches. */
export type EchoRole = 'trainee' | 'observer';
export const pairRoom = (pair: string) => `pair:${pair}`;
