import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { OrderCard } from './OrderCard.js';

interface PlacedOrderListProps {
  orders: CallView['orders'];
  cancelled: string[];
  act: Act | null;
  disabled: boolean;
}

/** The orders placed in this contact, with their totals; each can still be cancelled with a reason. */
export function PlacedOrderList({ orders, cancelled, act, disabled }: PlacedOrderListProps) {
  const { t } = useTranslation();
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
          {orders.map((order) => (
            <OrderCard
              key={order.orderId}
              orderId={order.orderId}
              order={order}
              cancelled={cancelled.includes(order.orderId)}
              cancelledText={t('orders.statusCancelled')}
              status={{ text: t('orders.statusPlaced'), tone: 'ok' }}
              totalClassName="order-total"
              facts={
                <div className="history-facts__wide">
                  <dt>{t('orders.deliveryAddress')}</dt>
                  <dd>{order.deliveryAddress}</dd>
                </div>
              }
              act={act}
              disabled={disabled}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
