import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Tabs, type TabSpec } from '../../ui/Tabs.js';
import type { OrderDraftHooks } from '../catalogue/AddToOrder.js';
import { CustomerPanel } from '../record/CustomerPanel.js';
import { CataloguePanel, KnowledgePanel, OrgChart } from './lazyPanels.js';

type LookupTab = 'customer' | 'catalogue' | 'knowledge' | 'org';

interface LookupTabsProps {
  view: CallView;
  directory: ConsoleDirectory | null;
  act: Act | null;
  disabled: boolean;
  /** The product sheet's way into the new order; null where the console is only watched. */
  order: OrderDraftHooks | null;
}

/** Where the agent looks things up: the customer base, the catalogue, the knowledge base, the org chart. */
export function LookupTabs({ view, directory, act, disabled, order }: LookupTabsProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<LookupTab>('customer');
  const idPrefix = useId().replaceAll(':', '');
  const tabs: TabSpec<LookupTab>[] = [
    {
      id: 'customer',
      label: t('workspace.tab.customer'),
      render: () => <CustomerPanel view={view} directory={directory} act={act} disabled={disabled} />,
    },
    {
      id: 'catalogue',
      label: t('workspace.tab.catalogue'),
      render: () => <CataloguePanel view={view} act={act} disabled={disabled} order={order} plans={directory?.plans ?? []} />,
    },
    { id: 'knowledge', label: t('workspace.tab.knowledge'), render: () => <KnowledgePanel view={view} act={act} disabled={disabled} /> },
    { id: 'org', label: t('workspace.tab.org'), render: () => <OrgChart directory={directory} /> },
  ];
  return (
    <Tabs
      label={t('workspace.lookup')}
      idPrefix={`lookup${idPrefix}`}
      tabs={tabs}
      active={active}
      onChange={setActive}
      className="area-lookup"
    />
  );
}
