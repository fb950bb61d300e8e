import { useTranslation } from 'react-i18next';
import { AbilityTable } from '../debrief/AbilityTable.js';
import { ScoreSummary } from '../debrief/ScoreSummary.js';
import { useApiResource } from '../session/useApiResource.js';
import { CommentForm } from './CommentForm.js';
import { CalibrationPanel } from './CalibrationPanel.js';
import { CommentList } from './CommentList.js';
import { DisputeList } from './DisputeList.js';
import { ItemReviewList } from './ItemReviewList.js';
import { ReviewedBy } from './ReviewedBy.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { ReviewRelease } from './ReviewRelease.js';
import type { SessionReviewState } from './useSessionReview.js';
import './review.css';
import './print.css';

interface ReviewPanelProps {
  state: SessionReviewState;
  /** The replay's moment now, for a comment pinned to it; null before the replay shows one. */
  cursorSeq: number | null;
  onMoment: (seq: number) => void;
  /** A live session is reviewed once it ends: until then the record is read-only. */
  ended: boolean;
  exam: boolean;
}

/** The assessor's review beside the automatic score: which score stands, per-item verdicts, comments. */
export function ReviewPanel({ state, cursorSeq, onMoment, ended, exam }: ReviewPanelProps) {
  const { t } = useTranslation();
  const me = useApiResource('GET /api/auth/me');
  const role = me.result?.ok ? me.result.data?.role : undefined;
  const canReview = ended && role === 'assessor';
  const { result } = state;
  return (
    <section className="review-panel" aria-labelledby="review-panel-title">
      <h3 id="review-panel-title" className="subhead">
        {t('assessorReview.title')}
      </h3>
      {result === null && <p className="muted">{t('app.loading')}</p>}
      {result && !result.ok && <ReviewErrorNote error={result.error} />}
      {result?.ok && result.data && (
        <>
          <ReviewedBy review={result.data} />
          {!ended && <p className="hint">{t('assessorReview.liveNotice')}</p>}
          <ReviewRelease review={result.data} exam={exam} canRelease={role === 'assessor' || role === 'admin'} onReleased={state.reload} />
          <DisputeList review={result.data} />
          {result.data.reviewed && (
            <div className="review-panel__score">
              <ScoreSummary score={result.data.reviewed} />
              <AbilityTable abilities={result.data.reviewed.abilities} />
            </div>
          )}
          <h4 className="subhead subhead--small">{t('assessorReview.items')}</h4>
          <ItemReviewList review={result.data} canReview={canReview} actions={state} />
          <h4 className="subhead subhead--small">{t('assessorReview.comments')}</h4>
          <CommentList comments={result.data.comments.filter((comment) => comment.itemId === null)} onMoment={onMoment} />
          {canReview && (
            <div className="review-panel__comment-forms">
              <CommentForm label={t('assessorReview.sessionComment')} target={{}} onSave={state.saveComment} />
              {cursorSeq !== null && (
                <CommentForm
                  label={t('assessorReview.momentComment', { seq: cursorSeq })}
                  target={{ seq: cursorSeq }}
                  onSave={state.saveComment}
                />
              )}
            </div>
          )}
          <CalibrationPanel sessionId={result.data.sessionId} items={result.data.automatic.items} canCalibrate={canReview} />
        </>
      )}
    </section>
  );
}
