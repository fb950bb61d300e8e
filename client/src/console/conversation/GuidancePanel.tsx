import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { Panel } from '../../ui/Panel.js';

type Guidance = NonNullable<CallView['guidance']>;

interface GuidancePanelProps {
  guidance: Guidance;
  /** Suggested replies are offered in guided mode only. */
  guided: boolean;
  /** Copies a suggestion into the reply; null where the console is only watched. */
  onPick: ((text: string) => void) | null;
  email: boolean;
  /** Suggestions are in the contact's language, which may not be the interface's. */
  contactLanguage: string | null;
}

/**
 * Hints for where the contact is now, and in guided mode replies to pick from. Only the text of a
 * suggestion is shown: whether it is a good one is for the debrief.
 */
export function GuidancePanel({ guidance, guided, onPick, email, contactLanguage }: GuidancePanelProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const pickHint = useId();
  const suggestions = guided ? guidance.suggestions : [];
  if (guidance.hints.length === 0 && suggestions.length === 0) return null;
  return (
    <Panel title={t('guidance.title')} className="guidance">
      {guidance.hints.length > 0 && (
        <>
          <h3 className="subhead subhead--small">{t('guidance.hints')}</h3>
          <ul className="guidance__hints">
            {guidance.hints.map((hint, index) => (
              <li key={index}>{pick(hint)}</li>
            ))}
          </ul>
        </>
      )}
      {suggestions.length > 0 && (
        <>
          <h3 className="subhead subhead--small">{t('guidance.suggestions')}</h3>
          {onPick && (
            <p id={pickHint} className="hint">
              {email ? t('guidance.pickHintEmail') : t('guidance.pickHint')}
            </p>
          )}
          <ul className="guidance__suggestions" lang={contactLanguage ?? undefined}>
            {suggestions.map((suggestion, index) => (
              <li key={index}>
                {onPick ? (
                  <button type="button" className="suggestion" aria-describedby={pickHint} onClick={() => onPick(suggestion.text)}>
                    {suggestion.text}
                  </button>
                ) : (
                  <p className="suggestion suggestion--static">{suggestion.text}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
