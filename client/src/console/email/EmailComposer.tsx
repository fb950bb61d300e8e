import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailTemplateView } from '../../../../protocol/views.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import type { DraftFill } from '../shared/draftFill.js';
import { openPlaceholders, templateDraft } from './fillTemplate.js';
import { MissingTemplateFields } from './MissingTemplateFields.js';
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
  /** A chosen template that still needs fields only the trainee knows: not inserted until they are typed in. */
  const [pending, setPending] = useState<{ id: string; missing: string[] } | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
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

  const insertTemplate = (id: string, extra: Record<string, string>) => {
    setTemplateId(id);
    const template = templates.find((item) => item.id === id);
    if (!template) return setPending(null);
    // What the trainee already wrote in the body is the answer an information reply wraps.
    const written: Record<string, string> = body.trim() ? { answer: body.trim() } : {};
    const draft = templateDraft(template, context.contactLanguage, { ...written, ...context.placeholderValues, ...extra });
    if (draft.missing.length > 0) return setPending({ id, missing: draft.missing });
    setPending(null);
    setTyped({});
    // A reply keeps its "Re:" subject; the template gives the text.
    if (!replying) setSubject(draft.subject);
    setBody(draft.body);
  };
  const chooseTemplate = (id: string) => {
    setTyped({});
    insertTemplate(id, {});
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
    setPending(null);
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
        {pending && (
          <MissingTemplateFields
            missing={pending.missing}
            values={typed}
            onChange={(name, value) => setTyped((current) => ({ ...current, [name]: value }))}
            onInsert={() => insertTemplate(pending.id, typed)}
          />
        )}
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
            {t('email.openPlaceholders', {
              names: leftOpen.map((name) => `{{${name}}}`).join(', '),
              interpolation: { escapeValue: false },
            })}
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
