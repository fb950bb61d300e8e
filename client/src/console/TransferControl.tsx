import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../protocol/views.js';
import type { Act } from '../session/traineeActions.js';
import { useActionRunner } from '../session/useActionRunner.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { DepartmentSelect } from './DepartmentSelect.js';

interface TransferControlProps {
  directory: Directory | null;
  act: Act;
  /** A transfer needs a live contact: in conversation or on hold. */
  disabled: boolean;
}

/** Passes the contact to another department; the line is then the department's, and after-call work starts. */
export function TransferControl({ directory, act, disabled }: TransferControlProps) {
  const { t } = useTranslation();
  const [department, setDepartment] = useState('');
  const transfer = useActionRunner(act);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (department) void transfer.run({ type: 'call.transfer', department });
  };
  return (
    <form className="transfer-control" onSubmit={onSubmit}>
      <DepartmentSelect label={t('transfer.label')} value={department} onChange={setDepartment} directory={directory} disabled={disabled} />
      <button type="submit" disabled={disabled || transfer.pending}>
        {t('transfer.submit')}
      </button>
      <ErrorNote error={transfer.error} />
    </form>
  );
}
