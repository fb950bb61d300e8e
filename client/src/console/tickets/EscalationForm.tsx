import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { SandboxTicket } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { ErrorNote } from '../../ui/ErrorNote.js';

interface EscalationFormProps {
  tickets: SandboxTicket[];
  directory: Directory | null;
  act: Act;
  disabled: boolean;
}

/** Forwarding a ticket along the org chart: the department list shows level and referent to choose by. */
export function EscalationForm({ tickets, directory, act, disabled }: EscalationFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [ticketId, setTicketId] = useState('');
  const [department, setDepartment] = useState('');
  const [note, setNote] = useState('');
  const escalate = useActionRunner(act);
  // With one ticket there is nothing to choose; its id is used until the trainee picks another.
  const chosenTicket = ticketId || (tickets.length === 1 ? (tickets[0]?.ticketId ?? '') : '');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await escalate.run({ type: 'ticket.escalate', ticketId: chosenTicket, department, note: note.trim() })) setNote('');
  };

  return (
    <form className="form-stack escalation-form" onSubmit={onSubmit}>
      <h3 className="subhead">{t('escalation.title')}</h3>
      <fieldset disabled={disabled} className="plain">
        <label>
          {t('escalation.ticket')}
          <select required value={chosenTicket} onChange={(event) => setTicketId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {tickets.map((ticket) => (
              <option key={ticket.ticketId} value={ticket.ticketId}>
                {ticket.ticketId} — {ticket.subject}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('escalation.department')}
          <select required value={department} onChange={(event) => setDepartment(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {directory?.departments.map((item) => (
              <option key={item.id} value={item.id}>
                {t('escalation.departmentOption', { name: pick(item.name), level: item.level, referent: item.referent })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('escalation.note')}
          <textarea required rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="submit" disabled={escalate.pending}>
          {t('escalation.submit')}
        </button>
      </fieldset>
      <ErrorNote error={escalate.error} />
    </form>
  );
}
