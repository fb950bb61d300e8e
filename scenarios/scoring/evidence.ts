import { isEvent, type SessionEvent } from '../../protocol/events.js';
import type { Localized } from '../../protocol/views.js';
import type { EventPattern, EvidenceRule, Language } from '../format/schema.js';
import { identityChecksWords, identityRuleWords, meetsIdentityRule } from '../company/model/identityRule.js';
import { fieldsMatch } from '../machine/fieldsMatch.js';
import { matchIntents } from '../matcher/matchIntent.js';
import type { CallView } from '../projection/callView.js';
import { discourtesy } from './discourtesy.js';
import { anyOf, departmentLabel, dispositionLabel, outcomeLabel, recipientLabel, ticketExpectation } from './codeLabels.js';

export interface RuleVerdict {
  status: 'met' | 'missed' | 'notApplicable';
  evidence: number[];
  explanation: Localized;
}

/** Free text mentions a term of every group, matched as tolerantly as replies are. */
function mentionsAll(text: string, groups: string[][], language: Language): boolean {
  if (groups.length === 0) return true;
  return matchIntents(text, { mention: { [language]: [{ id: 'mention', all: groups }] } }, language).length > 0;
}

/** The event fits the pattern: its type, its fields and, for a verification under a procedure, the procedure's rule. */
const matches = (event: SessionEvent, pattern: EventPattern) =>
  event.type === pattern.event &&
  fieldsMatch(event.data, pattern.where) &&
  (pattern.identityRule === undefined ||
    (isEvent(event, 'identity.verified') && meetsIdentityRule(event.data.checks, pattern.identityRule)));

/** Verifications of the pattern's customer that fell short of its procedure: said in the verdict, with what was checked. */
function shortOfProcedure(events: readonly SessionEvent[], pattern: EventPattern): RuleVerdict | null {
  const rule = pattern.identityRule;
  if (!rule) return null;
  const short = events.filter(
    (event) => isEvent(event, 'identity.verified') && fieldsMatch(event.data, pattern.where) && !meetsIdentityRule(event.data.checks, rule),
  );
  const last = short.at(-1);
  if (!last || !isEvent(last, 'identity.verified')) return null;
  const checked = identityChecksWords(last.data.checks);
  const wanted = identityRuleWords(rule);
  const procedure = pattern.procedure ?? '';
  return verdict(
    'missed',
    short.map((event) => event.seq),
    `Identità verificata solo con: ${checked.it}; la procedura ${procedure} chiede ${wanted.it}`,
    `Identity verified with only: ${checked.en}; procedure ${procedure} asks for ${wanted.en}`,
  );
}

const verdict = (status: RuleVerdict['status'], evidence: number[], it: string, en: string): RuleVerdict => ({
  status,
  evidence,
  explanation: { it, en },
});

