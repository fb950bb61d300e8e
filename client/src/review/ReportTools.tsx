import { useTranslation } from 'react-i18next';

/** The session report on paper: the browser's print (with the print stylesheet) or the server's PDF for the records. */
export function ReportTools({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <span className="report-tools">
      <button type="button" className="small ghost-dark" onClick={() => window.print()}>
        {t('assessorReview.exports.print')}
      </button>{' '}
      <a className="small" href={`/api/sessions/${encodeURIComponent(sessionId)}/report.pdf`} download>
        {t('assessorReview.exports.pdf')}
      </a>
    </span>
  );
}
