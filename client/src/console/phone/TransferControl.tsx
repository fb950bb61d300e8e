import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { DepartmentSelect } from './DepartmentSelect.js';

interface TransferControlProps {
  directory: Directory | null;
  act: Act;
  /** A transfer needs a live contact: in conversation or on hold. */
  disabled: boolean;
}

/**
 * Passes the contact to another department; the line is then the department's, and after-call work starts.
 * A note for the colleague makes it a warm transfer: who is on the line and why.
 */
export function TransferControl({ directory, act, disabled }: TransferControlProps) {
  const { t } = useTranslation();
  const [department, setDepartment] = useState('');
  const [note, setNote] = useState('');
  const transfer = useActionRunner(act);
  const hintId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    if (department) void transfer.run({ type: 'call.transfer', department, ...(text ? { note: text } : {}) });
  };
  return (
    <form className="transfer-control" onSubmit={onSubmit}>
      <DepartmentSelect label={t('transfer.label')} value={department} onChange={setDepartment} directory={directory} disabled={disabled} />
      <label className="transfer-control__note">
        {t('phoneExtras.transferNote')}
        <textarea
          value={note}
          rows={2}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
          disabled={disabled}
          aria-describedby={hintId}
        />
      </label>
      <p id={hintId} className="hint">
        {t('phoneExtras.transferNoteHint')}
      </p>
      <button type="submit" disabled={disabled || transfer.pending}>
        {t('transfer.submit')}
      </button>
      <ErrorNote error={transfer.error} />
    </form>
  );
}
