import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { directoryLookups } from '../shared/directoryLabels.js';

/** What goes where: one folded entry per kind of request, its levels, when to escalate and when never to. */
export function EscalationRuleList({ directory }: { directory: ConsoleDirectory }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { department, disposition, category } = directoryLookups(directory);
  const name = (lookup: ReturnType<typeof department>, code: string) => (lookup ? pick(lookup) : code);
  if (directory.escalationRules.length === 0) return <p className="muted">{t('escalationRules.none')}</p>;
  return (
    <ul className="rule-list">
      {directory.escalationRules.map((rule) => (
        <li key={rule.id}>
          <details className="rule">
            <summary>{pick(rule.topic)}</summary>
            <dl className="rule__facts">
              <div>
                <dt>{t('escalationRules.categories')}</dt>
                <dd>{rule.ticketCategories.map((code) => name(category(code), code)).join(', ')}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.firstLevel')}</dt>
                <dd>{name(department(rule.firstLevel), rule.firstLevel)}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.secondLevel')}</dt>
                <dd>{rule.secondLevel ? name(department(rule.secondLevel), rule.secondLevel) : t('escalationRules.noSecondLevel')}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.escalateWhen')}</dt>
                <dd>{pick(rule.escalateWhen)}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.neverEscalate')}</dt>
                <dd>{rule.neverEscalate ? pick(rule.neverEscalate) : '—'}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.priority')}</dt>
                <dd>{t(`tickets.priority.${rule.suggestedPriority}`)}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.responseTime')}</dt>
                <dd>{pick(rule.responseTime)}</dd>
              </div>
              <div>
                <dt>{t('escalationRules.disposition')}</dt>
                <dd>{name(disposition(rule.disposition), rule.disposition)}</dd>
              </div>
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
