/**
 * The course runs in Italy: a range's days are Rome's, so a call at half past midnight in Rome counts
 * on its own day although it is still the day before in UTC. Daylight saving is Intl's to know.
 */
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' });

/** Rome's offset from UTC at an instant, in milliseconds ("GMT+02:00" → 7 200 000). */
function romeOffsetMs(at: number): number {
  const name = offsetFormat.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/** The instant a day ("2026-03-29", yyyy-mm-dd) begins in Rome. */
export function romeDayStart(day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // The offset at the guess, then at the corrected instant: right on the days the clocks change too.
  const guess = utcMidnight - romeOffsetMs(utcMidnight);
  return utcMidnight - romeOffsetMs(guess);
}

/** The instant the day after `day` begins in Rome: the end (exclusive) of a range that ends on `day`. */
export function romeDayEnd(day: string): number {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return romeDayStart(next.toISOString().slice(0, 10));
}
