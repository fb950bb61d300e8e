/** The timer the runtime arms while the caller is on hold; scenario timers may not use the name. */
export const holdTimer = 'hold';
