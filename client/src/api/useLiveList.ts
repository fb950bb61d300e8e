import { useEffect, useState } from 'react';
import type { LabError, Result } from '../../../protocol/result.js';
import type { ServerToClientEvents } from '../../../protocol/socket.js';
import { useSocket } from './socketContext.js';
import type { LabSocket } from './socketRequest.js';

/** The pushes that carry a whole list, which replaces the one shown. */
type ListPush = 'roster:update' | 'catalogue:update';
type ListOf<E extends ListPush> = Parameters<ServerToClientEvents[E]>[0];

export interface LiveList<T> {
  /** Null until the first answer. */
  list: T | null;
  error: LabError | null;
}

interface LiveListSource<E extends ListPush> {
  push: E;
  /** Reads the whole list; module-level, so the subscription is made once per socket. */
  read: (socket: LabSocket) => Promise<Result<ListOf<E>>>;
  /** Whether the read needs the socket (a watch request) or may go at once (plain HTTP). */
  readNeedsLink: boolean;
}

/**
 * A list read once and again after each reconnect (a push missed while disconnected is made good
 * that way, and a server forgets watches when the socket drops), replaced in between by pushes.
 */
export function useLiveList<E extends ListPush>({ push, read, readNeedsLink }: LiveListSource<E>): LiveList<ListOf<E>> {
  const socket = useSocket();
  const [list, setList] = useState<ListOf<E> | null>(null);
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
    const onPush = (pushed: ListOf<E>) => {
      setList(pushed);
      setError(null);
    };
    const onConnect = () => void load();
    // socket.io's listener types cannot follow a generic event name, so the pair goes through one plain signature.
    const on = socket.on.bind(socket) as unknown as (name: E, listener: (pushed: ListOf<E>) => void) => void;
    const off = socket.off.bind(socket) as unknown as (name: E, listener: (pushed: ListOf<E>) => void) => void;
    on(push, onPush);
    socket.on('connect', onConnect);
    if (!readNeedsLink || socket.connected) void load();
    return () => {
      live = false;
      off(push, onPush);
      socket.off('connect', onConnect);
    };
  }, [socket, push, read, readNeedsLink]);

  return { list, error };
}
