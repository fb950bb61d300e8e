import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** An error of the course's routes: their reasons are said with the course's own words, the rest as everywhere. */
export function CourseError({ error }: { error: LabError | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const key = `course.reason.${String(error.params?.reason)}`;
  if (error.params?.reason !== undefined && i18n.exists(key))
    return (
      <p className="error-note" role="alert">
        {t(key)}
      </p>
    );
  return <ErrorNote error={error} />;
}
