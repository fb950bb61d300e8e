import type { Language } from '../format/schema.js';

/**
 * What the matcher needs to know about each language, written without accents (text is
 * compared accent-free). Kept small and explicit so a trainer can read why a word was skipped.
 */
export interface LanguageProfile {
  /** Snowball algorithm name. */
  stemmer: string;
  /** Function words a reply may hold between the words of a term without breaking it. */
  stopWords: ReadonlySet<string>;
  /** Indefinite articles: "un altro modem" is another modem, not "altro" (anything else), so a skipped stretch may not end with one. */
  articles: ReadonlySet<string>;
  /** Words that turn a phrase into its opposite: "non capisco" is not empathy. */
  negations: ReadonlySet<string>;
  /**
   * Negations that follow the verb they negate ("je comprends pas", "ich verstehe nicht"); empty
   * where grammar puts them before it. Only these cancel a term they follow: "keine", "aucun" negate
   * the noun after them, not the act before ("Am Ende also keine Kündigung" still recaps).
   */
  negationAfter: ReadonlySet<string>;
  /**
   * Elided articles and pronouns before an apostrophe, dropped: "l'attesa" → "attesa". Elided
   * prepositions stay, as function words: "all'ufficio" (to the office) is not "dell'ufficio".
   */
  elisions: ReadonlySet<string>;
  /** English and German glue apostrophes ("I'm" → "im", "geht's" → "gehts") so typing without them still matches. */
  joinApostrophes: boolean;
  /** German writes compounds as one word: "Kundennummer" holds "nummer". */
  compounds: boolean;
  /** Words that follow "sono", "this is", "ich bin"… and are not a name, for the `*` placeholder. */
  notNames: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const profiles: Record<Language, LanguageProfile> = {
  it: {
    stemmer: 'italian',
    stopWords: set(`il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei degli delle al allo alla ai agli
      alle dell all dall nell sull coll dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle e ed o od ma che se mi ti ci
      vi si me te ce ve io tu lui lei noi voi loro suo sua suoi sue mio mia miei mie nostro nostra nostri nostre vostro vostra questo
      questa questi queste quello quella molto davvero proprio pure anche gia ora adesso qui qua ho ha hai abbiamo avete hanno sia sta
      sto stiamo solo aver avere essere tanto tanta signora signor signore sig gentile cortese allora quindi dunque bene cosi po subito`),
    articles: set('un uno una'),
    negations: set('non mai'),
    negationAfter: set(''),
    elisions: set('l un d c m t s v quest quell'),
    joinApostrophes: false,
    compounds: false,
    notNames: set(`spiacente dispiaciuto dispiaciuta desolato desolata lieto lieta felice contento contenta disponibile pronto pronta
      servizio assistenza clienti ufficio operatore operatrice reparto vesuvio telecom buongiorno buonasera salve grazie certo certa sono`),
  },
  en: {
    stemmer: 'english',
    stopWords: set(`the a an of to for in on at by with from and or but so that these those it its i me my we us our you your yours he she
      they them their is am are was were be been being im youre ive weve ill very really just now sir madam maam mr mrs ms miss do does
      have has had will shall quite so here there this`),
    articles: set('a an'),
    negations: set('not no never dont doesnt didnt cant cannot wont isnt arent wasnt havent hasnt shouldnt wouldnt couldnt nothing'),
    negationAfter: set(''),
    elisions: set(''),
    joinApostrophes: true,
    compounds: false,
    notNames: set(`sorry afraid glad happy pleased delighted here customer service support team department operator agent line vesuvio
      telecom calling speaking available able going good hello help checking looking just not`),
  },
  fr: {
    stemmer: 'french',
    stopWords:
      set(`le la les l un une des de du d a au aux en dans par pour sur avec et ou mais que qu qui je j tu il elle nous vous ils elles
      me m te t se s lui leur y ce cet cette ces c mon ma mes ton votre vos notre nos son sa ses est suis es sommes etes sont ai as avons
      avez ont avoir etre tres vraiment juste bien monsieur madame mademoiselle donc alors voila tout toute ici`),
    articles: set('un une'),
    negations: set('ne n pas jamais aucun aucune rien'),
    negationAfter: set('pas jamais rien'),
    elisions: set('l d j m t s c qu jusqu lorsqu puisqu quoiqu'),
    joinApostrophes: false,
    compounds: false,
    notNames: set(`desole desolee navre navree ravi ravie heureux heureuse content contente disponible la service assistance clientele
      conseiller conseillere vesuvio telecom bonjour bonsoir`),
  },
  de: {
    stemmer: 'german',
    stopWords:
      set(`der die das den dem des ein eine einen einem einer eines und oder aber zu zum zur im in am an auf fur mit von vom bei beim
      aus nach uber um ich du er sie es wir ihr ihnen ihn mich mir dich dir uns euch sich mein meine meinen meinem meiner ihre ihren
      ihrem ihrer unser unsere unseren bin ist sind bist seid habe hat haben hast sehr ja doch mal schon gerade herr frau dass da so nun
      jetzt also gern gerne hier bitte`),
    articles: set('ein eine einen einem einer eines'),
    negations: set('nicht nichts kein keine keinen keinem keiner nie niemals'),
    negationAfter: set('nicht nichts nie niemals'),
    elisions: set(''),
    joinApostrophes: true,
    compounds: true,
    notNames: set(`froh gerne gern hier fur da zustandig erreichbar kundenservice kundendienst service team abteilung vesuvio telecom
      leider ihr ihre`),
  },
  es: {
    stemmer: 'spanish',
    stopWords:
      set(`el la los las lo un una unos unas de del a al en con por para sobre y e o u pero que se me te le les nos os mi mis tu tus
      su sus nuestro nuestra usted ustedes yo este esta esto estos estas ese esa eso es soy son estoy he ha hemos han muy ya ahora
      senor senora senorita don dona aqui pues entonces bien`),
    articles: set('un una unos unas'),
    negations: set('no nunca jamas ni tampoco nada'),
    negationAfter: set(''),
    elisions: set(''),
    joinApostrophes: false,
    compounds: false,
    notNames: set(`de la el un una su del servicio atencion cliente clientes departamento vesuvio telecom`),
  },
};
