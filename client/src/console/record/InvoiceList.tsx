import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceSummary } from '../../../../protocol/events.js';
import { formatEuro, formatIsoDate } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** One invoice: period, dates, total and status; its lines on demand. */
function InvoiceItem({ invoice }: { invoice: InvoiceSummary }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [open, setOpen] = useState(false);
  const linesId = useId();
  return (
    <li>
      <p className="history-list__head">
        <span className="code">{invoice.id}</span>{' '}
        <span className="muted">{invoice.period ? t('history.period', { period: invoice.period }) : t('history.oneOff')}</span>{' '}
        <span
          className={`badge ${invoice.status === 'pagata' ? 'badge--ok' : invoice.status === 'da pagare' ? 'badge--neutral' : 'badge--warn'}`}
        >
          {t(`history.invoiceStatus.${invoice.status}`, { defaultValue: invoice.status })}
        </span>
      </p>
      <dl className="history-facts">
        <div>
          <dt>{t('history.issuedOn')}</dt>
          <dd>{formatIsoDate(invoice.issuedOn, language)}</dd>
        </div>
        <div>
          <dt>{t('history.dueOn')}</dt>
          <dd>{formatIsoDate(invoice.dueOn, language)}</dd>
        </div>
        <div>
          <dt>{t('history.total')}</dt>
          <dd>{formatEuro(invoice.total, language)}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="small link-button"
        aria-expanded={open}
        aria-controls={linesId}
        aria-label={t('history.linesOf', { id: invoice.id })}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('history.hideLines') : t('history.showLines')}
      </button>
      <div id={linesId} hidden={!open}>
        {open && (
          <table className="data-table compact">
            <caption className="sr-only">{t('history.linesCaption', { id: invoice.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.lineDescription')}</th>
                <th scope="col">{t('history.lineAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {invoice.lines.map((line, index) => (
                <tr key={index}>
                  <td>{line.description}</td>
                  <td>{formatEuro(line.amount, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </li>
  );
}

/** The customer's invoices, newest first. */
export function InvoiceList({ invoices }: { invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  if (invoices.length === 0) return <p className="muted">{t('history.noInvoices')}</p>;
  return (
    <ul className="history-list">
      {invoices.map((invoice) => (
        <InvoiceItem key={invoice.id} invoice={invoice} />
      ))}
    </ul>
  );
}
