import type { ItemStatus } from '../../../protocol/reviewWords.js';

/** The catalogue key naming an item's state: the score's words for a verdict, the review's for an item left to be judged by hand. */
export const itemStatusKey = (status: ItemStatus): string => (status === 'byHand' ? 'reviewMore.byHand.status' : `score.status.${status}`);
