import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencySession } from '../../../protocol/competency.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

const width = 480;
const height = 180;
const pad = { left: 36, right: 12, top: 12, bottom: 24 };

/**
 * A trainee's final percent per session, by date, as points joined by a line: a plain SVG (a chart
 * library would weigh more than the whole console for one line of points), named for screen readers,
 * with the same figures in a table beside it.
 */
export function ProgressChart({
  trainee,
  sessions,
  onOpen,
}: {
  trainee: string;
  sessions: readonly CompetencySession[];
  onOpen?: (sessionId: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const titleId = useId();
  const first = sessions[0]?.launchedAt ?? 0;
  const last = sessions.at(-1)?.launchedAt ?? 0;
  const span = Math.max(1, last - first);
  const x = (at: number) =>
    sessions.length === 1 ? (pad.left + width - pad.right) / 2 : pad.left + ((at - first) / span) * (width - pad.left - pad.right);
  const y = (percent: number) => pad.top + (1 - percent / 100) * (height - pad.top - pad.bottom);
  const title = t('competency.progress.title', { trainee });
  const when = (at: number) => formatDateTime(at, language);

  return (
    <section className="competency-progress" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {sessions.length === 0 ? (
        <p className="muted">{t('competency.noSessions')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={t('competency.progress.summary', { trainee, count: sessions.length })}
          >
            {[0, 50, 100].map((mark) => (
              <g key={mark} className="competency-progress__grid">
                <line x1={pad.left} x2={width - pad.right} y1={y(mark)} y2={y(mark)} />
                <text x={pad.left - 4} y={y(mark) + 4} textAnchor="end">
                  {mark}%
                </text>
              </g>
            ))}
            <text x={pad.left} y={height - 6}>
              {when(first)}
            </text>
            <text x={width - pad.right} y={height - 6} textAnchor="end">
              {when(last)}
            </text>
            <polyline
              className="competency-progress__line"
              points={sessions.map((session) => `${x(session.launchedAt)},${y(session.percent)}`).join(' ')}
            />
            {sessions.map((session) => (
              <circle
                key={session.sessionId}
                className={`competency-progress__point competency-progress__point--${session.mode}`}
                cx={x(session.launchedAt)}
                cy={y(session.percent)}
                r={5}
              >
                <title>{`${when(session.launchedAt)}: ${formatPercent(session.percent, language)} (${t(`competency.mode.${session.mode}`)})`}</title>
              </circle>
            ))}
          </svg>
          <table className="competency__matrix">
            <caption>{t('competency.progress.tableCaption', { trainee })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competency.progress.when')}</th>
                <th scope="col">{t('competency.modeLabel')}</th>
                <th scope="col">{t('competency.progress.percent')}</th>
                <th scope="col">{t('competency.progress.scoreSource')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.sessionId}>
                  <td>
                    {onOpen ? (
                      <button type="button" className="link-button" onClick={() => onOpen(session.sessionId)}>
                        {when(session.launchedAt)}
                      </button>
                    ) : (
                      when(session.launchedAt)
                    )}
                  </td>
                  <td>{t(`competency.mode.${session.mode}`)}</td>
                  <td>{formatPercent(session.percent, language)}</td>
                  <td>
                    {session.reviewedBy
                      ? t('reviewMore.source.reviewedBy', { names: session.reviewedBy })
                      : t(`competency.source.${session.source}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
