import { fail, ok, type Result } from '../protocol/result.js';
import type { PublicUser } from '../protocol/roles.js';
import type { JoinedSession } from '../protocol/socket.js';
import type { Debrief } from '../protocol/views.js';
import { awaitsRelease, withheldDebrief, withResultFor } from './debriefRelease.js';
import { summarizeScenario } from '../scenarios/format/summarizeScenario.js';
import type { Scenario } from '../scenarios/format/schema.js';
import { eventsFor, isObserver } from './access.js';
import { canViewSession } from './classScope.js';
import type { AppContext } from './appContext.js';
import type { SessionRecord } from './store/documents.js';

export interface ViewableSession {
  record: SessionRecord;
  scenario: Scenario;
}

/**
 * The session a user asked for, if they may see it. Another trainee's (or another class's) session is
 * simply not found, over HTTP and on a socket alike: a guessed id learns nothing, not even that it exists.
 */
export function viewableSession(context: AppContext, user: PublicUser, sessionId: string): Result<ViewableSession> {
  const record = context.registry.record(sessionId);
  if (!record || !canViewSession(user, record, context.documents.data)) return fail('NOT_FOUND', 'No such session.');
  const scenario = context.registry.scenarioOf(record);
  if (!scenario) return fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
  return ok({ record, scenario });
}

/** A session as the console, the mirror and the replay open it: its summary, its scenario, its events as this user may see them. */
export async function openedSession(
  context: AppContext,
  user: PublicUser,
  { record, scenario }: ViewableSession,
  sinceSeq = 0,
): Promise<JoinedSession> {
  const events = eventsFor(user, await context.registry.eventsOf(record.id)).filter((event) => event.seq > sinceSeq);
  const summary = summarizeScenario(scenario);
  // Observers see the script's state and how replies matched, so they get their names; a trainee does not.
  return {
    session: withResultFor(user, context.registry.summary(record)),
    scenario: isObserver(user) ? { ...summary, labels: scenario.labels } : summary,
    events,
  };
}

/** The score of a session: for observers at any time, for the trainee once the call is over (and an exam's once released). */
export async function debriefOf(context: AppContext, user: PublicUser, { record }: ViewableSession): Promise<Result<Debrief>> {
  if (!isObserver(user) && record.status !== 'ended')
    return fail('FORBIDDEN', 'The debrief opens when the call is over.', { reason: 'debriefAfterCall' });
  // Not even scored for a trainee who may not see it: nothing of the result leaves by this road.
  if (!isObserver(user) && awaitsRelease(context.reviews, record)) return ok(withheldDebrief(record));
  const score = await context.registry.scoreOf(record.id);
  return score ? ok(score) : fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
}
