import { useTranslation } from 'react-i18next';
import type { EmailTemplateView } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

interface TemplateSelectProps {
  templates: EmailTemplateView[];
  value: string;
  onChange: (templateId: string) => void;
}

/** The company's e-mail templates by purpose; choosing one writes its text into the draft. */
export function TemplateSelect({ templates, value, onChange }: TemplateSelectProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <label>
      {t('email.templateLabel')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('email.noTemplate')}</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {pick(template.purpose)}
          </option>
        ))}
      </select>
    </label>
  );
}
