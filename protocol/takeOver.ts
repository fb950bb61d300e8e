import { z } from 'zod';
import type { Ack } from './result.js';
import type { Localized } from './views.js';

/**
 * The instructor playing the caller of a live call (issue 14, role-play): takes it over from the
 * script, types the caller's lines in a mood they pick, and hands it back to the script at a state.
 */
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'is not a session id');

export const sessionTakeOverSchema = z.object({ sessionId });
export const sessionPlayCallerSchema = z.object({
  sessionId,
  text: z.string().trim().min(1, 'is empty').max(500, 'is longer than 500 characters'),
  /** The caller's mood with this line, from -3 (furious) to 3 (delighted). */
  mood: z.number().int().min(-3).max(3),
});
export const sessionHandBackSchema = z.object({
  sessionId,
  state: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, 'is not a state id'),
});

/** A script state the caller may be handed back at, named in words for the picker. */
export interface HandBackState {
  id: string;
  label: Localized;
}

export interface TakeOverClientEvents {
  /** Instructor of the trainee's class, admin: plays the caller from now on; the script waits. */
  'session:takeOver': (payload: z.input<typeof sessionTakeOverSchema>, ack: Ack<{ seq: number }>) => void;
  /** The taking-over instructor's line as the caller, heard by the trainee as the caller's. */
  'session:playCaller': (payload: z.input<typeof sessionPlayCallerSchema>, ack: Ack<{ seq: number }>) => void;
  /** The states the call may be handed back at (none for a free role-play), then the hand-back. */
  'session:handBackStates': (payload: z.input<typeof sessionTakeOverSchema>, ack: Ack<HandBackState[]>) => void;
  'session:handBack': (payload: z.input<typeof sessionHandBackSchema>, ack: Ack<{ seq: number }>) => void;
}
