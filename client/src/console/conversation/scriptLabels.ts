import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized, ScriptLabels } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** The watched scenario's names for its states and intents; the monitor and the replay provide them. */
export const ScriptLabelsContext = createContext<ScriptLabels | null>(null);

// The machine's own final state when the trainee hangs up first (scenarios/machine/buildMachine.ts).
const agentHungUp = /^hungUp-(.+)$/;

/**
 * Names for a script's ids in the interface language. An id the scenario does not name (only a test's
 * own scenario can lack one: the lint requires them in every scenario file) reads as "—", never as the id.
 */
export function useScriptLabels(): { state: (id: string) => string; intent: (id: string) => string } {
  const labels = useContext(ScriptLabelsContext);
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const name = (label: Localized | undefined) => (label ? pick(label) : '—');
  const state = (id: string) => {
    const outcome = agentHungUp.exec(id)?.[1];
    if (outcome !== undefined && !labels?.states[id]) return t('script.agentHungUp', { outcome: t(`outcome.${outcome}`) });
    return name(labels?.states[id]);
  };
  return { state, intent: (id) => name(labels?.intents[id]) };
}
