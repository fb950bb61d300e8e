import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/socket.js';
import type { PublicUser } from '../../protocol/roles.js';

export interface SocketData {
  user: PublicUser;
}

// eslint-style empty map: the lab has no server-to-server events yet.
export type InterServerEvents = Record<never, never>;
export type LabServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type LabSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const rooms = {
  trainee: (userId: string) => `user:${userId}`,
  observers: (sessionId: string) => `session:${sessionId}:observers`,
  traineeSeat: (sessionId: string) => `session:${sessionId}:trainee`,
  instructors: 'floor:instructors',
  sessionWatchers: 'floor:session-watchers',
  wall: 'floor:wall',
} as const;
