import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Tabs, type TabSpec } from '../../ui/Tabs.js';
import type { DraftFill } from '../shared/draftFill.js';
import { TicketPanel } from '../tickets/TicketPanel.js';
import type { DraftChange, DraftLine } from '../orders/orderDraft.js';
import { EmailPanel, MessagePanel, OrdersPanel } from './lazyPanels.js';

export type WorkTab = 'tickets' | 'orders' | 'email' | 'messages';

/** The order being written: kept by the console, so the catalogue can add to it from the other tab group. */
export interface OrderDraftState {
  lines: DraftLine[];
  change: (change: DraftChange) => void;
  /** Bumped to move focus to the new-order form. */
  focusRequest: number;
}

interface WorkTabsProps {
  view: CallView;
  directory: ConsoleDirectory | null;
  act: Act | null;
  disabled: boolean;
  /** Chosen by the console too: an inbound e-mail opens on the e-mail tab. */
  active: WorkTab;
  onChange: (tab: WorkTab) => void;
  emailFill: DraftFill | null;
  /** Bumped to move focus to the e-mail's text. */
  emailFocus: number;
  contactLanguage: string;
  agentName: string | null;
  orderDraft: OrderDraftState;
}

/** What the agent records and sends: tickets and escalations, orders, e-mails, messages for colleagues. */
export function WorkTabs({
  view,
  directory,
  act,
  disabled,
  active,
  onChange,
  emailFill,
  emailFocus,
  contactLanguage,
  agentName,
  orderDraft,
}: WorkTabsProps) {
  const { t } = useTranslation();
  const idPrefix = useId().replaceAll(':', '');
  const tabs: TabSpec<WorkTab>[] = [
    {
      id: 'tickets',
      label: t('workspace.tab.tickets'),
      count: view.tickets.length,
      render: () => <TicketPanel view={view} directory={directory} act={act} disabled={disabled} />,
    },
    {
      id: 'orders',
      label: t('workspace.tab.orders'),
      count: view.orders.length,
      render: () => (
        <OrdersPanel
          view={view}
          act={act}
          disabled={disabled}
          draft={orderDraft.lines}
          changeDraft={orderDraft.change}
          focusRequest={orderDraft.focusRequest}
        />
      ),
    },
    {
      id: 'email',
      label: t('workspace.tab.email'),
      count: view.emails.length,
      render: () => (
        <EmailPanel
          view={view}
          directory={directory}
          act={act}
          disabled={disabled}
          fill={emailFill}
          focusRequest={emailFocus}
          contactLanguage={contactLanguage}
          agentName={agentName}
        />
      ),
    },
    {
      id: 'messages',
      label: t('workspace.tab.messages'),
      count: view.messages.length,
      render: () => <MessagePanel view={view} directory={directory} act={act} disabled={disabled} />,
    },
  ];
  return (
    <Tabs label={t('workspace.work')} idPrefix={`work${idPrefix}`} tabs={tabs} active={active} onChange={onChange} className="area-work" />
  );
}
