import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../protocol/roles.js';
import type { Debrief } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';
import { useSocket } from '../api/socketContext.js';

export interface AssignedCall {
  sessionId: string | null;
  debrief: Debrief | null;
  receiveDebrief: (sessionId: string, score: Debrief) => void;
  finish: () => void;
}

/** Which session this agent is on: offered by the server, or found again after a reload. */
export function useAssignedCall(user: PublicUser): AssignedCall {
  const socket = useSocket();
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [debrief, setDebrief] = useState<{ sessionId: string; score: Debrief } | null>(null);

  const receiveDebrief = useCallback((id: string, score: Debrief) => setDebrief({ sessionId: id, score }), []);

  useEffect(() => {
    const onIncoming = (message: { session: { id: string } }) => setSessionId(message.session.id);
    const onDebrief = (message: { sessionId: string; score: Debrief }) => receiveDebrief(message.sessionId, message.score);
    socket.on('call:incoming', onIncoming);
    socket.on('session:debrief', onDebrief);
    return () => {
      socket.off('call:incoming', onIncoming);
      socket.off('session:debrief', onDebrief);
    };
  }, [socket, receiveDebrief]);

  // After a reload the call may already be up: pick up this agent's live session, if the list has one.
  useEffect(() => {
    let live = true;
    void callApi('GET /api/sessions').then((result) => {
      if (!live || !result.ok) return;
      const mine = result.data.find((session) => session.status === 'live' && session.traineeId === user.id);
      if (mine) setSessionId((current) => current ?? mine.id);
    });
    return () => {
      live = false;
    };
  }, [user.id]);

  const finish = useCallback(() => {
    setSessionId(null);
    setDebrief(null);
  }, []);

  return { sessionId, debrief: debrief?.sessionId === sessionId ? debrief.score : null, receiveDebrief, finish };
}
