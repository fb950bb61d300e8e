import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { SessionSummary } from '../../../protocol/views.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ReviewErrorNote } from '../review/ReviewErrorNote.js';

/**
 * An exam contact's debrief reaches its trainee only when the assessor releases it: the button while
 * it awaits release, then who released it and when. Nothing for a contact that is no exam.
 */
export function DebriefRelease({ session, onReleased }: { session: SessionSummary; onReleased: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const socket = useSocket();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  if (!session.exam) return null;
  if (session.release) {
    const { releasedByName, releasedAt } = session.release;
    return <p className="release-note">{t('review.releasedBy', { name: releasedByName, when: formatDateTime(releasedAt, language) })}</p>;
  }
  if (!session.awaitingRelease) return <p className="muted">{t('review.examLive')}</p>;
  const release = async () => {
    setPending(true);
    setError(null);
    const result = await request(socket, 'session:release', { sessionId: session.id });
    setPending(false);
    if (result.ok) onReleased();
    else setError(result.error);
  };
  return (
    <div className="release-control">
      <p className="hint">{t('review.awaitingRelease')}</p>
      <button type="button" className="primary" onClick={() => void release()} disabled={pending}>
        {t('review.release')}
      </button>
      {/* In the review's words where it knows the case (an item still to be judged by hand). */}
      <ReviewErrorNote error={error} />
    </div>
  );
}
