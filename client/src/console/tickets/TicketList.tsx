import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { SandboxTicket } from '../../../../scenarios/projection/callView.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { directoryLookups } from '../shared/directoryLabels.js';
import { TicketUpdateForm } from './TicketUpdateForm.js';
import { TicketUpdates } from './TicketUpdates.js';

interface TicketListProps {
  tickets: SandboxTicket[];
  directory: Directory | null;
  /** Each ticket gets an update form where the console can act. */
  act?: Act | null;
  disabled?: boolean;
}

export function TicketList({ tickets, directory, act = null, disabled = false }: TicketListProps) {
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
          {ticket.status === 'closed' ? (
            <p className="badge badge--ok">{t('ticketUpdate.closed')}</p>
          ) : (
            <p className={`badge ${ticket.status === 'escalated' ? 'badge--info' : 'badge--neutral'}`}>
              {ticket.escalation
                ? t('tickets.escalatedTo', {
                    department: name(lookups.department(ticket.escalation.department), ticket.escalation.department),
                  })
                : t('tickets.open')}
            </p>
          )}
          {ticket.escalation && <p className="ticket__note">{t('tickets.escalationNote', { note: ticket.escalation.note })}</p>}
          <TicketUpdates updates={ticket.updates} />
          {act && <TicketUpdateForm ticket={ticket} act={act} disabled={disabled} />}
        </li>
      ))}
    </ul>
  );
}
