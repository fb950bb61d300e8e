import { useTranslation } from 'react-i18next';
import type { TranscriptLine } from '../../../scenarios/projection/callView.js';
import { ScrollArea } from '../ui/ScrollArea.js';
import { IntentList } from './IntentList.js';

interface TranscriptProps {
  lines: TranscriptLine[];
  /** Observers see which intents each reply matched; the trainee never does. */
  showIntents?: boolean;
  highlightSeq?: number | null;
}

export function Transcript({ lines, showIntents = false, highlightSeq = null }: TranscriptProps) {
  const { t } = useTranslation();
  return (
    <ScrollArea label={t('conversation.transcript')} className="transcript" followKey={lines.length}>
      {lines.length === 0 ? (
        <p className="muted">{t('conversation.empty')}</p>
      ) : (
        <ol className="transcript__lines">
          {lines.map((line) => (
            <li
              key={line.seq}
              className={`utterance utterance--${line.speaker}${line.seq === highlightSeq ? ' is-highlighted' : ''}`}
              data-seq={line.seq}
            >
              <span className="utterance__speaker">{t(`speaker.${line.speaker}`)}</span>
              <p className="utterance__text">{line.text}</p>
              {showIntents && line.speaker === 'trainee' && <IntentList intents={line.intents ?? []} />}
            </li>
          ))}
        </ol>
      )}
    </ScrollArea>
  );
}
