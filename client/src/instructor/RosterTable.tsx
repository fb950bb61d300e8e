import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '../../../protocol/views.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ExamMark } from '../ui/ExamMark.js';

interface RosterTableProps {
  roster: RosterEntry[];
  canLaunch: boolean;
  launching: boolean;
  onLaunch: (traineeId: string) => void;
  onWatch: (sessionId: string) => void;
}

export function RosterTable({ roster, canLaunch, launching, onLaunch, onWatch }: RosterTableProps) {
  const { t } = useTranslation();
  const columns: DataColumn<RosterEntry>[] = [
    { key: 'trainee', header: t('roster.trainee'), rowHeader: true, cell: (entry) => entry.displayName },
    {
      key: 'connected',
      header: t('roster.connected'),
      cell: (entry) => (
        <>
          <span className={`dot ${entry.connected ? 'dot--on' : 'dot--off'}`} aria-hidden="true" />
          {entry.connected ? t('roster.online') : t('roster.offline')}
        </>
      ),
    },
    {
      key: 'status',
      header: t('roster.status'),
      cell: (entry) => <span className={`status-badge status-badge--${entry.status}`}>{t(`agentStatus.${entry.status}`)}</span>,
    },
    {
      key: 'session',
      header: t('roster.session'),
      cell: (entry) =>
        entry.sessionId ? (
          <>
            <button
              type="button"
              className="small"
              aria-label={t('roster.watchNamed', { name: entry.displayName })}
              onClick={() => entry.sessionId && onWatch(entry.sessionId)}
            >
              {t('roster.watch')}
            </button>
            <ExamMark exam={entry.sessionExam} />
          </>
        ) : (
          <span className="muted">{t('roster.noSession')}</span>
        ),
    },
    {
      key: 'launch',
      header: t('roster.launch'),
      cell: (entry) => (
        <button
          type="button"
          className="small"
          disabled={!canLaunch || launching}
          aria-label={t('roster.launchNamed', { name: entry.displayName })}
          onClick={() => onLaunch(entry.traineeId)}
        >
          {t('roster.launchButton')}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={roster}
      rowKey={(entry) => entry.traineeId}
      caption={t('roster.caption')}
      empty={t('roster.empty')}
    />
  );
}
