import { sharedIntents } from '../intents/sharedIntents.js';
import { scenarioSchema, type Scenario } from './schema.js';
import type { ScenarioSummary } from '../../protocol/views.js';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Checks the names a scenario uses refer to things that exist: states, lines, intents. */
function crossReferences(scenario: Scenario, knownAbilities: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const states = scenario.script.states;
  if (!states[scenario.script.initial]) problems.push(`script.initial: no state named "${scenario.script.initial}"`);
  const usesLine = (place: string, lineId: string) => {
    if (!scenario.lines[lineId]) problems.push(`${place}: no line named "${lineId}"`);
  };
  for (const [name, state] of Object.entries(states)) {
    state.say.forEach((lineId) => usesLine(`script.states.${name}.say`, lineId));
    if (!state.end && state.on.length === 0) problems.push(`script.states.${name}: not an end state, yet nothing leaves it`);
    const timerIds = new Set(state.timers.map((timer) => timer.id));
    state.on.forEach((transition, index) => {
      const place = `script.states.${name}.on[${index}]`;
      if (transition.to !== undefined && !states[transition.to]) problems.push(`${place}.to: no state named "${transition.to}"`);
      transition.say.forEach((lineId) => usesLine(`${place}.say`, lineId));
      if ('reply' in transition && transition.reply !== '*' && !scenario.intents[transition.reply]) {
        problems.push(`${place}.reply: no intent named "${transition.reply}"`);
      }
      if ('timer' in transition && !timerIds.has(transition.timer)) problems.push(`${place}.timer: the state has no timer "${transition.timer}"`);
    });
  }
  for (const [intent, byLanguage] of Object.entries(scenario.intents)) {
    if (!byLanguage[scenario.language]) problems.push(`intents.${intent}: no rules for the contact's language "${scenario.language}"`);
  }
  scenario.rubric.forEach((item, index) => {
    for (const code of item.abilities) if (!knownAbilities.has(code)) problems.push(`rubric[${index}].abilities: unknown ability ${code}`);
    if (item.rule.kind === 'replied' && !scenario.intents[item.rule.intent]) problems.push(`rubric[${index}].rule.intent: no intent named "${item.rule.intent}"`);
  });
  for (const code of scenario.abilities) if (!knownAbilities.has(code)) problems.push(`abilities: unknown ability ${code}`);
  return problems;
}

/** Parses and checks a scenario file's content. Never throws: problems name the place. */
export function checkScenario(raw: unknown, knownAbilities: ReadonlySet<string>): ScenarioCheck {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  // The shared call-centre intents apply in every scenario; a scenario's own intent of the same name replaces the shared one wholesale.
  const scenario: Scenario = { ...parsed.data, intents: { ...sharedIntents, ...parsed.data.intents } };
  const problems = crossReferences(scenario, knownAbilities);
  return problems.length ? { ok: false, problems } : { ok: true, scenario };
}

export function summarizeScenario(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    kind: scenario.kind,
    channel: scenario.channel,
    language: scenario.language,
    difficulty: scenario.difficulty,
    abilities: scenario.abilities,
    queue: scenario.queue,
    voice: scenario.persona.voice,
  };
}
