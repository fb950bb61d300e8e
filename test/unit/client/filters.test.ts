import { describe, expect, it } from 'vitest';
import type { ScenarioSummary, SessionSummary } from '../../../protocol/views.js';
import { applySessionFilter, distinct, noFilter } from '../../../client/src/assessor/sessionFilters.js';
import { filterScenarios, noPracticeFilter, presentValues } from '../../../client/src/practice/practiceFilter.js';

const session = (id: string, traineeId: string, scenarioId: string, status: SessionSummary['status']): SessionSummary => ({
  id,
  scenarioId,
  traineeId,
  status,
  launchedAt: 0,
  endedAt: status === 'ended' ? 1 : null,
  outcome: null,
  percent: null,
  passed: null,
  scenarioTitle: { it: `Scenario ${scenarioId}`, en: `Scenario ${scenarioId}` },
  traineeName: `Allievo ${traineeId}`,
});

const sessions = [
  session('a', 't1', 'fibre', 'ended'),
  session('b', 't1', 'order', 'live'),
  session('c', 't2', 'fibre', 'ended'),
  session('d', 't2', 'fibre', 'live'),
];
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("the assessor's session filters", () => {
  it('keep every session when nothing is chosen', () => {
    expect(ids(applySessionFilter(sessions, noFilter))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keep only the sessions of the chosen trainee, scenario and status together', () => {
    expect(ids(applySessionFilter(sessions, { ...noFilter, traineeId: 't1' }))).toEqual(['a', 'b']);
    expect(ids(applySessionFilter(sessions, { ...noFilter, scenarioId: 'fibre' }))).toEqual(['a', 'c', 'd']);
    expect(ids(applySessionFilter(sessions, { ...noFilter, status: 'live' }))).toEqual(['b', 'd']);
    expect(ids(applySessionFilter(sessions, { traineeId: 't2', scenarioId: 'fibre', status: 'ended' }))).toEqual(['c']);
    expect(applySessionFilter(sessions, { traineeId: 't1', scenarioId: 'fibre', status: 'live' })).toEqual([]);
  });

  it('offer each trainee once, in the order the list shows them', () => {
    expect(
      distinct(
        sessions,
        (s) => s.traineeId,
        (s) => s.traineeName,
      ),
    ).toEqual([
      ['t1', 'Allievo t1'],
      ['t2', 'Allievo t2'],
    ]);
  });
});

const scenario = (
  id: string,
  kind: string,
  language: ScenarioSummary['language'],
  difficulty: ScenarioSummary['difficulty'],
): ScenarioSummary => ({
  id,
  version: 1,
  title: { it: id, en: id },
  summary: { it: '', en: '' },
  kind,
  channel: 'phone',
  language,
  difficulty,
  abilities: [],
  queue: 'Generale',
  voice: { lang: language, rate: 1, pitch: 1 },
});

const library = [scenario('s1', 'complaint', 'it', 1), scenario('s2', 'order', 'it', 2), scenario('s3', 'complaint', 'en', 2)];

describe("the trainee's practice filters", () => {
  it('keep the scenarios that fit every chosen criterion', () => {
    expect(ids(filterScenarios(library, noPracticeFilter))).toEqual(['s1', 's2', 's3']);
    expect(ids(filterScenarios(library, { ...noPracticeFilter, kind: 'complaint' }))).toEqual(['s1', 's3']);
    expect(ids(filterScenarios(library, { ...noPracticeFilter, difficulty: '2' }))).toEqual(['s2', 's3']);
    expect(ids(filterScenarios(library, { kind: 'complaint', language: 'en', difficulty: '2' }))).toEqual(['s3']);
    expect(filterScenarios(library, { kind: 'order', language: 'en', difficulty: '' })).toEqual([]);
  });

  it('offer each value present once, sorted', () => {
    expect(presentValues(library, (s) => s.kind)).toEqual(['complaint', 'order']);
    expect(presentValues(library, (s) => s.language)).toEqual(['en', 'it']);
  });
});
