import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../protocol/events.js';
import { formatIsoDate } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { OrderCard } from '../orders/OrderCard.js';

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
      {orders.map((order) => (
        <OrderCard
          key={order.id}
          orderId={order.id}
          order={order}
          cancelled={cancelled.includes(order.id)}
          cancelledText={t('history.cancelledHere')}
          status={{ text: t(`history.orderStatus.${order.status}`, { defaultValue: order.status }), tone: 'neutral' }}
          headExtra={<span className="muted">{formatIsoDate(order.placedOn, language)}</span>}
          facts={
            <>
              <div>
                <dt>{t('history.tracking')}</dt>
                <dd className="code">{order.trackingCode ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('history.deliveredOn')}</dt>
                <dd>{order.deliveredOn ? formatIsoDate(order.deliveredOn, language) : '—'}</dd>
              </div>
            </>
          }
          act={act}
          disabled={disabled}
        />
      ))}
    </ul>
  );
}
