import { languages, type Language } from '../../protocol/vocabulary.js';
import type { Localized } from '../../protocol/views.js';
import { intentSetSchema, type IntentSet } from '../format/schema.js';
import de from './questions.de.json' with { type: 'json' };
import en from './questions.en.json' with { type: 'json' };
import es from './questions.es.json' with { type: 'json' };
import fr from './questions.fr.json' with { type: 'json' };
import it from './questions.it.json' with { type: 'json' };

/**
 * What the caller listens for beyond the script: the questions a trainee may ask it at any moment
 * (answered from the persona's facts, or with an in-character "I don't know") and the words that
 * tell it about a console action it cannot see. Kept apart from shared.<lang>.json, which scores.
 */
export const questionIntentNames = [
  'askSince',
  'askSymptom',
  'askTried',
  'askOrderNumber',
  'askAmount',
  'askDate',
  'askAddress',
  'askCustomerCode',
  'askTaxCode',
  'askPhone',
  'askEmail',
] as const;
export const announceIntentNames = [
  'announceTicket',
  'announceEscalation',
  'announceUpdate',
  'announceOrder',
  'announceCancellation',
  'announceMessage',
  'announceEmail',
] as const;
const names: readonly string[] = [...questionIntentNames, ...announceIntentNames];

const files: Record<Language, unknown> = { it, en, fr, de, es };

function loadCallerIntents(): IntentSet {
  const merged: IntentSet = {};
  for (const language of languages) {
    const file = `scenarios/intents/questions.${language}.json`;
    const parsed = intentSetSchema.safeParse(files[language]);
    if (!parsed.success) throw new Error(`${file} is not a valid intent set: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    for (const name of names) {
      const rules = parsed.data[name]?.[language];
      if (!rules) throw new Error(`${file}: no "${language}" rules for the caller intent "${name}"`);
      merged[name] = { ...merged[name], [language]: rules };
    }
    const extra = Object.keys(parsed.data).filter((name) => !names.includes(name));
    if (extra.length) throw new Error(`${file}: unknown caller intents ${extra.join(', ')}`);
  }
  return merged;
}

export const callerIntents: IntentSet = loadCallerIntents();

export const callerIntentLabels: Record<string, Localized> = {
  askSince: { it: 'Chiede da quando', en: 'Asks since when' },
  askSymptom: { it: 'Chiede cosa vede (spie, errori)', en: 'Asks what the caller sees (lights, errors)' },
  askTried: { it: 'Chiede cosa ha già provato', en: 'Asks what the caller already tried' },
  askOrderNumber: { it: "Chiede il numero d'ordine", en: 'Asks for the order number' },
  askAmount: { it: "Chiede l'importo", en: 'Asks for the amount' },
  askDate: { it: 'Chiede una data', en: 'Asks for a date' },
  askAddress: { it: "Chiede l'indirizzo", en: 'Asks for the address' },
  askCustomerCode: { it: 'Chiede il codice cliente', en: 'Asks for the customer code' },
  askTaxCode: { it: 'Chiede il codice fiscale', en: 'Asks for the tax code' },
  askPhone: { it: 'Chiede il numero di telefono', en: 'Asks for the phone number' },
  askEmail: { it: "Chiede l'e-mail", en: 'Asks for the e-mail address' },
  announceTicket: { it: 'Dice di aprire una segnalazione', en: 'Says a case is being opened' },
  announceEscalation: { it: "Dice di inoltrare all'ufficio competente", en: 'Says the case is passed on' },
  announceUpdate: { it: 'Dice di aver aggiornato i dati', en: 'Says the record was updated' },
  announceOrder: { it: "Dice di aver inserito l'ordine", en: 'Says the order was placed' },
  announceCancellation: { it: "Dice di aver annullato l'ordine", en: 'Says the order was cancelled' },
  announceMessage: { it: 'Dice di aver lasciato il messaggio', en: 'Says the message was passed on' },
  announceEmail: { it: "Dice di aver inviato un'e-mail", en: 'Says an e-mail was sent' },
};
