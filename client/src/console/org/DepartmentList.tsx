import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** Departments by support level, each with what it handles, its hours and its people. */
export function DepartmentList({ directory }: { directory: ConsoleDirectory }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const levels = [1, 2] as const;
  const head = directory.colleagues.filter((colleague) => colleague.department === null);
  return (
    <>
      {head.length > 0 && (
        <p className="org-head">
          {head.map((person) => t('orgChart.person', { name: person.name, role: t(`messages.role.${person.role}`) })).join(' · ')}
        </p>
      )}
      {levels.map((level) => (
        <div key={level} className="org-level">
          <h4 className="subhead subhead--small">{t('orgChart.level', { level })}</h4>
          <ul className="org-list">
            {directory.departments
              .filter((department) => department.level === level)
              .map((department) => {
                const people = directory.colleagues.filter((colleague) => colleague.department === department.id);
                return (
                  <li key={department.id}>
                    <p className="org-list__name">{pick(department.name)}</p>
                    <p>{pick(department.handles)}</p>
                    <p className="muted">
                      {t('orgChart.referent', { referent: department.referent })} · {t('orgChart.hours', { hours: department.hours })}
                    </p>
                    {people.length > 0 && (
                      <p className="muted small-text">
                        {t('orgChart.people')}{' '}
                        {people
                          .map((person) => t('orgChart.person', { name: person.name, role: t(`messages.role.${person.role}`) }))
                          .join(' · ')}
                      </p>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </>
  );
}
