import { useTranslation } from 'react-i18next';
import type { ProgressEntry } from '../../../protocol/views.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

interface PastContactsTableProps {
  /** Newest first, as they are listed. */
  entries: ProgressEntry[];
  openId: string | null;
  onOpen: (sessionId: string) => void;
}

/** Every finished contact: when, which scenario, assigned or practised, how it went; each can be reviewed. */
export function PastContactsTable({ entries, openId, onOpen }: PastContactsTableProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  if (entries.length === 0) return <p className="muted">{t('progress.noContacts')}</p>;
  return (
    <table className="data-table">
      <caption className="subhead">{t('progress.contactsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.endedAt')}</th>
          <th scope="col">{t('progress.scenario')}</th>
          <th scope="col">{t('progress.origin')}</th>
          <th scope="col">{t('progress.result')}</th>
          <th scope="col">{t('progress.review')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const title = pick(entry.scenarioTitle);
          const when = formatDateTime(entry.endedAt, language);
          return (
            <tr key={entry.sessionId} className={entry.sessionId === openId ? 'is-selected' : undefined}>
              <td>{when}</td>
              <th scope="row">{title}</th>
              <td>{entry.practice ? t('progress.practice') : t('progress.assigned')}</td>
              <td>
                {entry.percent === null
                  ? '—'
                  : `${formatPercent(entry.percent, language) ?? ''} ${entry.passed ? t('score.passed') : t('score.failed')}`}
              </td>
              <td>
                <button
                  type="button"
                  className="small"
                  aria-pressed={entry.sessionId === openId}
                  aria-label={t('progress.reviewNamed', { title, when })}
                  onClick={() => onOpen(entry.sessionId)}
                >
                  {t('progress.reviewButton')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
