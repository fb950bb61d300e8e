import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { OrderCancelControl } from './OrderCancelControl.js';
import { OrderItemLines } from './OrderItemLines.js';
import { paymentLabel } from './paymentMethods.js';

interface PlacedOrderListProps {
  orders: CallView['orders'];
  cancelled: string[];
  act: Act | null;
  disabled: boolean;
}

/** The orders placed in this contact, with their totals; each can still be cancelled with a reason. */
export function PlacedOrderList({ orders, cancelled, act, disabled }: PlacedOrderListProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="placed-orders">
      <h3 id={titleId} className="subhead">
        {t('orders.placedTitle')}
      </h3>
      {orders.length === 0 ? (
        <p className="muted">{t('orders.nonePlaced')}</p>
      ) : (
        <ul className="history-list">
          {orders.map((order) => {
            const isCancelled = cancelled.includes(order.orderId);
            return (
              <li key={order.orderId} className={isCancelled ? 'is-cancelled' : undefined}>
                <p className="history-list__head">
                  <span className="code">{order.orderId}</span>{' '}
                  <span className={`badge ${isCancelled ? 'badge--warn' : 'badge--ok'}`}>
                    {isCancelled ? t('orders.statusCancelled') : t('orders.statusPlaced')}
                  </span>
                </p>
                <OrderItemLines items={order.items} />
                <dl className="history-facts">
                  <div>
                    <dt>{t('history.total')}</dt>
                    <dd className="order-total">{formatEuro(order.total, language)}</dd>
                  </div>
                  <div>
                    <dt>{t('history.payment')}</dt>
                    <dd>{paymentLabel(order.paymentMethod, t)}</dd>
                  </div>
                  <div className="history-facts__wide">
                    <dt>{t('orders.deliveryAddress')}</dt>
                    <dd>{order.deliveryAddress}</dd>
                  </div>
                </dl>
                {act && !isCancelled && <OrderCancelControl orderId={order.orderId} act={act} disabled={disabled} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
