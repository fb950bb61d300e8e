import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkScenario } from '../../scenarios/format/checkScenario.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { abilityCodes } from '../../scenarios/standard/standard.js';
import type { ScriptedInput } from '../../scenarios/session/playHeadless.js';

export const libraryDir = fileURLToPath(new URL('../../scenarios/library/', import.meta.url));

export function loadLibraryScenario(id: string): Scenario {
  const check = checkScenario(JSON.parse(readFileSync(`${libraryDir}${id}.json`, 'utf8')), abilityCodes);
  if (!check.ok) throw new Error(`${id} is invalid: ${check.problems.join('; ')}`);
  return check.scenario;
}

const say = (at: number, text: string): ScriptedInput => ({ at, action: { type: 'reply', text } });

/** An exemplary trainee for the fibre fault call: every rubric item met. */
export const exemplaryFibreCall: ScriptedInput[] = [
  { at: 3000, action: { type: 'call.answer' } },
  say(5000, 'Vesuvio Telecom buongiorno, sono Luca. Come posso aiutarla?'),
  say(15000, 'Mi dispiace molto per il disagio, signora. Per verificare, mi può dire il suo codice cliente e il codice fiscale?'),
  { at: 25000, action: { type: 'customer.search', query: 'VT-100231' } },
  { at: 28000, action: { type: 'customer.open', customerId: 'C0001' } },
  { at: 35000, action: { type: 'identity.verify', customerId: 'C0001', checks: ['fullName', 'customerCode', 'taxCode'] } },
  say(50000, 'Capisco, la spia rossa indica un guasto sulla linea. Apro subito una segnalazione.'),
  {
    at: 70000,
    action: {
      type: 'ticket.create',
      customerId: 'C0001',
      category: 'line-fault',
      priority: 'high',
      subject: 'Fibra assente da ieri sera',
      description: 'Spia Internet rossa fissa, modem già riavviato due volte dalla cliente.',
    },
  },
  { at: 80000, action: { type: 'ticket.escalate', ticketId: 'TK-1', department: 'tech-l2', note: 'Verifica in centrale, cliente lavora da casa.' } },
  say(90000, "Ho inoltrato la pratica all'assistenza tecnica: un tecnico la richiamerà entro 24 ore."),
  say(100000, 'Posso fare altro per lei?'),
  say(105000, 'Grazie per aver chiamato Vesuvio Telecom, buona giornata!'),
  { at: 115000, action: { type: 'wrapup.submit', disposition: 'escalated-technical', notes: 'Guasto fibra inoltrato a 2° livello.' } },
];

/** A weak trainee: no greeting with names, no empathy, wrong department, hangs up abruptly. */
export const weakFibreCall: ScriptedInput[] = [
  { at: 9000, action: { type: 'call.answer' } },
  say(12000, 'Pronto?'),
  say(20000, 'Mi dica il codice cliente.'),
  { at: 30000, action: { type: 'customer.search', query: 'Esposito' } },
  { at: 33000, action: { type: 'identity.verify', customerId: 'C0001', checks: ['fullName'] } },
  { at: 60000, action: { type: 'ticket.create', customerId: 'C0001', category: 'line-fault', priority: 'medium', subject: 'Internet', description: 'Non va.' } },
  { at: 70000, action: { type: 'ticket.escalate', ticketId: 'TK-1', department: 'front-office', note: 'Da vedere.' } },
  { at: 75000, action: { type: 'call.hangUp' } },
  { at: 90000, action: { type: 'wrapup.submit', disposition: 'info-given', notes: '' } },
];

/** A trainee who opens a ticket on the account before verifying who is calling: a critical error. */
export const unverifiedTicketCall: ScriptedInput[] = [
  { at: 2000, action: { type: 'call.answer' } },
  say(4000, 'Vesuvio Telecom, sono Luca, buongiorno.'),
  { at: 20000, action: { type: 'customer.search', query: 'Maria Esposito' } },
  { at: 30000, action: { type: 'ticket.create', customerId: 'C0001', category: 'line-fault', priority: 'high', subject: 'Fibra assente', description: 'Spia rossa.' } },
  { at: 40000, action: { type: 'ticket.escalate', ticketId: 'TK-1', department: 'tech-l2', note: 'Guasto.' } },
  say(50000, 'Un tecnico la richiamerà entro domani.'),
  say(60000, 'Arrivederci.'),
  { at: 70000, action: { type: 'wrapup.submit', disposition: 'escalated-technical', notes: '' } },
];
