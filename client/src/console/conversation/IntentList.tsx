import { useTranslation } from 'react-i18next';
import type { IntentMatch } from '../../../../protocol/events.js';
import { useScriptLabels } from './scriptLabels.js';

/**
 * Why a reply counted: the intent, by its name, and the words that matched it (the rule's id is for
 * authors, not shown); for an intent recognised from examples, the confidence and the exemplars
 * the reply resembles; for rudeness read as an act, which act. Observers only: a trainee's copy of the log carries no intents.
 */
/**
 * Rudeness read as an act is credited under `rude-act:<act>` (scenarios/understanding/rudeness.ts): the
 * act is its explanation. Every act of the phrase lists has its words in the catalogue (rudeActLabels.test.ts).
 */
const rudeActOf = (rule: string) => (rule.startsWith('rude-act:') ? rule.slice('rude-act:'.length) : null);

export function IntentList({ intents }: { intents: IntentMatch[] }) {
  const { t } = useTranslation();
  const names = useScriptLabels();
  if (intents.length === 0) return <p className="intents intents--none">{t('intents.none')}</p>;
  return (
    <ul className="intents" aria-label={t('intents.label')}>
      {intents.map((match) => (
        <li key={`${match.intent}-${match.rule}`}>
          <span className="intent-tag">{names.intent(match.intent)}</span>
          {rudeActOf(match.rule) && <span className="intent-words"> · {t(`understanding.rudeAct.${rudeActOf(match.rule)}`)}</span>}
          {match.words.length > 0 && <span className="intent-words"> · {match.words.join(', ')}</span>}
          {match.confidence !== undefined && (
            <span className="intent-words"> · {t('understanding.byExamples', { percent: Math.round(match.confidence * 100) })}</span>
          )}
          {match.exemplars && match.exemplars.length > 0 && (
            <span className="intent-words">
              {' '}
              · {t('understanding.nearest', { examples: match.exemplars.map((text) => `«${text}»`).join(', ') })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
