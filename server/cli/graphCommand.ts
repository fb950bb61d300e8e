import type { Scenario } from '../../scenarios/format/schema.js';
import { buildScriptMachine, hangUpState } from '../../scenarios/machine/buildMachine.js';

const label = (text: string) => text.replace(/"/g, "'");

/** The script as a Mermaid state diagram: what an instructor reads to see every path of the call. */
export function scenarioMermaid(scenario: Scenario): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${scenario.script.initial}`];
  const hangUps = new Set<string>();
  for (const [name, state] of Object.entries(scenario.script.states)) {
    if (state.end) {
      lines.push(`  ${name} --> [*]: ${state.end}`);
      continue;
    }
    for (const transition of state.on) {
      const trigger =
        'reply' in transition ? `reply ${transition.reply}` : 'timer' in transition ? `timer ${transition.timer}` : transition.action;
      lines.push(`  ${name} --> ${transition.to ?? name}: "${label(trigger)}"`);
    }
    const outcome = state.hangUpOutcome ?? scenario.script.hangUpOutcome;
    hangUps.add(hangUpState(outcome));
    lines.push(`  ${name} --> ${hangUpState(outcome).replace('-', '_')}: call.hungUp`);
  }
  for (const state of hangUps) lines.push(`  ${state.replace('-', '_')} --> [*]`);
  return lines.join('\n');
}

/** The machine's JSON definition, which the Stately visualiser imports. */
export function scenarioMachineJson(scenario: Scenario): unknown {
  return buildScriptMachine(scenario).toJSON();
}
