import { createContext, useContext } from 'react';
import type { LabSocket } from './socketRequest.js';

export type LinkState = 'connecting' | 'connected' | 'reconnecting';

export interface SocketContextValue {
  socket: LabSocket;
  link: LinkState;
}

// Kept apart from the provider so the header can read the link state without bundling socket.io.
export const SocketContext = createContext<SocketContextValue | null>(null);

export function useSocket(): LabSocket {
  const value = useContext(SocketContext);
  if (!value) throw new Error('useSocket needs a SocketProvider above it');
  return value.socket;
}

/** The link state, or null outside a signed-in area (the login page has no connection). */
export function useLinkState(): LinkState | null {
  return useContext(SocketContext)?.link ?? null;
}
