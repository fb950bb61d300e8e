import { fail } from '../../../protocol/result.js';
import { byTrainee, consoleOpenPhases, unknown, type Deciders } from '../decider.js';

/** What follows up the contact: tickets, e-mails and messages for colleagues; closing an inbound e-mail. */
export const caseDeciders = {
  // An e-mail is always closable, replied to or not (a wrong recipient must not leave it open for ever).
  'email.close': {
    phases: ['talking'],
    verb: 'close the e-mail',
    decide: (_action, core) =>
      core.view.channel === 'email'
        ? byTrainee('email.closed', {})
        : fail('INVALID_STATE', 'Only an e-mail contact is closed this way: hang up the call.'),
  },
  'ticket.create': {
    phases: consoleOpenPhases,
    verb: 'create a ticket',
    decide: (action, core, desk) => {
      if (action.customerId !== null && !desk.customer(action.customerId)) return unknown('customer', action.customerId);
      if (!desk.directory.ticketCategories.some((c) => c.code === action.category))
        return fail('BAD_REQUEST', `Unknown ticket category ${action.category}.`);
      const { type: _type, ...fields } = action;
      return byTrainee('ticket.created', { ticketId: `TK-${core.view.tickets.length + 1}`, ...fields });
    },
  },
  'ticket.escalate': {
    phases: consoleOpenPhases,
    verb: 'escalate',
    decide: (action, core, desk) => {
      const ticket = core.view.tickets.find((t) => t.ticketId === action.ticketId);
      if (!ticket)
        return fail('NOT_FOUND', `No ticket ${action.ticketId} in this session.`, { reason: 'noSuchTicket', ticketId: action.ticketId });
      if (ticket.status === 'escalated')
        return fail('INVALID_STATE', `Ticket ${action.ticketId} is already escalated.`, {
          reason: 'ticketAlreadyEscalated',
          ticketId: action.ticketId,
        });
      if (!desk.directory.departments.some((d) => d.id === action.department))
        return fail('BAD_REQUEST', `Unknown department ${action.department}.`);
      const { type: _type, ...fields } = action;
      return byTrainee('ticket.escalated', fields);
    },
  },
  'ticket.update': {
    phases: consoleOpenPhases,
    verb: 'update a ticket',
    decide: (action, core) => {
      if (!core.view.tickets.some((t) => t.ticketId === action.ticketId))
        return fail('NOT_FOUND', `No ticket ${action.ticketId} in this session.`, { reason: 'noSuchTicket', ticketId: action.ticketId });
      const { ticketId, note } = action;
      return byTrainee('ticket.updated', { ticketId, note, priority: action.priority ?? null, status: action.status ?? null });
    },
  },
  'email.send': {
    phases: consoleOpenPhases,
    verb: 'send an e-mail',
    decide: (action, _core, desk) => {
      if (action.template !== null && !desk.directory.emailTemplates.some((template) => template.id === action.template)) {
        return fail('BAD_REQUEST', `Unknown e-mail template ${action.template}.`);
      }
      const { type: _type, ...fields } = action;
      return byTrainee('email.sent', fields);
    },
  },
  'message.deliver': {
    phases: consoleOpenPhases,
    verb: 'deliver a message',
    decide: (action, _core, desk) => {
      if (!desk.isRecipient(action.recipient)) return fail('BAD_REQUEST', `Unknown recipient ${action.recipient}.`);
      const { type: _type, ...fields } = action;
      return byTrainee('message.delivered', fields);
    },
  },
} satisfies Partial<Deciders>;
