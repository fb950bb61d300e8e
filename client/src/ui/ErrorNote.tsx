import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';

/** An error beside the control that caused it; role=alert so it is heard when it appears. */
export function ErrorNote({ error, id, plain = false }: { error: LabError | null; id?: string; plain?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="error-note" role="alert" id={id}>
      {/* `plain` when the message is already a sentence written for the user, not the server's detail. */}
      {!plain && <strong>{t(`errors.code.${error.code}`)}</strong>} {error.message}
    </p>
  );
}
