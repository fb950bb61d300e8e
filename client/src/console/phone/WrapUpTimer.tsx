import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { formatDuration } from '../../i18n/formatters.js';

/** After-call work so far: the time since the hang-up, while the wrap-up is open. */
export function WrapUpTimer({ view, now }: { view: CallView; now: number }) {
  const { t } = useTranslation();
  if (view.phase !== 'wrapUp' || view.hungUpAt === null) return null;
  const elapsed = Math.max(0, now - view.hungUpAt);
  return (
    <p className="call-timer wrapup-timer">
      <span className="call-timer__label">{t('phoneExtras.wrapUpTimer')}</span>{' '}
      <time className="call-timer__value" dateTime={`PT${Math.floor(elapsed / 1000)}S`}>
        {formatDuration(elapsed)}
      </time>
    </p>
  );
}
