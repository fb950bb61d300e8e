import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../protocol/views.js';
import { formatEuro } from '../../i18n/formatters.js';

const maxPicked = 3;

/** The plans on sale in one table; tick two or three to see them side by side. */
export default function PlanComparison({ plans }: { plans: PlanView[] }) {
  const { t, i18n } = useTranslation();
  const euro = (amount: number) => formatEuro(amount, i18n.language);
  const onSale = plans.filter((plan) => plan.onSale);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) =>
    setPicked((list) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id].slice(-maxPicked)));
  const chosen = onSale.filter((plan) => picked.includes(plan.id));
  const rows: { label: string; value: (plan: PlanView) => string }[] = [
    { label: t('plans.kind'), value: (plan) => plan.kind },
    { label: t('plans.monthlyFee'), value: (plan) => euro(plan.monthlyFee) },
    { label: t('plans.activationFee'), value: (plan) => euro(plan.activationFee) },
    { label: t('plans.commitment'), value: (plan) => t('plans.months', { count: plan.commitmentMonths }) },
    { label: t('plans.earlyTermination'), value: (plan) => euro(plan.earlyTerminationFee) },
    { label: t('plans.includes'), value: (plan) => plan.includes.join('; ') },
    { label: t('plans.conditions'), value: (plan) => plan.conditions.join('; ') },
  ];

  return (
    <section className="plan-comparison" aria-label={t('plans.title')}>
      <h3 className="subhead">{t('plans.title')}</h3>
      <p className="hint">{t('plans.pickHint')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('plans.tableName')}>
        <table>
          <caption className="sr-only">{t('plans.tableName')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.compare')}</th>
              <th scope="col">{t('plans.name')}</th>
              {rows.slice(0, 6).map((row) => (
                <th key={row.label} scope="col">
                  {row.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {onSale.map((plan) => (
              <tr key={plan.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={picked.includes(plan.id)}
                    onChange={() => toggle(plan.id)}
                    aria-label={t('plans.compareNamed', { name: plan.name })}
                  />
                </td>
                <th scope="row">{plan.name}</th>
                {rows.slice(0, 6).map((row) => (
                  <td key={row.label}>{row.value(plan)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen.length >= 2 ? (
        <table className="plan-comparison__side">
          <caption>{t('plans.sideBySide')}</caption>
          <thead>
            <tr>
              <td />
              {chosen.map((plan) => (
                <th key={plan.id} scope="col">
                  {plan.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {chosen.map((plan) => (
                  <td key={plan.id}>{row.value(plan)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('plans.pickMore')}</p>
      )}
    </section>
  );
}
