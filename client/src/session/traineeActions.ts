import { useCallback } from 'react';
import type { TraineeAction } from '../../../protocol/actions.js';
import type { SessionEvent } from '../../../protocol/events.js';
import type { Result } from '../../../protocol/result.js';
import type { ActOutcome } from '../../../protocol/socket.js';
import { useSocket } from '../api/socketContext.js';
import { newActionId, request } from '../api/socketRequest.js';
import { i18next } from '../i18n/setup.js';

/** Sends one trainee action; null where the console is only watched (mirror, replay). */
export type Act = (action: TraineeAction) => Promise<Result<{ seq: number }>>;

const attempts = 2;

/** `applied` receives the events each action caused: they come in its ack, not as a push. */
export function useTraineeActions(sessionId: string | null, applied: (sessionId: string, events: SessionEvent[]) => void): Act {
  const socket = useSocket();
  return useCallback(
    async (action: TraineeAction) => {
      if (!sessionId) return { ok: false, error: { code: 'INVALID_STATE', message: i18next.t('errors.noCall') } };
      // The same id on a resend lets the server apply an action that was sent but not acknowledged only once.
      const actionId = newActionId();
      let result: Result<ActOutcome> = { ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.timeout') } };
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        result = await request(socket, 'session:act', { sessionId, actionId, action });
        if (result.ok || result.error.code !== 'INTERNAL') break;
      }
      if (result.ok) applied(sessionId, result.data.events);
      return result;
    },
    [socket, sessionId, applied],
  );
}
