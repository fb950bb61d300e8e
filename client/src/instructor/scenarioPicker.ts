import type { ScenarioSummary } from '../../../protocol/views.js';

/** What the instructor narrowed the scenario library to: free words plus one choice per facet ('' = any). */
export interface ScenarioPick {
  words: string;
  kind: string;
  language: string;
  difficulty: string;
  ability: string;
}

export const noScenarioPick: ScenarioPick = { words: '', kind: '', language: '', difficulty: '', ability: '' };

/** Lower case without accents, so "perche" finds "perché" and "Fattura" finds "fattura". */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every text a search word may hit: the id and the title and description in both interface languages. */
function searchableText(scenario: ScenarioSummary): string {
  return foldWords([scenario.id, scenario.title.it, scenario.title.en, scenario.summary.it, scenario.summary.en].join(' '));
}

/** Scenarios fitting every chosen facet and containing every typed word (anywhere, in any order). */
export function pickScenarios(scenarios: ScenarioSummary[], pick: ScenarioPick): ScenarioSummary[] {
  const words = foldWords(pick.words).split(/\s+/).filter(Boolean);
  return scenarios.filter((scenario) => {
    if (pick.kind && scenario.kind !== pick.kind) return false;
    if (pick.language && scenario.language !== pick.language) return false;
    if (pick.difficulty && String(scenario.difficulty) !== pick.difficulty) return false;
    if (pick.ability && !scenario.abilities.includes(pick.ability)) return false;
    if (words.length === 0) return true;
    const text = searchableText(scenario);
    return words.every((word) => text.includes(word));
  });
}

/** Whether anything narrows the list, so "clear filters" has something to clear. */
export function isNarrowed(pick: ScenarioPick): boolean {
  return Object.values(pick).some((value) => value.trim() !== '');
}

/** The ability codes the library exercises, in the standard's order (UF1.A2 before UF1.A10). */
export function presentAbilities(scenarios: ScenarioSummary[]): string[] {
  return [...new Set(scenarios.flatMap((scenario) => scenario.abilities))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
