import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import { CancelledOrderList } from './CancelledOrderList.js';
import { NewOrderForm } from './NewOrderForm.js';
import type { DraftChange, DraftLine } from './orderDraft.js';
import { PlacedOrderList } from './PlacedOrderList.js';
import './orders.css';
import '../record/record.css';

interface OrdersPanelProps {
  view: CallView;
  act: Act | null;
  disabled: boolean;
  draft: DraftLine[];
  changeDraft: Dispatch<DraftChange>;
  focusRequest: number;
}

/** Order taking: the new order being written, the orders placed in this contact, the cancelled ones. */
export function OrdersPanel({ view, act, disabled, draft, changeDraft, focusRequest }: OrdersPanelProps) {
  const { t } = useTranslation();
  return (
    <Panel title={t('orders.title')} className="orders">
      {act && <NewOrderForm view={view} act={act} disabled={disabled} lines={draft} change={changeDraft} focusRequest={focusRequest} />}
      <PlacedOrderList orders={view.orders} cancelled={view.cancelledOrders} act={act} disabled={disabled} />
      <CancelledOrderList view={view} />
    </Panel>
  );
}
