import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { projectCall, projectCallAt } from '../../scenarios/projection/projectCall.js';
import { callKpis } from '../../scenarios/scoring/kpis.js';

let seq = 0;
const at = (t: number, type: SessionEvent['type'], data: object, by: SessionEvent['by'] = 'trainee'): SessionEvent =>
  ({ seq: ++seq, at: t, type, by, data }) as SessionEvent;

const log: SessionEvent[] = [
  at(0, 'session.launched', { scenarioId: 's', scenarioVersion: 1, traineeId: 't', launchedBy: 'i', seed: 1 }, 'system'),
  at(0, 'call.offered', { callerNumber: '+39 081 1', queue: 'Fibra' }, 'system'),
  at(4000, 'call.answered', {}),
  at(4000, 'caller.said', { lineId: 'a', text: 'Pronto' }, 'caller'),
  at(9000, 'trainee.replied', { text: 'Buongiorno', intents: [{ intent: 'greeting', rule: 'r', words: ['buongiorno'] }] }),
  at(10000, 'call.held', {}),
  at(40000, 'call.resumed', {}),
  at(45000, 'ticket.created', {
    ticketId: 'TK-1',
    customerId: 'C0001',
    category: 'line-fault',
    priority: 'high',
    subject: 's',
    description: 'd',
  }),
  at(47000, 'ticket.escalated', { ticketId: 'TK-1', department: 'tech-l2', note: 'n' }),
  at(60000, 'call.hungUp', { party: 'trainee' }),
  at(80000, 'wrapup.submitted', { disposition: 'escalated-technical', notes: '' }),
  at(80000, 'session.ended', { outcome: 'escalated' }, 'system'),
];

describe('the call projection', () => {
  it('follows the phases of a call and the sandbox of tickets', () => {
    expect(projectCallAt(log, 2).phase).toBe('ringing');
    expect(projectCallAt(log, 6).phase).toBe('onHold');
    expect(projectCallAt(log, 7).phase).toBe('talking');
    expect(projectCallAt(log, 8).tickets[0]).toMatchObject({ ticketId: 'TK-1', status: 'open', escalation: null });
    expect(projectCallAt(log, 9).tickets[0]).toMatchObject({ status: 'escalated', escalation: { department: 'tech-l2', seq: 9 } });
    const final = projectCall(log);
    expect(final).toMatchObject({ phase: 'ended', outcome: 'escalated', hungUpBy: 'trainee', holdMs: 30000, lastSeq: 12 });
    expect(final.transcript.map((line) => line.speaker)).toEqual(['caller', 'trainee']);
    expect(final.actions.map((a) => a.type)).toEqual([
      'call.answered',
      'call.held',
      'call.resumed',
      'ticket.created',
      'ticket.escalated',
      'call.hungUp',
      'wrapup.submitted',
    ]);
  });

  it('is the same whether built at once or up to each moment', () => {
    for (const event of log) expect(projectCallAt(log, event.seq)).toEqual(projectCall(log.slice(0, event.seq)));
  });

  it('gives the KPIs of the call', () => {
    expect(callKpis(projectCall(log))).toEqual({
      timeToAnswerMs: 4000,
      talkTimeMs: 26000,
      holdTimeMs: 30000,
      afterCallWorkMs: 20000,
      resolvedFirstContact: false,
    });
  });
});
