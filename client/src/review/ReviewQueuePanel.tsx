import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntry } from '../../../protocol/reviewQueue.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { Panel } from '../ui/Panel.js';
import { AssignControl } from './AssignControl.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { sessionHref } from './useSessionLink.js';
import './review.css';

interface ReviewQueuePanelProps {
  /** The signed-in user's id, for "only mine". */
  userId: string | null;
  openId: string | null;
  onOpen: (sessionId: string) => void;
}

/** The sessions waiting for review, in the order they are served, each a link to its session and assignable to an assessor. */
export function ReviewQueuePanel({ userId, openId, onOpen }: ReviewQueuePanelProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const queue = useApiResource('GET /api/review-queue');
  const [onlyMine, setOnlyMine] = useState(false);
  const data = queue.result?.ok ? queue.result.data : null;
  const rows = (data?.entries ?? []).filter((entry) => !onlyMine || entry.assignedTo?.id === userId);
  const columns: DataColumn<QueueEntry>[] = [
    { key: 'reason', header: t('assessorReview.queue.reason'), cell: (entry) => t(`assessorReview.queue.reasons.${entry.reason}`) },
    { key: 'trainee', header: t('desk.trainee'), rowHeader: true, cell: (entry) => entry.session.traineeName },
    { key: 'scenario', header: t('desk.scenario'), cell: (entry) => pick(entry.session.scenarioTitle) },
    {
      key: 'endedAt',
      header: t('assessorReview.queue.endedAt'),
      cell: (entry) => (entry.session.endedAt === null ? '—' : formatDateTime(entry.session.endedAt, language)),
    },
    {
      key: 'assigned',
      header: t('assessorReview.queue.assignedTo'),
      cell: (entry) => <AssignControl entry={entry} assessors={data?.assessors ?? []} onAssigned={queue.reload} />,
    },
    {
      key: 'open',
      header: t('desk.open'),
      cell: (entry) => (
        <a
          href={sessionHref(entry.session.id)}
          aria-label={t('desk.openNamed', { name: entry.session.traineeName, scenario: pick(entry.session.scenarioTitle) })}
          onClick={(event) => {
            // A plain click opens it here; a middle click or "copy link" keeps the address to share.
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(entry.session.id);
          }}
        >
          {t('desk.openButton')}
        </a>
      ),
    },
  ];
  return (
    <Panel
      title={t('assessorReview.queue.title')}
      className="review-queue"
      tools={
        <button type="button" className="small" onClick={queue.reload}>
          {t('assessorReview.queue.refresh')}
        </button>
      }
    >
      {queue.result === null && <p className="muted">{t('app.loading')}</p>}
      {queue.result && !queue.result.ok && <ReviewErrorNote error={queue.result.error} />}
      {data && (
        <>
          <p className="hint">{t('assessorReview.queue.explain', { percent: data.samplePercent })}</p>
          <label className="review-queue__mine">
            <input type="checkbox" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} />{' '}
            {t('assessorReview.queue.onlyMine')}
          </label>
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={(entry) => entry.session.id}
            caption={t('assessorReview.queue.caption')}
            empty={t('assessorReview.queue.empty')}
            isSelected={(entry) => entry.session.id === openId}
          />
        </>
      )}
    </Panel>
  );
}
