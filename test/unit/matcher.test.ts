import { describe, expect, it } from 'vitest';
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
    expect(match).toEqual({ intent: 'greeting', rule: 'company-and-name', words: ['vesuvio', 'le', 'parla'] });
  });

  it('matches nothing for off-topic or wrong replies', () => {
    for (const text of ['Che tempo fa a Napoli?', 'La pizza margherita costa otto euro', 'Non lo so', 'ok']) expect(intentsOf(text)).toEqual([]);
  });
});
