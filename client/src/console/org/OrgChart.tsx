import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { Panel } from '../../ui/Panel.js';
import { DepartmentList } from './DepartmentList.js';
import { EscalationRuleList } from './EscalationRuleList.js';
import { ProcessDiagram } from './ProcessDiagram.js';
import './org.css';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="subhead">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Who handles what, the rules for escalating and the process diagrams: what the trainee consults before forwarding. */
export function OrgChart({ directory }: { directory: ConsoleDirectory | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Panel title={t('orgChart.title')} className="area-org">
      {!directory ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <Section title={t('orgChart.departments')}>
            <DepartmentList directory={directory} />
          </Section>
          <Section title={t('escalationRules.title')}>
            <EscalationRuleList directory={directory} />
          </Section>
          <Section title={t('processes.title')}>
            {directory.processes.length === 0 ? (
              <p className="muted">{t('processes.none')}</p>
            ) : (
              <ul className="rule-list">
                {directory.processes.map((process) => (
                  <li key={process.id}>
                    <details className="rule">
                      <summary>{pick(process.title)}</summary>
                      <ProcessDiagram process={process} directory={directory} />
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </Panel>
  );
}
