import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { formatDuration } from '../../i18n/formatters.js';
import { sinceLaunchMs, talkTimeMs } from './callClock.js';

/**
 * `now` is on the server's clock: the live console corrects for skew, the replay passes its cursor.
 * The softphone counts talk time from the answer; the monitor counts from the launch, like its action log.
 */
export function CallTimer({ view, now, from = 'answer' }: { view: CallView; now: number; from?: 'answer' | 'launch' }) {
  const { t } = useTranslation();
  const elapsed = from === 'launch' ? sinceLaunchMs(view, now) : talkTimeMs(view, now);
  return (
    <p className="call-timer">
      <span className="call-timer__label">{from === 'launch' ? t('monitor.sinceArrival') : t('softphone.timer')}</span>{' '}
      <time className="call-timer__value" dateTime={elapsed === null ? undefined : `PT${Math.floor(elapsed / 1000)}S`}>
        {elapsed === null ? '--:--' : formatDuration(elapsed)}
      </time>
    </p>
  );
}
