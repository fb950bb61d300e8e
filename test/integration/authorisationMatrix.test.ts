import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '../../protocol/socket.js';
import { actionId, connectDemo, getJson, startLab, type LabClient, type RunningLab } from '../support/lab.js';

type Who = 'trainee1' | 'trainee2' | 'instructor' | 'assessor' | 'admin';
const everyone: Who[] = ['trainee1', 'trainee2', 'instructor', 'assessor', 'admin'];
let lab: RunningLab;
const clients = new Map<Who, { socket: LabClient; cookie: string }>();
let liveSession = '';
let endedSession = '';

beforeAll(async () => {
  lab = await startLab();
  for (const who of everyone) clients.set(who, await connectDemo(lab, who));
  const instructor = clients.get('instructor')!.socket;
  const trainee = clients.get('trainee1')!.socket;
  const first = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
  endedSession = first.ok ? first.data.sessionIds[0]! : '';
  await trainee.emitWithAck('session:join', { sessionId: endedSession, sinceSeq: 0 });
  for (const action of [{ type: 'call.answer' }, { type: 'call.hangUp' }, { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' }] as const) {
    await trainee.emitWithAck('session:act', { sessionId: endedSession, actionId: actionId(), action });
  }
  await lab.application.context.registry.settled();
  const second = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
  liveSession = second.ok ? second.data.sessionIds[0]! : '';
});
afterAll(async () => {
  for (const { socket } of clients.values()) socket.disconnect();
  await lab.stop();
});

/** Every socket event, with the roles that may use it (for sessions: on trainee1's live session). */
const socketMatrix: { event: keyof ClientToServerEvents; payload: () => unknown; allowed: Who[] }[] = [
  { event: 'session:join', payload: () => ({ sessionId: liveSession, sinceSeq: 0 }), allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
  // trainee1 is let through to the call itself, which answers INVALID_STATE while it rings.
  { event: 'session:act', payload: () => ({ sessionId: liveSession, actionId: actionId(), action: { type: 'customer.search', query: 'Rossi' } }), allowed: ['trainee1'] },
  { event: 'session:score', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'assessor', 'admin'] },
  { event: 'session:score', payload: () => ({ sessionId: endedSession }), allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
  { event: 'session:launch', payload: () => ({ scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo4'] }), allowed: ['instructor', 'admin'] },
  { event: 'roster:watch', payload: () => ({}), allowed: ['instructor', 'admin'] },
  { event: 'sessions:watch', payload: () => ({}), allowed: ['instructor', 'assessor', 'admin'] },
  { event: 'scenario:rubric', payload: () => ({ scenarioId: 'helpdesk-fibra-guasto' }), allowed: ['instructor', 'assessor', 'admin'] },
  { event: 'agent:status', payload: () => ({ status: 'available' }), allowed: ['trainee1', 'trainee2'] },
  { event: 'session:leave', payload: () => ({ sessionId: liveSession }), allowed: everyone },
  { event: 'class:open', payload: () => ({ classId: 'aula-a', scenarioIds: [] }), allowed: ['instructor', 'admin'] },
  // Nothing is open to the class, so no one may start a practice call (observers may never).
  { event: 'session:practice', payload: () => ({ scenarioId: 'helpdesk-fibra-guasto' }), allowed: [] },
];

describe('the authorisation matrix', () => {
  it.each(socketMatrix.map((row) => [row.event, row] as const))('socket event %s answers each role as it should', async (_event, row) => {
    for (const who of everyone) {
      const answer = await clients.get(who)!.socket.emitWithAck(row.event, row.payload() as never);
      const denied = !answer.ok && (answer.error.code === 'FORBIDDEN' || answer.error.code === 'NOT_FOUND');
      expect(denied, `${row.event} by ${who}: ${JSON.stringify(answer).slice(0, 200)}`).toBe(!row.allowed.includes(who));
    }
  });

  it('lets only the session’s own trainee act in it', async () => {
    const act = (who: Who) =>
      clients.get(who)!.socket.emitWithAck('session:act', { sessionId: liveSession, actionId: actionId(), action: { type: 'call.answer' } });
    for (const who of ['trainee2', 'instructor', 'assessor', 'admin'] as const) expect(await act(who), who).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await act('trainee1')).toMatchObject({ ok: true });
  });

  /** `visitorIsNobody`: the route answers a visitor 200 with `null` (who is signed in: nobody), not 401. */
  const httpMatrix: { route: () => string; allowed: (Who | 'anonymous')[]; visitorIsNobody?: true }[] = [
    { route: () => '/api/auth/me', allowed: everyone, visitorIsNobody: true },
    { route: () => '/api/directory', allowed: everyone },
    { route: () => '/api/scenarios', allowed: everyone },
    { route: () => '/api/classes', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/sessions', allowed: everyone },
    { route: () => '/api/practice', allowed: ['trainee1', 'trainee2'] },
    { route: () => '/api/progress', allowed: everyone },
    { route: () => '/api/progress?traineeId=u-allievo1', allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}`, allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}/score`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${endedSession}/score`, allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
  ];
  it.each(httpMatrix.map((row, index) => [index, row] as const))('HTTP route %#: each role and anonymous are answered as they should', async (_i, row) => {
    for (const who of [...everyone, 'anonymous'] as const) {
      const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
      const { status, body } = await getJson(lab.baseUrl, row.route(), cookie);
      expect(status === 200 && body.ok && body.data !== null, `${row.route()} by ${who}: ${status}`).toBe(row.allowed.includes(who));
      if (who === 'anonymous') expect({ status, data: body.ok ? body.data : undefined }).toEqual(row.visitorIsNobody ? { status: 200, data: null } : { status: 401, data: undefined });
    }
  });

  it('shows a trainee only their own sessions in the list', async () => {
    const { body } = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', clients.get('trainee2')!.cookie);
    expect(body.ok && body.data).toEqual([]);
    const own = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', clients.get('trainee1')!.cookie);
    expect(own.body.ok && own.body.data.every((s) => s.traineeId === 'u-allievo1')).toBe(true);
  });
});
