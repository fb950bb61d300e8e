import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionEvent } from '../../../protocol/events.js';
import type { LabError } from '../../../protocol/result.js';
import type { ScenarioSummary, SessionSummary } from '../../../protocol/views.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import { projectCall } from '../../../scenarios/projection/projectCall.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { mergeEvents } from './mergeEvents.js';

export interface SessionFeed {
  status: 'idle' | 'joining' | 'joined' | 'failed';
  session: SessionSummary | null;
  scenario: ScenarioSummary | null;
  events: SessionEvent[];
  view: CallView;
  error: LabError | null;
  /** Local clock minus the server's, estimated from live events, so timers do not drift by the skew. */
  clockOffsetMs: number;
  /** Adds events that came another way (an action's ack), deduplicated by seq like the pushes. */
  receive: (sessionId: string, events: SessionEvent[]) => void;
}

interface FeedState {
  sessionId: string | null;
  status: SessionFeed['status'];
  session: SessionSummary | null;
  scenario: ScenarioSummary | null;
  events: SessionEvent[];
  error: LabError | null;
}

const initialState = (sessionId: string | null): FeedState => ({
  sessionId,
  status: sessionId ? 'joining' : 'idle',
  session: null,
  scenario: null,
  events: [],
  error: null,
});

/** Joins a session's log and keeps it current: live pushes, deduplicated, and a rejoin after every reconnect. */
export function useSessionEvents(sessionId: string | null): SessionFeed {
  const socket = useSocket();
  const [state, setState] = useState<FeedState>(() => initialState(sessionId));
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const lastSeq = useRef(0);
  const offsetSample = useRef<number | null>(null);
  // The smallest gap seen between an event's time and its arrival is the one with the least network delay in it.
  const sampleClock = useCallback((events: SessionEvent[]) => {
    const sample = Date.now() - events[0]!.at;
    if (offsetSample.current === null || sample < offsetSample.current) {
      offsetSample.current = sample;
      setClockOffsetMs(sample);
    }
  }, []);

  // A different session starts from an empty log, in the same render, so no stale call flashes.
  const current = state.sessionId === sessionId ? state : initialState(sessionId);

  useEffect(() => {
    lastSeq.current = current.events.at(-1)?.seq ?? 0;
  }, [current.events]);

  useEffect(() => {
    setState(initialState(sessionId));
    lastSeq.current = 0;
    if (!sessionId) return;
    let cancelled = false;

    const join = async () => {
      const result = await request(socket, 'session:join', { sessionId, sinceSeq: lastSeq.current });
      if (cancelled) return;
      setState((previous) => {
        if (previous.sessionId !== sessionId) return previous;
        if (!result.ok) return { ...previous, status: previous.status === 'joined' ? 'joined' : 'failed', error: result.error };
        const { session, scenario, events } = result.data;
        return { ...previous, status: 'joined', session, scenario, events: mergeEvents(previous.events, events), error: null };
      });
    };
    const onEvents = (message: { sessionId: string; events: SessionEvent[] }) => {
      if (message.sessionId !== sessionId || message.events.length === 0) return;
      sampleClock(message.events);
      setState((previous) =>
        previous.sessionId === sessionId ? { ...previous, events: mergeEvents(previous.events, message.events) } : previous,
      );
    };
    const onUpdated = (sessions: SessionSummary[]) => {
      const session = sessions.find((candidate) => candidate.id === sessionId);
      if (!session) return;
      setState((previous) => (previous.sessionId === sessionId ? { ...previous, session } : previous));
    };
    // The server forgets a dropped socket's rooms: rejoin and ask only for what was missed.
    const onConnect = () => void join();

    socket.on('session:events', onEvents);
    socket.on('session:updated', onUpdated);
    socket.on('connect', onConnect);
    if (socket.connected) void join();
    return () => {
      cancelled = true;
      socket.off('session:events', onEvents);
      socket.off('session:updated', onUpdated);
      socket.off('connect', onConnect);
      if (socket.connected) void request(socket, 'session:leave', { sessionId });
    };
  }, [socket, sessionId, sampleClock]);

  const receive = useCallback(
    (id: string, events: SessionEvent[]) => {
      if (events.length === 0) return;
      sampleClock(events);
      setState((previous) => (previous.sessionId === id ? { ...previous, events: mergeEvents(previous.events, events) } : previous));
    },
    [sampleClock],
  );

  const view = useMemo(() => projectCall(current.events), [current.events]);
  return {
    status: current.status,
    session: current.session,
    scenario: current.scenario,
    events: current.events,
    view,
    error: current.error,
    clockOffsetMs,
    receive,
  };
}
