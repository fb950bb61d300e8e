/** The review's words the console needs without zod (the console bundle never pulls the validators). */
export const itemVerdicts = ['met', 'missed', 'notApplicable'] as const;
export type ItemVerdict = (typeof itemVerdicts)[number];

/** Longest reason or comment: a paragraph or two, not a document. */
export const reviewTextLimit = 2000;
