import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailTemplateView } from '../../../../protocol/views.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import type { DraftFill } from '../shared/draftFill.js';
import { openPlaceholders, templateDraft } from './fillTemplate.js';
import { TemplateSelect } from './TemplateSelect.js';

export interface ComposerContext {
  /** The inbound e-mail's sender and "Re:" subject when replying; empty for a new e-mail. */
  initialTo: string;
  initialSubject: string;
  replying: boolean;
  /** The open customer record's address, offered as a one-click recipient. */
  customerEmail: string | null;
  templates: EmailTemplateView[];
  /** Templates are written in the contact's language. */
  contactLanguage: string;
  /** What the console knows for the templates' placeholders (customer's and agent's names, ticket id). */
  placeholderValues: Record<string, string>;
}

interface EmailComposerProps {
  act: Act;
  disabled: boolean;
  context: ComposerContext;
  fill: DraftFill | null;
  /** Bumped when the trainee asks to reply: the text box takes focus. */
  focusRequest: number;
}

/** Writes an e-mail to the customer, from scratch or from a template, and sends it with `email.send`. */
export function EmailComposer({ act, disabled, context, fill, focusRequest }: EmailComposerProps) {
  const { t } = useTranslation();
  const { initialTo, initialSubject, replying, customerEmail, templates } = context;
  const [to, setTo] = useState(initialTo);
  const [subject, setSubject] = useState(initialSubject);
  const [body, setBody] = useState('');
  const [templateId, setTemplateId] = useState('');
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const placeholdersHint = useId();
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

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const template = templates.find((item) => item.id === id);
    if (!template) return;
    const draft = templateDraft(template, context.contactLanguage, context.placeholderValues);
    // A reply keeps its "Re:" subject; the template gives the text.
    if (!replying) setSubject(draft.subject);
    setBody(draft.body);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const template = templateId || null;
    const sent = await sender.run({ type: 'email.send', to: to.trim(), subject: subject.trim(), body: body.trim(), template });
    if (!sent) return;
    setTo(initialTo);
    setSubject(initialSubject);
    setBody('');
    setTemplateId('');
  };

  const leftOpen = openPlaceholders(subject, body);
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
        {templates.length > 0 && <TemplateSelect templates={templates} value={templateId} onChange={chooseTemplate} />}
        <label>
          {t('email.subject')}
          <input required maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label>
          {t('email.body')}
          <textarea
            ref={bodyBox}
            required
            rows={8}
            maxLength={5000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            aria-describedby={leftOpen.length > 0 ? placeholdersHint : undefined}
          />
        </label>
        {leftOpen.length > 0 && (
          <p id={placeholdersHint} className="notice">
            {t('email.openPlaceholders', { names: leftOpen.map((name) => `{{${name}}}`).join(', '), interpolation: { escapeValue: false } })}
          </p>
        )}
        <button type="submit" className="primary" disabled={sender.pending}>
          {t('email.send')}
        </button>
      </fieldset>
      <ErrorNote error={sender.error} />
    </form>
  );
}
