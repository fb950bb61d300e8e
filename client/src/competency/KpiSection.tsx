import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { KpiTable } from './KpiTable.js';
import { KpiTargetsForm } from './KpiTargetsForm.js';
import { useClassKpis } from './useClassKpis.js';
import type { CompetencyAsk } from './useCompetency.js';

/** The class's KPIs over the same range and mode as the matrix; its instructors set the targets here. */
export function KpiSection({ ask }: { ask: CompetencyAsk }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const me = useApiResource('GET /api/auth/me');
  const { result, save } = useClassKpis(ask);
  const kpis = result?.ok ? result.data : null;
  const isInstructor = me.result?.ok && me.result.data?.role === 'instructor';
  return (
    <section className="competency-kpis" aria-label={t('competency.kpi.title')}>
      <h3>{t('competency.kpi.title')}</h3>
      <ErrorNote error={result && !result.ok ? result.error : null} />
      {kpis && (
        <>
          <p className="hint">
            {kpis.setAt === null
              ? t('competency.kpi.noTargets')
              : t('competency.kpi.setAt', { when: formatDateTime(kpis.setAt, language) })}
          </p>
          <KpiTable kpis={kpis} />
          {isInstructor && <KpiTargetsForm key={`${ask.classId}-${kpis.setAt}`} current={kpis.targets} onSave={save} />}
        </>
      )}
    </section>
  );
}
