import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { isNarrowed, noScenarioPick, pickScenarios, presentAbilities } from '../../../client/src/instructor/scenarioPicker.js';

const scenario = (
  id: string,
  title: string,
  summary: string,
  facets: Pick<ScenarioSummary, 'kind' | 'language' | 'difficulty' | 'abilities'>,
): ScenarioSummary => ({
  id,
  version: 1,
  title: { it: title, en: `${title} (en)` },
  summary: { it: summary, en: 'An English summary' },
  channel: 'phone',
  queue: 'q',
  voice: { lang: 'it-IT', rate: 1, pitch: 1 },
  ...facets,
});

const library = [
  scenario('fibre-outage', 'Fibra lenta', 'Il cliente è arrabbiato perché la linea è giù', {
    kind: 'complaint',
    language: 'it',
    difficulty: 3,
    abilities: ['UF1.A2', 'UF1.A10'],
  }),
  scenario('order-printer', 'Ordine stampante', 'Un ordine da inserire', {
    kind: 'order',
    language: 'it',
    difficulty: 1,
    abilities: ['UF1.A3'],
  }),
  scenario('info-hours', 'Orari di apertura', 'Informazioni sugli orari', {
    kind: 'information',
    language: 'en',
    difficulty: 1,
    abilities: ['UF1.A2'],
  }),
];
const ids = (list: ScenarioSummary[]) => list.map((item) => item.id);

describe("the instructor's scenario picker", () => {
  it('shows the whole library when nothing is typed or chosen', () => {
    expect(ids(pickScenarios(library, noScenarioPick))).toEqual(['fibre-outage', 'order-printer', 'info-hours']);
    expect(isNarrowed(noScenarioPick)).toBe(false);
  });

  it('finds by words of the title, the id or the description, in any case, without accents, all words required', () => {
    expect(ids(pickScenarios(library, { ...noScenarioPick, words: 'STAMPANTE' }))).toEqual(['order-printer']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, words: 'info-hours' }))).toEqual(['info-hours']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, words: 'perche arrabbiato' }))).toEqual(['fibre-outage']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, words: 'perche stampante' }))).toEqual([]);
    expect(ids(pickScenarios(library, { ...noScenarioPick, words: '(en)' }))).toHaveLength(3);
    expect(isNarrowed({ ...noScenarioPick, words: 'fibra' })).toBe(true);
  });

  it('keeps only scenarios fitting every chosen facet together', () => {
    expect(ids(pickScenarios(library, { ...noScenarioPick, kind: 'order' }))).toEqual(['order-printer']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, language: 'en' }))).toEqual(['info-hours']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, difficulty: '1' }))).toEqual(['order-printer', 'info-hours']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, ability: 'UF1.A2' }))).toEqual(['fibre-outage', 'info-hours']);
    expect(ids(pickScenarios(library, { ...noScenarioPick, ability: 'UF1.A2', difficulty: '1' }))).toEqual(['info-hours']);
    expect(pickScenarios(library, { ...noScenarioPick, ability: 'UF1.A2', kind: 'order' })).toEqual([]);
  });

  it('offers the abilities the library exercises, once each, in the numbering order', () => {
    expect(presentAbilities(library)).toEqual(['UF1.A2', 'UF1.A3', 'UF1.A10']);
  });
});
