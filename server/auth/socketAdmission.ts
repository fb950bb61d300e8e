import type { AppContext } from '../appContext.js';
import { rooms, type LabServer } from '../gateway/types.js';

/** Sockets one user may hold open: a console in a few tabs, never a runaway script's thousands. */
export const socketsPerUser = 10;

/**
 * Who may open a socket, and when it is closed. The handshake carries the same httpOnly cookie as
 * HTTP and is checked the same way (expired, revoked or pending a password change: no socket); a user
 * past `socketsPerUser` is refused; when a user's logins are revoked, every socket they have open is
 * closed at once.
 */
export function admitSockets(io: LabServer, context: AppContext): void {
  io.use((socket, next) => {
    const user = context.userOf(socket.request.headers.cookie);
    if (!user) return next(new Error('UNAUTHENTICATED'));
    const room = rooms.trainee(user.id);
    if ((io.sockets.adapter.rooms.get(room)?.size ?? 0) >= socketsPerUser) {
      const message = `Already ${socketsPerUser} connections open for this user: close a tab or window and retry.`;
      return next(Object.assign(new Error('TOO_MANY_CONNECTIONS'), { data: { message } }));
    }
    socket.data.user = user;
    // Joined here rather than on connection, so two handshakes at once cannot both pass the count.
    void socket.join(room);
    next();
  });
  context.users.onLoginsRevoked((userId) => io.in(rooms.trainee(userId)).disconnectSockets(true));
}
