import { useTranslation } from 'react-i18next';

/** The mark every list of sessions puts beside an exam contact, so nobody mistakes it for practice. */
export function ExamMark({ exam }: { exam: boolean | undefined }) {
  const { t } = useTranslation();
  if (!exam) return null;
  return (
    <>
      {' '}
      <span className="badge badge--info exam-mark">{t('examMark.label')}</span>
    </>
  );
}