/** Decides one rubric rule from the log and the final sandbox (the tickets in the final view). */
export function judgeRule(rule: EvidenceRule, events: readonly SessionEvent[], finalView: CallView, language: Language): RuleVerdict {
  switch (rule.kind) {
    case 'replied': {
      const limit = rule.before ? (events.find((event) => matches(event, rule.before!))?.seq ?? Infinity) : Infinity;
      const replies = events.filter((event) => isEvent(event, 'trainee.replied'));
      const said = replies.filter((event) => event.seq < limit && event.data.intents.some((m) => m.intent === rule.intent));
      // A courteous move is not made by a reply that is rude, or that follows a rude one ("Lo sa lei." then "Arrivederci.").
      const rude = (index: number) =>
        [replies[index], replies[index - 1]].some((reply) => reply && matchIntents(reply.data.text, discourtesy, language).length > 0);
      const hit = rule.courteous ? said.find((event) => !rude(replies.indexOf(event))) : said[0];
      const rudeOne = rule.courteous && !hit ? said[0] : undefined;
      if (rudeOne)
        return verdict(
          'missed',
          [rudeOne.seq],
          `Detto in modo scortese: «${rudeOne.data.text}»`,
          `Said discourteously: “${rudeOne.data.text}”`,
        );
      if (hit) {
        const words = hit.data.intents.find((m) => m.intent === rule.intent)?.words.join(', ') ?? '';
        return verdict('met', [hit.seq], `Detto: «${hit.data.text}» (parole: ${words})`, `Said: “${hit.data.text}” (words: ${words})`);
      }
      return verdict(
        'missed',
        replies.slice(-3).map((event) => event.seq),
        'Nessuna risposta lo esprime',
        'No reply expressed it',
      );
    }
    case 'did': {
      const hit = events.find(
        (event) =>
          matches(event, rule) &&
          (rule.minChecks === undefined || (event.type === 'identity.verified' && event.data.checks.length >= rule.minChecks)),
      );
      if (hit) return verdict('met', [hit.seq], 'Azione eseguita', 'Action done');
      const short = shortOfProcedure(events, rule);
      if (short) return short;
      const near = events.filter((event) => event.type === rule.event).map((event) => event.seq);
      return near.length
        ? verdict('missed', near, 'Azione eseguita in modo non corretto', 'Action done, but not correctly')
        : verdict('missed', [], 'Azione mai eseguita', 'Action never done');
    }
    case 'order': {
      const thens = events.filter((event) => matches(event, rule.then));
      if (thens.length === 0) return verdict('notApplicable', [], 'Non è successo', 'It did not happen');
      const firstSeq = events.find((event) => matches(event, rule.first))?.seq ?? Infinity;
      const early = thens.filter((event) => event.seq < firstSeq).map((event) => event.seq);
      const short = early.length ? shortOfProcedure(events, rule.first) : null;
      if (short) return { ...short, evidence: [...short.evidence, ...early].sort((a, b) => a - b) };
      return early.length
        ? verdict('missed', early, 'Fatto prima del passaggio richiesto', 'Done before the required step')
        : verdict('met', [firstSeq, ...thens.map((event) => event.seq)], 'Ordine corretto', 'Right order');
    }
    case 'ticket': {
      const fitting = finalView.tickets.filter(
        (ticket) =>
          Object.entries(rule.expect).every(([field, expected]) => {
            const actual = String((ticket as unknown as Record<string, unknown>)[field]);
            return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
          }) && mentionsAll(`${ticket.subject}\n${ticket.description}`, rule.mentions ?? [], language),
      );
      const escalatedRight = rule.escalatedTo
        ? fitting.filter((ticket) => ticket.escalation && rule.escalatedTo!.includes(ticket.escalation.department))
        : fitting;
      const hit = escalatedRight[0];
      if (hit)
        return verdict(
          'met',
          [hit.createdSeq, ...(hit.escalation ? [hit.escalation.seq] : [])],
          `Ticket ${hit.ticketId} corretto`,
          `Ticket ${hit.ticketId} is right`,
        );
      const seen = finalView.tickets.flatMap((ticket) => [ticket.createdSeq, ...(ticket.escalation ? [ticket.escalation.seq] : [])]);
      const expected = ticketExpectation(rule.expect);
      const to = rule.escalatedTo ? anyOf(rule.escalatedTo.map(departmentLabel)) : null;
      const detail = {
        it: to ? `${expected.it}, inoltrato a ${to.it}` : expected.it,
        en: to ? `${expected.en}, escalated to ${to.en}` : expected.en,
      };
      return seen.length
        ? verdict('missed', seen, `Nessun ticket corrisponde (atteso: ${detail.it})`, `No ticket fits (expected: ${detail.en})`)
        : verdict('missed', [], 'Nessun ticket registrato', 'No ticket was logged');
    }
    case 'disposition': {
      const wrapup = events.find((event) => isEvent(event, 'wrapup.submitted'));
      if (!wrapup) return verdict('missed', [], 'Post-chiamata non completato', 'Wrap-up not done');
      const chosen = dispositionLabel(wrapup.data.disposition);
      const wanted = anyOf(rule.codes.map(dispositionLabel));
      return rule.codes.includes(wrapup.data.disposition)
        ? verdict('met', [wrapup.seq], `Esito «${chosen.it}»`, `Disposition “${chosen.en}”`)
        : verdict(
            'missed',
            [wrapup.seq],
            `Esito «${chosen.it}», atteso «${wanted.it}»`,
            `Disposition “${chosen.en}”, expected “${wanted.en}”`,
          );
    }
    case 'email': {
      const sent = events.filter((event) => isEvent(event, 'email.sent'));
      const hit = sent.find(
        (event) =>
          rule.to.some((address) => address.toLowerCase() === event.data.to.trim().toLowerCase()) &&
          mentionsAll(`${event.data.subject}\n${event.data.body}`, rule.mentions, language),
      );
      if (hit) return verdict('met', [hit.seq], `E-mail a ${hit.data.to}`, `E-mail to ${hit.data.to}`);
      return sent.length
        ? verdict(
            'missed',
            sent.map((event) => event.seq),
            `Nessuna e-mail a ${rule.to.join('/')} con il contenuto atteso`,
            `No e-mail to ${rule.to.join('/')} with the expected content`,
          )
        : verdict('missed', [], 'Nessuna e-mail inviata', 'No e-mail was sent');
    }
    case 'message': {
      const delivered = events.filter((event) => isEvent(event, 'message.delivered'));
      const hit = delivered.find(
        (event) =>
          rule.recipients.includes(event.data.recipient) &&
          (rule.urgency === undefined || rule.urgency === event.data.urgency) &&
          mentionsAll(`${event.data.callerName}\n${event.data.callerNumber}\n${event.data.text}`, rule.mentions, language),
      );
      const to = hit ? recipientLabel(hit.data.recipient) : null;
      if (hit && to) return verdict('met', [hit.seq], `Messaggio consegnato a ${to.it}`, `Message delivered to ${to.en}`);
      return delivered.length
        ? verdict(
            'missed',
            delivered.map((event) => event.seq),
            'Messaggio incompleto o al destinatario sbagliato',
            'Message incomplete or to the wrong recipient',
          )
        : verdict('missed', [], 'Nessun messaggio consegnato', 'No message was delivered');
    }
    case 'avoided': {
      const happened = events.filter(
        (event) =>
          (rule.intent !== undefined && event.type === 'trainee.replied' && event.data.intents.some((m) => m.intent === rule.intent)) ||
          (rule.event !== undefined && matches(event, rule.event)),
      );
      return happened.length
        ? verdict(
            'missed',
            happened.map((event) => event.seq),
            'È successo ciò che andava evitato',
            'What had to be avoided happened',
          )
        : verdict('met', [], 'Evitato', 'Avoided');
    }
    case 'orderPlaced': {
      const placed = events.filter((event) => isEvent(event, 'order.placed'));
      const hit = placed.find(
        (event) =>
          event.data.customerId === rule.customerId &&
          rule.products.every((productId) => event.data.items.some((item) => item.productId === productId)) &&
          (rule.paymentMethod === undefined || rule.paymentMethod === event.data.paymentMethod),
      );
      if (hit) return verdict('met', [hit.seq], `Ordine ${hit.data.orderId} corretto`, `Order ${hit.data.orderId} is right`);
      return placed.length
        ? verdict(
            'missed',
            placed.map((event) => event.seq),
            'Ordine con prodotti, cliente o pagamento sbagliati',
            'Order with the wrong products, customer or payment',
          )
        : verdict('missed', [], 'Nessun ordine inserito', 'No order was placed');
    }
    case 'anyOf': {
      const verdicts = rule.rules.map((single) => judgeRule(single, events, finalView, language));
      const met = verdicts.find((one) => one.status === 'met');
      if (met) return met;
      const applicable = verdicts.filter((one) => one.status === 'missed');
      if (applicable.length === 0) return verdict('notApplicable', [], 'Non è successo', 'It did not happen');
      return verdict(
        'missed',
        [...new Set(applicable.flatMap((one) => one.evidence))].sort((a, b) => a - b),
        applicable.map((one) => one.explanation.it).join('; '),
        applicable.map((one) => one.explanation.en).join('; '),
      );
    }
    case 'allOf': {
      const verdicts = rule.rules.map((single) => judgeRule(single, events, finalView, language));
      const missed = verdicts.filter((one) => one.status === 'missed');
      const evidence = (list: RuleVerdict[]) => [...new Set(list.flatMap((one) => one.evidence))].sort((a, b) => a - b);
      if (missed.length)
        return verdict(
          'missed',
          evidence(missed),
          missed.map((one) => one.explanation.it).join('; '),
          missed.map((one) => one.explanation.en).join('; '),
        );
      const met = verdicts.filter((one) => one.status === 'met');
      if (met.length === 0) return verdict('notApplicable', [], 'Non è successo', 'It did not happen');
      return verdict(
        'met',
        evidence(met),
        met.map((one) => one.explanation.it).join('; '),
        met.map((one) => one.explanation.en).join('; '),
      );
    }
    case 'outcome': {
      const ended = events.find((event) => isEvent(event, 'session.ended'));
      const outcome = ended ? ended.data.outcome : null;
      const said = outcome ? outcomeLabel(outcome) : { it: '—', en: '—' };
      return outcome && (rule.outcomes as string[]).includes(outcome)
        ? verdict('met', ended ? [ended.seq] : [], `Esito: ${said.it}`, `Outcome: ${said.en}`)
        : verdict('missed', ended ? [ended.seq] : [], `Esito: ${said.it}`, `Outcome: ${said.en}`);
    }
  }
}
