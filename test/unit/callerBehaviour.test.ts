import { describe, expect, it } from 'vitest';
import type { TraineeAction } from '../../protocol/actions.js';
import type { SessionEvent } from '../../protocol/events.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { playHeadless, type ScriptedInput } from '../../scenarios/session/playHeadless.js';
import { exemplaryFibreCall, loadLibraryScenario } from '../support/scenarios.js';

const desk = loadVesuvioDesk();
const fibre = loadLibraryScenario('helpdesk-fibra-guasto');
// Until the shared `rude` intent is merged, a fixture gives the scenario one (the engine keys on the name).
const rudeFibre: Scenario = {
  ...fibre,
  intents: { ...fibre.intents, rude: { it: [{ id: 'rude', all: [['sbrighi', 'perdere tempo', 'colpa']] }] } },
};

const reply = (text: string): TraineeAction => ({ type: 'reply', text });
const ticket: TraineeAction = {
  type: 'ticket.create',
  customerId: 'C0001',
  category: 'line-fault',
  priority: 'high',
  subject: 'Fibra assente',
  description: 'Spia rossa.',
};
/** Answered and greeted, the caller has told its problem: the script is in `problem`. */
const opening: ScriptedInput[] = [
  { at: 3000, action: { type: 'call.answer' } },
  { at: 5000, action: reply('Vesuvio Telecom buongiorno, sono Luca. Come posso aiutarla?') },
];
const play = (inputs: ScriptedInput[], scenario = fibre) =>
  playHeadless(scenario, desk, [...opening, ...inputs.map((input) => ({ ...input, at: input.at + 10_000 }))], {
    seed: 3,
    traineeId: 't',
    launchedBy: 'i',
    startAt: 0,
  });
const said = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'caller.said' ? [e.data] : []));
const lineIds = (events: SessionEvent[]) => said(events).map((line) => line.lineId);
const states = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'script.advanced' ? [e.data.state] : []));

