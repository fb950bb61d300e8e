import { useTranslation } from 'react-i18next';
import type { SandboxTicket } from '../../../../scenarios/projection/callView.js';

/** The updates logged on a ticket in this call, oldest first. */
export function TicketUpdates({ updates }: { updates: SandboxTicket['updates'] }) {
  const { t } = useTranslation();
  if (updates.length === 0) return null;
  return (
    <>
      <h4 className="subhead subhead--small">{t('ticketUpdate.history')}</h4>
      <ol className="ticket__updates">
        {updates.map((update) => (
          <li key={update.seq}>
            {update.note}
            {update.priority && (
              <span className="muted"> · {t('ticketUpdate.newPriority', { priority: t(`tickets.priority.${update.priority}`) })}</span>
            )}
            {update.status && <span className="muted"> · {t(`ticketUpdate.statusValue.${update.status}`)}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
