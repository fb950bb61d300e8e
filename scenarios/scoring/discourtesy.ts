import type { IntentSet } from '../format/schema.js';

/**
 * Dismissive or rude phrases an assessor would never accept in a courteous reply, per language.
 * A `replied` rubric rule marked `courteous` is not met by a reply holding one of these (or following
 * one): "Lo sa lei. Arrivederci." says goodbye but does not close the call politely. Exact phrases,
 * matched as intents are, so "non si preoccupi" and ordinary goodbyes never count. Phrases that are also
 * polite in some uses ("basta così", "veda lei", "como quiera", "comme vous voulez") are left out on purpose.
 */
export const discourtesy: IntentSet = {
  discourtesy: {
    it: [
      {
        id: 'dismissive',
        all: [
          [
            'lo sa lei',
            'faccia come vuole',
            'faccia come le pare',
            'come le pare',
            'si arrangi',
            'arrangiati',
            'affari suoi',
            'fatti suoi',
            'cavoli suoi',
            'problemi suoi',
            'peggio per lei',
            'non è un mio problema',
            'non è affar mio',
            'non mi interessa',
            'non posso farci niente',
            'non posso farci nulla',
            'non ho tempo',
            'mi lasci lavorare',
            'non mi faccia perdere tempo',
            'si calmi',
            'la smetta',
          ],
        ],
      },
    ],
    en: [
      {
        id: 'dismissive',
        all: [
          [
            'not my problem',
            "that's your problem",
            'suit yourself',
            'deal with it',
            "i don't care",
            'figure it out yourself',
            'no time for this',
            'calm down',
            'stop wasting my time',
            'tough luck',
          ],
        ],
      },
    ],
    fr: [
      {
        id: 'dismissive',
        all: [
          [
            "c'est votre problème",
            'pas mon problème',
            'débrouillez vous',
            'tant pis pour vous',
            'ça ne me regarde pas',
            'calmez vous',
            "je n'ai pas le temps",
          ],
        ],
      },
    ],
    de: [
      {
        id: 'dismissive',
        all: [
          [
            'das ist ihr problem',
            'nicht mein problem',
            'mir egal',
            'selber schuld',
            'wie sie meinen',
            'beruhigen sie sich',
            'ich habe keine zeit',
            'sehen sie zu',
          ],
        ],
      },
    ],
    es: [
      {
        id: 'dismissive',
        all: [
          [
            'es su problema',
            'problema suyo',
            'no es mi problema',
            'me da igual',
            'allá usted',
            'arréglese',
            'apáñese',
            'cálmese',
            'no tengo tiempo',
          ],
        ],
      },
    ],
  },
};
