/** The review's words the console needs without zod (the console bundle never pulls the validators). */
export const itemVerdicts = ['met', 'missed', 'notApplicable'] as const;
export type ItemVerdict = (typeof itemVerdicts)[number];
/** An item's state in a score: a verdict, or `byHand`, left by the automatic score for the assessor to judge. */
export type ItemStatus = ItemVerdict | 'byHand';

/** Longest reason or comment: a paragraph or two, not a document. */
export const reviewTextLimit = 2000;
