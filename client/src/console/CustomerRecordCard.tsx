import { useTranslation } from 'react-i18next';
import type { CustomerRecord } from '../../../protocol/events.js';

/** The record exactly as the log kept it when it was opened. */
export function CustomerRecordCard({ record }: { record: CustomerRecord }) {
  const { t } = useTranslation();
  const fields: [string, string][] = [
    [t('customer.field.customerCode'), record.customerCode],
    [t('customer.field.fullName'), record.fullName],
    [t('customer.field.taxCode'), record.taxCode],
    [t('customer.field.birthDate'), record.birthDate],
    [t('customer.field.address'), record.address],
    [t('customer.field.phone'), record.phone],
    [t('customer.field.email'), record.email],
  ];
  return (
    <article className="record-card" aria-label={t('customer.recordOf', { name: record.fullName })}>
      <h3 className="subhead">{t('customer.record')}</h3>
      <dl className="fact-grid">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('customer.field.privacyConsent')}</dt>
          <dd>{record.privacyConsent ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('customer.field.marketingConsent')}</dt>
          <dd>{record.marketingConsent ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>
      <h4 className="subhead subhead--small">{t('customer.contracts')}</h4>
      {record.contracts.length === 0 ? (
        <p className="muted">{t('customer.noContracts')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('customer.contract.id')}</th>
              <th scope="col">{t('customer.contract.product')}</th>
              <th scope="col">{t('customer.contract.status')}</th>
              <th scope="col">{t('customer.contract.since')}</th>
            </tr>
          </thead>
          <tbody>
            {record.contracts.map((contract) => (
              <tr key={contract.id}>
                <td className="code">{contract.id}</td>
                <td>{contract.product}</td>
                <td>{contract.status}</td>
                <td>{contract.since}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
