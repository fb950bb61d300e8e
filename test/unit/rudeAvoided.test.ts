import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { checkScenario } from '../../scenarios/checks/checkScenario.js';
import type { TraineeScript } from '../../scenarios/format/traineeScript.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';

/** A rubric lists the shared `rude` intent as avoided: a dismissive reply then costs the item. */
const raw = JSON.parse(readFileSync('scenarios/library/reclamo-cliente-arrabbiato.json', 'utf8')) as { rubric: unknown[] };
raw.rubric.push({
  id: 'notRude',
  label: { it: 'Non è scortese né colpevolizza il cliente', en: 'Is not rude and does not blame the caller' },
  abilities: ['UF1.A2'],
  knowledge: ['UF1.K1'],
  weight: 1,
  rule: { kind: 'avoided', intent: 'rude' },
});
const check = checkScenario(raw);
const script = JSON.parse(readFileSync('scenarios/trainees/reclamo-cliente-arrabbiato/exemplary.json', 'utf8')) as TraineeScript;

function notRude(inputs: TraineeScript['inputs']) {
  if (!check.ok) throw new Error(check.problems.join('; '));
  const run = playHeadless(check.scenario, loadVesuvioDesk(), inputs, { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
  return scoreSession(check.scenario, run.events).items.find((item) => item.id === 'notRude')?.status;
}

describe('rude as an avoided rubric item', () => {
  it('is met by the exemplary trainee', () => {
    expect(notRude(script.inputs)).toBe('met');
  });

  it('is missed when the trainee answers the angry caller with "E io che ci posso fare?"', () => {
    const firstReply = script.inputs.findIndex((input) => input.action.type === 'reply');
    const reply = script.inputs[firstReply]!;
    const rude = { at: reply.at + 500, action: { type: 'reply' as const, text: 'E io che ci posso fare?' } };
    const inputs = [
      ...script.inputs.slice(0, firstReply + 1),
      rude,
      ...script.inputs.slice(firstReply + 1).map((input) => ({ ...input, at: input.at + 1000 })),
    ];
    expect(notRude(inputs)).toBe('missed');
  });
});
