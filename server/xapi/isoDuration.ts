/**
 * An ISO 8601 duration as xAPI wants it (PT1H2M3.45S), to the hundredth of a second, the precision
 * the spec says an LRS keeps. A handful of lines, so no library.
 */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6_000);
  const seconds = (hundredths % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
