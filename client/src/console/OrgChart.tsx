import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { Panel } from '../ui/Panel.js';

/** Who handles what, by support level: what the trainee consults before escalating. */
export function OrgChart({ directory }: { directory: Directory | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const levels = [1, 2] as const;
  return (
    <Panel title={t('orgChart.title')} className="area-org">
      {!directory ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        levels.map((level) => (
          <div key={level} className="org-level">
            <h3 className="subhead">{t('orgChart.level', { level })}</h3>
            <ul className="org-list">
              {directory.departments
                .filter((department) => department.level === level)
                .map((department) => (
                  <li key={department.id}>
                    <p className="org-list__name">{pick(department.name)}</p>
                    <p>{pick(department.handles)}</p>
                    <p className="muted">
                      {t('orgChart.referent', { referent: department.referent })} · {t('orgChart.hours', { hours: department.hours })}
                    </p>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </Panel>
  );
}
