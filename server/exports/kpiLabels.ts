import type { KpiName } from '../../protocol/kpiTargets.js';

/**
 * The KPIs as the course's records name them, in Italian, with their unit: durations are kept in
 * milliseconds but read in seconds (one decimal), first-contact resolution in percent.
 */
export const kpiLabels: Record<KpiName, { label: string; unit: 's' | '%'; atLeast: boolean }> = {
  answer: { label: 'Tempo di risposta', unit: 's', atLeast: false },
  handle: { label: 'Tempo di gestione', unit: 's', atLeast: false },
  hold: { label: 'Attesa', unit: 's', atLeast: false },
  afterCall: { label: 'Lavoro post-chiamata', unit: 's', atLeast: false },
  firstContact: { label: 'Risoluzione al primo contatto', unit: '%', atLeast: true },
};

/** A figure in its unit: milliseconds to seconds with one decimal; percents as they are. */
export const inUnit = (name: KpiName, value: number | null): number | null =>
  value === null ? null : kpiLabels[name].unit === 's' ? Math.round(value / 100) / 10 : value;

/** "sì", "no", or "n.d." (not available) when there is no target yet or no call to measure. */
export const metWord = (met: boolean | null): string => (met === null ? 'n.d.' : met ? 'sì' : 'no');
