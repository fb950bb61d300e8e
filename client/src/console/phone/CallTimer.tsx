import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { formatDuration } from '../../i18n/formatters.js';
import { talkTimeMs } from './callClock.js';

/** `now` is on the server's clock: the live console corrects for skew, the replay passes its cursor. */
export function CallTimer({ view, now }: { view: CallView; now: number }) {
  const { t } = useTranslation();
  const elapsed = talkTimeMs(view, now);
  return (
    <p className="call-timer">
      <span className="call-timer__label">{t('softphone.timer')}</span>{' '}
      <time className="call-timer__value" dateTime={elapsed === null ? undefined : `PT${Math.floor(elapsed / 1000)}S`}>
        {elapsed === null ? '--:--' : formatDuration(elapsed)}
      </time>
    </p>
  );
}
