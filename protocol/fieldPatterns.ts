/**
 * The shapes of a customer's contact details. The console checks a correction before sending it
 * and the server checks it again: both use these, so the console never accepts what the server refuses.
 */
export const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
export const phonePattern = /^\+?[0-9 ./-]{6,20}$/;
