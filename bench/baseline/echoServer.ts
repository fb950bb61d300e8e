import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { pairRoom, type EchoClientToServer, type EchoServerToClient } from './echoProtocol.js';

/**
 * The baseline: a bare Socket.IO server that acknowledges every action and re-emits it to the room
 * of its pair's observer, as the lab does with a session's events. Runs as its own process.
 */
const port = Number(process.env.PORT ?? 0);
const httpServer = createServer();
const io = new Server<EchoClientToServer, EchoServerToClient>(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

io.on('connection', (socket) => {
  const pair = String(socket.handshake.query.pair ?? '');
  const room = pairRoom(pair);
  if (socket.handshake.query.role === 'observer') {
    void socket.join(room);
    return;
  }
  let seq = 0;
  socket.on('session:act', (payload, ack) => {
    seq += 1;
    const { actionId, action } = payload;
    io.to(room).emit('session:event', {
      sessionId: payload.sessionId,
      event: { seq, at: Date.now(), type: action.type, by: 'trainee', actionId, data: action },
    });
    ack({ ok: true, data: { seq } });
  });
});

httpServer.listen(port, '127.0.0.1', () => {
  const address = httpServer.address();
  console.log(`BENCH_BASELINE_READY ${typeof address === 'object' && address ? address.port : port}`);
});

const stop = () => void io.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
