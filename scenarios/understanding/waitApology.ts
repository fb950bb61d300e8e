import type { IntentMatch } from '../../protocol/events.js';
import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import lists from './waitApology.json' with { type: 'json' };

interface WaitWords {
  apologies: RegExp;
  wait: RegExp;
  elsewhere: RegExp;
}

const byLanguage = Object.fromEntries(
  Object.entries(lists).map(([language, list]) => [
    language,
    { apologies: new RegExp(list.apologies), wait: new RegExp(list.wait), elsewhere: new RegExp(list.elsewhere) },
  ]),
) as Record<Language, WaitWords>;

/**
 * One reading of an apology for the wait, in every language: "scusi l'attesa", "sorry for the
 * wait", "Entschuldigen Sie die Wartezeit", "Siento mucho la espera" apologise for the hold the
 * trainee just ended, so they are thankAfterHold, with or without a thank-you. A wait the caller
 * had elsewhere (days for the technician, weeks, the queue) is sympathised with: empathy. Returns
 * the apology as a thankAfterHold match, or null.
 */
export function apologyForTheHold(text: string, language: Language): IntentMatch | null {
  const { apologies, wait, elsewhere } = byLanguage[language];
  // Word boundaries on the plain words: accents and punctuation gone, one space between words.
  const plain = plainWords(text).join(' ');
  if (elsewhere.test(plain)) return null;
  const apology = apologies.exec(plain)?.[0];
  const waited = wait.exec(plain)?.[0];
  return apology && waited
    ? { intent: 'thankAfterHold', rule: 'apology-for-the-wait', words: [...apology.split(' '), ...waited.split(' ')] }
    : null;
}

/** Is this word part of an apology or of the wait it names ("scusi", "attesa", "sorry", "wait")? */
export function apologyOrWaitWord(word: string, language: Language): boolean {
  const { apologies, wait } = byLanguage[language];
  return apologies.test(word) || wait.test(word) || /^(wait|warte|attend|espera|aspett|patient|demora)/.test(word);
}
