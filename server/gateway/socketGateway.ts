import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { summarizeScenario } from '../../scenarios/format/summarizeScenario.js';
import { eventForTrainee } from '../access.js';
import { canViewSession } from '../classScope.js';
import type { AppContext } from '../appContext.js';
import { admitSockets } from '../auth/socketAdmission.js';
import { registerFloorHandlers } from './floorHandlers.js';
import { limitSocketEvents } from './eventRateLimit.js';
import { isSameOrigin } from '../auth/sameOrigin.js';
import { agentStatusOf, rosterOf } from './roster.js';
import { registerSessionHandlers } from './sessionHandlers.js';
import { registerReviewHandlers } from './reviewHandlers.js';
import { registerCoachHandlers } from './coachHandlers.js';
import { registerTakeOverHandlers } from './takeOverHandlers.js';
import { registerAuditHandlers } from './auditHandlers.js';
import { createLiveWall } from '../wall/liveWall.js';
import { pushQueues, registerQueueHandlers } from './queueHandlers.js';
import { watchSchema } from '../../protocol/socket.js';
import { handle } from './handle.js';
import { debriefFor } from '../debriefRelease.js';
import { rooms, type LabServer } from './types.js';
import type { SessionRecord } from '../store/documents.js';

/** Largest payload the protocol sends: a reply or a ticket description is a few KB at most. */
const maxPayloadBytes = 64 * 1024;
/** Events after which the trainee's agent status (ringing, on call, on hold, wrap-up) is different. */
const phaseChanging = new Set<string>([
  'call.offered',
  'call.answered',
  'call.held',
  'call.resumed',
  'call.hungUp',
  'call.transferred',
  'email.closed',
]);

