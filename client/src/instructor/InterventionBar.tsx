import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { ErrorNote } from '../ui/ErrorNote.js';

type Step = 'pause' | 'resume' | 'end';

/** The instructor as director of the scene: pause it (the caller's timers stop), resume it, or end it. */
export function InterventionBar({ sessionId, traineeName, view }: { sessionId: string; traineeName: string; view: CallView }) {
  const { t } = useTranslation();
  const socket = useSocket();
  const [busy, setBusy] = useState(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const paused = view.pausedAt !== null;

  const step = async (chosen: Step) => {
    setBusy(true);
    const result = await request(socket, 'session:intervene', { sessionId, step: chosen });
    setBusy(false);
    setConfirmingEnd(false);
    setError(result.ok ? null : result.error);
  };

  return (
    <fieldset className="intervention-bar">
      <legend>{t('coaching.controls')}</legend>
      {paused && <span className="badge badge--neutral">{t('coaching.paused')}</span>}
      <button type="button" className="small" disabled={busy} onClick={() => void step(paused ? 'resume' : 'pause')}>
        {paused ? t('coaching.resume') : t('coaching.pause')}
      </button>
      {confirmingEnd ? (
        <span className="intervention-bar__confirm" role="group" aria-label={t('coaching.end')}>
          <span>{t('coaching.endConfirm', { name: traineeName })}</span>
          <button type="button" className="small danger" disabled={busy} onClick={() => void step('end')}>
            {t('common.yes')}
          </button>
          <button type="button" className="small" onClick={() => setConfirmingEnd(false)}>
            {t('common.no')}
          </button>
        </span>
      ) : (
        <button type="button" className="small" disabled={busy} onClick={() => setConfirmingEnd(true)}>
          {t('coaching.end')}
        </button>
      )}
      <ErrorNote error={error} />
    </fieldset>
  );
}
