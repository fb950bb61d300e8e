import type { IdentityCheck } from '../../../../protocol/actions.js';

/**
 * The protocol's list, restated so the console does not bundle the zod schemas it lives beside;
 * the type below fails to compile if the two ever differ.
 */
export const identityCheckList = ['fullName', 'customerCode', 'taxCode', 'birthDate', 'address', 'phone'] as const satisfies readonly IdentityCheck[];

type Missing = Exclude<IdentityCheck, (typeof identityCheckList)[number]>;
export const identityListIsComplete: [Missing] extends [never] ? true : never = true;
