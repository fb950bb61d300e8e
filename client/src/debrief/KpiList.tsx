import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../protocol/vocabulary.js';
import type { CallKpis } from '../../../protocol/views.js';
import { formatDuration } from '../i18n/formatters.js';

/** The call-centre measures of one contact, as a supervisor's wallboard would show them. */
export function KpiList({ kpis, channel = 'phone' }: { kpis: CallKpis; channel?: Channel }) {
  const { t } = useTranslation();
  // An e-mail is handled, not talked through: its measures have their own words where they differ.
  const context = channel === 'email' ? 'email' : undefined;
  const duration = (ms: number | null) => (ms === null ? t('score.notAvailable') : formatDuration(ms));
  const rows: [string, string][] = [
    [t('kpi.timeToAnswer', { context }), duration(kpis.timeToAnswerMs)],
    [t('kpi.talkTime', { context }), duration(kpis.talkTimeMs)],
    [t('kpi.holdTime'), duration(kpis.holdTimeMs)],
    [t('kpi.afterCallWork', { context }), duration(kpis.afterCallWorkMs)],
    [t('kpi.firstContactResolution'), kpis.resolvedFirstContact ? t('common.yes') : t('common.no')],
  ];
  return (
    <div className="kpis">
      <h3 className="subhead">{t('kpi.title', { context })}</h3>
      <dl className="kpi-grid">
        {rows.map(([label, value]) => (
          <div key={label} className="kpi">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
