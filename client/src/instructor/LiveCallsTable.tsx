import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatClock } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ExamMark } from '../ui/ExamMark.js';
import { CancelCallButton } from './CancelCallButton.js';

interface LiveCallsTableProps {
  sessions: SessionSummary[];
  /** The calls still ringing: nobody answered them yet, so the instructor may cancel them. */
  ringing: ReadonlySet<string>;
  watching: string | null;
  onWatch: (sessionId: string) => void;
}

/** The live wall: every call in progress, each one a click away from its monitor. */
export function LiveCallsTable({ sessions, ringing, watching, onWatch }: LiveCallsTableProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const columns: DataColumn<SessionSummary>[] = [
    { key: 'trainee', header: t('liveCalls.trainee'), rowHeader: true, cell: (session) => session.traineeName },
    {
      key: 'scenario',
      header: t('liveCalls.scenario'),
      cell: (session) => (
        <>
          {pick(session.scenarioTitle)}
          <ExamMark exam={session.exam} />
        </>
      ),
    },
    { key: 'launchedAt', header: t('liveCalls.launchedAt'), cell: (session) => formatClock(session.launchedAt, language) },
    {
      key: 'open',
      header: t('liveCalls.open'),
      cell: (session) => (
        <button
          type="button"
          className="small"
          aria-pressed={session.id === watching}
          aria-label={t('liveCalls.watchNamed', { name: session.traineeName })}
          onClick={() => onWatch(session.id)}
        >
          {t('liveCalls.watch')}
        </button>
      ),
    },
    {
      key: 'cancel',
      header: t('liveCalls.cancelHeader'),
      cell: (session) => (ringing.has(session.id) ? <CancelCallButton sessionId={session.id} traineeName={session.traineeName} /> : null),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      caption={t('liveCalls.caption')}
      empty={t('liveCalls.none')}
      isSelected={(session) => session.id === watching}
    />
  );
}
