import type { TFunction } from 'i18next';
import type { ConsoleActionEntry } from '../../../../scenarios/projection/callView.js';
import { identityCheckList } from '../record/identityChecks.js';
import { editableFieldList } from '../record/editableFields.js';

// The projection writes details in plain English words for logs; the screen shows them in the UI language.
const silentTypes = new Set(['call.answered', 'call.held', 'call.resumed', 'call.muted', 'call.unmuted']);
const checkPattern = new RegExp(`\\b(${identityCheckList.join('|')})\\b`, 'g');
// "C0011 email = …": the corrected field's name in the interface's words.
const correctionPattern = new RegExp(`^(\\S+) (${editableFieldList.join('|')}) = `);

/** The company's words for the codes a detail carries; each answers the code itself while the directory loads. */
export interface DetailWords {
  category: (code: string) => string;
  department: (id: string) => string;
  disposition: (code: string) => string;
  colleague: (id: string) => string;
}

const sameCode: DetailWords = { category: (code) => code, department: (id) => id, disposition: (code) => code, colleague: (id) => id };

// "TK-1 line-fault/high: subject", "TK-1 → tech-l2", "anna.russo: caller": how the projection writes them.
const createdPattern = /^(\S+) ([^/\s]+)\/(\S+): /;
const escalatedPattern = /^(\S+) → (\S+)$/;
const deliveredPattern = /^(\S+): /;

export function actionDetail(action: ConsoleActionEntry, t: TFunction, words: DetailWords = sameCode): string {
  if (silentTypes.has(action.type)) return '';
  if (action.type === 'ticket.created') {
    return action.detail.replace(
      createdPattern,
      (_, ticket: string, category: string, priority: string) =>
        `${ticket} ${words.category(category)} · ${t(`tickets.priority.${priority}`)}: `,
    );
  }
  if (action.type === 'ticket.escalated')
    return action.detail.replace(
      escalatedPattern,
      (_, ticket: string, department: string) => `${ticket} → ${words.department(department)}`,
    );
  if (action.type === 'call.transferred') return words.department(action.detail);
  if (action.type === 'wrapup.submitted') return words.disposition(action.detail);
  if (action.type === 'message.delivered')
    return action.detail.replace(deliveredPattern, (_, recipient: string) => `${words.colleague(recipient)}: `);
  if (action.type === 'call.hungUp') return t(`speaker.${action.detail}`, { defaultValue: action.detail });
  if (action.type === 'email.closed') return t(action.detail === 'replied' ? 'inbox.closedReplied' : 'inbox.closedUnanswered');
  if (action.type === 'identity.verified') return action.detail.replace(checkPattern, (check) => t(`identity.check.${check}`));
  if (action.type === 'customer.updated') {
    return action.detail.replace(
      correctionPattern,
      (_, customer: string, field: string) => `${customer} ${t(`customer.field.${field}`)} = `,
    );
  }
  return action.detail;
}
