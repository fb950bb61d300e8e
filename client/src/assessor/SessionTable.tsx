import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ScoreSources } from '../review/ScoreSources.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ExamMark } from '../ui/ExamMark.js';

interface SessionTableProps {
  sessions: SessionSummary[];
  openId: string | null;
  onOpen: (sessionId: string) => void;
}

export function SessionTable({ sessions, openId, onOpen }: SessionTableProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const columns: DataColumn<SessionSummary>[] = [
    { key: 'trainee', header: t('desk.trainee'), rowHeader: true, cell: (session) => session.traineeName },
    { key: 'scenario', header: t('desk.scenario'), cell: (session) => pick(session.scenarioTitle) },
    { key: 'launchedAt', header: t('desk.launchedAt'), cell: (session) => formatDateTime(session.launchedAt, language) },
    {
      key: 'status',
      header: t('desk.status'),
      cell: (session) => (
        <>
          {t(`sessionStatus.${session.status}`)}
          <ExamMark exam={session.exam} />
          {session.damaged && (
            <>
              {' '}
              <span className="badge badge--warn" title={t('desk.damagedHint')}>
                {t('desk.damaged')}
              </span>
            </>
          )}
        </>
      ),
    },
    {
      key: 'result',
      header: t('desk.result'),
      cell: (session) =>
        session.notAnswered ? t('score.notAnswered') : session.percent === null ? '—' : <ScoreSources session={session} />,
    },
    {
      key: 'open',
      header: t('desk.open'),
      cell: (session) => (
        <button
          type="button"
          className="small"
          aria-label={t('desk.openNamed', { name: session.traineeName, scenario: pick(session.scenarioTitle) })}
          onClick={() => onOpen(session.id)}
        >
          {t('desk.openButton')}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      caption={t('desk.caption')}
      empty={t('desk.noSessions')}
      isSelected={(session) => session.id === openId}
    />
  );
}
