import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { Panel } from '../../ui/Panel.js';
import { ReplyBox } from './ReplyBox.js';
import { Transcript } from './Transcript.js';
import { callIsUp } from '../phone/callClock.js';
import type { DraftFill } from '../shared/draftFill.js';
import { PhraseBookToggle } from './PhraseBookToggle.js';

interface ConversationPanelProps {
  view: CallView;
  act: Act | null;
  showIntents: boolean;
  highlightSeq: number | null;
  tools?: ReactNode;
  replyFill: DraftFill | null;
  /** E-mail contacts are answered by e-mail: this opens the reply form. */
  onReplyByEmail: () => void;
  /** The phrase book: the contact's language, the agent's name, and where a picked phrase goes. */
  contactLanguage: string;
  agentName: string | null;
  onPhrase: (text: string) => void;
}

/** What the caller said and the trainee replied; for an inbound e-mail, the e-mail's text. */
export function ConversationPanel(props: ConversationPanelProps) {
  const { view, act, showIntents, highlightSeq, tools, replyFill, onReplyByEmail } = props;
  const { t } = useTranslation();
  const email = view.channel === 'email';
  const [hideText, setHideText] = useState(false);
  const listening = act !== null && !email;
  const allTools = listening ? (
    <>
      {tools}
      <button type="button" aria-pressed={hideText} onClick={() => setHideText((value) => !value)}>
        {t('listening.hideText')}
      </button>
    </>
  ) : (
    tools
  );
  return (
    <Panel title={email ? t('conversation.emailTitle') : t('conversation.title')} tools={allTools}>
      <Transcript
        lines={view.transcript}
        showIntents={showIntents}
        highlightSeq={highlightSeq}
        label={email ? t('conversation.emailText') : undefined}
        empty={email ? (view.phase === 'ringing' ? t('conversation.emailUnopened') : t('conversation.emailEmpty')) : undefined}
        callerLabel={email ? t('inbox.sender') : undefined}
        hideCaller={listening && hideText}
      />
      {act && !email && <ReplyBox act={act} disabled={!callIsUp(view)} fill={replyFill} />}
      {act && !email && (
        <PhraseBookToggle language={props.contactLanguage} agentName={props.agentName} disabled={!callIsUp(view)} onPick={props.onPhrase} />
      )}
      {act && email && callIsUp(view) && (
        <button type="button" className="primary reply-by-email" onClick={onReplyByEmail}>
          {t('conversation.replyByEmail')}
        </button>
      )}
    </Panel>
  );
}
