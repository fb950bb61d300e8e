/** Text to put in a reply box (a suggested reply picked in guided mode); the nonce makes picking it twice count. */
export interface DraftFill {
  text: string;
  nonce: number;
}
