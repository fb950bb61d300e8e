import { useTranslation } from 'react-i18next';
import { formatDuration } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { replaySpeeds, type ReplayClock } from './useReplayClock.js';

/** Play/pause, speed and the timeline: the range input scrubs through the session's time. */
export function ReplayControls({ clock, duration, onScrub }: { clock: ReplayClock; duration: number; onScrub: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const speedFormat = new Intl.NumberFormat(language);
  const current = formatDuration(clock.position);
  const total = formatDuration(duration);
  // Tenths of a second for real calls, milliseconds for the very short ones.
  const timelineStep = duration < 1000 ? 1 : 100;
  const timelineEnd = Math.max(Math.ceil(duration / timelineStep) * timelineStep, 1);
  return (
    <div className="replay-controls">
      <button
        type="button"
        className="primary"
        onClick={() => {
          onScrub();
          if (clock.playing) clock.pause();
          else clock.play();
        }}
      >
        {clock.playing ? t('replay.pause') : t('replay.play')}
      </button>
      <label className="replay-controls__speed">
        {t('replay.speed')}
        <select
          value={clock.speed}
          onChange={(event) => clock.setSpeed(replaySpeeds.find((speed) => String(speed) === event.target.value) ?? 1)}
        >
          {replaySpeeds.map((speed) => (
            <option key={speed} value={speed}>
              {t('replay.speedOption', { speed: speedFormat.format(speed) })}
            </option>
          ))}
        </select>
      </label>
      {/* The end must sit on the step grid, or the last events of the call could never be reached. */}
      <label className="replay-controls__timeline">
        {t('replay.timeline')}
        <input
          type="range"
          min={0}
          max={timelineEnd}
          step={timelineStep}
          value={Math.round(clock.position)}
          aria-valuetext={t('replay.positionText', { current, total })}
          onChange={(event) => {
            onScrub();
            clock.seek(Number(event.target.value));
          }}
        />
      </label>
      <p className="replay-controls__time">
        <time>{current}</time> / <time>{total}</time>
      </p>
    </div>
  );
}
