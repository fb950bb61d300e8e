import type { PhraseBook } from './types.js';

export const phraseBook: PhraseBook = {
  agentPlaceholder: '[il tuo nome]',
  phrases: {
    greeting: [
      'Vesuvio Telecom, buongiorno, sono {agent}. Come posso aiutarla?',
      'Vesuvio Telecom, buonasera, sono {agent}. In cosa posso esserle utile?',
    ],
    privacy: [
      'La informo che la chiamata può essere registrata per finalità di qualità del servizio, nel rispetto della normativa sulla privacy.',
      'I suoi dati saranno trattati solo per gestire la sua richiesta, come previsto dall’informativa privacy di Vesuvio Telecom.',
    ],
    identification: [
      'Per poterla aiutare devo prima verificare la sua identità: mi può dire nome e cognome dell’intestatario?',
      'Mi conferma il codice cliente o il codice fiscale dell’intestatario, per favore?',
      'Grazie. Mi conferma anche la data di nascita?',
    ],
    hold: [
      'Le chiedo di restare in linea un momento mentre verifico: la metto in attesa, va bene?',
      'Mi concede un minuto per controllare? La metto in breve attesa.',
    ],
    afterHold: ['Grazie per l’attesa, sono di nuovo con lei.', 'La ringrazio per la pazienza: ho verificato e adesso le spiego.'],
    transfer: [
      'Per questa richiesta la passo al collega del reparto competente, che ha già tutte le informazioni: resti in linea, per favore.',
      'La trasferisco al servizio specializzato; non dovrà ripetere quanto mi ha già detto.',
    ],
    empathy: [
      'Mi dispiace per il disagio, capisco la situazione e me ne occupo subito.',
      'Ha ragione a essere preoccupato: vediamo insieme come risolvere.',
      'Mi scuso per l’inconveniente, facciamo il possibile per sistemare tutto al più presto.',
    ],
    summary: [
      'Riepilogo: ho aperto una segnalazione e sarà ricontattato entro i tempi indicati. È tutto corretto?',
      'Ricapitolando, abbiamo verificato il problema e le ho indicato i prossimi passi.',
    ],
    anythingElse: ['Posso aiutarla in qualcos’altro?', 'C’è altro che posso fare per lei oggi?'],
    closing: [
      'Grazie per aver chiamato Vesuvio Telecom, buona giornata.',
      'La ringrazio per la pazienza. Arrivederci e buona serata da Vesuvio Telecom.',
    ],
  },
};
