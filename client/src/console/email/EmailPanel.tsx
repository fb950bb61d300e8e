import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import type { DraftFill } from '../shared/draftFill.js';
import { EmailComposer, type ComposerContext } from './EmailComposer.js';
import { replySubject } from './replySubject.js';
import { SentEmailList } from './SentEmailList.js';

interface EmailPanelProps {
  view: CallView;
  directory: ConsoleDirectory | null;
  act: Act | null;
  disabled: boolean;
  fill: DraftFill | null;
  focusRequest: number;
  /** The contact's language, for templates, and the agent's name, for their signature. */
  contactLanguage: string;
  agentName: string | null;
}

/** What the console knows for a template's placeholders; the rest the trainee writes in. */
function placeholderValues(view: CallView, agentName: string | null): Record<string, string> {
  const values: Record<string, string> = {};
  if (view.openRecord) values.customerName = view.openRecord.fullName;
  const ticket = view.tickets.at(-1);
  if (ticket) values.ticketId = ticket.ticketId;
  if (agentName) values.agentName = agentName;
  return values;
}

/** The e-mail client: a reply to the inbound e-mail (or a new e-mail), and what was sent. */
export function EmailPanel({ view, directory, act, disabled, fill, focusRequest, contactLanguage, agentName }: EmailPanelProps) {
  const { t } = useTranslation();
  const replying = view.channel === 'email';
  const context: ComposerContext = {
    initialTo: replying ? (view.callerNumber ?? '') : '',
    initialSubject: replying ? replySubject(view.subject, t) : '',
    replying,
    customerEmail: view.openRecord?.email || null,
    templates: directory?.emailTemplates ?? [],
    contactLanguage,
    placeholderValues: placeholderValues(view, agentName),
  };
  return (
    <Panel title={t('email.title')} className="email">
      {act && <EmailComposer act={act} disabled={disabled} context={context} fill={fill} focusRequest={focusRequest} />}
      <SentEmailList emails={view.emails} />
    </Panel>
  );
}
