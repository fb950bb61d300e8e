import { identityChecks } from '../../../../protocol/vocabulary.js';

/** The protocol's identity checks, in the order the form offers them. */
export const identityCheckList = identityChecks;
