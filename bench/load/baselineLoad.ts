import type { Socket } from 'socket.io-client';
import type { EchoClientToServer, EchoServerToClient } from '../baseline/echoProtocol.js';
import { connectSocket, inBatches } from './connect.js';
import { MeasuringWindow, now } from './measuringWindow.js';
import { think } from './think.js';
import type { BaselineLoadConfig, CheckpointName, LoadResult, WindowEdge } from './messages.js';

type EchoClient = Socket<EchoServerToClient, EchoClientToServer>;

/** N acting sockets, each sending the script's actions back to back (ack, then next) to the echo server. */
export async function runBaselineLoad(
  config: BaselineLoadConfig,
  checkpoint: (name: CheckpointName) => Promise<void>,
  onEdge: (edge: WindowEdge) => void,
): Promise<LoadResult> {
  const window = new MeasuringWindow(config.warmupMs, config.windowMs, onEdge);
  const pairs = Array.from({ length: config.n }, (_, i) => String(i));
  const connectStarted = now();
  const connect = (pair: string, role: 'trainee' | 'observer') =>
    connectSocket(config.url, { query: { pair, role }, onServerMessage: () => window.serverMessage() });
  const observers: EchoClient[] = await inBatches(pairs, 50, (pair) => connect(pair, 'observer'));
  const actors: EchoClient[] = await inBatches(pairs, 50, (pair) => connect(pair, 'trainee'));
  const connectMs = now() - connectStarted;
  for (const observer of observers) observer.on('session:event', () => window.observerEvent());
  await checkpoint('connected');

  window.begin();
  let counter = 0;
  const loops = Promise.all(
    actors.map(async (socket, index) => {
      for (let step = 0; !window.over; step = (step + 1) % config.actions.length) {
        await think(config.thinkMs);
        const sentAt = now();
        const actionId = `bench-${index}-${++counter}`;
        try {
          await socket.timeout(30_000).emitWithAck('session:act', { sessionId: `pair-${index}`, actionId, action: config.actions[step]! });
          window.ack(sentAt, null);
        } catch {
          window.ack(sentAt, 'NO_ACK');
        }
      }
    }),
  );
  await window.closed();
  await Promise.race([loops, new Promise((resolve) => setTimeout(resolve, 3000))]);
  for (const socket of [...observers, ...actors]) socket.disconnect();
  return window.result({ connectMs, launchMs: null }, config.n, false);
}
