import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { messageRecipients } from './recipients.js';

interface RecipientSelectProps {
  value: string;
  onChange: (recipient: string) => void;
  directory: ConsoleDirectory | null;
}

/** The message's recipient: a department (with its referent) or one colleague of the org chart. */
export function RecipientSelect({ value, onChange, directory }: RecipientSelectProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { departments, colleagues } = messageRecipients(directory, t, pick);
  return (
    <label>
      {t('messages.recipient')}
      <select required value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.choose')}</option>
        <optgroup label={t('messages.departments')}>
          {departments.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </optgroup>
        {colleagues.length > 0 && (
          <optgroup label={t('messages.colleagues')}>
            {colleagues.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
