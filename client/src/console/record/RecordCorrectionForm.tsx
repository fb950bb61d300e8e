import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRecord } from '../../../../protocol/events.js';
import type { LabError } from '../../../../protocol/result.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { currentValue, editableFieldList, invalidValueKey, isConsentField, isEditableField, type EditableField } from './editableFields.js';
import './record.css';

interface RecordCorrectionFormProps {
  record: CustomerRecord;
  act: Act;
  disabled: boolean;
}

const inputTypes: Record<Exclude<EditableField, 'marketingConsent' | 'privacyConsent'>, string> = {
  phone: 'tel',
  email: 'email',
  address: 'text',
};

/**
 * Corrects one datum of the record in this session's copy: pick the field, write (or choose) the new
 * value, record it. The value starts from what the record says now, so a slip is easy to see.
 */
export function RecordCorrectionForm({ record, act, disabled }: RecordCorrectionFormProps) {
  const { t } = useTranslation();
  const [field, setField] = useState<EditableField>('phone');
  const [value, setValue] = useState(() => currentValue(record, 'phone'));
  const [invalid, setInvalid] = useState<LabError | null>(null);
  const [saved, setSaved] = useState('');
  const update = useActionRunner(act);
  const errorId = useId();

  // Another record, or a correction just recorded: the value shows what the record says now.
  useEffect(() => {
    setValue(currentValue(record, field));
  }, [record, field]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a changed value or field clears the complaint about it: they are triggers
  useEffect(() => setInvalid(null), [value, field]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const reason = invalidValueKey(field, value);
    setInvalid(reason ? { code: 'BAD_REQUEST', message: t(reason) } : null);
    if (reason) return;
    if (await update.run({ type: 'customer.update', customerId: record.id, field, value: value.trim() })) {
      setSaved(t('correction.saved', { field: t(`customer.field.${field}`) }));
    }
  };

  const error = invalid ?? update.error;
  return (
    <details className="record-correction">
      <summary>{t('correction.open')}</summary>
      <form className="form-stack" onSubmit={onSubmit} noValidate>
        <fieldset disabled={disabled} className="plain">
          <div className="form-row">
            <label>
              {t('correction.field')}
              <select value={field} onChange={(event) => isEditableField(event.target.value) && setField(event.target.value)}>
                {editableFieldList.map((item) => (
                  <option key={item} value={item}>
                    {t(`customer.field.${item}`)}
                  </option>
                ))}
              </select>
            </label>
            {isConsentField(field) ? (
              <label>
                {t('correction.value')}
                <select value={value} onChange={(event) => setValue(event.target.value)}>
                  <option value="true">{t('correction.consentGiven')}</option>
                  <option value="false">{t('correction.consentRefused')}</option>
                </select>
              </label>
            ) : (
              <label>
                {t('correction.value')}
                <input
                  type={inputTypes[field]}
                  maxLength={300}
                  autoComplete="off"
                  value={value}
                  onChange={(event) => setValue(event.target.value)}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                />
              </label>
            )}
          </div>
          <button type="submit" disabled={update.pending}>
            {t('correction.submit')}
          </button>
        </fieldset>
        <ErrorNote error={error} id={errorId} plain={invalid !== null} />
        <p role="status" className="saved-note">
          {saved}
        </p>
      </form>
    </details>
  );
}
