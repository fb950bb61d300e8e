import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

interface SessionTableProps {
  sessions: SessionSummary[];
  openId: string | null;
  onOpen: (sessionId: string) => void;
}

export function SessionTable({ sessions, openId, onOpen }: SessionTableProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  if (sessions.length === 0) return <p className="muted">{t('desk.noSessions')}</p>;
  return (
    <table className="data-table">
      <caption className="sr-only">{t('desk.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('desk.trainee')}</th>
          <th scope="col">{t('desk.scenario')}</th>
          <th scope="col">{t('desk.launchedAt')}</th>
          <th scope="col">{t('desk.status')}</th>
          <th scope="col">{t('desk.result')}</th>
          <th scope="col">{t('desk.open')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className={session.id === openId ? 'is-selected' : undefined}>
            <th scope="row">{session.traineeName}</th>
            <td>{pick(session.scenarioTitle)}</td>
            <td>{formatDateTime(session.launchedAt, language)}</td>
            <td>
              {t(`sessionStatus.${session.status}`)}
              {session.damaged && (
                <>
                  {' '}
                  <span className="badge badge--warn" title={t('desk.damagedHint')}>
                    {t('desk.damaged')}
                  </span>
                </>
              )}
            </td>
            <td>
              {session.percent === null
                ? '—'
                : `${formatPercent(session.percent, language) ?? ''} ${session.passed ? t('score.passed') : t('score.failed')}`}
            </td>
            <td>
              <button
                type="button"
                className="small"
                aria-label={t('desk.openNamed', { name: session.traineeName, scenario: pick(session.scenarioTitle) })}
                onClick={() => onOpen(session.id)}
              >
                {t('desk.openButton')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
