import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** What each cancelled order was, when the console knows it: placed in this contact or in the open record. */
function describe(view: CallView, orderId: string, euro: (value: number) => string): string | null {
  const placed = view.orders.find((order) => order.orderId === orderId);
  const past = view.openHistory?.orders.find((order) => order.id === orderId);
  const items = placed?.items ?? past?.items;
  const total = placed?.total ?? past?.total;
  if (!items || total === undefined) return null;
  return `${items.map((item) => `${item.quantity} × ${item.name}`).join(', ')} — ${euro(total)}`;
}

/** Orders cancelled in this contact, whether placed now or found in the customer's history. */
export function CancelledOrderList({ view }: { view: CallView }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const titleId = useId();
  const euro = (value: number) => formatEuro(value, language);
  return (
    <section aria-labelledby={titleId} className="cancelled-orders">
      <h3 id={titleId} className="subhead">
        {t('orders.cancelledTitle')}
      </h3>
      {view.cancelledOrders.length === 0 ? (
        <p className="muted">{t('orders.noneCancelled')}</p>
      ) : (
        <ul className="plain-list">
          {view.cancelledOrders.map((orderId) => {
            const what = describe(view, orderId, euro);
            return (
              <li key={orderId}>
                <span className="code">{orderId}</span>
                {what && <span className="muted"> · {what}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
