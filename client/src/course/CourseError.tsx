import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** An error of the course's routes: their reasons are said with the course's own words, the rest as everywhere. */
export function CourseError({ error }: { error: LabError | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const key = [`course.reason.${String(error.params?.reason)}`, `coursemore.reason.${String(error.params?.reason)}`].find((candidate) =>
    i18n.exists(candidate),
  );
  if (error.params?.reason !== undefined && key)
    return (
      <p className="error-note" role="alert">
        {t(key, error.params)}
      </p>
    );
  return <ErrorNote error={error} />;
}
