import { createContext, useContext } from 'react';
import type { Localized, ScriptLabels } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** The watched scenario's names for its states and intents; the monitor and the replay provide them. */
export const ScriptLabelsContext = createContext<ScriptLabels | null>(null);

/**
 * Names for a script's ids in the interface language. An id the scenario does not name (only a test's
 * own scenario can lack one: the lint requires them in every scenario file) reads as "—", never as the id.
 */
export function useScriptLabels(): { state: (id: string) => string; intent: (id: string) => string } {
  const labels = useContext(ScriptLabelsContext);
  const { pick } = useLocalized();
  const name = (label: Localized | undefined) => (label ? pick(label) : '—');
  return { state: (id) => name(labels?.states[id]), intent: (id) => name(labels?.intents[id]) };
}
