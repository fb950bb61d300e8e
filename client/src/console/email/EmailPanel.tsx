import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import type { DraftFill } from '../draftFill.js';
import { EmailComposer } from './EmailComposer.js';
import { replySubject } from './replySubject.js';
import { SentEmailList } from './SentEmailList.js';

interface EmailPanelProps {
  view: CallView;
  act: Act | null;
  disabled: boolean;
  fill: DraftFill | null;
  focusRequest: number;
}

/** The e-mail client: a reply to the inbound e-mail (or a new e-mail), and what was sent. */
export function EmailPanel({ view, act, disabled, fill, focusRequest }: EmailPanelProps) {
  const { t } = useTranslation();
  const replying = view.channel === 'email';
  return (
    <Panel title={t('email.title')} className="email">
      {act && (
        <EmailComposer
          act={act}
          disabled={disabled}
          replying={replying}
          initialTo={replying ? (view.callerNumber ?? '') : ''}
          initialSubject={replying ? replySubject(view.subject, t) : ''}
          customerEmail={view.openRecord?.email || null}
          fill={fill}
          focusRequest={focusRequest}
        />
      )}
      <SentEmailList emails={view.emails} />
    </Panel>
  );
}
