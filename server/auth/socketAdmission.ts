import type { AppContext } from '../appContext.js';
import { rooms, type LabServer } from '../gateway/types.js';

/**
 * Who may open a socket, and when it is closed. The handshake carries the same httpOnly cookie as
 * HTTP and is checked the same way (expired, revoked or pending a password change: no socket); when a
 * user's logins are revoked, every socket they have open is closed at once.
 */
export function admitSockets(io: LabServer, context: AppContext): void {
  io.use((socket, next) => {
    const user = context.userOf(socket.request.headers.cookie);
    if (!user) return next(new Error('UNAUTHENTICATED'));
    socket.data.user = user;
    next();
  });
  context.users.onLoginsRevoked((userId) => io.in(rooms.trainee(userId)).disconnectSockets(true));
}
