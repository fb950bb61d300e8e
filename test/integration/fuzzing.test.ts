import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../protocol/result.js';
import type { ClientToServerEvents } from '../../protocol/socket.js';
import { acknowledgeRequestSchema, commentRequestSchema, disputeRequestSchema, verdictRequestSchema } from '../../protocol/review.js';
import { assignRequestSchema } from '../../protocol/reviewQueue.js';
import { calibrationRequestSchema } from '../../protocol/calibration.js';
import { kpiTargetsSchema, type ClassKpis } from '../../protocol/kpiTargets.js';
import { connectDemo, getJson, login, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { playFibreCall } from '../support/reviewApi.js';

let lab: RunningLab;
let trainee: LabClient;
let instructor: LabClient;
let sessionId = '';
beforeAll(async () => {
  // No per-connection rate limit here: the fuzzer sends thousands of events on purpose.
  lab = await startLab({ socketEventsPerSecond: 0 });
  trainee = (await connectDemo(lab, 'trainee1')).socket;
  instructor = (await connectDemo(lab, 'instructor')).socket;
  const launched = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
  sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  // Taken over before the fuzzing: a well-formed take-over is then a repeat, refused, so no payload may change the call.
  await instructor.emitWithAck('session:takeOver', { sessionId });
});
afterAll(async () => {
  trainee.disconnect();
  instructor.disconnect();
  await lab.stop();
});

const hostileValue = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '__proto__', 'constructor', '../../etc/passwd', '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'x'.repeat(2_000)),
);
/** Up to just under the 64 KB a socket message may carry. */
const hostile = fc.oneof(hostileValue, fc.constant('x'.repeat(60_000)));
/** Near-valid payloads: the right keys with hostile values, so validation deeper than the shape is exercised. */
const nearValid = fc.record(
  {
    sessionId: fc.oneof(fc.constant('placeholder'), hostileValue),
    sinceSeq: fc.oneof(fc.integer(), fc.double(), hostileValue),
    actionId: fc.oneof(fc.string({ minLength: 8, maxLength: 80 }), hostileValue),
    action: fc.oneof(
      fc.record(
        {
          type: fc.constantFrom('reply', 'customer.search', 'ticket.create', 'ticket.escalate', 'identity.verify', 'wrapup.submit', 'nope'),
          text: hostileValue,
          query: hostileValue,
          customerId: hostileValue,
          checks: hostileValue,
        },
        { requiredKeys: ['type'] },
      ),
      hostileValue,
    ),
    scenarioId: fc.oneof(fc.constant('helpdesk-fibra-guasto'), hostileValue),
    traineeIds: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), hostileValue),
    status: hostileValue,
  },
  { requiredKeys: [] },
);

const events: (keyof ClientToServerEvents)[] = [
  'session:join',
  'session:leave',
  'session:act',
  'session:launch',
  'session:score',
  'agent:status',
  'roster:watch',
  'sessions:watch',
  'scenario:rubric',
  'class:open',
  'session:practice',
  'session:release',
  'session:whisper',
  'session:intervene',
  'wall:watch',
  'queue:watch',
  'queue:add',
  'session:twists',
  'session:twist',
  'session:mirror',
  'session:takeOver',
  'session:playCaller',
  'session:handBackStates',
  'session:handBack',
];

describe('fuzzing every socket event with malformed, huge and hostile payloads', () => {
  it('never crashes the server, answers typed errors, and changes no session', async () => {
    const before = await lab.application.context.registry.eventsOf(sessionId);
    const sessionsBefore = lab.application.context.sessions.all().length;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...events), fc.oneof(hostile, nearValid), fc.boolean(), async (event, payload, asInstructor) => {
        const socket = asInstructor ? instructor : trainee;
        const data =
          payload && typeof payload === 'object' && 'sessionId' in payload && payload.sessionId === 'placeholder'
            ? { ...payload, sessionId }
            : payload;
        const answer = await socket.timeout(5000).emitWithAck(event, data as never);
        if (!answer.ok) expect(errorCodes).toContain(answer.error.code);
        // Anything accepted must have been valid and harmless: only joins, leaves, reads and status changes.
        if (answer.ok)
          expect([
            'session:join',
            'session:leave',
            'session:score',
            'agent:status',
            'roster:watch',
            'sessions:watch',
            'scenario:rubric',
            'session:launch',
            'class:open',
            'wall:watch',
            'queue:watch',
            'session:twists',
            'session:mirror',
            'session:handBackStates',
          ]).toContain(event);
      }),
      { numRuns: 400, seed: 20261129 },
    );
    // A launch with fuzzed trainee ids can only succeed for real trainees, which the generator never names.
    expect(lab.application.context.sessions.all().length).toBe(sessionsBefore);
    expect(await lab.application.context.registry.eventsOf(sessionId)).toEqual(before);
    expect(await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toMatchObject({ ok: true });
  }, 120_000);
});

