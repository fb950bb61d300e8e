import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketPriorities, type TicketPriority, type TicketStatus } from '../../../../protocol/vocabulary.js';
import type { SandboxTicket } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';

interface TicketUpdateFormProps {
  ticket: SandboxTicket;
  act: Act;
  disabled: boolean;
}

/** Logs an update on one ticket: a note (always), and optionally a new priority or status. */
export function TicketUpdateForm({ ticket, act, disabled }: TicketUpdateFormProps) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState<TicketPriority | ''>('');
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [note, setNote] = useState('');
  const update = useActionRunner(act);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    if (!text) return;
    const done = await update.run({
      type: 'ticket.update',
      ticketId: ticket.ticketId,
      note: text,
      ...(priority ? { priority } : {}),
      ...(status ? { status } : {}),
    });
    if (done) {
      setNote('');
      setPriority('');
      setStatus('');
    }
  };

  return (
    <form
      className="ticket-update"
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t('ticketUpdate.formName', { id: ticket.ticketId })}
    >
      <label>
        {t('ticketUpdate.priority')}
        <select value={priority} onChange={(event) => setPriority(event.target.value as TicketPriority | '')} disabled={disabled}>
          <option value="">{t('ticketUpdate.unchanged')}</option>
          {ticketPriorities.map((value) => (
            <option key={value} value={value}>
              {t(`tickets.priority.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ticketUpdate.status')}
        <select value={status} onChange={(event) => setStatus(event.target.value as TicketStatus | '')} disabled={disabled}>
          <option value="">{t('ticketUpdate.unchanged')}</option>
          <option value="open">{t('ticketUpdate.statusValue.open')}</option>
          <option value="closed">{t('ticketUpdate.statusValue.closed')}</option>
        </select>
      </label>
      <label>
        {t('ticketUpdate.note')}
        <textarea value={note} rows={2} maxLength={1000} required onChange={(event) => setNote(event.target.value)} disabled={disabled} />
      </label>
      <button type="submit" disabled={disabled || update.pending}>
        {t('ticketUpdate.submit')}
      </button>
      <ErrorNote error={update.error} />
    </form>
  );
}
