import { useTranslation } from 'react-i18next';

interface MissingTemplateFieldsProps {
  missing: string[];
  values: Record<string, string>;
  onChange: (name: string, value: string) => void;
  onInsert: () => void;
}

/** A template the console could not fill: says which fields are missing and lets the trainee type them in before inserting it. */
export function MissingTemplateFields({ missing, values, onChange, onInsert }: MissingTemplateFieldsProps) {
  const { t } = useTranslation();
  const labels = missing.map((name) => t(`email.templateFields.${name}`, { defaultValue: name }));
  return (
    <div className="notice form-stack">
      <p role="status">{t('email.templateMissing', { fields: labels.join(', ') })}</p>
      {missing.map((name, index) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps its input or textarea (chosen by field)
        <label key={name}>
          {labels[index]}
          {name === 'answer' ? (
            <textarea rows={3} maxLength={2000} value={values[name] ?? ''} onChange={(event) => onChange(name, event.target.value)} />
          ) : (
            <input maxLength={120} value={values[name] ?? ''} onChange={(event) => onChange(name, event.target.value)} />
          )}
        </label>
      ))}
      <button type="button" className="small" onClick={onInsert}>
        {t('email.templateInsert')}
      </button>
    </div>
  );
}
