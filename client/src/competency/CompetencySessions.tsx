import { useTranslation } from 'react-i18next';
import type { CompetencyCell } from '../../../protocol/competency.js';
import { abilityName } from '../../../protocol/standard.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** The sessions behind one cell of the matrix, each opening on the desk. */
export function CompetencySessions({
  trainee,
  ability,
  cell,
  onOpen,
  onClose,
}: {
  trainee: string;
  ability: string;
  cell: CompetencyCell;
  /** Absent where no session can be opened (the instructor's console): the sessions are listed only. */
  onOpen?: (sessionId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <section className="competency-sessions" aria-label={t('competency.sessionsOf', { trainee, ability })}>
      <h3>{t('competency.sessionsOf', { trainee, ability: `${ability} ${abilityName(ability, language)}` })}</h3>
      {cell.sessions.length === 0 ? (
        <p className="muted">{t('competency.noSessions')}</p>
      ) : (
        <ul>
          {cell.sessions.map((session) => (
            <li key={session.sessionId}>
              {onOpen ? (
                <button type="button" className="link-button" onClick={() => onOpen(session.sessionId)}>
                  {formatDateTime(session.launchedAt, language)} · {session.scenarioId}
                </button>
              ) : (
                `${formatDateTime(session.launchedAt, language)} · ${session.scenarioId}`
              )}{' '}
              {t(`competency.mode.${session.mode}`)} · {formatPercent(session.percent, language)} ·{' '}
              {session.reviewedBy
                ? t('reviewMore.source.reviewedBy', { names: session.reviewedBy })
                : t(`competency.source.${session.source}`)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('competency.closeSessions')}
      </button>
    </section>
  );
}
