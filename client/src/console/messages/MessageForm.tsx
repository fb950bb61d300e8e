import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import { messageUrgencies, type MessageUrgency } from '../../../../protocol/vocabulary.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { RecipientSelect } from './RecipientSelect.js';

interface MessageFormProps {
  directory: ConsoleDirectory | null;
  act: Act;
  disabled: boolean;
  /** The number on the line, offered as the caller's number; the trainee may change it. */
  lineNumber: string | null;
}

/** A message for a colleague who is not there: for whom, from whom, how to call back, what, how urgent. */
export function MessageForm({ directory, act, disabled, lineNumber }: MessageFormProps) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState('');
  const [callerName, setCallerName] = useState('');
  const [callerNumber, setCallerNumber] = useState(lineNumber ?? '');
  const [text, setText] = useState('');
  const [urgency, setUrgency] = useState<MessageUrgency>('normal');
  const deliver = useActionRunner(act);
  const numberHint = useId();
  const urgencyName = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const action = {
      type: 'message.deliver',
      recipient,
      callerName: callerName.trim(),
      callerNumber: callerNumber.trim(),
      text: text.trim(),
      urgency,
    } as const;
    if (!(await deliver.run(action))) return;
    setRecipient('');
    setCallerName('');
    setCallerNumber(lineNumber ?? '');
    setText('');
    setUrgency('normal');
  };

  return (
    <form className="form-stack message-form" onSubmit={onSubmit}>
      <h3 className="subhead">{t('messages.formTitle')}</h3>
      <fieldset disabled={disabled} className="plain">
        <RecipientSelect value={recipient} onChange={setRecipient} directory={directory} />
        <div className="form-row">
          <label>
            {t('messages.callerName')}
            <input required maxLength={120} autoComplete="off" value={callerName} onChange={(event) => setCallerName(event.target.value)} />
          </label>
          <label>
            {t('messages.callerNumber')}
            <input
              type="tel"
              maxLength={40}
              autoComplete="off"
              value={callerNumber}
              onChange={(event) => setCallerNumber(event.target.value)}
              aria-describedby={numberHint}
            />
          </label>
        </div>
        <p id={numberHint} className="hint">
          {t('messages.callerNumberHint')}
        </p>
        <label>
          {t('messages.text')}
          <textarea required rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <fieldset className="urgency">
          <legend>{t('messages.urgency')}</legend>
          {messageUrgencies.map((value) => (
            <label key={value} className="check">
              <input type="radio" name={urgencyName} value={value} checked={urgency === value} onChange={() => setUrgency(value)} />
              {t(`messages.urgencyValue.${value}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={deliver.pending}>
          {t('messages.deliver')}
        </button>
      </fieldset>
      <ErrorNote error={deliver.error} />
    </form>
  );
}
