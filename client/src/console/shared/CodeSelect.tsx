import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

interface CodeSelectProps {
  label: string;
  /** A list from the directory, e.g. the ticket categories or the wrap-up dispositions. */
  options: { code: string; label: Localized }[] | undefined;
  value: string;
  onChange: (code: string) => void;
}

/** A required choice among the directory's coded items, shown in the interface's language. */
export function CodeSelect({ label, options, value, onChange }: CodeSelectProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <label>
      {label}
      <select required value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        {options?.map((item) => (
          <option key={item.code} value={item.code}>
            {pick(item.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
