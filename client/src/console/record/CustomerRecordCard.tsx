import { useTranslation } from 'react-i18next';
import type { CustomerRecord } from '../../../../protocol/events.js';
import { formatIsoDate } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { RecordCorrectionForm } from './RecordCorrectionForm.js';

interface CustomerRecordCardProps {
  /** The record as this session sees it: the company's data with the session's corrections applied. */
  record: CustomerRecord;
  /** Fields corrected in this session (field → value), marked on the card. */
  edits: Record<string, string>;
  act: Act | null;
  disabled: boolean;
}

/** The record exactly as the log kept it when it was opened, with this session's corrections on top. */
export function CustomerRecordCard({ record, edits, act, disabled }: CustomerRecordCardProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const fields: [string, string][] = [
    ['customerCode', record.customerCode],
    ['fullName', record.fullName],
    ['taxCode', record.taxCode],
    ['birthDate', formatIsoDate(record.birthDate, language)],
    ['address', record.address],
    ['phone', record.phone],
    ['email', record.email],
    ['privacyConsent', yesNo(record.privacyConsent)],
    ['marketingConsent', yesNo(record.marketingConsent)],
  ];
  return (
    <article className="record-card" aria-label={t('customer.recordOf', { name: record.fullName })}>
      <h3 className="subhead">{t('customer.record')}</h3>
      <dl className="fact-grid">
        {fields.map(([field, value]) => (
          <div key={field} className={edits[field] !== undefined ? 'is-corrected' : undefined}>
            <dt>{t(`customer.field.${field}`)}</dt>
            <dd>
              {value}
              {edits[field] !== undefined && (
                <>
                  {' '}
                  <span className="badge badge--info corrected-mark">{t('customer.corrected')}</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {act && <RecordCorrectionForm record={record} act={act} disabled={disabled} />}
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
                <td>{t(`customer.contractStatus.${contract.status}`)}</td>
                <td>{formatIsoDate(contract.since, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
