import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../scenarios/projection/callView.js';
import type { Act } from '../session/traineeActions.js';
import { Panel } from '../ui/Panel.js';
import { ReplyBox } from './ReplyBox.js';
import { Transcript } from './Transcript.js';
import { callIsUp } from './callClock.js';

interface ConversationPanelProps {
  view: CallView;
  act: Act | null;
  showIntents: boolean;
  highlightSeq: number | null;
  tools?: ReactNode;
}

export function ConversationPanel({ view, act, showIntents, highlightSeq, tools }: ConversationPanelProps) {
  const { t } = useTranslation();
  return (
    <Panel title={t('conversation.title')} className="area-talk" tools={tools}>
      <Transcript lines={view.transcript} showIntents={showIntents} highlightSeq={highlightSeq} />
      {act && <ReplyBox act={act} disabled={!callIsUp(view)} />}
    </Panel>
  );
}
