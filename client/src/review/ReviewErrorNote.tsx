import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** An error of the review, said in the review's own words when it names a case they know. */
export function ReviewErrorNote({ error }: { error: LabError | null }) {
  const { t, i18n } = useTranslation();
  const reason = error?.params?.reason;
  // The review's first words, then the later ones (items judged by hand).
  const key =
    [`assessorReview.errors.${String(reason)}`, `reviewMore.errors.${String(reason)}`].find((candidate) => i18n.exists(candidate)) ?? '';
  if (error && reason !== undefined && key !== '') {
    return (
      <p className="error-note" role="alert">
        <strong>{t(`errors.code.${error.code}`)}</strong> {t(key, error.params)}
      </p>
    );
  }
  return <ErrorNote error={error} />;
}
