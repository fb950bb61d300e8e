import { useTranslation } from 'react-i18next';
import type { IntentMatch } from '../../../../protocol/events.js';
import { useScriptLabels } from './scriptLabels.js';

/** Why a reply counted: the intent, by its name, and the words that matched it (the rule's id is for authors, not shown). */
export function IntentList({ intents }: { intents: IntentMatch[] }) {
  const { t } = useTranslation();
  const names = useScriptLabels();
  if (intents.length === 0) return <p className="intents intents--none">{t('intents.none')}</p>;
  return (
    <ul className="intents" aria-label={t('intents.label')}>
      {intents.map((match) => (
        <li key={`${match.intent}-${match.rule}`}>
          <span className="intent-tag">{names.intent(match.intent)}</span>
          {match.words.length > 0 && <span className="intent-words"> · {match.words.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
