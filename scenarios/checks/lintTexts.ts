import type { Scenario } from '../format/schema.js';

type Problem = string;

/**
 * The punctuation that ends a clause of a reply (scenarios/matcher/normalize.ts splits at it). A term
 * never spans two clauses, so a term holding one ("2,4 ghz") could never match a reply written so.
 */
const clauseBreak = /[.,;:!?¿¡…()\n]/;

function termsOf(groups: readonly (readonly string[])[], place: string): Problem[] {
  return groups.flatMap((group, groupIndex) =>
    group.flatMap((term) => {
      const mark = clauseBreak.exec(term)?.[0];
      return mark
        ? [
            `${place}[${groupIndex}]: the term "${term}" holds "${mark}", which ends a clause of a reply, and a term never spans two clauses: write the parts as separate groups (e.g. [["2"], ["4 ghz"]] for "2,4 GHz")`,
          ]
        : [];
    }),
  );
}

/** Terms of the scenario's own intents and of the rubric's `mentions`. */
export function termProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  for (const [intent, byLanguage] of Object.entries(scenario.intents)) {
    for (const [language, rules] of Object.entries(byLanguage)) {
      for (const [index, rule] of (rules ?? []).entries())
        problems.push(...termsOf(rule.all, `intents.${intent}.${language}[${index}] (${rule.id}).all`));
    }
  }
  scenario.rubric.forEach((item, index) => {
    if (item.rule.kind === 'email' || item.rule.kind === 'message')
      problems.push(...termsOf(item.rule.mentions, `rubric[${index}] (${item.id}).rule.mentions`));
  });
  return problems;
}

/** A language tag: a language code, then optional subtags (`it-IT`, `en-GB`, `es`). */
const languageTag = /^([a-zA-Z]{2,3})(-[a-zA-Z0-9]{2,8})*$/;

/** The caller's voice speaks the contact's language: an Italian voice reading a German call is a slip. */
export function voiceProblems(scenario: Scenario): Problem[] {
  const { lang } = scenario.persona.voice;
  const tag = languageTag.exec(lang);
  if (!tag)
    return [
      `persona.voice.lang: "${lang}" is not a language tag: write the language and region, e.g. "${scenario.language}-${scenario.language.toUpperCase()}"`,
    ];
  const spoken = tag[1]?.toLowerCase();
  return spoken === scenario.language
    ? []
    : [`persona.voice.lang: "${lang}" is a voice for "${spoken}", but the contact is in "${scenario.language}"`];
}
