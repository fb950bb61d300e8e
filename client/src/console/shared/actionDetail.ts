import type { TFunction } from 'i18next';
import type { ConsoleActionEntry } from '../../../../scenarios/projection/callView.js';
import { identityCheckList } from '../record/identityChecks.js';
import { editableFieldList } from '../record/editableFields.js';

// The projection writes details in plain English words for logs; the screen shows them in the UI language.
const silentTypes = new Set(['call.answered', 'call.held', 'call.resumed']);
const checkPattern = new RegExp(`\\b(${identityCheckList.join('|')})\\b`, 'g');
// "C0011 email = …": the corrected field's name in the interface's words.
const correctionPattern = new RegExp(`^(\\S+) (${editableFieldList.join('|')}) = `);

export function actionDetail(action: ConsoleActionEntry, t: TFunction): string {
  if (silentTypes.has(action.type)) return '';
  if (action.type === 'call.hungUp') return t(`speaker.${action.detail}`, { defaultValue: action.detail });
  if (action.type === 'email.closed') return t(action.detail === 'replied' ? 'inbox.closedReplied' : 'inbox.closedUnanswered');
  if (action.type === 'identity.verified') return action.detail.replace(checkPattern, (check) => t(`identity.check.${check}`));
  if (action.type === 'customer.updated') {
    return action.detail.replace(correctionPattern, (_, customer: string, field: string) => `${customer} ${t(`customer.field.${field}`)} = `);
  }
  return action.detail;
}
