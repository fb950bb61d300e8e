import { describe, expect, it } from 'vitest';
import type { IntentSet, Language } from '../../scenarios/format/schema.js';
import { matchIntents } from '../../scenarios/matcher/matchIntent.js';
import { loadLibraryScenario } from '../support/scenarios.js';

const { intents } = loadLibraryScenario('helpdesk-fibra-guasto');
const intentsOf = (text: string) => matchIntents(text, intents, 'it').map((m) => m.intent);

describe('the intent matcher', () => {
  it('tolerates case, accents, punctuation, word forms and small typos', () => {
    expect(intentsOf('VESUVIO TELECOM, buongiorno: sono Anna!')).toContain('greeting');
    expect(intentsOf('vesuvio telecom buongiorno sono anna')).toContain('greeting');
    expect(intentsOf('Mi può dare il suo codice clinete?')).toContain('askIdentification');
    expect(intentsOf('Mi dispiace davvero per il disagio')).toContain('empathy');
    expect(intentsOf('Provi a riavviarlo, per favore')).toContain('suggestRestart');
    expect(intentsOf('Grazie per aver chiamato, arrivederci')).toContain('closing');
  });

  it('explains each match with the rule and the words that fired', () => {
    const [match] = matchIntents('Buongiorno, Vesuvio Telecom, le parla Marco', intents, 'it').filter((m) => m.intent === 'greeting');
    expect(match).toEqual({ intent: 'greeting', rule: 'company-and-own-name', words: ['vesuvio', 'telecom', 'le', 'parla', 'marco'] });
  });

  it('matches nothing for off-topic or wrong replies', () => {
    for (const text of ['Che tempo fa a Napoli?', 'La pizza margherita costa otto euro', 'Non lo so', 'ok'])
      expect(intentsOf(text)).toEqual([]);
  });
});

/** One-rule intent sets, so each case shows one feature of the term language. */
const rule = (language: Language, ...all: string[][]): IntentSet => ({ probe: { [language]: [{ id: 'r', all }] } });
const fires = (text: string, intents: IntentSet, language: Language) => matchIntents(text, intents, language)[0]?.words ?? null;

describe('the matcher across languages', () => {
  it('drops elided articles and glues English and German contractions', () => {
    expect(fires("Grazie dell'attesa", rule('it', ['grazie attesa']), 'it')).toEqual(['grazie', 'attesa']);
    expect(fires("Merci pour l'attente", rule('fr', ['merci attente']), 'fr')).toEqual(['merci', 'attente']);
    expect(fires('Im sorry', rule('en', ["i'm sorry"]), 'en')).toEqual(['im', 'sorry']);
  });

  it('lets function words and one other word sit inside a term, but not an indefinite article before its next word', () => {
    expect(fires('Grazie mille per la sua attesa', rule('it', ['grazie attesa']), 'it')).toEqual(['grazie', 'attesa']);
    expect(fires('Serve altro?', rule('it', ['serve altro']), 'it')).toEqual(['serve', 'altro']);
    expect(fires('Le serve un altro modem?', rule('it', ['serve altro']), 'it')).toBeNull();
  });

  it('does not count a negated phrase, before the term or, in French and German, after it', () => {
    expect(fires('Non capisco cosa vuole', rule('it', ['capisco']), 'it')).toBeNull();
    expect(fires("I don't really understand", rule('en', ['understand']), 'en')).toBeNull();
    expect(fires('Ich verstehe Sie nicht', rule('de', ['ich verstehe']), 'de')).toBeNull();
    expect(fires('Je comprends pas', rule('fr', ['je comprends']), 'fr')).toBeNull();
    expect(fires('No, lo siento', rule('es', ['lo siento']), 'es')).toEqual(['lo', 'siento']);
  });

  it('reads "=word" as that form only, so the familiar "aspetta" is not the polite "aspetti", yet forgives a typo', () => {
    expect(fires('Aspetti un attimo', rule('it', ['=aspetti']), 'it')).toEqual(['aspetti']);
    expect(fires('Aspetta un attimo', rule('it', ['=aspetti']), 'it')).toBeNull();
    expect(fires('this call is being recoreded', rule('en', ['=recorded']), 'en')).toEqual(['recoreded']);
  });

  it('reads "*" as a name that no other group of the rule used', () => {
    const greeting = rule('en', ['vesuvio telecom', 'vesuvio'], ['this is *']);
    expect(fires('Vesuvio Telecom, this is Sarah', greeting, 'en')).toEqual(['vesuvio', 'telecom', 'this', 'is', 'sarah']);
    expect(fires('This is Vesuvio Telecom, how can I help?', greeting, 'en')).toBeNull();
    expect(fires('Sono di Vesuvio Telecom', rule('it', ['vesuvio'], ['sono *']), 'it')).toBeNull();
  });

  it('finds German words inside compounds and in either umlaut spelling, and ignores ¿ ¡', () => {
    expect(fires('Wie lautet Ihre Kundennummer?', rule('de', ['nummer']), 'de')).toEqual(['kundennummer']);
    expect(fires('Können Sie Ihr Datenvolumen prüfen?', rule('de', ['daten']), 'de')).toBeNull();
    expect(fires('Danke fuer Ihre Geduld', rule('de', ['danke für geduld']), 'de')).toEqual(['danke', 'fuer', 'geduld']);
    expect(fires('¡Muchas gracias por su paciencia!', rule('es', ['gracias paciencia']), 'es')).toEqual(['gracias', 'paciencia']);
  });

  it('tolerates typos on long words only, never on the first letter', () => {
    expect(fires('il suo codice clinete', rule('it', ['cliente']), 'it')).toEqual(['clinete']);
    expect(fires('Sono a casa', rule('it', ['capisco']), 'it')).toBeNull();
    expect(fires('Devo parlare con il mio capo', rule('it', ['capisco']), 'it')).toBeNull();
    expect(fires('vesuvio telecom', rule('it', ['desuvio']), 'it')).toBeNull();
  });
});
