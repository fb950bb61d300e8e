import { useTranslation } from 'react-i18next';

/** An exam contact before its release: recorded, and the result comes when the assessor releases it. */
export function WithheldDebriefNote() {
  const { t } = useTranslation();
  return (
    <p className="withheld-debrief" role="status">
      {t('debrief.awaitingRelease')}
    </p>
  );
}
