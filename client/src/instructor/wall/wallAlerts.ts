import type { WallCard } from '../../../../protocol/wall.js';

/** What makes a live call need the instructor, most urgent first. */
export const wallAlerts = ['criticalMissed', 'callerLeaving', 'moodWorst', 'longHold', 'longSilence'] as const;
export type WallAlert = (typeof wallAlerts)[number];

/** A hold past a minute is long by the course's rule of thumb; so is half a minute without a word. */
export const longHoldMs = 60_000;
export const longSilenceMs = 30_000;
/** The caller is about to give up when its patience runs out within this. */
export const leavingSoonMs = 15_000;
/** The bottom of the mood scale (−3 … 3). */
export const worstMood = -3;

/** The alerts a card raises at `now` (on the server's clock); a paused call raises none of time. */
export function alertsOf(card: WallCard, now: number): WallAlert[] {
  const alerts: WallAlert[] = [];
  if (card.criticalMissed.length > 0) alerts.push('criticalMissed');
  if (!card.paused && card.patienceEndsAt !== null && card.patienceEndsAt - now <= leavingSoonMs) alerts.push('callerLeaving');
  if (card.mood !== null && card.mood <= worstMood) alerts.push('moodWorst');
  if (!card.paused && card.phase === 'onHold' && card.holdStartedAt !== null && now - card.holdStartedAt >= longHoldMs)
    alerts.push('longHold');
  const since = Math.max(card.lastTraineeAt ?? 0, card.answeredAt ?? 0);
  if (!card.paused && card.phase === 'talking' && since > 0 && now - since >= longSilenceMs) alerts.push('longSilence');
  return alerts;
}

/** Higher needs attention sooner: each alert weighs by its rank, so one critical item outweighs any two of the rest. */
export function attentionOf(alerts: readonly WallAlert[]): number {
  return alerts.reduce((sum, alert) => sum + 2 ** (wallAlerts.length - wallAlerts.indexOf(alert)), 0);
}

/** The wall's order: most attention first, then the call running longest, then by trainee for a stable wall. */
export function sortForAttention(cards: readonly WallCard[], now: number): { card: WallCard; alerts: WallAlert[] }[] {
  return cards
    .map((card) => ({ card, alerts: alertsOf(card, now) }))
    .sort(
      (a, b) =>
        attentionOf(b.alerts) - attentionOf(a.alerts) ||
        (a.card.launchedAt ?? 0) - (b.card.launchedAt ?? 0) ||
        a.card.traineeName.localeCompare(b.card.traineeName),
    );
}
