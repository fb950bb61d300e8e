import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../scenarios/format/schema.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { buildLanguageModel, withModels } from '../../scenarios/understanding/exampleModel.js';
import { prepareUnderstanding, understandReply } from '../../scenarios/understanding/understandReply.js';

const intentsOf = (text: string, language: Language) => understandReply(text, allSharedIntents, language).map((match) => match.intent);

beforeAll(async () => {
  await prepareUnderstanding();
});

describe('a negated act, guessed from the exemplars', () => {
  it('is not the act when the reply negates the words it shares with its nearest exemplar', () => {
    // Each is like "we record the calls" in its words, and says the opposite.
    for (const [text, language] of [
      ['Non registriamo le chiamate su questa linea.', 'it'],
      ['Calls to this line are not recorded.', 'en'],
      ['Nous n’enregistrons pas les appels du service technique.', 'fr'],
      ['Die Gespräche werden nicht gespeichert, nur die SMS.', 'de'],
    ] as const) {
      expect(intentsOf(text, language), text).not.toContain('privacyNotice');
    }
  });

  it('stays the act when the negation is about something else in the reply', () => {
    expect(intentsOf('Je comprends, ce n’est vraiment pas agréable.', 'fr')).toContain('empathy');
    expect(intentsOf('Ich verstehe Sie, das ist gar nicht schön.', 'de')).toContain('empathy');
  });
});

describe('a thank-you guessed from the exemplars', () => {
  it('ends a hold only when it names the hold', () => {
    for (const [text, language] of [
      ['Grazie per l’informazione', 'it'],
      ['Merci de me l’avoir dit.', 'fr'],
      ['Gracias por el dato.', 'es'],
      ['Gracias por los datos.', 'es'],
    ] as const) {
      expect(intentsOf(text, language), text).not.toContain('thankAfterHold');
    }
  });

  it('still ends it when it thanks for the time or for staying on', () => {
    expect(intentsOf('Grazie per avermi dato tempo', 'it')).toContain('thankAfterHold');
    expect(intentsOf('Cheers for staying on', 'en')).toContain('thankAfterHold');
  });
});

describe('a refused clause', () => {
  it('refuses the act it is faintly like, so the rest of the reply is not credited with it', () => {
    expect(intentsOf('No need to hold, I can check while we talk', 'en')).not.toContain('askHold');
  });

  it('leaves the rest its own act', () => {
    expect(intentsOf('I can’t fix that myself, but let me transfer you to billing', 'en')).toContain('announceTransfer');
  });
});

describe('a recap the exemplars read as facts', () => {
  // A small model whose `none` replies are facts of the kind a recap lists: its classifier reads them as no act.
  const facts = [
    'Il tecnico arriva lunedì mattina',
    'La fattura è arrivata doppia',
    'Il modem nuovo è in spedizione',
    'La linea torna attiva entro sera',
    'Il rimborso arriva sulla carta',
    'La pratica è aperta da ieri',
    'Il tecnico ha cambiato il modem',
    'La fattura di marzo è corretta',
  ];
  const bank = {
    none: facts,
    summarise: ['Riassumendo, abbiamo aperto la pratica', 'In sintesi, tutto risolto', 'Per riassumere, il contratto è variato'],
    closing: ['Arrivederci e buona giornata', 'Grazie per la chiamata, arrivederci', 'Buona serata, arrivederci'],
    askHold: ['Resti in linea un momento', 'Attenda un attimo per favore', 'Un momento, controllo'],
  };
  const withFactModel = <T>(work: () => T) => withModels(new Map([['it', buildLanguageModel(bank, 'it')]]), work);

  it('keeps the rule when the recap word frames the reply', () => {
    withFactModel(() => {
      expect(intentsOf('Riepilogando: il tecnico arriva lunedì, la fattura è corretta', 'it')).toContain('summarise');
    });
  });

  it('is no recap when the recap word is a thing talked about', () => {
    withFactModel(() => {
      expect(intentsOf('Il riassunto della fattura è arrivato ieri', 'it')).not.toContain('summarise');
    });
  });
});

describe('asking for identification data', () => {
  it('is read by the rules in the common question forms, explained by its words', () => {
    for (const [text, language] of [
      ['Scusi, lei come si chiama?', 'it'],
      ['Qual è la sua data di nascita?', 'it'],
      ['Read me the order number on the receipt', 'en'],
      ['What is the customer ID on your letter?', 'en'],
    ] as const) {
      const match = understandReply(text, allSharedIntents, language).find((found) => found.intent === 'askIdentification');
      expect(match?.words.length, text).toBeGreaterThan(0);
    }
  });

  it('is not asking for a device detail, however like the exemplars its question is', () => {
    expect(intentsOf('Can you read me the model number on the router?', 'en')).not.toContain('askIdentification');
    expect(intentsOf('Qual è il modello del suo telefono?', 'it')).not.toContain('askIdentification');
    expect(intentsOf('Welches Betriebssystem haben Sie?', 'de')).not.toContain('askIdentification');
    expect(intentsOf('Vous pouvez me lire le numéro de série du modem ?', 'fr')).not.toContain('askIdentification');
  });
});

describe('a statement about a thing', () => {
  // A small model whose empathy exemplars share a stem with a statement about the offer.
  const bank = {
    none: ['Il modem arriva domani', 'La linea è attiva', 'Il tecnico è passato ieri', 'La fattura è corretta'],
    empathy: ['Comprendo il suo disagio', 'Comprendo benissimo la sua frustrazione', 'Comprendo, è una situazione pesante'],
    closing: ['Arrivederci e buona giornata', 'Grazie per la chiamata, arrivederci', 'Buona serata, arrivederci'],
    askHold: ['Resti in linea un momento', 'Attenda un attimo per favore', 'Un momento, controllo'],
  };
  const withSmallModel = <T>(work: () => T) => withModels(new Map([['it', buildLanguageModel(bank, 'it')]]), work);

  it('is not credited from exemplars said to the caller', () => {
    withSmallModel(() => {
      expect(intentsOf('Il pacchetto comprende i minuti verso l’estero', 'it')).not.toContain('empathy');
    });
  });

  it('leaves an act said to the caller credited', () => {
    withSmallModel(() => {
      expect(intentsOf('Comprendo bene, il disagio è tutto suo', 'it')).toContain('empathy');
    });
  });
});
