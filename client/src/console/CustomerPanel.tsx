import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../scenarios/projection/callView.js';
import type { Act } from '../session/traineeActions.js';
import { Panel } from '../ui/Panel.js';
import { CustomerRecordCard } from './CustomerRecordCard.js';
import { CustomerSearch } from './CustomerSearch.js';
import { IdentityCheckForm } from './IdentityCheckForm.js';

export function CustomerPanel({ view, act, disabled }: { view: CallView; act: Act | null; disabled: boolean }) {
  const { t } = useTranslation();
  const record = view.openRecord;
  return (
    <Panel title={t('customer.title')} className="area-customer">
      <CustomerSearch lastSearch={view.lastSearch} openCustomerId={record?.id ?? null} act={act} disabled={disabled} />
      {record ? (
        <>
          <CustomerRecordCard record={record} />
          <IdentityCheckForm customerId={record.id} verified={view.verified} act={act} disabled={disabled} />
        </>
      ) : (
        <p className="muted">{t('customer.noneOpen')}</p>
      )}
    </Panel>
  );
}
