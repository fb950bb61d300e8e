import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import type { DraftFill } from '../shared/draftFill.js';
import { EmailComposer, type ComposerContext } from './EmailComposer.js';
import { replySubject } from './replySubject.js';
import { SentEmailList } from './SentEmailList.js';
import { templateValues } from './templateValues.js';

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
    placeholderValues: templateValues(view, agentName),
  };
  return (
    <Panel title={t('email.title')} className="email">
      {act && <EmailComposer act={act} disabled={disabled} context={context} fill={fill} focusRequest={focusRequest} />}
      <SentEmailList emails={view.emails} />
    </Panel>
  );
}
