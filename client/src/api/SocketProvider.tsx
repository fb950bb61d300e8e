import { useEffect, useState, type ReactNode } from 'react';
import { io } from 'socket.io-client';
import { SocketContext, type LinkState } from './socketContext.js';
import type { LabSocket } from './socketRequest.js';

/** One connection per signed-in user; it carries the httpOnly session cookie set at login. */
export function SocketProvider({ children, onRejected }: { children: ReactNode; onRejected: () => void }) {
  const [socket] = useState<LabSocket>(() => io({ withCredentials: true, autoConnect: false }));
  const [link, setLink] = useState<LinkState>('connecting');

  useEffect(() => {
    const onConnect = () => setLink('connected');
    const onDrop = (reason: string) => {
      setLink('reconnecting');
      // The server closed the socket itself because the login was revoked (a logout elsewhere, a new password):
      // socket.io does not retry, so try once: a cookie renewed in another tab connects, a void one is refused below.
      if (reason === 'io server disconnect') socket.connect();
    };
    // A refusal by the server (expired or revoked login) is final: socket.io stops retrying, so ask who we are.
    const onConnectError = () => {
      setLink('reconnecting');
      if (!socket.active) onRejected();
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDrop);
    socket.on('connect_error', onConnectError);
    socket.connect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDrop);
      socket.off('connect_error', onConnectError);
      socket.disconnect();
    };
  }, [socket, onRejected]);

  return <SocketContext.Provider value={{ socket, link }}>{children}</SocketContext.Provider>;
}
