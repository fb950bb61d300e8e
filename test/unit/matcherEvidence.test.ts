import { describe, expect, it } from 'vitest';
import type { IntentSet, Language } from '../../scenarios/format/schema.js';
import { matchIntents } from '../../scenarios/matcher/matchIntent.js';

/** One-rule intent sets (several intents where a case needs them), so each case shows one behaviour of the matcher. */
const rule = (language: Language, ...all: string[][]): IntentSet => ({ probe: { [language]: [{ id: 'r', all }] } });
const fires = (text: string, intents: IntentSet, language: Language) => matchIntents(text, intents, language)[0]?.words ?? null;

describe('a word that serves two groups of one rule', () => {
  it('counts for both, as the library’s rules are written ("dove abita" is the question and "dove" asks it)', () => {
    expect(fires('Mi scusi, dove abita?', rule('it', ['dove abita', 'indirizzo'], ['dove', 'mi dice']), 'it')).toEqual(['dove', 'abita']);
    expect(fires('Quale data?', rule('it', ['quale data'], ['data', 'ordine']), 'it')).not.toBeNull();
  });
});

describe('typo tolerance', () => {
  it('never crosses words that differ in their first two letters', () => {
    expect(fires('Abschließend noch eine Frage', rule('de', ['anschließen']), 'de')).toBeNull();
    expect(fires('ce fut une journée brisée', rule('fr', ['briser']), 'fr')).not.toBeNull();
    expect(fires('la calla non va', rule('it', ['culla']), 'it')).toBeNull();
  });

  it('still forgives a typo past the first two letters', () => {
    expect(fires('il codice clinete', rule('it', ['codice cliente']), 'it')).toEqual(['codice', 'clinete']);
    expect(fires('Ihre Kundennumer bitte', rule('de', ['kundennummer']), 'de')).toEqual(['kundennumer']);
  });

  it('allows two typos only in long words', () => {
    expect(fires('una situazone', rule('it', ['situazione']), 'it')).not.toBeNull();
    expect(fires('il preventvo', rule('it', ['preventivo']), 'it')).not.toBeNull();
    expect(fires('il prevntvo', rule('it', ['preventivo']), 'it')).toBeNull();
  });

  it('reads a word another term uses as itself, not as a typo of a neighbour', () => {
    const intents: IntentSet = { late: { en: [{ id: 'l', all: [['later']] }] }, ladder: { en: [{ id: 'd', all: [['latter']] }] } };
    expect(matchIntents('the latter one', intents, 'en').map((match) => match.intent)).toEqual(['ladder']);
    expect(
      matchIntents('call me lattr', intents, 'en')
        .map((match) => match.intent)
        .sort(),
    ).toEqual(['ladder', 'late']);
  });
});

describe('a negation after a term', () => {
  it('cancels the verb it follows', () => {
    expect(fires('Ich verstehe das nicht', rule('de', ['verstehe']), 'de')).toBeNull();
    expect(fires('Je comprends pas', rule('fr', ['comprends']), 'fr')).toBeNull();
    expect(fires('Non, je regrette rien', rule('fr', ['je regrette']), 'fr')).toBeNull();
    expect(fires('Da verstehe ich nichts', rule('de', ['verstehe']), 'de')).toBeNull();
  });

  it('does not cancel a term a noun negation merely follows', () => {
    expect(fires('Am Ende also keine Kündigung', rule('de', ['am ende']), 'de')).toEqual(['am', 'ende']);
    expect(fires('Au final, donc aucun frais', rule('fr', ['au final']), 'fr')).not.toBeNull();
    expect(fires('En résumé aucun frais', rule('fr', ['en resume']), 'fr')).toEqual(['en', 'resume']);
  });
});
