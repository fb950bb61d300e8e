import { nameBasedUuid } from './statementId.js';
import { trimSlash } from './statements.js';

/** An xAPI 1.0.3 voiding statement: the lab, as its own account, takes back a statement it sent before. */
export interface XapiVoidingStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: 'http://adlnet.gov/expapi/verbs/voided'; display: Record<string, string> };
  object: { objectType: 'StatementRef'; id: string };
  version: '1.0.3';
}

/** The account the lab acts as when it corrects what it sent (the trainee did not void anything). */
export const labAccountName = 'centralino-lab';

/**
 * The statement voiding `voidedId`. Its id is named after the voided one, so a retry is the same
 * statement; it has no timestamp, so the LRS stamps it when it is stored and a retry never conflicts.
 */
export function voidingStatement(voidedId: string, homePage: string): XapiVoidingStatement {
  return {
    id: nameBasedUuid(`centralino-lab:voiding:${voidedId}`),
    actor: { objectType: 'Agent', name: 'Centralino Lab', account: { homePage: trimSlash(homePage), name: labAccountName } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided', 'it-IT': 'ha annullato' } },
    object: { objectType: 'StatementRef', id: voidedId },
    version: '1.0.3',
  };
}
