import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../protocol/events.js';
import { formatEuro, formatIsoDate } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { OrderCancelControl } from '../orders/OrderCancelControl.js';
import { OrderItemLines } from '../orders/OrderItemLines.js';
import { paymentLabel } from '../orders/paymentMethods.js';

interface OrderHistoryListProps {
  orders: OrderSummary[];
  /** Orders cancelled in this session: shown as such, whatever the company's data said. */
  cancelled: string[];
  act: Act | null;
  disabled: boolean;
}

/** The customer's orders, newest first: what, when, how paid, where the parcel is. */
export function OrderHistoryList({ orders, cancelled, act, disabled }: OrderHistoryListProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (orders.length === 0) return <p className="muted">{t('history.noOrders')}</p>;
  return (
    <ul className="history-list">
      {orders.map((order) => {
        const isCancelled = cancelled.includes(order.id);
        return (
          <li key={order.id} className={isCancelled ? 'is-cancelled' : undefined}>
            <p className="history-list__head">
              <span className="code">{order.id}</span> <span className="muted">{formatIsoDate(order.placedOn, language)}</span>{' '}
              <span className={`badge ${isCancelled ? 'badge--warn' : 'badge--neutral'}`}>
                {isCancelled ? t('history.cancelledHere') : t(`history.orderStatus.${order.status}`, { defaultValue: order.status })}
              </span>
            </p>
            <OrderItemLines items={order.items} />
            <dl className="history-facts">
              <div>
                <dt>{t('history.total')}</dt>
                <dd>{formatEuro(order.total, language)}</dd>
              </div>
              <div>
                <dt>{t('history.payment')}</dt>
                <dd>{paymentLabel(order.paymentMethod, t)}</dd>
              </div>
              <div>
                <dt>{t('history.tracking')}</dt>
                <dd className="code">{order.trackingCode ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('history.deliveredOn')}</dt>
                <dd>{order.deliveredOn ? formatIsoDate(order.deliveredOn, language) : '—'}</dd>
              </div>
            </dl>
            {act && !isCancelled && <OrderCancelControl orderId={order.id} act={act} disabled={disabled} />}
          </li>
        );
      })}
    </ul>
  );
}
