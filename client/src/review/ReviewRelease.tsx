import { useTranslation } from 'react-i18next';
import type { SessionReviewView } from '../../../protocol/review.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

interface ReviewReleaseProps {
  review: SessionReviewView;
  /** An exam's release has its own control (DebriefRelease) beside the automatic score. */
  exam: boolean;
  canRelease: boolean;
  onReleased: () => void;
}

/** Whether the trainee has the review, and their answer: released by whom, acknowledged; or the button to release it. */
export function ReviewRelease({ review, exam, canRelease, onReleased }: ReviewReleaseProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const socket = useSocket();
  const { pending, error, submit } = useSubmit(onReleased);
  if (review.release) {
    return (
      <div className="review-release">
        <p>{t('assessorReview.released', { name: review.release.by.name, when: formatDateTime(review.release.at, language) })}</p>
        {review.acknowledgedAt !== null && (
          <p>{t('assessorReview.acknowledgedOn', { when: formatDateTime(review.acknowledgedAt, language) })}</p>
        )}
      </div>
    );
  }
  if (exam || !review.reviewed || !canRelease) return null;
  return (
    <div className="review-release">
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() => void submit(() => request(socket, 'session:release', { sessionId: review.sessionId }))}
      >
        {t('assessorReview.release')}
      </button>
      <ReviewErrorNote error={error} />
    </div>
  );
}