describe('a payload over the protocol’s size limit', () => {
  it('drops only that connection; the server and everyone else go on', async () => {
    const flooder = await connectDemo(lab, 'trainee2');
    const dropped = new Promise<string>((resolve) => flooder.socket.once('disconnect', (reason) => resolve(reason)));
    flooder.socket.emit('session:join', { sessionId: 'y'.repeat(200_000) }, () => undefined);
    expect(await dropped).toBe('transport close');
    expect(await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toMatchObject({ ok: true });
    flooder.socket.connect();
    await new Promise<void>((resolve) => flooder.socket.once('connect', () => resolve()));
    expect(await flooder.socket.emitWithAck('agent:status', { status: 'available' })).toMatchObject({ ok: true });
    flooder.socket.disconnect();
  });
});

describe('fuzzing the HTTP routes', () => {
  it('answers every hostile body and path with a typed error and keeps serving', async () => {
    const sessionsBefore = lab.application.context.sessions.all().length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/auth/login',
          '/api/auth/logout',
          '/api/sessions',
          '/api/admin/status',
          '/api/nope',
          '/api/sessions/placeholder/review/verdicts',
          '/api/sessions/placeholder/review/comments',
          '/api/sessions/placeholder/review/acknowledge',
          '/api/sessions/placeholder/review/disputes',
          '/api/sessions/placeholder/review/assign',
          '/api/sessions/placeholder/calibration',
          '/api/admin/xapi/settings',
          '/api/admin/xapi/resend',
          '/api/classes/aula-a/kpi-targets',
        ),
        fc.oneof(fc.json(), fc.string({ maxLength: 300 }), fc.constant('{"username":'), fc.constant('x'.repeat(80_000))),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (route, body, contentType) => {
          const response = await fetch(`${lab.baseUrl}${route}`, { method: 'POST', headers: { 'content-type': contentType }, body });
          const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
          if (!parsed.ok) expect(errorCodes).toContain(parsed.error!.code);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200, seed: 20261129 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), async (id) => {
        const response = await fetch(`${lab.baseUrl}/api/sessions/${encodeURIComponent(id)}`);
        expect(response.status).toBe(401);
        // An empty id or dots leave the audit's path (fetch folds "/x/../audit"): no route, so nothing to refuse.
        if (/^\.*$/.test(id)) return;
        const audit = await fetch(`${lab.baseUrl}/api/sessions/${encodeURIComponent(id)}/audit`);
        expect(audit.status).toBe(401);
      }),
      { numRuns: 100, seed: 20261129 },
    );
    // The course's writes, as an administrator (who may do them all): hostile bodies save nothing.
    const admin = await login(lab.baseUrl, 'admin', 'admin');
    const { users, classes } = lab.application.context.documents.data;
    const counts = [users.length, classes.length];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/course/classes',
          '/api/course/classes/aula-a',
          '/api/course/trainees',
          '/api/course/trainees/import',
          '/api/course/users/nobody/password-reset',
          '/api/course/users/nobody/deactivate',
          '/api/course/classes/aula-a/attendance',
          '/api/course/checks',
          '/api/course/checks/nothing/signoff',
        ),
        fc.oneof(
          fc.json(),
          fc.record({ csv: hostileValue, commit: fc.boolean() }),
          fc.record({ name: hostileValue, plannedHours: hostileValue, instructorIds: hostileValue, startDate: hostileValue }),
          fc.record({
            traineeId: fc.constantFrom('u-allievo1', 'u-docente'),
            kind: hostileValue,
            day: hostileValue,
            hours: hostileValue,
            corrects: hostileValue,
          }),
          fc.record({
            classId: fc.constant('aula-a'),
            unit: hostileValue,
            scenarioIds: hostileValue,
            opensAt: hostileValue,
            closesAt: hostileValue,
          }),
          fc.record({ firstName: hostileValue, surname: hostileValue, taxCode: hostileValue, email: hostileValue, classId: hostileValue }),
        ),
        async (route, body) => {
          const response = await fetch(`${lab.baseUrl}${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: admin },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          });
          const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
          if (!parsed.ok) expect(errorCodes).toContain(parsed.error!.code);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
    expect([lab.application.context.documents.data.users.length, lab.application.context.documents.data.classes.length]).toEqual(counts);
    // A trainee's steps in a check, with hostile bodies and check ids: typed errors, no call launched.
    const trainee2 = await login(lab.baseUrl, 'allievo2', 'allievo');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('start', 'call', 'quiz'),
        fc.oneof(fc.constant('nothing'), fc.string({ maxLength: 60 })),
        fc.oneof(fc.json(), fc.record({ scenarioId: hostileValue }), fc.record({ answers: hostileValue })),
        async (step, id, body) => {
          const response = await fetch(`${lab.baseUrl}/api/course/checks/${encodeURIComponent(id)}/${step}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: trainee2 },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          });
          const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
          expect(parsed.ok).toBe(false);
          expect(errorCodes).toContain(parsed.error!.code);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
    expect(lab.application.context.sessions.all().length).toBe(sessionsBefore);
    // "Who am I" answers a visitor with nobody, not an error (a 401 there is a console error on every login page).
    const me = await fetch(`${lab.baseUrl}/api/auth/me`);
    expect({ status: me.status, body: await me.json() }).toEqual({ status: 200, body: { ok: true, data: null } });
  }, 120_000);
});

