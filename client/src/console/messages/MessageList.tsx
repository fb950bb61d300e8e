import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { DeliveredMessage } from '../../../../scenarios/projection/callView.js';
import { formatClock } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { messageRecipients, recipientLabel } from './recipients.js';

/** Messages delivered in this contact: whom for, from whom, the text, and whether it was urgent. */
export function MessageList({ messages, directory }: { messages: DeliveredMessage[]; directory: ConsoleDirectory | null }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const titleId = useId();
  const recipients = messageRecipients(directory, t, pick);
  return (
    <section className="delivered-messages" aria-labelledby={titleId}>
      <h3 id={titleId} className="subhead">
        {t('messages.delivered')}
      </h3>
      {messages.length === 0 ? (
        <p className="muted">{t('messages.none')}</p>
      ) : (
        <ol className="mail-list">
          {messages.map((message) => (
            <li key={message.seq} className="mail">
              <p className="mail__head">
                <strong>{t('messages.to', { recipient: recipientLabel(message.recipient, recipients) })}</strong>{' '}
                <span className={`badge ${message.urgency === 'urgent' ? 'badge--warn' : 'badge--neutral'}`}>
                  {t(`messages.urgencyValue.${message.urgency}`)}
                </span>{' '}
                <span className="muted">{t('messages.at', { time: formatClock(message.at, language) })}</span>
              </p>
              <p>
                {message.callerNumber
                  ? t('messages.fromWithNumber', { name: message.callerName, number: message.callerNumber })
                  : t('messages.from', { name: message.callerName })}
              </p>
              <p className="mail__body">{message.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
