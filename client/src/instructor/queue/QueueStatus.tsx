import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { useNow } from '../../session/useNow.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { useQueues } from './useQueues.js';

/** Each class's queue: callers waiting and for how long, and the real figures of answer speed and abandonment. */
export function QueueStatus() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { snapshot, error } = useQueues();
  const waiting = snapshot?.queues.some((queue) => queue.waiting.length > 0) ?? false;
  const offset = snapshot ? Date.now() - snapshot.now : 0;
  const now = useNow(waiting, 1000) - offset;
  if (!snapshot) return <ErrorNote error={error} />;
  return (
    <div className="queue-status">
      <ErrorNote error={error} />
      {snapshot.queues.map((queue) => {
        const longest = queue.waiting[0];
        return (
          <section key={queue.classId} className="queue-status__class" aria-label={t('queue.of', { name: queue.className })}>
            <h3 className="subhead">{t('queue.of', { name: queue.className })}</h3>
            <p>
              {t('queue.figures', {
                waiting: queue.waiting.length,
                scheduled: queue.scheduled,
                answered: queue.answered,
                abandoned: queue.abandoned,
                offered: queue.offered,
              })}
              {' · '}
              {t('queue.asa', {
                asa: queue.averageSpeedOfAnswerMs === null ? '—' : formatDuration(queue.averageSpeedOfAnswerMs),
              })}
              {longest && ` · ${t('queue.longest', { wait: formatDuration(Math.max(0, now - longest.dueAt)) })}`}
            </p>
            {queue.waiting.length > 0 && (
              <ol className="queue-status__waiting" aria-label={t('queue.waitingList', { name: queue.className })}>
                {queue.waiting.map((call) => (
                  <li key={call.id}>
                    {pick(call.scenarioTitle)} — {formatDuration(Math.max(0, now - call.dueAt))}
                    {call.mode === 'exam' && ` (${t('wall.exam')})`}
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
