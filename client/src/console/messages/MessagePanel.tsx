import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import { MessageForm } from './MessageForm.js';
import { MessageList } from './MessageList.js';

interface MessagePanelProps {
  view: CallView;
  directory: ConsoleDirectory | null;
  act: Act | null;
  disabled: boolean;
}

/** Taking a message for an absent colleague, and the messages delivered so far. */
export function MessagePanel({ view, directory, act, disabled }: MessagePanelProps) {
  const { t } = useTranslation();
  const lineNumber = view.channel === 'phone' ? view.callerNumber : null;
  return (
    <Panel title={t('messages.title')} className="messages">
      {act && <MessageForm directory={directory} act={act} disabled={disabled} lineNumber={lineNumber} />}
      <MessageList messages={view.messages} directory={directory} />
    </Panel>
  );
}
