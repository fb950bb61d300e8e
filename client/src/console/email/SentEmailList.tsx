import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentEmail } from '../../../../scenarios/projection/callView.js';
import { formatClock } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { useDirectory } from '../../session/useDirectory.js';

/** The e-mails sent in this contact, newest last, as the log recorded them. */
export function SentEmailList({ emails }: { emails: SentEmail[] }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const directory = useDirectory();
  // The log keeps the template's id; a person reads what the template is for.
  const templatePurpose = (id: string) => {
    const template = directory?.ok ? directory.data.emailTemplates.find((candidate) => candidate.id === id) : undefined;
    return template ? pick(template.purpose) : t('email.templateUsed');
  };
  const titleId = useId();
  return (
    <section className="sent-emails" aria-labelledby={titleId}>
      <h3 id={titleId} className="subhead">
        {t('email.sent')}
      </h3>
      {emails.length === 0 ? (
        <p className="muted">{t('email.noneSent')}</p>
      ) : (
        <ol className="mail-list">
          {emails.map((email) => (
            <li key={email.seq} className="mail">
              <p className="mail__head">
                <strong>{email.subject}</strong>{' '}
                <span className="muted">{t('email.sentAt', { time: formatClock(email.at, language) })}</span>
              </p>
              <p className="mail__to">{t('email.sentTo', { to: email.to })}</p>
              {email.template && <p className="muted">{t('email.template', { template: templatePurpose(email.template) })}</p>}
              <p className="mail__body">{email.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
