import { useTranslation } from 'react-i18next';
import type { IntentMatch } from '../../../../protocol/events.js';

/** Why a reply counted: the intent, the rule that fired and the words that matched it. */
export function IntentList({ intents }: { intents: IntentMatch[] }) {
  const { t } = useTranslation();
  if (intents.length === 0) return <p className="intents intents--none">{t('intents.none')}</p>;
  return (
    <ul className="intents" aria-label={t('intents.label')}>
      {intents.map((match) => (
        <li key={`${match.intent}-${match.rule}`}>
          <span className="intent-tag">{match.intent}</span>{' '}
          <span className="muted">{t('intents.rule', { rule: match.rule })}</span>
          {match.words.length > 0 && <span className="intent-words"> · {match.words.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
