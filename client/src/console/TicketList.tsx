import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../protocol/views.js';
import type { SandboxTicket } from '../../../scenarios/projection/callView.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { directoryLookups } from './directoryLabels.js';

export function TicketList({ tickets, directory }: { tickets: SandboxTicket[]; directory: Directory | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const lookups = directoryLookups(directory);
  const name = (lookup: ReturnType<typeof lookups.category>, code: string) => (lookup ? pick(lookup) : code);

  if (tickets.length === 0) return <p className="muted">{t('tickets.none')}</p>;
  return (
    <ul className="ticket-list">
      {tickets.map((ticket) => (
        <li key={ticket.ticketId} className="ticket">
          <p className="ticket__head">
            <span className="code">{ticket.ticketId}</span>{' '}
            <span className={`priority priority--${ticket.priority}`}>{t(`tickets.priority.${ticket.priority}`)}</span>{' '}
            <span className="muted">{name(lookups.category(ticket.category), ticket.category)}</span>
          </p>
          <p className="ticket__subject">{ticket.subject}</p>
          <p className="ticket__description">{ticket.description}</p>
          <p className={`badge ${ticket.status === 'escalated' ? 'badge--info' : 'badge--neutral'}`}>
            {ticket.escalation
              ? t('tickets.escalatedTo', { department: name(lookups.department(ticket.escalation.department), ticket.escalation.department) })
              : t('tickets.open')}
          </p>
          {ticket.escalation && <p className="ticket__note">{t('tickets.escalationNote', { note: ticket.escalation.note })}</p>}
        </li>
      ))}
    </ul>
  );
}
