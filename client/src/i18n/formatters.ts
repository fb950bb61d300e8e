/** Clock-style duration, as softphones show it: mm:ss, or h:mm:ss past an hour. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(at);
}

export function formatClock(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(at);
}

export function formatPercent(value: number | null, language: string): string | null {
  if (value === null) return null;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value) + '%';
}

/** Prices are in euros whatever the interface language; the language decides only how they are written. */
export function formatEuro(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(value);
}

/** A calendar day ("2026-12-15") in words, read as a local date so no time zone shifts it. */
export function formatIsoDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(year, month - 1, day));
}

/** A local date and time as the company's systems write it ("2026-07-07T19:25"), in words; no time zone shifts it. */
export function formatIsoDateTime(isoDateTime: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(isoDateTime);
  if (!match) return formatIsoDate(isoDateTime, language);
  const [, year, month, day, hour, minute] = match.map(Number);
  if ([year, month, day, hour, minute].some((part) => part === undefined)) return isoDateTime;
  const at = new Date(year!, month! - 1, day!, hour!, minute!);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A count as the language writes it (1.234 in Italian, 1,234 in English). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Disk space in the largest unit that keeps it readable: "12,3 GB". */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(value);
}

/** How long the lab has run, in words: "2 giorni, 3 ore e 5 minuti"; under a minute, in minutes all the same. */
export function formatUptime(ms: number, language: string): string {
  const minutes = Math.floor(ms / 60_000);
  const parts: [number, 'day' | 'hour' | 'minute'][] = [
    [Math.floor(minutes / 1440), 'day'],
    [Math.floor((minutes % 1440) / 60), 'hour'],
    [minutes % 60, 'minute'],
  ];
  const shown = parts.filter(([value], index) => value > 0 || (index === 2 && minutes < 60));
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(
    shown.map(([value, unit]) => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value)),
  );
}
