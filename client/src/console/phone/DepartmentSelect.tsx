import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

interface DepartmentSelectProps {
  label: string;
  value: string;
  onChange: (departmentId: string) => void;
  directory: Directory | null;
  disabled?: boolean;
  className?: string;
}

/** A department picked by its name and referent, as the org chart lists them. */
export function DepartmentSelect({ label, value, onChange, directory, disabled = false, className }: DepartmentSelectProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <label className={className}>
      {label}
      <select required value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        {directory?.departments.map((department) => (
          <option key={department.id} value={department.id}>
            {t('common.departmentOption', { name: pick(department.name), referent: department.referent })}
          </option>
        ))}
      </select>
    </label>
  );
}
