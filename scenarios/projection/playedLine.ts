/** The line id of a caller's line the instructor typed while playing the caller (no scenario line has it: ids never start with a dot). */
export const playedLineId = '.played';
