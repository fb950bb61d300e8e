import { useTranslation } from 'react-i18next';
import type { PastTicketSummary } from '../../../../protocol/events.js';
import type { Directory } from '../../../../protocol/views.js';
import { formatIsoDateTime } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { directoryLookups } from '../shared/directoryLabels.js';

/** The customer's earlier tickets: what they were about and how they ended. */
export function PastTicketList({ tickets, directory }: { tickets: PastTicketSummary[]; directory: Directory | null }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const category = directoryLookups(directory).category;
  if (tickets.length === 0) return <p className="muted">{t('history.noTickets')}</p>;
  return (
    <ul className="history-list">
      {tickets.map((ticket) => {
        const label = category(ticket.category);
        return (
          <li key={ticket.id}>
            <p className="history-list__head">
              <span className="code">{ticket.id}</span> <span className="muted">{formatIsoDateTime(ticket.openedAt, language)}</span>{' '}
              <span className={`badge ${ticket.status === 'chiuso' ? 'badge--neutral' : 'badge--info'}`}>
                {t(`history.ticketStatus.${ticket.status}`, { defaultValue: ticket.status })}
              </span>
            </p>
            <p className="muted small-text">{label ? pick(label) : ticket.category}</p>
            <p className="history-list__subject">{ticket.subject}</p>
            <p className="small-text">
              {ticket.resolution ? t('history.resolution', { resolution: ticket.resolution }) : t('history.noResolution')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
