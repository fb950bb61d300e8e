import type { SessionEventPayloads } from '../../../protocol/events.js';

export type LaunchMode = SessionEventPayloads['session.launched']['mode'];

/** The protocol's modes, restated so the console does not bundle the zod schemas; the type check keeps them in step. */
export const launchModes = ['guided', 'standard', 'exam'] as const satisfies readonly LaunchMode[];

type Missing = Exclude<LaunchMode, (typeof launchModes)[number]>;
export const launchModeListIsComplete: [Missing] extends [never] ? true : never = true;