export function createSocketGateway(httpServer: HttpServer, context: AppContext, eventsPerSecond: number): LabServer {
  const io: LabServer = new Server(httpServer, {
    maxHttpBufferSize: maxPayloadBytes,
    serveClient: false,
    // A page on another site must not open a socket with the trainee's cookie.
    allowRequest: (req, callback) => callback(null, isSameOrigin(req.headers.origin, req.headers.host)),
  });

  // The handshake carries the same httpOnly cookie as HTTP; no valid login, no socket; a revoked login closes its sockets.
  admitSockets(io, context);

  const membersOf = (room: string) => [...(io.sockets.adapter.rooms.get(room) ?? [])].flatMap((id) => io.sockets.sockets.get(id) ?? []);

  // A class launch changes the roster many times in a few milliseconds: send it once, and only if someone watches.
  let rosterQueued = false;
  const rosterChanged = () => {
    if (rosterQueued) return;
    rosterQueued = true;
    setTimeout(() => {
      rosterQueued = false;
      // Each instructor sees the classes they run: the roster is cut per watcher.
      for (const watcher of membersOf(rooms.instructors)) watcher.emit('roster:update', rosterOf(context, watcher.data.user));
    }, 50).unref();
  };
  const incomingCall = (traineeId: string) => {
    const session = context.registry.liveSessionOf(traineeId);
    const record = session && context.registry.record(session.id);
    const scenario = record && context.registry.scenarioOf(record);
    return record && scenario ? { session: context.registry.summary(record), scenario: summarizeScenario(scenario) } : null;
  };

  // Launches and ends reach every observer: batched, a class launch is one message, not one per call.
  const updatedSessions = new Map<string, SessionRecord>();
  const sessionUpdated = (record: SessionRecord) => {
    if (updatedSessions.size === 0) {
      setTimeout(() => {
        const batch = [...updatedSessions.values()].map((queued) => context.registry.summary(queued));
        updatedSessions.clear();
        // Each list hears of the sessions its viewer may read, and of no other class's.
        for (const watcher of membersOf(rooms.sessionWatchers)) {
          const visible = batch.filter((summary) => canViewSession(watcher.data.user, summary, context.documents.data));
          if (visible.length > 0) watcher.emit('session:updated', visible);
        }
        // Whoever watches one call (and no list) still learns when it ends.
        for (const summary of batch) io.to(rooms.observers(summary.id)).except(rooms.sessionWatchers).emit('session:updated', [summary]);
      }, 50).unref();
    }
    updatedSessions.set(record.id, record);
  };

  // Socket.IO encodes a message before it looks for recipients: an empty room is checked first.
  const anyoneIn = (room: string, except: string | null = null) => {
    const members = io.sockets.adapter.rooms.get(room);
    return members !== undefined && members.size > (except !== null && members.has(except) ? 1 : 0);
  };

  const wall = createLiveWall(io, context);
  // Queue changes come in bursts (a class's worth of callers ringing): one push per burst.
  let queueQueued = false;
  context.queue.changed = () => {
    if (queueQueued) return;
    queueQueued = true;
    setTimeout(() => {
      queueQueued = false;
      pushQueues(io, context);
    }, 50).unref();
  };

  context.registry.listeners = {
    events(session, events, origin) {
      wall.moved(session.id);
      const answered = events.find((event) => event.type === 'call.answered');
      if (answered) context.queue.answered(session.id, answered.at);
      // One message per room for everything an action caused: at a thousand calls, messages are the cost.
      if (anyoneIn(rooms.observers(session.id)))
        io.to(rooms.observers(session.id)).emit('session:events', { sessionId: session.id, events });
      // The socket that acted has them in its ack; the seat's other sockets (another tab) get them here.
      const seat = rooms.traineeSeat(session.id);
      if (anyoneIn(seat, origin)) {
        const forTrainee = events.flatMap((event) => eventForTrainee(event) ?? []);
        if (forTrainee.length > 0)
          io.to(seat)
            .except(origin ?? [])
            .emit('session:events', { sessionId: session.id, events: forTrainee });
      }
      if (events.some((event) => phaseChanging.has(event.type))) {
        io.to(rooms.trainee(session.traineeId)).emit('agent:status', { status: agentStatusOf(context, session.traineeId) });
        rosterChanged();
      }
    },
    updated(record) {
      sessionUpdated(record);
      if (record.status === 'live') wall.moved(record.id);
      else wall.left(record.id);
      const call = record.status === 'live' ? incomingCall(record.traineeId) : null;
      if (call) io.to(rooms.trainee(record.traineeId)).emit('call:incoming', call);
    },
    ended(record, score) {
      // After a call they answered, the trainee reads the debrief before the next call comes; a call that
      // only rang (cancelled, or the caller gave up) leaves them as they were.
      if (score.status === 'scored') context.presence.callEnded(record.traineeId, record.endedAt ?? context.clock.now());
      io.to(rooms.trainee(record.traineeId)).emit('session:debrief', {
        sessionId: record.id,
        score: debriefFor('trainee', context.reviews, record, score),
      });
      io.to(rooms.trainee(record.traineeId)).emit('agent:status', { status: agentStatusOf(context, record.traineeId) });
      rosterChanged();
    },
  };

  io.on('connection', (socket) => {
    const user = socket.data.user;
    void socket.join(rooms.trainee(user.id));
    limitSocketEvents(socket, eventsPerSecond);
    registerSessionHandlers(socket, context);
    registerFloorHandlers(socket, context, rosterChanged);
    registerReviewHandlers(socket, context);
    registerCoachHandlers(socket, context);
    registerTakeOverHandlers(socket, context);
    registerQueueHandlers(socket, context);
    registerAuditHandlers(socket, context);
    socket.on(
      'wall:watch',
      handle(user, watchSchema, ['instructor', 'admin'], async () => {
        await socket.join(rooms.wall);
        return { ok: true, data: { now: context.clock.now(), cards: wall.cardsFor(user) } };
      }),
    );
    if (user.role === 'trainee') {
      context.presence.connected(user.id, context.clock.now());
      void context.queue.distribute();
      socket.emit('agent:status', { status: agentStatusOf(context, user.id) });
      // A trainee who reconnects mid-call finds the call again.
      const call = incomingCall(user.id);
      if (call) socket.emit('call:incoming', call);
      rosterChanged();
      socket.on('disconnect', () => {
        context.presence.disconnected(user.id);
        rosterChanged();
      });
    }
  });
  return io;
}
