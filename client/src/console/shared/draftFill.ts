/**
 * Text to put in a reply box (a suggested reply picked in guided mode, a phrase from the phrase book);
 * the nonce makes picking it twice count. `insert` adds it to the draft instead of replacing the draft.
 */
export interface DraftFill {
  text: string;
  nonce: number;
  insert?: boolean;
}
