import { useTranslation } from 'react-i18next';
import type { TranscriptLine } from '../../../../scenarios/projection/callView.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { IntentList } from './IntentList.js';
import { CoachMark, CoachSpeaker, coachClass } from './CoachMark.js';
import './whisper.css';

interface TranscriptProps {
  lines: TranscriptLine[];
  /** Observers see which intents each reply matched; the trainee never does. */
  showIntents?: boolean;
  highlightSeq?: number | null;
  /** The scroll area's name and the text shown while it is empty, when not a phone call's. */
  label?: string;
  empty?: string;
  /** Who the caller is called: the sender, for an e-mail. */
  callerLabel?: string;
  /** Listening practice: the caller's words are heard, not read; a "line N" placeholder stands in. */
  hideCaller?: boolean;
}

export function Transcript({
  lines,
  showIntents = false,
  highlightSeq = null,
  label,
  empty,
  callerLabel,
  hideCaller = false,
}: TranscriptProps) {
  const { t } = useTranslation();
  return (
    <ScrollArea label={label ?? t('conversation.transcript')} className="transcript" followKey={lines.length}>
      {lines.length === 0 ? (
        <p className="muted">{empty ?? t('conversation.empty')}</p>
      ) : (
        <ol className="transcript__lines">
          {lines.map((line, index) => (
            <li
              key={line.seq}
              className={`utterance utterance--${line.speaker}${coachClass(line)}${line.seq === highlightSeq ? ' is-highlighted' : ''}`}
              data-seq={line.seq}
            >
              <span className="utterance__speaker">
                {line.coach || line.playedBy !== undefined ? (
                  <CoachSpeaker line={line} />
                ) : line.speaker === 'caller' && callerLabel ? (
                  callerLabel
                ) : line.speaker === 'instructor' ? (
                  t('coaching.whisperSpeaker')
                ) : (
                  t(`speaker.${line.speaker}`)
                )}
              </span>
              {line.coach ? (
                <CoachMark coach={line.coach} />
              ) : hideCaller && line.speaker === 'caller' ? (
                <p className="utterance__text utterance__text--hidden">{t('listening.placeholder', { n: index + 1 })}</p>
              ) : (
                <p className="utterance__text">{line.text}</p>
              )}
              {showIntents && line.speaker === 'trainee' && <IntentList intents={line.intents ?? []} />}
            </li>
          ))}
        </ol>
      )}
    </ScrollArea>
  );
}
