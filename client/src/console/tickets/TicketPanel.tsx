import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import { EscalationForm } from './EscalationForm.js';
import { TicketForm } from './TicketForm.js';
import { TicketList } from './TicketList.js';

interface TicketPanelProps {
  view: CallView;
  directory: Directory | null;
  act: Act | null;
  disabled: boolean;
}

/** The ticket links to the verified customer, else to the record on screen, else to nobody. */
function linkedCustomer(view: CallView): { id: string; label: string } | null {
  const record = view.openRecord;
  const id = view.verified?.customerId ?? record?.id ?? null;
  if (id === null) return null;
  return { id, label: record && record.id === id ? `${record.fullName} (${record.customerCode})` : id };
}

export function TicketPanel({ view, directory, act, disabled }: TicketPanelProps) {
  const { t } = useTranslation();
  return (
    <Panel title={t('tickets.title')} className="area-tickets">
      <TicketList tickets={view.tickets} directory={directory} act={act} disabled={disabled} />
      {act && <TicketForm directory={directory} act={act} disabled={disabled} customer={linkedCustomer(view)} />}
      {act && view.tickets.length > 0 && <EscalationForm tickets={view.tickets} directory={directory} act={act} disabled={disabled} />}
    </Panel>
  );
}
