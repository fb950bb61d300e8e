import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import { useScriptLabels } from './scriptLabels.js';

/** The caller's side as the scenario machine sees it: observers only. */
export function ScriptState({ view }: { view: CallView }) {
  const { t } = useTranslation();
  const names = useScriptLabels();
  const mood = view.mood;
  return (
    <dl className="script-state fact-grid">
      <div>
        <dt>{t('script.state')}</dt>
        <dd>{view.scriptState === null ? t('script.notStarted') : names.state(view.scriptState)}</dd>
      </div>
      <div>
        <dt>{t('script.mood')}</dt>
        <dd>
          {mood === null ? (
            '—'
          ) : (
            <span className={`mood mood--${mood < 0 ? 'bad' : mood > 0 ? 'good' : 'neutral'}`}>
              {mood > 0 ? `+${mood}` : mood} {t(`mood.${Math.max(-3, Math.min(3, mood))}`)}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('script.phase')}</dt>
        <dd>{t(`phase.${view.phase}`)}</dd>
      </div>
    </dl>
  );
}
