import type { ReactNode } from 'react';
import type { Directory, ScenarioSummary } from '../../../protocol/views.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import type { Act } from '../session/traineeActions.js';
import { ConversationPanel } from './ConversationPanel.js';
import { CustomerPanel } from './CustomerPanel.js';
import { OrgChart } from './OrgChart.js';
import { Softphone } from './Softphone.js';
import { TicketPanel } from './TicketPanel.js';
import { WrapUpPanel } from './WrapUpPanel.js';

export interface CallConsoleProps {
  view: CallView;
  scenario: ScenarioSummary | null;
  directory: Directory | null;
  /** On the server's clock, so the call timer matches the log (the replay passes its cursor). */
  now: number;
  /** Mirror and replay: the same screen, with nothing that could act. */
  readOnly?: boolean;
  act?: Act;
  showIntents?: boolean;
  highlightSeq?: number | null;
  conversationTools?: ReactNode;
}

/** The trainee's console, drawn from a CallView alone: live, in the instructor's mirror and in replay. */
export function CallConsole(props: CallConsoleProps) {
  const { view, scenario, directory, now, readOnly = false, showIntents = false, highlightSeq = null } = props;
  const act = readOnly ? null : (props.act ?? null);
  // Console work needs a live line or the after-call window; before the answer and after the end it waits.
  const workDisabled = view.phase === 'ringing' || view.phase === 'ended';
  const showWrapUp = view.phase === 'wrapUp' || view.wrapup !== null;
  return (
    <div className={`call-console${readOnly ? ' call-console--readonly' : ''}`}>
      <div className="area-phone">
        <Softphone view={view} scenario={scenario} act={act} now={now} />
      </div>
      {showWrapUp && <WrapUpPanel view={view} directory={directory} act={view.phase === 'wrapUp' ? act : null} />}
      <ConversationPanel
        view={view}
        act={act}
        showIntents={showIntents}
        highlightSeq={highlightSeq}
        tools={props.conversationTools}
      />
      <CustomerPanel view={view} act={act} disabled={workDisabled} />
      <TicketPanel view={view} directory={directory} act={act} disabled={workDisabled} />
      <OrgChart directory={directory} />
    </div>
  );
}
