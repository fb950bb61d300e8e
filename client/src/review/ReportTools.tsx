import { useTranslation } from 'react-i18next';

interface ReportToolsProps {
  sessionId: string;
  /** The session has xAPI statements: it ended and was answered (a live or unanswered one has none to give). */
  withStatements?: boolean;
}

/** The session report on paper: the browser's print (with the print stylesheet) or the server's PDF for the records; its xAPI statements as a file. */
export function ReportTools({ sessionId, withStatements = false }: ReportToolsProps) {
  const { t } = useTranslation();
  const id = encodeURIComponent(sessionId);
  return (
    <span className="report-tools">
      <button type="button" className="small ghost-dark" onClick={() => window.print()}>
        {t('assessorReview.exports.print')}
      </button>{' '}
      <a className="small" href={`/api/sessions/${id}/report.pdf`} download>
        {t('assessorReview.exports.pdf')}
      </a>
      {withStatements && (
        <>
          {' '}
          <a className="small" href={`/api/sessions/${id}/xapi`} download={`xapi-${sessionId}.json`}>
            {t('reviewMore.xapiDownload')}
          </a>
        </>
      )}
    </span>
  );
}
