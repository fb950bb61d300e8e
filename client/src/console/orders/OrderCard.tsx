import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../protocol/events.js';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import type { Act } from '../../session/traineeActions.js';
import { OrderCancelControl } from './OrderCancelControl.js';
import { OrderItemLines } from './OrderItemLines.js';
import { paymentLabel } from './paymentMethods.js';

interface OrderCardProps {
  orderId: string;
  /** What both kinds of order have: a record's OrderSummary or an order placed in the contact. */
  order: Pick<OrderSummary, 'items' | 'total' | 'paymentMethod'>;
  /** Cancelled in this session: the card says so in place of its status and offers no cancel. */
  cancelled: boolean;
  cancelledText: string;
  /** The order's standing when not cancelled here, and the badge tone it shows in. */
  status: { text: string; tone: 'ok' | 'neutral' };
  /** Shown in the head between the code and the badge, e.g. the day the order was placed. */
  headExtra?: ReactNode;
  /** The list's own facts, after the total and the payment (each a <div> of <dt> and <dd>). */
  facts: ReactNode;
  totalClassName?: string;
  act: Act | null;
  disabled: boolean;
}

/**
 * One order as a card, the same whether it was placed in this contact or found in the record's history:
 * code and status, the lines, total and payment, the list's own facts, and the cancel control.
 */
export function OrderCard({
  orderId,
  order,
  cancelled,
  cancelledText,
  status,
  headExtra,
  facts,
  totalClassName,
  act,
  disabled,
}: OrderCardProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <li className={cancelled ? 'is-cancelled' : undefined}>
      <p className="history-list__head">
        <span className="code">{orderId}</span> {headExtra && <>{headExtra} </>}
        <span className={`badge ${cancelled ? 'badge--warn' : `badge--${status.tone}`}`}>{cancelled ? cancelledText : status.text}</span>
      </p>
      <OrderItemLines items={order.items} />
      <dl className="history-facts">
        <div>
          <dt>{t('history.total')}</dt>
          <dd className={totalClassName}>{formatEuro(order.total, language)}</dd>
        </div>
        <div>
          <dt>{t('history.payment')}</dt>
          <dd>{paymentLabel(order.paymentMethod, t)}</dd>
        </div>
        {facts}
      </dl>
      {act && !cancelled && <OrderCancelControl orderId={orderId} act={act} disabled={disabled} />}
    </li>
  );
}
