import { useTranslation } from 'react-i18next';
import type { WallCard } from '../../../../protocol/wall.js';
import { formatDuration } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { WallAlert } from './wallAlerts.js';

interface WallCardViewProps {
  card: WallCard;
  alerts: WallAlert[];
  now: number;
  open: boolean;
  onOpen: (sessionId: string) => void;
}

/** One live call on the wall: who, what, where it stands, and what needs the instructor. */
export function WallCardView({ card, alerts, now, open, onOpen }: WallCardViewProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const elapsed = Math.max(0, now - (card.answeredAt ?? card.launchedAt ?? now));
  const hold = card.holdMs + (card.phase === 'onHold' && card.holdStartedAt !== null ? Math.max(0, now - card.holdStartedAt) : 0);
  const level = alerts.length === 0 ? 'calm' : alerts.includes('criticalMissed') || alerts.includes('callerLeaving') ? 'urgent' : 'watch';
  return (
    <li className={`wall-card wall-card--${level}${open ? ' is-open' : ''}`}>
      <h3 className="wall-card__name">{card.traineeName}</h3>
      <p className="wall-card__scenario">{pick(card.scenarioTitle)}</p>
      <p className="wall-card__facts">
        <span className={`wall-phase wall-phase--${card.phase}`}>{card.paused ? t('wall.paused') : t(`wall.phase.${card.phase}`)}</span>
        {card.mode === 'exam' && <span className="wall-exam">{t('wall.exam')}</span>}
        {card.callerPlayedBy !== null && <span className="wall-played">{t('wall.callerPlayedBy', { name: card.callerPlayedBy })}</span>}
      </p>
      <dl className="wall-card__figures">
        <div>
          <dt>{card.answeredAt === null ? t('wall.ringingFor') : t('wall.elapsed')}</dt>
          <dd>{formatDuration(elapsed)}</dd>
        </div>
        <div>
          <dt>{t('wall.hold')}</dt>
          <dd>{formatDuration(hold)}</dd>
        </div>
        <div>
          <dt>{t('wall.mood')}</dt>
          <dd>{card.mood === null ? '—' : t(`wall.moodLevel.${Math.max(-3, Math.min(3, card.mood))}`)}</dd>
        </div>
        <div>
          <dt>{t('wall.items')}</dt>
          <dd>{t('wall.itemsOf', { met: card.itemsMet, total: card.itemsTotal })}</dd>
        </div>
      </dl>
      {alerts.length > 0 && (
        <ul className="wall-card__alerts" aria-label={t('wall.alertsFor', { name: card.traineeName })}>
          {alerts.map((alert) => (
            <li key={alert}>
              {alert === 'criticalMissed'
                ? t('wall.alert.criticalMissed', { items: card.criticalMissed.map(pick).join('; ') })
                : t(`wall.alert.${alert}`)}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="small"
        aria-pressed={open}
        aria-label={t('wall.openNamed', { name: card.traineeName })}
        onClick={() => onOpen(card.sessionId)}
      >
        {t('wall.open')}
      </button>
    </li>
  );
}
