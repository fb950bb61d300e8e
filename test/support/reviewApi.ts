import type { Result } from '../../protocol/result.js';
import { actionId, type LabClient, type RunningLab } from './lab.js';
import { exemplaryFibreCall } from './scenarios.js';

/** POSTs JSON (or raw text) as a logged-in user, as the console's fetch does. */
export async function postJson<T>(
  baseUrl: string,
  route: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; body: Result<T> }> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

/** Launches the fibre scenario to a trainee (allievo1 unless told) and plays its exemplary call to the end; the trainee is available again after. */
export async function playFibreCall(
  lab: RunningLab,
  instructor: LabClient,
  trainee: LabClient,
  mode: 'exam' | 'standard' = 'standard',
  traineeId = 'u-allievo1',
) {
  const launched = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: [traineeId], mode });
  if (!launched.ok) throw new Error(`launch failed: ${launched.error.message}`);
  const sessionId = launched.data.sessionIds[0]!;
  await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const { action } of exemplaryFibreCall) await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
  await lab.application.context.registry.settled();
  await trainee.emitWithAck('agent:status', { status: 'available' });
  return sessionId;
}
