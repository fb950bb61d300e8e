import { useEffect, useState } from 'react';
import type { LabError, Result } from '../../../protocol/result.js';
import { useSocket } from './socketContext.js';
import type { LabSocket } from './socketRequest.js';

export interface LiveList<T> {
  /** Null until the first answer. */
  list: T | null;
  error: LabError | null;
}

/** Where a list comes from; module-level, so the subscription is made once per socket. */
export interface LiveListSource<T> {
  /** Listens to the push that carries the whole list; returns how to stop listening. */
  subscribe: (socket: LabSocket, pushed: (list: T) => void) => () => void;
  /** Reads the whole list. */
  read: (socket: LabSocket) => Promise<Result<T>>;
  /** Whether the read needs the socket (a watch request) or may go at once (plain HTTP). */
  readNeedsLink: boolean;
}

/**
 * A list read once and again after each reconnect (a push missed while disconnected is made good
 * that way, and a server forgets watches when the socket drops), replaced in between by pushes.
 */
export function useLiveList<T>({ subscribe, read, readNeedsLink }: LiveListSource<T>): LiveList<T> {
  const socket = useSocket();
  const [list, setList] = useState<T | null>(null);
  const [error, setError] = useState<LabError | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await read(socket);
      if (!live) return;
      if (result.ok) {
        setList(result.data);
        setError(null);
      } else setError(result.error);
    };
    const onPush = (pushed: T) => {
      setList(pushed);
      setError(null);
    };
    const onConnect = () => void load();
    const unsubscribe = subscribe(socket, onPush);
    socket.on('connect', onConnect);
    if (!readNeedsLink || socket.connected) void load();
    return () => {
      live = false;
      unsubscribe();
      socket.off('connect', onConnect);
    };
  }, [socket, subscribe, read, readNeedsLink]);

  return { list, error };
}
