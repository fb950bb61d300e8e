import { useTranslation } from 'react-i18next';
import type { ProgressEntry } from '../../../protocol/views.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ScoreSources } from '../review/ScoreSources.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ExamMark } from '../ui/ExamMark.js';

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
  const when = (entry: ProgressEntry) => formatDateTime(entry.endedAt, language);
  const columns: DataColumn<ProgressEntry>[] = [
    { key: 'endedAt', header: t('progress.endedAt'), cell: when },
    { key: 'scenario', header: t('progress.scenario'), rowHeader: true, cell: (entry) => pick(entry.scenarioTitle) },
    {
      key: 'origin',
      header: t('progress.origin'),
      cell: (entry) => (
        <>
          {entry.practice ? t('progress.practice') : t('progress.assigned')}
          <ExamMark exam={entry.exam} />
        </>
      ),
    },
    {
      key: 'result',
      header: t('progress.result'),
      cell: (entry) =>
        entry.awaitingRelease ? (
          t('progress.awaitingRelease')
        ) : entry.notAnswered ? (
          t('score.notAnswered')
        ) : entry.percent === null ? (
          '—'
        ) : (
          <ScoreSources session={entry} />
        ),
    },
    {
      key: 'review',
      header: t('progress.review'),
      cell: (entry) => (
        <button
          type="button"
          className="small"
          aria-pressed={entry.sessionId === openId}
          aria-label={t('progress.reviewNamed', { title: pick(entry.scenarioTitle), when: when(entry) })}
          onClick={() => onOpen(entry.sessionId)}
        >
          {t('progress.reviewButton')}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.sessionId}
      caption={t('progress.contactsCaption')}
      captionClassName="subhead"
      empty={t('progress.noContacts')}
      isSelected={(entry) => entry.sessionId === openId}
    />
  );
}
