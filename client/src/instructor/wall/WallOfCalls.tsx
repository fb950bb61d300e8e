import { useTranslation } from 'react-i18next';
import { useNow } from '../../session/useNow.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { useWall } from './useWall.js';
import { WallCardView } from './WallCardView.js';
import { sortForAttention } from './wallAlerts.js';
import './wall.css';

interface WallOfCallsProps {
  watching: string | null;
  onOpen: (sessionId: string) => void;
}

/** Every live call of the instructor's classes at once, the ones that need them first; it updates itself. */
export function WallOfCalls({ watching, onOpen }: WallOfCallsProps) {
  const { t } = useTranslation();
  const { cards, clockOffsetMs, error } = useWall();
  const now = useNow(cards !== null && cards.length > 0, 1000) - clockOffsetMs;
  const sorted = sortForAttention(cards ?? [], now);
  const needing = sorted.filter((entry) => entry.alerts.length > 0).length;
  return (
    <section className="wall" aria-labelledby="wall-title">
      <h2 id="wall-title" className="wall__title">
        {t('wall.title')}
      </h2>
      <ErrorNote error={error} />
      {cards === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <p className="wall__summary" role="status">
            {t('wall.summary', { count: sorted.length, needing })}
          </p>
          {sorted.length === 0 ? (
            <p className="muted">{t('wall.empty')}</p>
          ) : (
            <ol className="wall__cards">
              {sorted.map(({ card, alerts }) => (
                <WallCardView
                  key={card.sessionId}
                  card={card}
                  alerts={alerts}
                  now={now}
                  open={card.sessionId === watching}
                  onOpen={onOpen}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
