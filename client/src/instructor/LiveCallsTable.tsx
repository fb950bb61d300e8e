import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatClock } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

interface LiveCallsTableProps {
  sessions: SessionSummary[];
  watching: string | null;
  onWatch: (sessionId: string) => void;
}

/** The live wall: every call in progress, each one a click away from its monitor. */
export function LiveCallsTable({ sessions, watching, onWatch }: LiveCallsTableProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  if (sessions.length === 0) return <p className="muted">{t('liveCalls.none')}</p>;
  return (
    <table className="data-table">
      <caption className="sr-only">{t('liveCalls.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('liveCalls.trainee')}</th>
          <th scope="col">{t('liveCalls.scenario')}</th>
          <th scope="col">{t('liveCalls.launchedAt')}</th>
          <th scope="col">{t('liveCalls.open')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className={session.id === watching ? 'is-selected' : undefined}>
            <th scope="row">{session.traineeName}</th>
            <td>{pick(session.scenarioTitle)}</td>
            <td>{formatClock(session.launchedAt, language)}</td>
            <td>
              <button
                type="button"
                className="small"
                aria-pressed={session.id === watching}
                aria-label={t('liveCalls.watchNamed', { name: session.traineeName })}
                onClick={() => onWatch(session.id)}
              >
                {t('liveCalls.watch')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
