import { describe, expect, it } from 'vitest';
import type { TraineeActionType } from '../../protocol/actions.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';

const vesuvioDesk = loadVesuvioDesk();
import type { CallPhase, CallView } from '../../scenarios/projection/callView.js';
import type { ActionOf } from '../../scenarios/session/decider.js';
import { decideTraineeAction, traineeDeciders } from '../../scenarios/session/decideAction.js';
import { playHeadless, type ScriptedInput } from '../../scenarios/session/playHeadless.js';
import type { SessionCore } from '../../scenarios/session/sessionCore.js';
import { loadLibraryScenario } from '../support/scenarios.js';

const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
const facts = { seed: 3, traineeId: 't', launchedBy: 'i', startAt: 0 };

/** One valid request of every kind: the mapped type makes an action left out a compile error here too. */
const samples: { [K in TraineeActionType]: ActionOf<K> } = {
  'call.answer': { type: 'call.answer' },
  reply: { type: 'reply', text: 'Vesuvio Telecom, sono Luca' },
  'customer.search': { type: 'customer.search', query: 'Esposito' },
  'customer.open': { type: 'customer.open', customerId: 'C0001' },
  'identity.verify': { type: 'identity.verify', customerId: 'C0001', checks: ['fullName', 'taxCode'] },
  'ticket.create': {
    type: 'ticket.create',
    customerId: 'C0001',
    category: 'line-fault',
    priority: 'high',
    subject: 'Fibra',
    description: 'Assente da ieri',
  },
  'ticket.escalate': { type: 'ticket.escalate', ticketId: 'TK-1', department: 'tech-l2', note: 'Guasto in centrale' },
  'product.search': { type: 'product.search', query: 'modem' },
  'product.open': { type: 'product.open', productId: 'BOX-F6' },
  'kb.search': { type: 'kb.search', query: 'modem' },
  'kb.open': { type: 'kb.open', articleId: 'KB-038' },
  'email.send': {
    type: 'email.send',
    to: 'maria@example.it',
    subject: 'Il suo guasto',
    body: 'Abbiamo aperto un ticket.',
    template: 'fault-ticket-opened',
  },
  'message.deliver': {
    type: 'message.deliver',
    recipient: 'billing',
    callerName: 'Maria',
    callerNumber: '081 555 0101',
    text: 'Richiamare',
    urgency: 'normal',
  },
  'call.transfer': { type: 'call.transfer', department: 'tech-l2', note: 'Fibra assente' },
  'call.mute': { type: 'call.mute' },
  'call.unmute': { type: 'call.unmute' },
  'ticket.update': { type: 'ticket.update', ticketId: 'TK-1', note: 'Cliente in smart working' },
  'order.place': {
    type: 'order.place',
    customerId: 'C0001',
    items: [{ productId: 'BOX-F6', quantity: 1 }],
    deliveryAddress: 'Via Toledo 1, Napoli',
    paymentMethod: 'PayPal',
  },
  'order.cancel': { type: 'order.cancel', orderId: 'ORD-S-1', reason: 'Ha cambiato idea' },
  'customer.update': { type: 'customer.update', customerId: 'C0001', field: 'phone', value: '+39 081 555 0199' },
  'call.hold': { type: 'call.hold' },
  'call.resume': { type: 'call.resume' },
  'call.hangUp': { type: 'call.hangUp' },
  'email.close': { type: 'email.close' },
  'wrapup.submit': { type: 'wrapup.submit', disposition: 'escalated-technical', notes: 'Ticket TK-1 alla L2' },
};

/** What an action needs besides its phase to be accepted: only a muted microphone can be unmuted, only an e-mail closed. */
const given: Partial<Record<TraineeActionType, Partial<CallView>>> = {
  'call.unmute': { muted: true },
  'email.close': { channel: 'email' },
};

// Something to act on in every phase: the record open, a ticket, an order of that customer.
const preparation: ScriptedInput[] = [
  { at: 1000, action: samples['call.answer'] },
  { at: 2000, action: samples['customer.open'] },
  { at: 3000, action: samples['ticket.create'] },
  { at: 4000, action: samples['order.place'] },
];
const moves: Record<Exclude<CallPhase, 'ringing'>, ScriptedInput[]> = {
  talking: [],
  onHold: [{ at: 5000, action: samples['call.hold'] }],
  wrapUp: [{ at: 5000, action: samples['call.hangUp'] }],
  ended: [
    { at: 5000, action: samples['call.hangUp'] },
    { at: 6000, action: samples['wrapup.submit'] },
  ],
};
const sessions = Object.fromEntries(
  Object.entries(moves).map(([phase, more]) => [phase, playHeadless(scenario, vesuvioDesk, [...preparation, ...more], facts)]),
) as Record<keyof typeof moves, ReturnType<typeof playHeadless>>;
// A call rings before anything can be open, so ringing is the prepared call with its phase set back.
const phases: Record<CallPhase, SessionCore> = {
  ringing: { ...sessions.talking.core, view: { ...sessions.talking.core.view, phase: 'ringing' } },
  talking: sessions.talking.core,
  onHold: sessions.onHold.core,
  wrapUp: sessions.wrapUp.core,
  ended: sessions.ended.core,
};
const inPhase = (phase: CallPhase, type: TraineeActionType): SessionCore => ({
  ...phases[phase],
  view: { ...phases[phase].view, ...given[type] },
});
const actionTypes = Object.keys(samples) as TraineeActionType[];

describe("the decider table's phases", () => {
  it('has a decider for every action, and the sessions reach the phases they stand for', () => {
    expect(Object.keys(traineeDeciders).sort()).toEqual([...actionTypes].sort());
    for (const [phase, run] of Object.entries(sessions)) {
      expect(run.rejected).toEqual([]);
      expect(run.core.view.phase).toBe(phase);
    }
  });

  describe.each(actionTypes)('%s', (type) => {
    const { verb } = traineeDeciders[type];
    const allowed: readonly CallPhase[] = traineeDeciders[type].phases;
    const refusedIn = (Object.keys(phases) as CallPhase[]).filter((phase) => !allowed.includes(phase));

    it.each([...allowed])('is accepted while %s', (phase) => {
      const decision = decideTraineeAction(inPhase(phase, type), vesuvioDesk, samples[type]);
      expect(decision).toMatchObject({ ok: true, data: { by: 'trainee' } });
    });

    it.each(refusedIn)('is refused as the server refuses it while %s', (phase) => {
      const decision = decideTraineeAction(inPhase(phase, type), vesuvioDesk, samples[type]);
      expect(decision).toEqual({
        ok: false,
        error: { code: 'INVALID_STATE', message: `Cannot ${verb} now: the contact is ${phase}.`, params: { reason: 'notInThisPhase' } },
      });
    });
  });
});
