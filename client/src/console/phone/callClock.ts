import type { CallView } from '../../../../scenarios/projection/callView.js';

/** Talk time so far: from the answer to the hang-up, or to `now` while the call is up. */
export function talkTimeMs(view: CallView, now: number): number | null {
  if (view.answeredAt === null) return null;
  return (view.hungUpAt ?? now) - view.answeredAt;
}

/** Time since the call was launched (it rang), to its end: the origin of the action log's times. */
export function sinceLaunchMs(view: CallView, now: number): number | null {
  if (view.launchedAt === null) return null;
  return (view.endedAt ?? now) - view.launchedAt;
}

/** How long the caller has waited on the current hold, for the hold badge. */
export function currentHoldMs(view: CallView, now: number): number | null {
  return view.holdStartedAt === null ? null : now - view.holdStartedAt;
}

export const callIsUp = (view: CallView): boolean => view.phase === 'talking' || view.phase === 'onHold';

/**
 * Whether a screen's clock must tick: while the call rings, is up, and through the after-call work,
 * whose timer counts from the hang-up until the wrap-up is submitted.
 */
export const clockRuns = (view: CallView): boolean => view.phase === 'ringing' || callIsUp(view) || view.phase === 'wrapUp';
