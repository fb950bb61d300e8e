import { useEffect, useState } from 'react';
import type { LabError } from '../../../../protocol/result.js';
import type { WallCard, WallUpdate } from '../../../../protocol/wall.js';
import { useSocket } from '../../api/socketContext.js';
import { request } from '../../api/socketRequest.js';

export interface LiveWallState {
  /** Null until the first answer. */
  cards: WallCard[] | null;
  /** Browser time minus server time: the wall's clocks subtract it to tick on the server's time. */
  clockOffsetMs: number;
  error: LabError | null;
}

/**
 * The wall of live calls: read whole once connected (again after each reconnect, since a server
 * forgets watchers when a socket drops), then kept up to date by the pushes of changed cards.
 */
export function useWall(): LiveWallState {
  const socket = useSocket();
  const [state, setState] = useState<LiveWallState>({ cards: null, clockOffsetMs: 0, error: null });

  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await request(socket, 'wall:watch', {});
      if (!live) return;
      if (result.ok) setState({ cards: result.data.cards, clockOffsetMs: Date.now() - result.data.now, error: null });
      else setState((previous) => ({ ...previous, error: result.error }));
    };
    const onUpdate = ({ cards, gone }: WallUpdate) => {
      setState((previous) => {
        const byId = new Map((previous.cards ?? []).map((card) => [card.sessionId, card]));
        for (const id of gone) byId.delete(id);
        for (const card of cards) byId.set(card.sessionId, card);
        return { ...previous, cards: [...byId.values()] };
      });
    };
    const onConnect = () => void load();
    socket.on('wall:update', onUpdate);
    socket.on('connect', onConnect);
    if (socket.connected) void load();
    return () => {
      live = false;
      socket.off('wall:update', onUpdate);
      socket.off('connect', onConnect);
    };
  }, [socket]);

  return state;
}
