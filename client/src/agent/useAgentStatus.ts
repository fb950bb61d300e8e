import { useCallback, useEffect, useState } from 'react';
import type { AgentStatus } from '../../../protocol/roles.js';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';

export interface AgentStatusControl {
  status: AgentStatus;
  change: (status: 'available' | 'paused') => Promise<boolean>;
  pending: boolean;
  error: LabError | null;
}

/** The server owns the agent's status (a call moves it); the trainee may only ask for available or pause. */
export function useAgentStatus(): AgentStatusControl {
  const socket = useSocket();
  const [status, setStatus] = useState<AgentStatus>('offline');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);

  useEffect(() => {
    const onStatus = (message: { status: AgentStatus }) => setStatus(message.status);
    const onDisconnect = () => setStatus('offline');
    socket.on('agent:status', onStatus);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('agent:status', onStatus);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket]);

  const change = useCallback(
    async (next: 'available' | 'paused') => {
      setPending(true);
      setError(null);
      const result = await request(socket, 'agent:status', { status: next });
      setPending(false);
      if (result.ok) setStatus(result.data.status);
      else setError(result.error);
      return result.ok;
    },
    [socket],
  );

  return { status, change, pending, error };
}
