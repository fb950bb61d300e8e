import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { errorText } from '../i18n/errorText.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** An error beside the control that caused it; role=alert so it is heard when it appears. */
export function ErrorNote({ error, id, plain = false }: { error: LabError | null; id?: string; plain?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (!error) return null;
  const { title, detail } = errorText(error, t, language);
  return (
    <p className="error-note" role="alert" id={id}>
      {/* `plain` when the detail is already a sentence written for the user, without the code's heading. */}
      {!plain && <strong>{title}</strong>} {detail || (plain ? title : '')}
    </p>
  );
}