describe('a caller who listens', () => {
  it('answers a question from its facts in whatever state, and the script stays where it was', () => {
    const run = play([
      { at: 0, action: reply('Da quando non funziona? E di che colore è la spia del modem?') },
      { at: 5000, action: reply('Ha già provato a riavviare il modem?') },
    ]);
    expect(lineIds(run.events).slice(1)).toEqual(['fact.since', 'fact.light', 'fact.tried']);
    expect(
      said(run.events)
        .map((line) => line.text)
        .join(' '),
    ).toContain('rossa');
    expect(states(run.events).at(-1)).toBe('problem');
  });

  it('says it does not know when asked something it has no fact for, in character, never "non ho capito"', () => {
    const run = play([{ at: 0, action: reply("Qual è il numero dell'ordine?") }]);
    expect(lineIds(run.events).at(-1)).toBe('reaction.dontKnow');
    expect(said(run.events).at(-1)!.text).not.toMatch(/non ho capito/i);
  });

  it('gives its identification data only when asked for them', () => {
    const quiet = play([{ at: 0, action: reply('Capisco, mi dispiace.') }]);
    expect(said(quiet.events).some((line) => line.text.includes('VT-100231'))).toBe(false);
    const asked = play([{ at: 0, action: reply('Mi dà il codice cliente, per favore?') }]);
    expect(said(asked.events).at(-1)!.text).toContain('VT-100231');
  });

  it('does not react to a ticket created in silence, and asks what happens next once told', () => {
    const silent = play([{ at: 0, action: ticket }]);
    expect(states(silent.events)).toContain('ticketed');
    expect(lineIds(silent.events)).not.toContain('whatNow');
    const told = play([
      { at: 0, action: ticket },
      { at: 4000, action: reply('Le ho aperto una segnalazione per il guasto.') },
    ]);
    expect(lineIds(told.events).at(-1)).toBe('whatNow');
    const first = play([
      { at: 0, action: reply('Le apro subito una segnalazione.') },
      { at: 4000, action: ticket },
    ]);
    // Told first, the caller reacts right on the ticket.
    const onTicket = first.events.findIndex((e) => e.type === 'ticket.created');
    expect(first.events[onTicket + 1]).toMatchObject({ type: 'caller.said', data: { lineId: 'whatNow' } });
  });

  it('asks whether anyone is there after a long silence while the trainee works, not before', () => {
    const search: TraineeAction = { type: 'customer.search', query: 'Esposito' };
    const short = play([
      { at: 0, action: search },
      { at: 15_000, action: reply('Eccomi.') },
    ]);
    expect(lineIds(short.events)).not.toContain('reaction.anyoneThere');
    const long = play([
      { at: 0, action: search },
      { at: 30_000, action: reply('Eccomi.') },
    ]);
    expect(lineIds(long.events)).toContain('reaction.anyoneThere');
  });

  it('asks whether anyone is there when the trainee stays muted', () => {
    const run = play([
      { at: 0, action: { type: 'call.mute' } },
      { at: 25_000, action: { type: 'call.unmute' } },
    ]);
    expect(lineIds(run.events)).toContain('reaction.anyoneThere');
  });

  it('remarks on a long hold when the trainee comes back', () => {
    const run = play([
      { at: 0, action: { type: 'call.hold' } },
      { at: 60_000, action: { type: 'call.resume' } },
    ]);
    expect(lineIds(run.events).at(-1)).toBe('reaction.longHold');
    const brief = play([
      { at: 0, action: { type: 'call.hold' } },
      { at: 10_000, action: { type: 'call.resume' } },
    ]);
    expect(lineIds(brief.events)).not.toContain('reaction.longHold');
  });

  it('asks "in che senso?" once for a question it cannot place, then says its need again', () => {
    const run = play([
      { at: 0, action: reply('Blu?') },
      { at: 4000, action: reply('Verde?') },
    ]);
    expect(lineIds(run.events).slice(1)).toEqual(['reaction.notUnderstood', 'problemRepeat']);
  });

  it('notices a reply said again word for word', () => {
    const run = play([
      { at: 0, action: reply('Blu?') },
      { at: 4000, action: reply('Blu?!') },
    ]);
    expect(lineIds(run.events).slice(1)).toEqual(['reaction.notUnderstood', 'reaction.youRepeat']);
  });

  it('never says the same sentence twice, however often the trainee stalls', () => {
    const stalls = Array.from({ length: 8 }, (_, i) => ({ at: i * 4000, action: reply(`Mah, vediamo ${'un po'.repeat(i + 1)}.`) }));
    const texts = said(play(stalls).events).map((line) => line.text);
    expect(texts.length).toBeGreaterThan(3);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes offence at a rude trainee: says so, asks for a supervisor, then hangs up', () => {
    const run = play(
      [
        { at: 0, action: reply('Si sbrighi, signora.') },
        { at: 4000, action: reply('Non mi faccia perdere tempo.') },
        { at: 8000, action: reply('È colpa sua, non nostra.') },
      ],
      rudeFibre,
    );
    expect(lineIds(run.events).slice(1)).toEqual(['reaction.rude', 'reaction.rudeSupervisor', 'reaction.rudeHangUp']);
    const moods = run.events.flatMap((e) => (e.type === 'script.advanced' ? [e.data.mood] : []));
    expect(moods.at(-1)).toBe(-3);
    expect(run.events.find((e) => e.type === 'call.hungUp')).toMatchObject({ data: { party: 'caller' } });
    expect(states(run.events).at(-1)).toBe('hungUp-callerHungUp');
  });

  it('reacts to the content of a reply that was understood but wrong, never with "non ho capito"', () => {
    // The exemplary call up to the escalation, then a deadline no caller would accept.
    const upToEscalation = exemplaryFibreCall.filter((input) => input.at <= 80_000);
    const run = playHeadless(fibre, desk, [...upToEscalation, { at: 90_000, action: reply('Un tecnico la richiamerà tra un mese.') }], {
      seed: 3,
      traineeId: 't',
      launchedBy: 'i',
      startAt: 0,
    });
    const last = said(run.events).at(-1)!;
    expect(last.lineId).toBe('tooLong');
    expect(last.text).not.toMatch(/non ho capito/i);
    expect(states(run.events).at(-1)).toBe('escalated');
  });
});
