import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../scenarios/format/schema.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { prepareUnderstanding, understandReply } from '../../scenarios/understanding/understandReply.js';

const intentsOf = (text: string, language: Language) => understandReply(text, allSharedIntents, language).map((match) => match.intent);

beforeAll(async () => {
  await prepareUnderstanding();
});

describe('a farewell to a thing', () => {
  it('is no goodbye to the caller, in every language', () => {
    expect(intentsOf('Con la nuova offerta, addio alle penali', 'it')).not.toContain('closing');
    expect(intentsOf('With the new plan it is goodbye to the fees', 'en')).not.toContain('closing');
    expect(intentsOf('Avec cette offre, au revoir les frais de dossier', 'fr')).not.toContain('closing');
    expect(intentsOf('Mit dem Online-Konto heißt es: Tschüss Papierrechnung', 'de')).not.toContain('closing');
    expect(intentsOf('Con la tarifa nueva, ¡adiós a los recargos!', 'es')).not.toContain('closing');
  });

  it('still closes when said to the caller, or when another clause says goodbye', () => {
    expect(intentsOf('Grazie a lei, arrivederci a presto', 'it')).toContain('closing');
    expect(intentsOf('Thanks for calling, goodbye to you', 'en')).toContain('closing');
    expect(intentsOf('Merci de votre appel, au revoir à bientôt', 'fr')).toContain('closing');
    expect(intentsOf('Addio alle penali! Grazie per aver chiamato, arrivederci', 'it')).toContain('closing');
  });
});

describe('an apology for the wait', () => {
  it('closes the hold, with or without a thank-you, and is not empathy', () => {
    for (const [text, language] of [
      ['Mi perdoni l’attesa, ho verificato il contratto', 'it'],
      ['Sorry for the wait, the order is on its way', 'en'],
      ['Entschuldigung für die Wartezeit, ich habe nachgesehen', 'de'],
      ['Perdone la espera, ya tengo los datos', 'es'],
      ['Désolé pour l’attente, j’ai trouvé votre dossier', 'fr'],
      ['Lamento mucho la espera', 'es'],
      ['Entschuldigen Sie bitte die kurze Wartezeit', 'de'],
      ['Vraiment navrée pour l’attente', 'fr'],
      ['Scusi tanto per l’attesa', 'it'],
      ['Mi dispiace per l’attesa', 'it'],
      ['So sorry about the wait', 'en'],
    ] as const) {
      expect(intentsOf(text, language), text).toContain('thankAfterHold');
      expect(intentsOf(text, language), text).not.toContain('empathy');
    }
  });

  it('for a wait the caller had elsewhere is empathy', () => {
    expect(intentsOf('Mi dispiace davvero per l’attesa di tre settimane per il tecnico', 'it')).not.toContain('thankAfterHold');
    expect(intentsOf('I am so sorry you waited two weeks for the engineer', 'en')).not.toContain('thankAfterHold');
  });
});
