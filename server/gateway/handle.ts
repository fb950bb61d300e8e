import type { z } from 'zod';
import { describeZodError, fail, type Ack, type Result } from '../../protocol/result.js';
import type { PublicUser, Role } from '../../protocol/roles.js';
import { labLog } from '../logger.js';

/**
 * Wraps a socket handler: validates the payload, checks the role, answers every call with a
 * Result, and turns an unexpected exception into an INTERNAL error instead of a crash.
 * The listener is typed with the schema's input, so the event it is registered for must declare that
 * payload; inside, the payload stays `unknown` and is parsed, since the wire is untrusted.
 */
export function handle<S extends z.ZodType, T>(
  user: PublicUser,
  schema: S,
  roles: readonly Role[] | 'anyone',
  work: (payload: z.infer<S>) => Promise<Result<T>> | Result<T>,
): (payload: z.input<S>, ack: Ack<T>) => Promise<void> {
  return async (payload: unknown, ack: Ack<T>) => {
    // A client that sends no callback gets no answer, and nothing is done for it.
    if (typeof ack !== 'function') return;
    if (roles !== 'anyone' && !roles.includes(user.role))
      return ack(fail('FORBIDDEN', `A ${user.role} cannot do this.`, { reason: 'roleCannot' }));
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) return ack(fail('BAD_REQUEST', describeZodError(parsed.error)));
    try {
      const result = await work(parsed.data);
      if (!result.ok && result.error.code === 'STORAGE_FAILED')
        labLog().error({ userId: user.id, code: result.error.code, problem: result.error.message }, 'a socket request could not be saved');
      ack(result);
    } catch (error) {
      labLog().error({ err: error, userId: user.id }, 'socket handler failed');
      ack(fail('INTERNAL', 'Something went wrong on the server; nothing was changed.'));
    }
  };
}
