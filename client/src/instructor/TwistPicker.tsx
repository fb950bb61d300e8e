import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { TwistView } from '../../../protocol/socket.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** The director's twists: the instructor picks one the scenario offers and the caller reacts to it at once. */
export function TwistPicker({ sessionId, canTwist }: { sessionId: string; canTwist: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const socket = useSocket();
  const fieldId = useId();
  const [twists, setTwists] = useState<TwistView[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<LabError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void request(socket, 'session:twists', { sessionId }).then((result) => {
      if (!live) return;
      if (result.ok) setTwists(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [socket, sessionId]);

  const inject = async (event: FormEvent) => {
    event.preventDefault();
    const twist = chosen || twists[0]?.id;
    if (!twist) return;
    const result = await request(socket, 'session:twist', { sessionId, twist });
    setError(result.ok ? null : result.error);
    setDone(result.ok ? twist : null);
  };

  if (twists.length === 0) return <ErrorNote error={error} />;
  const label = (id: string) => pick(twists.find((twist) => twist.id === id)?.label ?? { it: id, en: id });
  return (
    <form className="twist-picker" onSubmit={(event) => void inject(event)}>
      <label htmlFor={fieldId}>{t('coaching.twist')}</label>
      <select id={fieldId} value={chosen || twists[0]!.id} onChange={(event) => setChosen(event.target.value)}>
        {twists.map((twist) => (
          <option key={twist.id} value={twist.id}>
            {pick(twist.label)}
          </option>
        ))}
      </select>
      <button type="submit" className="small" disabled={!canTwist}>
        {t('coaching.inject')}
      </button>
      <p role="status" className="whisper-box__status">
        {done ? t('coaching.injected', { twist: label(done) }) : ''}
      </p>
      <ErrorNote error={error} />
    </form>
  );
}
