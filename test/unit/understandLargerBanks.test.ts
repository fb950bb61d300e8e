import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../scenarios/format/schema.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { prepareUnderstanding, understandReply } from '../../scenarios/understanding/understandReply.js';

// What the larger exemplar banks (h/nludata2) read wrongly before: own examples, not bank lines.
const intentsOf = (text: string, language: Language) => understandReply(text, allSharedIntents, language).map((match) => match.intent);

beforeAll(async () => {
  await prepareUnderstanding();
});

describe('with the larger exemplar banks', () => {
  it('closes the call on a wish for the day or a "see you" said in other words', () => {
    for (const text of [
      'Le auguro una tranquilla giornata, a risentirci.',
      'Allora le auguro una bella serata.',
      'A risentirci, signor Bianchi.',
    ])
      expect(intentsOf(text, 'it'), text).toContain('closing');
  });

  it('does not call an unhelpful but sincere "I do not know, call back later" rude when no rude act is said', () => {
    // The banks' rude replies that ask to call back also refuse ("adesso non posso") or dismiss ("non mi va"): these only share the call-back.
    for (const text of ['Questo non lo so, provi a richiamare più tardi.', 'Non saprei dirle, riprovi più tardi.'])
      expect(intentsOf(text, 'it'), text).not.toContain('rude');
  });

  it('still hears the call-back as rude when a rude act goes with it', () => {
    expect(intentsOf('Non è affar mio, richiami più tardi.', 'it')).toContain('rude');
  });
});
