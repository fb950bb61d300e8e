import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketPriorities, type TicketPriority } from '../../../../protocol/vocabulary.js';
import type { Directory } from '../../../../protocol/views.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { CodeSelect } from '../shared/CodeSelect.js';

interface TicketFormProps {
  directory: Directory | null;
  act: Act;
  disabled: boolean;
  customer: { id: string; label: string } | null;
}

export function TicketForm({ directory, act, disabled, customer }: TicketFormProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('medium');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const create = useActionRunner(act);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await create.run({
      type: 'ticket.create',
      customerId: customer?.id ?? null,
      category,
      priority,
      subject: subject.trim(),
      description: description.trim(),
    });
    if (sent) {
      setSubject('');
      setDescription('');
    }
  };

  return (
    <form className="form-stack ticket-form" onSubmit={onSubmit}>
      <h3 className="subhead">{t('tickets.create')}</h3>
      <p className="muted">{customer ? t('tickets.linkedCustomer', { customer: customer.label }) : t('tickets.noCustomer')}</p>
      <fieldset disabled={disabled} className="plain">
        <div className="form-row">
          <CodeSelect label={t('tickets.category')} options={directory?.ticketCategories} value={category} onChange={setCategory} />
          <label>
            {t('tickets.priorityLabel')}
            <select
              value={priority}
              onChange={(event) => setPriority(ticketPriorities.find((item) => item === event.target.value) ?? 'medium')}
            >
              {ticketPriorities.map((item) => (
                <option key={item} value={item}>
                  {t(`tickets.priority.${item}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('tickets.subject')}
          <input required maxLength={160} value={subject} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label>
          {t('tickets.description')}
          <textarea required rows={3} maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} />
        </label>
        <button type="submit" disabled={create.pending}>
          {t('tickets.submit')}
        </button>
      </fieldset>
      <ErrorNote error={create.error} />
    </form>
  );
}
