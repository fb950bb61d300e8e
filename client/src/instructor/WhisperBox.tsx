import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { ErrorNote } from '../ui/ErrorNote.js';

const maxLength = 500;

/** The instructor's whisper: a note the trainee reads in the console while the caller hears nothing. */
export function WhisperBox({ sessionId, traineeName }: { sessionId: string; traineeName: string }) {
  const { t } = useTranslation();
  const socket = useSocket();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const [sent, setSent] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    setSending(true);
    const result = await request(socket, 'session:whisper', { sessionId, text });
    setSending(false);
    setError(result.ok ? null : result.error);
    setSent(result.ok);
    if (result.ok) setText('');
  };

  return (
    <form className="whisper-box" onSubmit={(event) => void send(event)}>
      <label htmlFor={fieldId}>{t('coaching.whisperTo', { name: traineeName })}</label>
      <p className="hint">{t('coaching.whisperHint')}</p>
      <div className="whisper-box__row">
        <textarea
          id={fieldId}
          rows={2}
          maxLength={maxLength}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSent(false);
          }}
        />
        <button type="submit" disabled={sending || text.trim() === ''}>
          {t('coaching.send')}
        </button>
      </div>
      <p className="whisper-box__status" role="status">
        {sent ? t('coaching.sent') : ''}
      </p>
      <ErrorNote error={error} />
    </form>
  );
}
