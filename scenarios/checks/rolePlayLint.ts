import type { Scenario } from '../format/schema.js';

/**
 * A free role-play (`rolePlay: true`, kind `rolePlay`) is played by an instructor from the first ring:
 * its script is one state that waits, says nothing and moves on nothing but the line dropping, so the
 * script checks that make a scripted caller end the call do not apply; these do instead.
 */
export function rolePlayProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const rolePlayKind = scenario.kind === 'rolePlay';
  if (rolePlayKind && !scenario.rolePlay) problems.push('rolePlay: a scenario of kind "rolePlay" is a role-play (set "rolePlay": true)');
  if (!scenario.rolePlay) return problems;
  if (!rolePlayKind) problems.push('kind: a role-play is of kind "rolePlay"');
  if (scenario.channel !== 'phone') problems.push('channel: an instructor plays the caller of a phone call only');
  const { initial, states } = scenario.script;
  const names = Object.keys(states);
  if (names.length !== 1 || names[0] !== initial)
    problems.push(`script.states: a role-play's script is its one waiting state "${initial}" (the instructor plays the caller)`);
  const state = states[initial];
  if (!state) problems.push(`script.initial: no state named "${initial}"`);
  else if (state.end || state.say.length || state.timers.length || state.on.length)
    problems.push(`script.states.${initial}: the waiting state says nothing, has no timer and no transition, and is no end`);
  for (const [id, twist] of Object.entries(scenario.twists))
    if (twist.to !== undefined) problems.push(`twists.${id}.to: a role-play has no script state to move to`);
  return problems;
}