describe('fuzzing the competency record’s queries', () => {
  it('answers every hostile class id and query with the matrix, a file or a typed error', async () => {
    const observer = await connectDemo(lab, 'instructor');
    const queryValue = fc.oneof(hostileValue.map(String), fc.constantFrom('2026-01-01', '2026-13-45', 'exam', 'practice', 'all'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('aula-a'), fc.string({ maxLength: 60 })),
        fc.dictionary(fc.constantFrom('from', 'to', 'mode', 'from[]', 'x'), queryValue, { maxKeys: 4 }),
        fc.boolean(),
        async (classId, query, csv) => {
          const search = new URLSearchParams(query).toString();
          const kind = csv ? 'competency.csv' : search.length % 2 === 0 ? 'competency' : 'kpis';
          const path = `/api/classes/${encodeURIComponent(classId)}/${kind}?${search}`;
          const response = await fetch(`${lab.baseUrl}${path}`, { headers: { cookie: observer.cookie } });
          expect(response.status).toBeLessThan(500);
          if (response.status !== 200 || !csv) {
            const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
            if (!parsed.ok) expect(errorCodes).toContain(parsed.error!.code);
          } else await response.arrayBuffer();
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
    // The targets, near-valid and hostile: stored only when valid, the previous ones kept otherwise.
    const nearTargets = fc.record(
      {
        answerWithinMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), hostileValue),
        handleWithinMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), hostileValue),
        holdWithinMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), hostileValue),
        afterCallWithinMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), hostileValue),
        firstContactPercent: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), hostileValue),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          nearTargets.map((body) => JSON.stringify(body)),
        ),
        async (body) => {
          const before = await getJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpis', observer.cookie);
          const response = await fetch(`${lab.baseUrl}/api/classes/aula-a/kpi-targets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: observer.cookie },
            body,
          });
          const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
          expect(response.status).toBeLessThan(500);
          const after = await getJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpis', observer.cookie);
          if (parsed.ok) expect(kpiTargetsSchema.safeParse(JSON.parse(body)).success).toBe(true);
          else {
            expect(errorCodes).toContain(parsed.error!.code);
            expect(after.body.ok && after.body.data.targets).toEqual(before.body.ok && before.body.data.targets);
          }
        },
      ),
      { numRuns: 100, seed: 20261207 },
    );
    observer.socket.disconnect();
  }, 120_000);
});

describe('fuzzing the review routes as an assessor and as the session’s trainee', () => {
  it('accepts only valid review writes on an ended session, and answers the rest with typed errors', async () => {
    const assessor = await connectDemo(lab, 'assessor');
    const player = await connectDemo(lab, 'trainee4');
    const ended = await playFibreCall(lab, instructor, player.socket, 'standard', 'u-allievo4');
    const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(ended)!)!.rubric[0]!.id;
    const logBefore = await lab.application.context.registry.eventsOf(ended);
    const nearValidReview = fc.record(
      {
        itemId: fc.oneof(fc.constant(itemId), hostileValue),
        verdict: fc.oneof(fc.constantFrom('met', 'missed', 'notApplicable'), hostileValue),
        reason: hostileValue,
        text: hostileValue,
        seq: fc.oneof(fc.integer(), hostileValue),
        verdicts: fc.oneof(
          fc.array(fc.record({ itemId: fc.oneof(fc.constant(itemId), hostileValue), verdict: fc.constantFrom('met', 'missed') })),
          hostileValue,
        ),
        assessorId: fc.oneof(fc.constantFrom('u-valutatore', 'u-docente'), hostileValue),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['review/verdicts', verdictRequestSchema] as const,
          ['review/comments', commentRequestSchema] as const,
          ['review/acknowledge', acknowledgeRequestSchema] as const,
          ['review/disputes', disputeRequestSchema] as const,
          ['review/assign', assignRequestSchema] as const,
          ['calibration', calibrationRequestSchema] as const,
        ),
        fc.oneof(
          fc.json(),
          nearValidReview.map((body) => JSON.stringify(body)),
          fc.constant('x'.repeat(80_000)),
        ),
        fc.boolean(),
        async ([route, schema], body, asTrainee) => {
          const recordsBefore = lab.application.context.reviews.all().length;
          const response = await fetch(`${lab.baseUrl}/api/sessions/${ended}/${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: asTrainee ? player.cookie : assessor.cookie },
            body,
          });
          const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
          expect(response.status).toBeLessThan(500);
          if (!parsed.ok) {
            expect(errorCodes).toContain(parsed.error!.code);
            expect(lab.application.context.reviews.all().length).toBe(recordsBefore);
          } else expect(schema.safeParse(JSON.parse(body)).success).toBe(true);
        },
      ),
      { numRuns: 200, seed: 20261207 },
    );
    // The downloads' names and ids, hostile too: a typed refusal or a file, never a crash.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 100 }), fc.constant(ended)), fc.boolean(), async (name, csv) => {
        const path = csv ? `/api/exports/${encodeURIComponent(name)}.csv` : `/api/sessions/${encodeURIComponent(name)}/report.pdf`;
        const response = await fetch(`${lab.baseUrl}${path}`, { headers: { cookie: assessor.cookie } });
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 20261207 },
    );
    // The dossier's and the KPI file's ids, hostile too: a typed refusal or a file, never a crash.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 100 }), fc.constant('u-allievo1'), fc.constant('aula-a')),
        fc.boolean(),
        async (id, dossier) => {
          const path = dossier ? `/api/trainees/${encodeURIComponent(id)}/dossier.pdf` : `/api/classes/${encodeURIComponent(id)}/kpis.csv`;
          const response = await fetch(`${lab.baseUrl}${path}`, { headers: { cookie: assessor.cookie } });
          expect(response.status).toBeLessThan(500);
          if (response.status !== 200) {
            const parsed = (await response.json()) as { ok: boolean; error?: { code: string } };
            expect(errorCodes).toContain(parsed.error!.code);
          } else await response.arrayBuffer();
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
    expect(await lab.application.context.registry.eventsOf(ended)).toEqual(logBefore);
    assessor.socket.disconnect();
    player.socket.disconnect();
  }, 120_000);
});
