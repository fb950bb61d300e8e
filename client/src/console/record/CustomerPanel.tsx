import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import { CustomerRecordCard } from './CustomerRecordCard.js';
import { CustomerSearch } from './CustomerSearch.js';
import { CustomerHistory } from './CustomerHistory.js';
import { IdentityCheckForm } from './IdentityCheckForm.js';

interface CustomerPanelProps {
  view: CallView;
  directory: Directory | null;
  act: Act | null;
  disabled: boolean;
}

export function CustomerPanel({ view, directory, act, disabled }: CustomerPanelProps) {
  const { t } = useTranslation();
  const record = view.openRecord;
  return (
    <Panel title={t('customer.title')} className="area-customer">
      <CustomerSearch lastSearch={view.lastSearch} openCustomerId={record?.id ?? null} act={act} disabled={disabled} />
      {record ? (
        <>
          <CustomerRecordCard record={record} edits={view.customerEdits[record.id] ?? {}} act={act} disabled={disabled} />
          <IdentityCheckForm customerId={record.id} verified={view.verified} channel={view.channel} act={act} disabled={disabled} />
          {view.openHistory && (
            <CustomerHistory
              history={view.openHistory}
              cancelledOrders={view.cancelledOrders}
              directory={directory}
              act={act}
              disabled={disabled}
            />
          )}
        </>
      ) : (
        <p className="muted">{t('customer.noneOpen')}</p>
      )}
    </Panel>
  );
}
