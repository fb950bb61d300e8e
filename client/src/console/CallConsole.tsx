import { useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import type { ConsoleDirectory, ScenarioSummary } from '../../../protocol/views.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import type { Act } from '../session/traineeActions.js';
import { ConversationPanel } from './conversation/ConversationPanel.js';
import type { DraftFill } from './shared/draftFill.js';
import { EmailInbox } from './email/EmailInbox.js';
import { GuidancePanel } from './conversation/GuidancePanel.js';
import { orderDraftReducer, type DraftLine } from './orders/orderDraft.js';
import { Softphone } from './phone/Softphone.js';
import { WrapUpPanel } from './phone/WrapUpPanel.js';
import { PausedNotice } from './shared/PausedNotice.js';
import { LookupTabs } from './workspace/LookupTabs.js';
import { WorkTabs, type WorkTab } from './workspace/WorkTabs.js';

export interface CallConsoleProps {
  view: CallView;
  scenario: ScenarioSummary | null;
  directory: ConsoleDirectory | null;
  /** On the server's clock, so the call timer matches the log (the replay passes its cursor). */
  now: number;
  /** Mirror and replay: the same screen, with nothing that could act. */
  readOnly?: boolean;
  act?: Act;
  showIntents?: boolean;
  highlightSeq?: number | null;
  conversationTools?: ReactNode;
  /** Signs e-mails written from templates. */
  agentName?: string;
}

/**
 * The trainee's console, drawn from a CallView alone: live, in the instructor's mirror and in replay.
 * The phone (or the inbound e-mail) on top; the conversation; the look-up tools; the work tools.
 */
export function CallConsole(props: CallConsoleProps) {
  const { view, scenario, directory, now, readOnly = false, showIntents = false, highlightSeq = null } = props;
  const act = readOnly ? null : (props.act ?? null);
  const email = view.channel === 'email';
  const [workTab, setWorkTab] = useState<WorkTab>(email ? 'email' : 'tickets');
  const [replyFill, setReplyFill] = useState<DraftFill | null>(null);
  const [emailFill, setEmailFill] = useState<DraftFill | null>(null);
  const [emailFocus, setEmailFocus] = useState(0);
  const [orderLines, changeOrder] = useReducer(orderDraftReducer, []);
  const [orderFocus, setOrderFocus] = useState(0);
  const showOrder = useCallback(() => {
    setWorkTab('orders');
    setOrderFocus((value) => value + 1);
  }, []);
  // The sheet adds to the draft; watchers (mirror, replay) have no draft to add to.
  const orderHooks = useMemo(
    () => (act ? { add: (line: DraftLine) => changeOrder({ type: 'add', line }), show: showOrder } : null),
    [act, showOrder],
  );

  // An inbound e-mail is answered from the e-mail tab (the replay learns the channel only at the offer).
  useEffect(() => {
    if (email) setWorkTab('email');
  }, [email]);

  // Console work needs a live line or the after-call window; before the answer and after the end it waits.
  // A paused scene waits for the instructor too.
  const workDisabled = view.phase === 'ringing' || view.phase === 'ended' || view.pausedAt !== null;
  const showWrapUp = view.phase === 'wrapUp' || view.wrapup !== null;
  const onPickSuggestion = (text: string) => {
    if (email) {
      setWorkTab('email');
      setEmailFill((previous) => ({ text, nonce: (previous?.nonce ?? 0) + 1 }));
    } else setReplyFill((previous) => ({ text, nonce: (previous?.nonce ?? 0) + 1 }));
  };
  const phoneProps = { view, scenario, directory, act, now };

  return (
    <div className={`call-console${readOnly ? ' call-console--readonly' : ''}`}>
      <div className="area-phone">
        {email ? <EmailInbox {...phoneProps} /> : <Softphone {...phoneProps} />}
        <PausedNotice view={view} />
      </div>
      {showWrapUp && <WrapUpPanel view={view} directory={directory} act={view.phase === 'wrapUp' ? act : null} />}
      <div className="area-talk">
        <ConversationPanel
          view={view}
          act={act}
          showIntents={showIntents}
          highlightSeq={highlightSeq}
          tools={props.conversationTools}
          replyFill={replyFill}
          contactLanguage={scenario?.language ?? 'it'}
          agentName={props.agentName ?? null}
          onPhrase={(text) => setReplyFill((previous) => ({ text, nonce: (previous?.nonce ?? 0) + 1, insert: true }))}
          onReplyByEmail={() => {
            setWorkTab('email');
            setEmailFocus((value) => value + 1);
          }}
        />
        {view.guidance && (
          <GuidancePanel
            guidance={view.guidance}
            guided={view.mode === 'guided'}
            onPick={act && view.phase === 'talking' ? onPickSuggestion : null}
            email={email}
            contactLanguage={scenario?.language ?? null}
          />
        )}
      </div>
      <LookupTabs view={view} directory={directory} act={act} disabled={workDisabled} order={orderHooks} />
      <WorkTabs
        view={view}
        directory={directory}
        act={act}
        disabled={workDisabled}
        active={workTab}
        onChange={setWorkTab}
        emailFill={emailFill}
        emailFocus={emailFocus}
        contactLanguage={scenario?.language ?? 'it'}
        agentName={props.agentName ?? null}
        orderDraft={{ lines: orderLines, change: changeOrder, focusRequest: orderFocus }}
      />
    </div>
  );
}
