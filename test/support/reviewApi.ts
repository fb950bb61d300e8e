import type { Result } from '../../protocol/result.js';
import type { TraineeAction } from '../../protocol/actions.js';
import { actionId, type LabClient, type RunningLab } from './lab.js';
import { exemplaryFibreCall } from './scenarios.js';

/** POSTs JSON (or raw text) as a logged-in user, as the console's fetch does: a null body is sent as no body at all. */
export async function postJson<T>(
  baseUrl: string,
  route: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; body: Result<T> }> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { ...(body === null ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    body: body === null ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

/** Launches the fibre scenario to a trainee (allievo1 unless told); the call rings and its session id comes back. */
export async function launchFibreCall(instructor: LabClient, mode: 'exam' | 'standard' = 'standard', traineeId = 'u-allievo1') {
  const launched = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: [traineeId], mode });
  if (!launched.ok) throw new Error(`launch failed: ${launched.error.message}`);
  return launched.data.sessionIds[0]!;
}

/** The trainee joins the call and plays these steps of it in order, each acknowledged before the next. */
export async function playSteps(trainee: LabClient, sessionId: string, steps: readonly { action: TraineeAction }[]) {
  await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const { action } of steps) {
    const acted = await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
    // Said at once, rather than as a review refused later because the call never ended.
    if (!acted.ok) throw new Error(`${action.type} was refused: ${acted.error.message}`);
  }
}

/** Launches the fibre scenario to a trainee (allievo1 unless told) and plays its exemplary call to the end; the trainee is available again after. */
export async function playFibreCall(
  lab: RunningLab,
  instructor: LabClient,
  trainee: LabClient,
  mode: 'exam' | 'standard' = 'standard',
  traineeId = 'u-allievo1',
) {
  const sessionId = await launchFibreCall(instructor, mode, traineeId);
  await playSteps(trainee, sessionId, exemplaryFibreCall);
  await lab.application.context.registry.settled();
  await trainee.emitWithAck('agent:status', { status: 'available' });
  return sessionId;
}

/** The trainee starts a practice call on the fibre scenario (open to the class already) and plays it well to the end. */
export async function practiseFibreCall(lab: RunningLab, trainee: LabClient) {
  const started = await trainee.emitWithAck('session:practice', { scenarioId: 'helpdesk-fibra-guasto' });
  if (!started.ok) throw new Error(`practice failed: ${started.error.message}`);
  const sessionId = started.data.sessionIds[0]!;
  await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const { action } of exemplaryFibreCall) await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
  await lab.application.context.registry.settled();
  await trainee.emitWithAck('agent:status', { status: 'available' });
  return sessionId;
}

/** Adds a second assessor (secondo / secondo-valutatore) to the lab, reading every class. */
export async function addSecondAssessor(lab: RunningLab, hashPassword: (password: string) => Promise<string>) {
  const passwordHash = await hashPassword('secondo-valutatore');
  await lab.application.context.documents.update((data) => {
    data.users.push({
      id: 'u-secondo',
      username: 'secondo',
      displayName: 'Dott.ssa Lia Ferri',
      role: 'assessor',
      classId: null,
      passwordHash,
    });
  });
  return ['secondo', 'secondo-valutatore'] as const;
}

/**
 * A second class, aula-b, whose instructor (docente-b, password docente-b) must never reach aula-a's
 * calls. Returns the password's hash, for the tests that add people to the class.
 */
export async function addSecondClass(lab: RunningLab, hashPassword: (password: string) => Promise<string>) {
  const passwordHash = await hashPassword('docente-b');
  await lab.application.context.documents.update((data) => {
    data.classes.push({ id: 'aula-b', name: 'Aula B', instructorIds: ['u-docente-b'] });
    data.users.push({
      id: 'u-docente-b',
      username: 'docente-b',
      displayName: 'Docente B',
      role: 'instructor',
      classId: null,
      passwordHash,
    });
  });
  return passwordHash;
}
