import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHistoryView } from '../../../../protocol/events.js';
import type { Directory } from '../../../../protocol/views.js';
import type { Act } from '../../session/traineeActions.js';
import { InvoiceList } from './InvoiceList.js';
import { OrderHistoryList } from './OrderHistoryList.js';
import { PastTicketList } from './PastTicketList.js';
import './record.css';

interface CustomerHistoryProps {
  history: CustomerHistoryView;
  cancelledOrders: string[];
  directory: Directory | null;
  act: Act | null;
  disabled: boolean;
}

/** A collapsible part of the record, its count in the summary so a closed one still tells something. */
function HistorySection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <details className="history-section">
      <summary>
        {title} <span className="history-section__count">({count})</span>
      </summary>
      <div className="history-section__body">{children}</div>
    </details>
  );
}

/** Orders, invoices and past tickets of the open record, each folded until asked for. */
export function CustomerHistory({ history, cancelledOrders, directory, act, disabled }: CustomerHistoryProps) {
  const { t } = useTranslation();
  return (
    <div className="customer-history">
      <h3 className="subhead">{t('history.title')}</h3>
      <HistorySection title={t('history.orders')} count={history.orders.length}>
        <OrderHistoryList orders={history.orders} cancelled={cancelledOrders} act={act} disabled={disabled} />
      </HistorySection>
      <HistorySection title={t('history.invoices')} count={history.invoices.length}>
        <InvoiceList invoices={history.invoices} />
      </HistorySection>
      <HistorySection title={t('history.pastTickets')} count={history.pastTickets.length}>
        <PastTicketList tickets={history.pastTickets} directory={directory} />
      </HistorySection>
    </div>
  );
}
