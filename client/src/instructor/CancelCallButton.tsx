import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** Cancels a launched call nobody answered yet: it ends as not answered and leaves the live list. */
export function CancelCallButton({ sessionId, traineeName }: { sessionId: string; traineeName: string }) {
  const { t } = useTranslation();
  const socket = useSocket();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const cancel = async () => {
    setPending(true);
    const result = await request(socket, 'session:cancel', { sessionId });
    setPending(false);
    setError(result.ok ? null : result.error);
  };
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={pending}
        aria-label={t('liveCalls.cancelNamed', { name: traineeName })}
        onClick={() => void cancel()}
      >
        {t('liveCalls.cancel')}
      </button>
      <ErrorNote error={error} />
    </>
  );
}
