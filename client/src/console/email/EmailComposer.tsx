import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import type { DraftFill } from '../draftFill.js';

interface EmailComposerProps {
  act: Act;
  disabled: boolean;
  /** The inbound e-mail's sender and "Re:" subject when replying; empty for a new e-mail. */
  initialTo: string;
  initialSubject: string;
  replying: boolean;
  /** The open customer record's address, offered as a one-click recipient. */
  customerEmail: string | null;
  fill: DraftFill | null;
  /** Bumped when the trainee asks to reply: the text box takes focus. */
  focusRequest: number;
}

/** Writes an e-mail to the customer: recipient, subject and text, sent with `email.send`. */
export function EmailComposer({ act, disabled, initialTo, initialSubject, replying, customerEmail, fill, focusRequest }: EmailComposerProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState(initialTo);
  const [subject, setSubject] = useState(initialSubject);
  const [body, setBody] = useState('');
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const sender = useActionRunner(act);

  // The inbound e-mail may be known only after the form appeared: fill what the trainee left empty.
  useEffect(() => setTo((current) => current || initialTo), [initialTo]);
  useEffect(() => setSubject((current) => current || initialSubject), [initialSubject]);
  useEffect(() => {
    if (!fill) return;
    setBody(fill.text);
    bodyBox.current?.focus();
  }, [fill]);

  useEffect(() => {
    if (focusRequest > 0) bodyBox.current?.focus();
  }, [focusRequest]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await sender.run({ type: 'email.send', to: to.trim(), subject: subject.trim(), body: body.trim(), template: null });
    if (!sent) return;
    setTo(initialTo);
    setSubject(initialSubject);
    setBody('');
  };

  return (
    <form className="form-stack email-composer" onSubmit={onSubmit}>
      <h3 className="subhead">{replying ? t('email.replyTitle') : t('email.compose')}</h3>
      <fieldset disabled={disabled} className="plain">
        <label>
          {t('email.to')}
          <input type="email" required maxLength={254} autoComplete="off" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        {customerEmail && customerEmail !== to && (
          <button type="button" className="small link-button" onClick={() => setTo(customerEmail)}>
            {t('email.useCustomer', { email: customerEmail })}
          </button>
        )}
        <label>
          {t('email.subject')}
          <input required maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label>
          {t('email.body')}
          <textarea ref={bodyBox} required rows={7} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={sender.pending}>
          {t('email.send')}
        </button>
      </fieldset>
      <ErrorNote error={sender.error} />
    </form>
  );
}
