import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '../../protocol/socket.js';
import { hashPassword } from '../../server/auth/password.js';
import { postJson, taxCode, threeTrainees } from '../support/courseApi.js';
import { actionId, connectAs, connectDemo, getJson, login, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { addSecondClass } from '../support/reviewApi.js';

type Who = 'trainee1' | 'trainee2' | 'instructor' | 'assessor' | 'admin' | 'instructorB';
/** `instructorB` runs a second class, aula-b, with one trainee of its own (allievo5): it never reaches aula-a. */
const everyone: Who[] = ['trainee1', 'trainee2', 'instructor', 'assessor', 'admin', 'instructorB'];
let lab: RunningLab;
const clients = new Map<Who, { socket: LabClient; cookie: string }>();
let liveSession = '';
let endedSession = '';
let traineeBSocket: LabClient;

beforeAll(async () => {
  // The matrix sends every event from every role in a burst: the per-socket rate limit (tested on its own) would answer it instead.
  lab = await startLab({ socketEventsPerSecond: 0 });
  const passwordHash = await addSecondClass(lab, hashPassword);
  await lab.application.context.documents.update((data) => {
    data.users.push({ id: 'u-allievo5', username: 'allievo5', displayName: 'Allievo B', role: 'trainee', classId: 'aula-b', passwordHash });
  });
  for (const who of everyone) {
    if (who !== 'instructorB') clients.set(who, await connectDemo(lab, who));
  }
  const cookieB = await login(lab.baseUrl, 'docente-b', 'docente-b');
  clients.set('instructorB', { socket: await connectAs(lab.baseUrl, cookieB), cookie: cookieB });
  const traineeB = await login(lab.baseUrl, 'allievo5', 'docente-b');
  traineeBSocket = await connectAs(lab.baseUrl, traineeB);
  const instructor = clients.get('instructor')!.socket;
  const trainee = clients.get('trainee1')!.socket;
  const first = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
  endedSession = first.ok ? first.data.sessionIds[0]! : '';
  await trainee.emitWithAck('session:join', { sessionId: endedSession, sinceSeq: 0 });
  for (const action of [
    { type: 'call.answer' },
    { type: 'call.hangUp' },
    { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' },
  ] as const) {
    await trainee.emitWithAck('session:act', { sessionId: endedSession, actionId: actionId(), action });
  }
  await lab.application.context.registry.settled();
  // Back from the debrief: a launch rings only a trainee who is available.
  await trainee.emitWithAck('agent:status', { status: 'available' });
  const second = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
  liveSession = second.ok ? second.data.sessionIds[0]! : '';
});
afterAll(async () => {
  for (const { socket } of clients.values()) socket.disconnect();
  traineeBSocket.disconnect();
  await lab.stop();
});

/** Every socket event, with the roles that may use it (for sessions: on trainee1's live session). */
const socketMatrix: { event: keyof ClientToServerEvents; payload: () => unknown; allowed: Who[] }[] = [
  {
    event: 'session:join',
    payload: () => ({ sessionId: liveSession, sinceSeq: 0 }),
    allowed: ['trainee1', 'instructor', 'assessor', 'admin'],
  },
  // trainee1 is let through to the call itself, which answers INVALID_STATE while it rings.
  {
    event: 'session:act',
    payload: () => ({ sessionId: liveSession, actionId: actionId(), action: { type: 'customer.search', query: 'Rossi' } }),
    allowed: ['trainee1'],
  },
  { event: 'session:score', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'assessor', 'admin'] },
  { event: 'session:score', payload: () => ({ sessionId: endedSession }), allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
  {
    event: 'session:launch',
    payload: () => ({ scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo4'] }),
    allowed: ['instructor', 'admin'],
  },
  // A class's trainees and catalogue are its own instructors' (and admins'): the other class's instructor is refused.
  {
    event: 'session:launch',
    payload: () => ({ scenarioId: 'helpdesk-fibra-guasto', classId: 'aula-b' }),
    allowed: ['instructorB', 'admin'],
  },
  {
    event: 'session:launch',
    payload: () => ({ scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo5'] }),
    allowed: ['instructorB', 'admin'],
  },
  { event: 'class:open', payload: () => ({ classId: 'aula-b', scenarioIds: [] }), allowed: ['instructorB', 'admin'] },
  // Cancelling an ended call is refused as over (INVALID_STATE) to those who may, and as not theirs to the others.
  { event: 'session:cancel', payload: () => ({ sessionId: endedSession }), allowed: ['instructor', 'admin'] },
  { event: 'session:score', payload: () => ({ sessionId: endedSession }), allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
  { event: 'roster:watch', payload: () => ({}), allowed: ['instructor', 'admin', 'instructorB'] },
  { event: 'wall:watch', payload: () => ({}), allowed: ['instructor', 'admin', 'instructorB'] },
  { event: 'queue:watch', payload: () => ({}), allowed: ['instructor', 'admin', 'instructorB'] },
  // A scenario no one offers: those who may fill aula-b's queue are told NOT_FOUND… so the row names a real one, with no one free to ring.
  {
    event: 'queue:add',
    payload: () => ({ classId: 'aula-b', scenarioIds: ['helpdesk-fibra-guasto'], copies: 1, staggerSeconds: 3_600 }),
    allowed: ['instructorB', 'admin'],
  },
  { event: 'sessions:watch', payload: () => ({}), allowed: ['instructor', 'assessor', 'admin', 'instructorB'] },
  {
    event: 'scenario:rubric',
    payload: () => ({ scenarioId: 'helpdesk-fibra-guasto' }),
    allowed: ['instructor', 'assessor', 'admin', 'instructorB'],
  },
  { event: 'agent:status', payload: () => ({ status: 'available' }), allowed: ['trainee1', 'trainee2'] },
  { event: 'session:leave', payload: () => ({ sessionId: liveSession }), allowed: everyone },
  { event: 'class:open', payload: () => ({ classId: 'aula-a', scenarioIds: [] }), allowed: ['instructor', 'admin'] },
  // Nothing is open to the class, so no one may start a practice call (observers may never).
  { event: 'session:practice', payload: () => ({ scenarioId: 'helpdesk-fibra-guasto' }), allowed: [] },
  // Only assessors and admins release a debrief; the ended session is no exam, so they are told INVALID_STATE, not refused.
  { event: 'session:release', payload: () => ({ sessionId: endedSession }), allowed: ['assessor', 'admin'] },
  // Only the trainee's own instructors (and admins) whisper; the other class's instructor is told it is not found.
  // Resuming a call that is not paused answers INVALID_STATE to those who may, and FORBIDDEN or NOT_FOUND to the others.
  { event: 'session:intervene', payload: () => ({ sessionId: liveSession, step: 'resume' }), allowed: ['instructor', 'admin'] },
  // The live call's twists are its instructors' (and admins'); a twist unknown to the scenario is NOT_FOUND to everyone.
  { event: 'session:twists', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'admin'] },
  { event: 'session:whisper', payload: () => ({ sessionId: liveSession, text: 'Ricorda i due dati' }), allowed: ['instructor', 'admin'] },
  // Mirroring is the class's instructors' (and admins'); on an ended call they are told it is over, not refused.
  { event: 'session:mirror', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'admin'] },
  { event: 'session:mirror', payload: () => ({ sessionId: endedSession }), allowed: ['instructor', 'admin'] },
  // Playing the caller is the class's instructors' (and admins'): the first takes over, the next is told it is taken
  // (INVALID_STATE); the ringing caller cannot speak yet; the hand-back (to the ringing) is the first's, the next told nobody plays it.
  { event: 'session:takeOver', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'admin'] },
  { event: 'session:playCaller', payload: () => ({ sessionId: liveSession, text: 'Pronto?', mood: 0 }), allowed: ['instructor', 'admin'] },
  { event: 'session:handBackStates', payload: () => ({ sessionId: liveSession }), allowed: ['instructor', 'admin'] },
  { event: 'session:handBack', payload: () => ({ sessionId: liveSession, state: 'ringing' }), allowed: ['instructor', 'admin'] },
  // An ended call cannot be taken over: its instructors are told it is over, the others refused.
  { event: 'session:takeOver', payload: () => ({ sessionId: endedSession }), allowed: ['instructor', 'admin'] },
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
      clients
        .get(who)!
        .socket.emitWithAck('session:act', { sessionId: liveSession, actionId: actionId(), action: { type: 'call.answer' } });
    // Another trainee is told the session is not found, as over HTTP; observers that they may not act.
    expect(await act('trainee2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const who of ['instructor', 'assessor', 'admin', 'instructorB'] as const)
      expect(await act(who), who).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const answered = await act('trainee1');
    expect(answered, JSON.stringify(answered)).toMatchObject({ ok: true });
  });

  /** `visitorIsNobody`: the route answers a visitor 200 with `null` (who is signed in: nobody), not 401. */
  const httpMatrix: { route: () => string; allowed: (Who | 'anonymous')[]; visitorIsNobody?: true }[] = [
    { route: () => '/api/auth/me', allowed: everyone, visitorIsNobody: true },
    { route: () => '/api/directory', allowed: everyone },
    { route: () => '/api/scenarios', allowed: everyone },
    { route: () => '/api/classes', allowed: ['instructor', 'assessor', 'admin', 'instructorB'] },
    { route: () => '/api/sessions', allowed: everyone },
    { route: () => '/api/practice', allowed: ['trainee1', 'trainee2'] },
    { route: () => '/api/progress', allowed: everyone },
    { route: () => '/api/progress?traineeId=u-allievo1', allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
    { route: () => '/api/progress?traineeId=u-allievo5', allowed: ['instructorB', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}`, allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}/score`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${endedSession}/score`, allowed: ['trainee1', 'instructor', 'assessor', 'admin'] },
    { route: () => '/api/admin/status', allowed: ['admin'] },
    // Who watched a call is for assessors and admins only: never the trainee watched, nor the instructors watching.
    { route: () => `/api/sessions/${endedSession}/audit`, allowed: ['assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}/audit`, allowed: ['assessor', 'admin'] },
    // A review is read by the session's observers; its trainee only once it is released (before, it answers null).
    { route: () => `/api/sessions/${endedSession}/review`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${liveSession}/review`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/review-queue', allowed: ['assessor', 'admin'] },
    { route: () => `/api/sessions/${endedSession}/calibration`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/course/classes', allowed: ['instructor', 'admin', 'instructorB'] },
    { route: () => '/api/course/classes/aula-a/register/2026-12', allowed: ['instructor', 'admin'] },
    { route: () => '/api/course/classes/aula-b/register/2026-11', allowed: ['instructorB', 'admin'] },
    { route: () => '/api/admin/xapi', allowed: ['admin'] },
    // A class's competency record: its instructors, its assessors, admins; never another class's instructor.
    { route: () => '/api/classes/aula-a/competency', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-b/competency?mode=exam', allowed: ['instructorB', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-a/kpis', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-b/kpis?from=2026-01-01', allowed: ['instructorB', 'assessor', 'admin'] },
  ];
  it.each(httpMatrix.map((row, index) => [index, row] as const))(
    'HTTP route %#: each role and anonymous are answered as they should',
    async (_i, row) => {
      for (const who of [...everyone, 'anonymous'] as const) {
        const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
        const { status, body } = await getJson(lab.baseUrl, row.route(), cookie);
        expect(status === 200 && body.ok && body.data !== null, `${row.route()} by ${who}: ${status}`).toBe(row.allowed.includes(who));
        if (who === 'anonymous')
          expect({ status, data: body.ok ? body.data : undefined }).toEqual(
            row.visitorIsNobody ? { status: 200, data: null } : { status: 401, data: undefined },
          );
      }
    },
  );

  /** Writes over HTTP: who may, on trainee1's ended session (a live one is refused to all, as INVALID_STATE). */
  const itemOfEnded = () =>
    lab.application.context.registry.scenarioOf(lab.application.context.registry.record(endedSession)!)!.rubric[0]!.id;
  const httpWrites: { route: () => string; body: () => unknown; allowed: Who[]; prepare?: () => Promise<unknown> }[] = [
    {
      route: () => `/api/sessions/${endedSession}/review/verdicts`,
      body: () => ({ itemId: itemOfEnded(), verdict: 'met', reason: 'Confermato.' }),
      allowed: ['assessor'],
    },
    { route: () => `/api/sessions/${endedSession}/review/comments`, body: () => ({ seq: 1, text: 'Nota.' }), allowed: ['assessor'] },
    {
      route: () => `/api/sessions/${endedSession}/review/assign`,
      body: () => ({ assessorId: 'u-valutatore' }),
      allowed: ['assessor', 'admin'],
    },
    {
      route: () => `/api/sessions/${endedSession}/calibration`,
      body: () => ({
        verdicts: lab.application.context.registry
          .scenarioOf(lab.application.context.registry.record(endedSession)!)!
          .rubric.map((item) => ({ itemId: item.id, verdict: 'met' })),
      }),
      allowed: ['assessor'],
    },
    // A class's KPI targets are its own instructors' to set: not admins, not assessors, not another class's instructor.
    {
      route: () => '/api/classes/aula-a/kpi-targets',
      body: () => ({
        answerWithinMs: 15_000,
        handleWithinMs: 300_000,
        holdWithinMs: 60_000,
        afterCallWithinMs: 60_000,
        firstContactPercent: 70,
      }),
      allowed: ['instructor'],
    },
    {
      route: () => '/api/classes/aula-b/kpi-targets',
      body: () => ({
        answerWithinMs: 15_000,
        handleWithinMs: 300_000,
        holdWithinMs: 60_000,
        afterCallWithinMs: 60_000,
        firstContactPercent: 70,
      }),
      allowed: ['instructorB'],
    },
    // Once the reviewed session is released, only its own trainee acknowledges or disputes it.
    {
      route: () => `/api/sessions/${endedSession}/review/acknowledge`,
      body: () => ({}),
      allowed: ['trainee1'],
      prepare: () => clients.get('assessor')!.socket.emitWithAck('session:release', { sessionId: endedSession }),
    },
    {
      route: () => `/api/sessions/${endedSession}/review/disputes`,
      body: () => ({ itemId: itemOfEnded(), text: 'Non sono d’accordo.' }),
      allowed: ['trainee1'],
    },
    // The LRS link is the admin's alone (port 9 refuses at once: the sends fail and are only logged).
    {
      route: () => '/api/admin/xapi/settings',
      body: () => ({ endpoint: 'http://127.0.0.1:9/xapi', key: 'k', secret: 's' }),
      allowed: ['admin'],
    },
    { route: () => '/api/admin/xapi/resend', body: () => ({}), allowed: ['admin'] },
  ];
  it.each(httpWrites.map((row, index) => [index, row] as const))('HTTP write %#: only the roles allowed get through', async (_i, row) => {
    await row.prepare?.();
    for (const who of [...everyone, 'anonymous'] as const) {
      const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
      const response = await fetch(`${lab.baseUrl}${row.route()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(row.body()),
      });
      expect(response.status === 200, `${row.route()} by ${who}: ${response.status}`).toBe(row.allowed.includes(who as Who));
      if (who === 'anonymous') expect(response.status).toBe(401);
    }
  });

  /** Downloads (CSV, PDF): files rather than JSON, so only the status tells who got one. */
  const downloads: { route: () => string; allowed: Who[] }[] = [
    { route: () => '/api/exports/sessions.csv', allowed: ['instructor', 'assessor', 'admin', 'instructorB'] },
    { route: () => '/api/exports/reviews.csv', allowed: ['instructor', 'assessor', 'admin', 'instructorB'] },
    { route: () => `/api/sessions/${endedSession}/report.pdf`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => `/api/sessions/${endedSession}/xapi`, allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-a/competency.csv', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-b/competency.csv', allowed: ['instructorB', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-a/kpis.csv', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/classes/aula-b/kpis.csv', allowed: ['instructorB', 'assessor', 'admin'] },
    // Trainees are refused their own dossier too: it lists exam and unreleased results.
    { route: () => '/api/trainees/u-allievo1/dossier.pdf', allowed: ['instructor', 'assessor', 'admin'] },
    { route: () => '/api/trainees/u-allievo5/dossier.pdf', allowed: ['instructorB', 'assessor', 'admin'] },
  ];
  it.each(downloads.map((row, index) => [index, row] as const))('download %#: only the roles allowed get the file', async (_i, row) => {
    for (const who of [...everyone, 'anonymous'] as const) {
      const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
      const response = await fetch(`${lab.baseUrl}${row.route()}`, { headers: cookie ? { cookie } : {} });
      await response.arrayBuffer();
      expect(response.status === 200, `${row.route()} by ${who}: ${response.status}`).toBe(row.allowed.includes(who as Who));
      if (who === 'anonymous') expect(response.status).toBe(401);
    }
  });

  it("shows an instructor only their own classes' roster, sessions and classes", async () => {
    const b = clients.get('instructorB')!;
    const roster = await b.socket.emitWithAck('roster:watch', {});
    expect(roster.ok && roster.data.map((entry) => entry.traineeId)).toEqual(['u-allievo5']);
    const own = await clients.get('instructor')!.socket.emitWithAck('roster:watch', {});
    expect(own.ok && own.data.map((entry) => entry.traineeId)).not.toContain('u-allievo5');
    const sessions = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', b.cookie);
    expect(sessions.body.ok && sessions.body.data.length).toBeGreaterThan(0);
    expect(sessions.body.ok && sessions.body.data.every((session) => session.traineeId === 'u-allievo5')).toBe(true);
    const ofA = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', clients.get('instructor')!.cookie);
    expect(ofA.body.ok && ofA.body.data.some((session) => session.traineeId === 'u-allievo5')).toBe(false);
    const classes = await getJson<{ id: string }[]>(lab.baseUrl, '/api/classes', b.cookie);
    expect(classes.body.ok && classes.body.data.map((group) => group.id)).toEqual(['aula-b']);
    const all = await getJson<{ id: string }[]>(lab.baseUrl, '/api/classes', clients.get('assessor')!.cookie);
    expect(all.body.ok && all.body.data.map((group) => group.id)).toEqual(['aula-a', 'aula-b']);
  });

  it('shows a trainee only their own sessions in the list', async () => {
    const { body } = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', clients.get('trainee2')!.cookie);
    expect(body.ok && body.data).toEqual([]);
    const own = await getJson<{ traineeId: string }[]>(lab.baseUrl, '/api/sessions', clients.get('trainee1')!.cookie);
    expect(own.body.ok && own.body.data.every((s) => s.traineeId === 'u-allievo1')).toBe(true);
  });
});

let enrolled = 0;
/** The course's writes, each with a payload its allowed roles may repeat; last, as creating a class changes the lists above. */
let checkId = '';
/** `letThrough`: a trainee allowed reaches the check itself, which may answer INVALID_STATE (a call while on another call). */
const courseWrites: { route: () => string; body: (who: Who | 'anonymous') => unknown; allowed: Who[]; letThrough?: true }[] = [
  { route: () => '/api/course/classes/aula-a', body: () => ({ plannedHours: 300 }), allowed: ['instructor', 'admin'] },
  { route: () => '/api/course/classes/aula-b', body: () => ({ plannedHours: 300 }), allowed: ['instructorB', 'admin'] },
  { route: () => '/api/course/classes/aula-a', body: () => ({ instructorIds: ['u-docente'] }), allowed: ['admin'] },
  {
    route: () => '/api/course/checks',
    body: () => ({ classId: 'aula-a', unit: 'UF1', scenarioIds: ['helpdesk-fibra-guasto'], opensAt: 0, closesAt: 1, questionsPerCode: 1 }),
    allowed: ['instructor', 'admin'],
  },
  {
    route: () => '/api/course/classes',
    body: () => ({ name: 'Aula M', courseCode: '', startDate: null, endDate: null, plannedHours: 300, instructorIds: [], assessorIds: [] }),
    allowed: ['admin'],
  },
  {
    route: () => '/api/course/trainees/import',
    body: () => ({ csv: threeTrainees(), commit: false }),
    allowed: ['instructor', 'admin', 'instructorB'],
  },
  {
    route: () => '/api/course/trainees',
    body: () => ({
      firstName: 'Nuovo',
      surname: 'Allievo',
      taxCode: taxCode(`NVLLVN80A${String(10 + ++enrolled)}F839`),
      email: 'nuovo@example.it',
      classId: 'aula-a',
    }),
    allowed: ['instructor', 'admin'],
  },
  {
    route: () => '/api/course/classes/aula-a/attendance',
    body: () => ({ traineeId: 'u-allievo1', kind: 'lesson', day: '2026-12-01', hours: 1, note: '' }),
    allowed: ['instructor', 'admin'],
  },
  { route: () => `/api/course/checks/${checkId}/start`, body: () => null, allowed: ['trainee1', 'trainee2'] },
  {
    route: () => `/api/course/checks/${checkId}/call`,
    body: () => ({ scenarioId: 'helpdesk-fibra-guasto' }),
    allowed: ['trainee1', 'trainee2'],
    letThrough: true,
  },
  { route: () => `/api/course/checks/${checkId}/quiz`, body: () => ({ answers: {} }), allowed: ['trainee1', 'trainee2'] },
  {
    route: () => `/api/course/checks/${checkId}/signoff`,
    body: (who) => ({ traineeId: who === 'admin' ? 'u-allievo2' : 'u-allievo1', passed: true, date: '2026-12-14', note: '', evidence: [] }),
    allowed: ['assessor', 'admin'],
  },
  { route: () => '/api/course/users/u-allievo4/password-reset', body: () => null, allowed: ['admin'] },
  { route: () => '/api/course/users/u-allievo3/deactivate', body: () => null, allowed: ['admin'] },
];

describe('the authorisation matrix of the course’s writes', () => {
  beforeAll(async () => {
    const admin = clients.get('admin')!.cookie;
    const now = Date.now();
    const made = await postJson<{ id: string }>(
      lab.baseUrl,
      '/api/course/checks',
      {
        classId: 'aula-a',
        unit: 'UF1',
        scenarioIds: ['helpdesk-fibra-guasto'],
        opensAt: now - 60_000,
        closesAt: now + 3_600_000,
        questionsPerCode: 1,
      },
      admin,
    );
    checkId = made.body.ok ? made.body.data.id : '';
  });

  it('gives checks, their report and a trainee’s own checks only to whom they belong', async () => {
    const rows: { route: string; allowed: (Who | 'anonymous')[] }[] = [
      { route: '/api/course/classes/aula-a/checks', allowed: ['instructor', 'assessor', 'admin'] },
      { route: `/api/course/checks/${checkId}/report`, allowed: ['instructor', 'assessor', 'admin'] },
      { route: '/api/course/my-checks', allowed: ['trainee1', 'trainee2'] },
      { route: '/api/course/classes/aula-a/admission', allowed: ['instructor', 'assessor', 'admin'] },
      { route: '/api/course/classes/aula-b/admission', allowed: ['instructorB', 'assessor', 'admin'] },
    ];
    for (const row of rows)
      for (const who of [...everyone, 'anonymous'] as const) {
        const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
        const { status } = await getJson(lab.baseUrl, row.route, cookie);
        expect(status, `${row.route} by ${who}`).toBe(
          row.allowed.includes(who) ? 200 : who === 'anonymous' ? 401 : status === 404 ? 404 : 403,
        );
      }
  });

  it('gives the admission list as CSV only to who runs the class and its assessors', async () => {
    for (const who of [...everyone, 'anonymous'] as const) {
      const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
      const response = await fetch(`${lab.baseUrl}/api/course/classes/aula-a/admission-csv`, { headers: cookie ? { cookie } : {} });
      await response.arrayBuffer();
      const allowed = who === 'instructor' || who === 'assessor' || who === 'admin';
      expect(response.status, who).toBe(allowed ? 200 : who === 'anonymous' ? 401 : who === 'instructorB' ? 404 : 403);
    }
  });

  it('gives the register as CSV only to who runs the class', async () => {
    for (const who of [...everyone, 'anonymous'] as const) {
      const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
      const response = await fetch(`${lab.baseUrl}/api/course/classes/aula-a/register-csv/2026-12`, { headers: cookie ? { cookie } : {} });
      await response.arrayBuffer();
      expect(response.status, who).toBe(
        who === 'instructor' || who === 'admin' ? 200 : who === 'anonymous' ? 401 : who === 'instructorB' ? 404 : 403,
      );
    }
  });

  it.each(courseWrites.map((row, index) => [index, row] as const))(
    'POST route %#: each role and anonymous are answered as they should',
    async (_i, row) => {
      for (const who of [...everyone, 'anonymous'] as const) {
        const cookie = who === 'anonymous' ? undefined : clients.get(who)!.cookie;
        const { status, body } = await postJson(lab.baseUrl, row.route(), row.body(who), cookie);
        const allowed = who !== 'anonymous' && row.allowed.includes(who);
        if (allowed && row.letThrough && status === 409) continue;
        expect(status === 200 && body.ok, `${row.route()} by ${who}: ${status} ${JSON.stringify(body).slice(0, 200)}`).toBe(allowed);
        if (!allowed) expect(status, `${row.route()} by ${who}`).toBe(who === 'anonymous' ? 401 : status === 404 ? 404 : 403);
      }
    },
  );
});
