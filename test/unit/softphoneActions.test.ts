import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { loadLibraryScenario } from '../support/scenarios.js';

const vesuvioDesk = loadVesuvioDesk();

const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
const facts = { seed: 3, traineeId: 't', launchedBy: 'i', startAt: 0 };

describe('softphone and ticket actions', () => {
  it('mutes: replies are refused until unmuted, and the log shows both', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'call.mute' } },
        { at: 3000, action: { type: 'reply', text: 'Vesuvio Telecom, sono Luca' } },
        { at: 4000, action: { type: 'call.unmute' } },
        { at: 5000, action: { type: 'reply', text: 'Vesuvio Telecom, sono Luca' } },
      ],
      facts,
    );
    expect(run.rejected.map((r) => `${r.action.type}: ${r.error.code}`)).toEqual(['reply: INVALID_STATE']);
    expect(run.core.view.muted).toBe(false);
    expect(run.core.view.actions.map((a) => a.type)).toEqual(['call.answered', 'call.muted', 'call.unmuted']);
    expect(run.core.view.transcript.filter((line) => line.speaker === 'trainee')).toHaveLength(1);
  });

  it('updates, re-prioritises and closes a ticket, keeping each update', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        {
          at: 2000,
          action: {
            type: 'ticket.create',
            customerId: 'C0001',
            category: 'line-fault',
            priority: 'medium',
            subject: 'Fibra',
            description: 'Assente',
          },
        },
        { at: 3000, action: { type: 'ticket.update', ticketId: 'TK-1', priority: 'urgent', note: 'Cliente in smart working' } },
        { at: 4000, action: { type: 'ticket.update', ticketId: 'TK-1', status: 'closed', note: 'Risolto con riavvio' } },
        { at: 5000, action: { type: 'ticket.update', ticketId: 'TK-9', note: 'x' } },
      ],
      facts,
    );
    expect(run.rejected.map((r) => r.error.code)).toEqual(['NOT_FOUND']);
    expect(run.core.view.tickets[0]).toMatchObject({
      priority: 'urgent',
      status: 'closed',
      updates: [{ note: 'Cliente in smart working' }, { note: 'Risolto con riavvio', status: 'closed' }],
    });
  });

  it('transfers warm, with a note for the colleague, and filters the catalogue', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'product.search', query: '', category: 'modem e rete', maxPrice: 150, availableOnly: true } },
        {
          at: 3000,
          action: { type: 'call.transfer', department: 'tech-l2', note: 'Maria Esposito, fibra assente da ieri, identità verificata' },
        },
      ],
      facts,
    );
    expect(run.rejected).toEqual([]);
    const found = run.core.view.lastProductSearch?.results ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((p) => p.category === 'modem e rete' && p.price <= 150 && ['disponibile', 'ultimi pezzi'].includes(p.availability)),
    ).toBe(true);
    expect(run.core.view).toMatchObject({
      phase: 'wrapUp',
      transferredTo: 'tech-l2',
      transferNote: 'Maria Esposito, fibra assente da ieri, identità verificata',
    });
  });
});
