import { useTranslation } from 'react-i18next';
import type { CallKpis } from '../../../protocol/views.js';
import { formatDuration } from '../i18n/formatters.js';

/** The call-centre measures of one contact, as a supervisor's wallboard would show them. */
export function KpiList({ kpis }: { kpis: CallKpis }) {
  const { t } = useTranslation();
  const duration = (ms: number | null) => (ms === null ? t('score.notAvailable') : formatDuration(ms));
  const rows: [string, string][] = [
    [t('kpi.timeToAnswer'), duration(kpis.timeToAnswerMs)],
    [t('kpi.talkTime'), duration(kpis.talkTimeMs)],
    [t('kpi.holdTime'), duration(kpis.holdTimeMs)],
    [t('kpi.afterCallWork'), duration(kpis.afterCallWorkMs)],
    [t('kpi.firstContactResolution'), kpis.resolvedFirstContact ? t('common.yes') : t('common.no')],
  ];
  return (
    <div className="kpis">
      <h3 className="subhead">{t('kpi.title')}</h3>
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
