// The password policy's words, zod-free: the console imports them without pulling the schemas into its bundle.

/** A password a user chooses: at least this long, without their username, not a common one. */
export const passwordMinLength = 10;
export const passwordProblems = ['tooShort', 'containsUsername', 'common'] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

/** A password change the policy refused: BAD_REQUEST with the problem as its message, for the console to word. */
export const passwordRefusal = (problem: PasswordProblem) => `password:${problem}`;
