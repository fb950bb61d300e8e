import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/useLocalized.js';
import { ScoreSummary } from '../debrief/ScoreSummary.js';
import { DisputeForm } from './DisputeForm.js';
import { DisputeList } from './DisputeList.js';
import { ItemReviewList } from './ItemReviewList.js';
import { ReviewedBy } from './ReviewedBy.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { ReviewRelease } from './ReviewRelease.js';
import { useSessionReview } from './useSessionReview.js';
import { useSubmit } from './useSubmit.js';
import './review.css';

/**
 * The reviewed debrief as its trainee gets it once released: which score stands and who reviewed it,
 * every item's verdicts and comments; the trainee acknowledges it, or disputes an item. Nothing before release.
 */
export function TraineeReview({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const state = useSessionReview(sessionId);
  const acknowledging = useSubmit(() => undefined);
  const review = state.result?.ok ? state.result.data : null;
  if (state.result && !state.result.ok) return <ReviewErrorNote error={state.result.error} />;
  if (!review) return null;
  const disputable = review.automatic.items.filter(
    (item) => !review.disputes.some((dispute) => dispute.itemId === item.id && dispute.answeredAt === null),
  );
  const acknowledgedAgain =
    review.acknowledgedAt !== null && review.verdicts.every((verdict) => verdict.at <= (review.acknowledgedAt ?? 0));
  return (
    <section className="review-panel trainee-review" aria-labelledby="trainee-review-title">
      <h4 id="trainee-review-title" className="subhead">
        {t('assessorReview.traineeTitle')}
      </h4>
      <ReviewedBy review={review} />
      {review.reviewed && <ScoreSummary score={review.reviewed} />}
      <ReviewRelease review={review} exam={false} canRelease={false} onReleased={() => undefined} />
      {!acknowledgedAgain && (
        <div className="review-release">
          <button
            type="button"
            className="primary"
            disabled={acknowledging.pending}
            onClick={() => void acknowledging.submit(state.acknowledge)}
          >
            {t('assessorReview.acknowledge')}
          </button>
          <ReviewErrorNote error={acknowledging.error} />
        </div>
      )}
      <DisputeList review={review} />
      <ItemReviewList review={review} canReview={false} actions={state} />
      <h5 className="subhead subhead--small">{t('assessorReview.disputeTitle')}</h5>
      {disputable.map((item) => (
        <DisputeForm key={item.id} itemId={item.id} itemLabel={pick(item.label)} onSave={state.dispute} />
      ))}
    </section>
  );
}
