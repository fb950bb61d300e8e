import type { TFunction } from 'i18next';
import type { ConsoleActionEntry } from '../../../scenarios/projection/callView.js';
import { identityCheckList } from './identityChecks.js';

// The projection writes details in plain English words for logs; the screen shows them in the UI language.
const silentTypes = new Set(['call.answered', 'call.held', 'call.resumed']);
const checkPattern = new RegExp(`\\b(${identityCheckList.join('|')})\\b`, 'g');

export function actionDetail(action: ConsoleActionEntry, t: TFunction): string {
  if (silentTypes.has(action.type)) return '';
  if (action.type === 'call.hungUp') return t(`speaker.${action.detail}`, { defaultValue: action.detail });
  if (action.type === 'identity.verified') return action.detail.replace(checkPattern, (check) => t(`identity.check.${check}`));
  return action.detail;
}
