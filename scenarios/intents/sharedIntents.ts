import { languages, type Language } from '../../protocol/vocabulary.js';
import type { Localized } from '../../protocol/views.js';
import { intentSetSchema, type IntentSet } from '../format/schema.js';
import de from './shared.de.json' with { type: 'json' };
import en from './shared.en.json' with { type: 'json' };
import es from './shared.es.json' with { type: 'json' };
import fr from './shared.fr.json' with { type: 'json' };
import it from './shared.it.json' with { type: 'json' };

/** The call-centre moves every scenario reuses; a scenario's own intent of the same name replaces one wholesale. */
export const sharedIntentNames = [
  'greeting',
  'privacyNotice',
  'askIdentification',
  'empathy',
  'activeListening',
  'askHold',
  'thankAfterHold',
  'announceTransfer',
  'summarise',
  'anythingElse',
  'closing',
] as const;
export type SharedIntentName = (typeof sharedIntentNames)[number];

/**
 * Shared acts a trainee should not do: rubrics list them as avoided items. Kept apart from the
 * eleven moves above, which every scenario expects and the paraphrase suites test one by one.
 */
export const sharedAvoidedIntentNames = ['rude'] as const;
export type SharedAvoidedIntentName = (typeof sharedAvoidedIntentNames)[number];
const allSharedNames: readonly string[] = [...sharedIntentNames, ...sharedAvoidedIntentNames];

const files: Record<Language, unknown> = { it, en, fr, de, es };

/**
 * Each file holds one language's rules as an IntentSet. Checked at import, so a broken rule file
 * stops the lab at start-up with the file's name instead of silently matching nothing.
 */
function loadShared(): IntentSet {
  const merged: IntentSet = {};
  for (const language of languages) {
    const file = `scenarios/intents/shared.${language}.json`;
    const parsed = intentSetSchema.safeParse(files[language]);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
      throw new Error(`${file} is not a valid intent set: ${problems.join('; ')}`);
    }
    for (const name of allSharedNames) {
      const rules = parsed.data[name]?.[language];
      if (!rules) throw new Error(`${file}: no "${language}" rules for the shared intent "${name}"`);
      merged[name] = { ...merged[name], [language]: rules };
    }
    const extra = Object.keys(parsed.data).filter((name) => !allSharedNames.includes(name));
    if (extra.length) throw new Error(`${file}: unknown shared intents ${extra.join(', ')}`);
  }
  return merged;
}

const loaded = loadShared();

/** The eleven shared moves' rules, all languages. */
export const sharedIntents: IntentSet = Object.fromEntries(sharedIntentNames.map((name) => [name, loaded[name]!]));

/** The shared acts to avoid (rude): merged into every scenario beside the moves, so rubrics can list them as avoided. */
export const sharedAvoidedIntents: IntentSet = Object.fromEntries(sharedAvoidedIntentNames.map((name) => [name, loaded[name]!]));

/** Everything shared, as a scenario gets it and the exemplar banks are measured against. */
export const allSharedIntents: IntentSet = { ...sharedIntents, ...sharedAvoidedIntents };

/** The shared intents' names as observers read them (monitor, replay), in the interface's languages. */
export const sharedIntentLabels: Record<SharedIntentName | SharedAvoidedIntentName, Localized> = {
  greeting: { it: 'Saluto', en: 'Greeting' },
  privacyNotice: { it: 'Informativa privacy', en: 'Privacy notice' },
  askIdentification: { it: 'Richiesta dei dati di identificazione', en: 'Asks for identification' },
  empathy: { it: 'Empatia', en: 'Empathy' },
  activeListening: { it: 'Ascolto attivo', en: 'Active listening' },
  askHold: { it: 'Chiede di attendere', en: 'Asks to hold' },
  thankAfterHold: { it: "Ringrazia per l'attesa", en: 'Thanks for holding' },
  announceTransfer: { it: 'Annuncia il trasferimento', en: 'Announces the transfer' },
  summarise: { it: 'Riepilogo', en: 'Summary' },
  anythingElse: { it: 'Chiede se serve altro', en: 'Asks if anything else is needed' },
  closing: { it: 'Congedo', en: 'Goodbye' },
  rude: { it: 'Scortese, sbrigativo o colpevolizza il cliente', en: 'Rude, dismissive or blames the caller' },
};
