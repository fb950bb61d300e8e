import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '../../../protocol/views.js';

interface RosterTableProps {
  roster: RosterEntry[];
  canLaunch: boolean;
  launching: boolean;
  onLaunch: (traineeId: string) => void;
  onWatch: (sessionId: string) => void;
}

export function RosterTable({ roster, canLaunch, launching, onLaunch, onWatch }: RosterTableProps) {
  const { t } = useTranslation();
  if (roster.length === 0) return <p className="muted">{t('roster.empty')}</p>;
  return (
    <table className="data-table">
      <caption className="sr-only">{t('roster.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roster.trainee')}</th>
          <th scope="col">{t('roster.connected')}</th>
          <th scope="col">{t('roster.status')}</th>
          <th scope="col">{t('roster.session')}</th>
          <th scope="col">{t('roster.launch')}</th>
        </tr>
      </thead>
      <tbody>
        {roster.map((entry) => (
          <tr key={entry.traineeId}>
            <th scope="row">{entry.displayName}</th>
            <td>
              <span className={`dot ${entry.connected ? 'dot--on' : 'dot--off'}`} aria-hidden="true" />
              {entry.connected ? t('roster.online') : t('roster.offline')}
            </td>
            <td>
              <span className={`status-badge status-badge--${entry.status}`}>{t(`agentStatus.${entry.status}`)}</span>
            </td>
            <td>
              {entry.sessionId ? (
                <button
                  type="button"
                  className="small"
                  aria-label={t('roster.watchNamed', { name: entry.displayName })}
                  onClick={() => entry.sessionId && onWatch(entry.sessionId)}
                >
                  {t('roster.watch')}
                </button>
              ) : (
                <span className="muted">{t('roster.noSession')}</span>
              )}
            </td>
            <td>
              <button
                type="button"
                className="small"
                disabled={!canLaunch || launching}
                aria-label={t('roster.launchNamed', { name: entry.displayName })}
                onClick={() => onLaunch(entry.traineeId)}
              >
                {t('roster.launchButton')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
