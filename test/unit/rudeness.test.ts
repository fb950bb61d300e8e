import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../scenarios/format/schema.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { rudeAct, withRudeness } from '../../scenarios/understanding/rudeness.js';
import { exampleRule, prepareUnderstanding, understandReply } from '../../scenarios/understanding/understandReply.js';

const read = (text: string, language: Language) => understandReply(text, allSharedIntents, language);
const intentsOf = (text: string, language: Language) => read(text, language).map((match) => match.intent);

beforeAll(async () => {
  await prepareUnderstanding();
});

describe('rudeness read as an act', () => {
  it('notices blaming, impatience, sarcasm and hurrying the caller, in every language', () => {
    for (const [text, language] of [
      ['Doveva pensarci prima di firmare il contratto.', 'it'],
      ['Sì sì, come no, il tecnico arriva stanotte.', 'it'],
      ['I already told you, the engineer comes Monday.', 'en'],
      ['Je vous l’ai déjà dit, le technicien passe lundi.', 'fr'],
      ['Wie oft soll ich das noch erklären?', 'de'],
      ['Das ist doch nicht so schwer, Herrgott.', 'de'],
      ['¿Cree que no tengo nada mejor que hacer?', 'es'],
    ] as const) {
      expect(intentsOf(text, language), text).toContain('rude');
    }
  });

  it('reads a rude phrase said with a negation ("pas mon problème", "no es usted muy listo")', () => {
    expect(rudeAct('Pas sur ce ton avec moi, monsieur.', 'fr')?.act).toBe('hurriesOrSilences');
    expect(rudeAct('Usted no es muy lista, ¿no?', 'es')?.act).toBe('belittles');
  });

  it('is explained by its act and the words that said it', () => {
    const rude = read('Doveva pensarci prima di firmare il contratto.', 'it').find((match) => match.intent === 'rude');
    expect(rude).toMatchObject({ rule: 'rude-act:blames', words: ['doveva', 'pensarci'] });
  });

  it('colours the act it goes with: a rude "I have other things to do" is rude beside what else it reads', () => {
    expect(intentsOf('Si sbrighi, ho altro da fare.', 'it')).toContain('rude');
  });
});

describe('more ways to say it', () => {
  it('reads miracles refused, other calls waiting, "not my beer" and "lower your voice"', () => {
    for (const [text, language] of [
      ['Non ho la bacchetta magica, signora.', 'it'],
      ['Spit it out, I have other calls.', 'en'],
      ['Das ist nicht mein Bier.', 'de'],
      ['Baje la voz, que así no le atiendo.', 'es'],
      ['Je ne fais pas de miracles, moi.', 'fr'],
    ] as const) {
      expect(intentsOf(text, language), text).toContain('rude');
    }
    // "So what?" alone is rude; "so what you're telling me is…" reflects back.
    expect(intentsOf('So what you’re telling me is the light is red?', 'en')).not.toContain('rude');
  });
});

describe('a reply that closes the matter', () => {
  it('is rude when it ends on a full stop said aloud or asks "…or what?"', () => {
    expect(intentsOf('Non si può fare, e basta.', 'it')).toContain('rude');
    expect(intentsOf('The fee stays. End of story.', 'en')).toContain('rude');
    expect(intentsOf('La tarifa es esa y punto.', 'es')).toContain('rude');
    expect(intentsOf('Vous m’écoutez ou quoi ?', 'fr')).toContain('rude');
    expect(intentsOf('Der Fehler liegt bei Ihnen, ganz klar.', 'de')).toContain('rude');
  });

  it('is not rude when the words only end a sentence ("die Messung ist fertig", "basta un clic")', () => {
    expect(intentsOf('Danke fürs Warten, die Messung ist fertig.', 'de')).not.toContain('rude');
    expect(intentsOf('Basta un clic e il modem riparte.', 'it')).not.toContain('rude');
    expect(intentsOf('Ha ragione, il problema è nostro, punto per punto lo sistemiamo.', 'it')).not.toContain('rude');
  });
});

describe('polite look-alikes', () => {
  it('are not rude, in every language', () => {
    for (const [text, language] of [
      ['Va bene, ci pensi pure con calma.', 'it'],
      ['Non si preoccupi, non è colpa sua.', 'it'],
      ['Non è un problema, glielo rispiego volentieri.', 'it'],
      ['Se non le piace questa offerta ne abbiamo un’altra.', 'it'],
      ['No problem at all, take your time.', 'en'],
      ['Don’t worry, it’s not your fault at all.', 'en'],
      ['You should have received a text with the code.', 'en'],
      ['Pas de souci, prenez votre temps.', 'fr'],
      ['Ce n’est pas de votre faute, je corrige tout de suite.', 'fr'],
      ['Keine Sorge, das ist nicht Ihre Schuld.', 'de'],
      ['Sie haben nichts falsch gemacht, das Update ist abgebrochen.', 'de'],
      ['No se preocupe, no es culpa suya.', 'es'],
      ['Tómese su tiempo, no pasa nada.', 'es'],
    ] as const) {
      expect(intentsOf(text, language), text).not.toContain('rude');
    }
  });

  it('a refusal that offers an alternative helps: "not my department, but let me transfer you" is not rude', () => {
    expect(intentsOf('It’s not my department, but let me transfer you to billing.', 'en')).not.toContain('rude');
    expect(intentsOf('It’s not my department, but let me transfer you to billing.', 'en')).toContain('announceTransfer');
  });
});

describe('a promise to call back', () => {
  it('is an alternative: the exemplars’ rude guess is dropped ("no need to wait, I will call you back")', () => {
    const guessed = [{ intent: 'rude', rule: exampleRule, words: [] }];
    for (const [text, language] of [
      ['Inutile de rester en ligne, je vous rappelle demain matin.', 'fr'],
      ['Non serve che resti in attesa, la richiamo io entro sera.', 'it'],
      ['No need to stay on the line, I’ll call you back this afternoon.', 'en'],
    ] as const) {
      expect(withRudeness(guessed, text, allSharedIntents, language, exampleRule), text).toEqual([]);
    }
  });
});

describe('ordinary sentences with a word rudeness also uses', () => {
  it('are not rude, in every language', () => {
    for (const [text, language] of [
      ['I’ve fixed your problem, the line is back.', 'en'],
      ['Could you repeat yourself? The line is bad.', 'en'],
      ['I find the bill hard to understand too, let me explain it.', 'en'],
      ['Faccia lei, scelga l’orario che preferisce.', 'it'],
      ['È inutile che aspetti in linea, la richiamiamo noi.', 'it'],
      ['Laissez tomber l’ancien modem, on vous en envoie un neuf.', 'fr'],
      ['Pas si grave, on va régler ça ensemble.', 'fr'],
      ['Ihr Problem ist jetzt gelöst.', 'de'],
      ['Das steht alles in der Rechnung auf Seite zwei.', 'de'],
      ['Das ist so kompliziert, ich erkläre es Ihnen Schritt für Schritt.', 'de'],
      ['La factura está en la web, en su área de cliente.', 'es'],
      ['Deje de pagar con la tarjeta vieja y use la nueva.', 'es'],
      ['No tengo tiempo de espera que darle, el sistema no lo muestra.', 'es'],
    ] as const) {
      expect(intentsOf(text, language), text).not.toContain('rude');
    }
  });
});
