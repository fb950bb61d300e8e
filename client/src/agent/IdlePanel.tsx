import { useTranslation } from 'react-i18next';
import type { AgentStatus } from '../../../protocol/roles.js';
import { Panel } from '../ui/Panel.js';

/** Between calls: what the agent is waiting for, and what to do to receive one. */
export function IdlePanel({ status }: { status: AgentStatus }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('idle.title')} className="idle">
      <p>{status === 'available' ? t('idle.waiting') : t('idle.notAvailable')}</p>
    </Panel>
  );
}
