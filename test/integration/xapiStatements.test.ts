import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../protocol/result.js';
import type { Result } from '../../protocol/result.js';
import type { XapiAdminView } from '../../protocol/xapi.js';
import { statementIdOf, type XapiStatement } from '../../server/xapi/statements.js';
import { connectDemo, eventually, getJson, startLab, stopLab } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';
import { xapiFloor } from '../support/xapiFloor.js';
import { xapiStatementsSchema } from '../support/xapiSpec.js';

const { world, adminView, reviewedCall, release, postsOf, entriesOf } = xapiFloor();
const { floor } = world;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('xAPI statements of a session', () => {
  it('are downloaded by its observers as valid xAPI 1.0.3, carrying the reviewed score, the same ids every time', async () => {
    const { lab } = floor;
    const sessionId = await reviewedCall();
    const response = await fetch(`${lab.baseUrl}/api/sessions/${sessionId}/xapi`, { headers: { cookie: world.people.assessor.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="xapi-${sessionId}.json"`);
    const statements = xapiStatementsSchema.parse(await response.json()) as XapiStatement[];
    const review = await getJson<{ reviewed: { percent: number; passed: boolean } }>(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review`,
      world.people.assessor.cookie,
    );
    const reviewed = review.body.ok ? review.body.data.reviewed : (null as never);
    expect(statements.map((statement) => statement.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/attempted',
      'http://adlnet.gov/expapi/verbs/completed',
      `http://adlnet.gov/expapi/verbs/${reviewed.passed ? 'passed' : 'failed'}`,
    ]);
    const [attempted, , graded] = statements;
    expect(attempted!.actor).toEqual({ objectType: 'Agent', name: 'Giulia Conte', account: { homePage: lab.baseUrl, name: 'u-allievo1' } });
    expect(attempted!.object).toMatchObject({
      id: `${lab.baseUrl}/xapi/scenarios/helpdesk-fibra-guasto`,
      definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { 'it-IT': expect.any(String), en: expect.any(String) } },
    });
    expect(graded!.result).toMatchObject({
      score: { scaled: reviewed.percent / 100, raw: reviewed.percent, min: 0, max: 100 },
      success: reviewed.passed,
      completion: true,
    });
    const extensions = graded!.context.extensions;
    expect(extensions[`${lab.baseUrl}/xapi/extensions/mode`]).toBe('standard');
    expect(extensions[`${lab.baseUrl}/xapi/extensions/score-source`]).toMatchObject({ source: 'reviewed', reviewedBy: ['u-valutatore'] });
    expect(extensions[`${lab.baseUrl}/xapi/extensions/scenario`]).toMatchObject({ id: 'helpdesk-fibra-guasto', hash: expect.any(String) });
    expect(Object.keys(extensions[`${lab.baseUrl}/xapi/extensions/abilities`] as object)).toContain(
      `${lab.baseUrl}/xapi/standard/abilities/UF1.A2`,
    );

    // A second download is the same statements: a resend to an LRS is the same record, not a new one.
    const again = await fetch(`${lab.baseUrl}/api/sessions/${sessionId}/xapi`, { headers: { cookie: world.people.instructor.cookie } });
    expect(((await again.json()) as XapiStatement[]).map((statement) => statement.id)).toEqual(statements.map((statement) => statement.id));
    // The trainee gets none (the review reaches them by its release), and a live call has none yet.
    expect(
      (await fetch(`${lab.baseUrl}/api/sessions/${sessionId}/xapi`, { headers: { cookie: world.people.trainee.cookie } })).status,
    ).toBe(403);
    const other = await connectDemo(lab, 'trainee2');
    floor.sockets.push(other.socket);
    await other.socket.emitWithAck('agent:status', { status: 'available' });
    const live = await world.people.instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo2'],
    });
    expect(live.ok).toBe(true);
    const liveId = live.ok ? live.data.sessionIds[0]! : '';
    const refused = await fetch(`${lab.baseUrl}/api/sessions/${liveId}/xapi`, { headers: { cookie: world.people.assessor.cookie } });
    expect({ status: refused.status, body: (await refused.json()) as Result<unknown> }).toMatchObject({
      status: 409,
      body: { ok: false, error: { code: 'INVALID_STATE' } },
    });
  });

  it('spec rules the schema holds them to: a statement that breaks one is refused', () => {
    const valid = {
      id: statementIdOf('s-1', 'passed'),
      actor: { objectType: 'Agent', account: { homePage: 'https://lab.example.org', name: 'u-1' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: { objectType: 'Activity', id: 'https://lab.example.org/xapi/scenarios/a' },
      result: { score: { scaled: 0.5, raw: 50, min: 0, max: 100 }, duration: 'PT1M2.5S' },
      timestamp: '2026-12-07T17:00:00.000Z',
    };
    expect(xapiStatementsSchema.safeParse([valid]).success).toBe(true);
    const voiding = { ...valid, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, result: undefined };
    expect(xapiStatementsSchema.safeParse([{ ...voiding, object: { objectType: 'StatementRef', id: valid.id } }]).success).toBe(true);
    for (const broken of [
      { ...valid, id: 'not-a-uuid' },
      { ...valid, verb: { id: 'passed', display: { 'en-US': 'passed' } } },
      { ...valid, verb: { ...valid.verb, display: { english: 'passed' } } },
      { ...valid, result: { score: { scaled: 1.5 } } },
      { ...valid, result: { duration: '62.5 seconds' } },
      { ...valid, actor: { objectType: 'Agent', name: 'No identifier' } },
      { ...valid, unknownProperty: true },
      // Voiding: the voided verb takes a StatementRef to a statement's UUID, and nothing else does.
      { ...valid, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } },
      { ...valid, object: { objectType: 'StatementRef', id: statementIdOf('s-1', 'failed') } },
      { ...valid, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: 'nope' } },
    ])
      expect(xapiStatementsSchema.safeParse([broken]).success, JSON.stringify(broken)).toBe(false);
  });
});

describe('sending to a Learning Record Store', () => {
  it('is set by the admin; the secret never comes back; a released session is sent once, with the version header and Basic auth', async () => {
    const { lab } = floor;
    const sessionId = await reviewedCall();
    const settings = { endpoint: world.lrs.endpoint, key: 'lab-key', secret: 's3cret-of-the-lrs', homePage: 'https://lab.example.org' };
    expect((await postJson(lab.baseUrl, '/api/admin/xapi/settings', settings, world.people.assessor.cookie)).status).toBe(403);
    expect(
      (await postJson(lab.baseUrl, '/api/admin/xapi/settings', { ...settings, endpoint: 'ftp://x' }, world.people.admin.cookie)).status,
    ).toBe(400);
    const saved = await postJson<XapiAdminView>(lab.baseUrl, '/api/admin/xapi/settings', settings, world.people.admin.cookie);
    expect(saved.body).toMatchObject({
      ok: true,
      data: { settings: { endpoint: world.lrs.endpoint, key: 'lab-key', secretSet: true, homePage: 'https://lab.example.org' } },
    });
    expect(JSON.stringify(saved.body)).not.toContain('s3cret');
    expect(JSON.stringify(await adminView())).not.toContain('s3cret');
    // Saving again without a secret keeps the one set.
    await postJson(lab.baseUrl, '/api/admin/xapi/settings', { ...settings, secret: '' }, world.people.admin.cookie);
    expect(JSON.parse(await readFile(path.join(lab.dataDir, 'lrs.json'), 'utf8'))).toMatchObject({
      lrs: { secret: 's3cret-of-the-lrs' },
    });

    // Reviewed but not released: not sent.
    await pause(300);
    expect(postsOf(sessionId)).toEqual([]);
    await release(sessionId);
    await eventually(() => postsOf(sessionId).length === 1);
    const [post] = postsOf(sessionId);
    expect(post!.path).toBe('/xapi/statements');
    expect(post!.headers['x-experience-api-version']).toBe('1.0.3');
    expect(post!.headers.authorization).toBe(`Basic ${Buffer.from('lab-key:s3cret-of-the-lrs').toString('base64')}`);
    const statements = xapiStatementsSchema.parse(post!.body) as XapiStatement[];
    expect(statements[0]!.actor.account).toEqual({ homePage: 'https://lab.example.org', name: 'u-allievo1' });
    expect(statements.map((statement) => statement.id)).toEqual(
      ['attempted', 'completed'].map((verb) => statementIdOf(sessionId, verb as 'attempted')).concat(statements[2]!.id),
    );
    expect(await waitForEntries(sessionId, 1)).toEqual([
      expect.objectContaining({ outcome: 'sent', status: 200, attempt: 1, retryAt: null, statementIds: statements.map((s) => s.id) }),
    ]);
    // Sent is sent: no second copy at the next ticks.
    await pause(300);
    expect(postsOf(sessionId)).toHaveLength(1);
    const logFile = await readFile(path.join(lab.dataDir, 'xapi-sends.jsonl'), 'utf8');
    expect(logFile).toContain(`"sessionId":"${sessionId}"`);
  });

  it('logs an LRS answering 400 clearly, does not retry it by itself, and sends it at the admin’s resend', async () => {
    const { lab } = floor;
    const sessionId = await reviewedCall();
    world.lrs.answer('badRequest');
    await release(sessionId);
    await eventually(() => postsOf(sessionId).length === 1);
    await pause(400);
    expect(postsOf(sessionId)).toHaveLength(1);
    expect(await waitForEntries(sessionId, 1)).toEqual([
      expect.objectContaining({ outcome: 'failed', status: 400, retryAt: null, message: expect.stringContaining('Statement rejected') }),
    ]);
    expect((await adminView()).waiting).toBe(1);
    world.lrs.answer('accept');
    expect((await postJson(lab.baseUrl, '/api/admin/xapi/resend', { sessionId }, world.people.assessor.cookie)).status).toBe(403);
    expect((await postJson(lab.baseUrl, '/api/admin/xapi/resend', { sessionId: 'nope' }, world.people.admin.cookie)).status).toBe(404);
    const resent = await postJson<XapiAdminView>(lab.baseUrl, '/api/admin/xapi/resend', { sessionId }, world.people.admin.cookie);
    expect(resent.body.ok && resent.body.data.waiting).toBe(0);
    expect((await entriesOf(sessionId)).map((entry) => [entry.outcome, entry.status])).toEqual([
      ['failed', 400],
      ['sent', 200],
    ]);
    // The same statements as the refused ones: nothing was lost in between.
    expect(postsOf(sessionId)[1]!.body).toEqual(postsOf(sessionId)[0]!.body);
  });

  it('retries an LRS that is down or overloaded with backoff, stops after the last attempt, and keeps the session waiting', async () => {
    const { lab } = floor;
    const sessionId = await reviewedCall();
    world.lrs.answer('down');
    await release(sessionId);
    let entries = await waitForEntries(sessionId, 1);
    expect(entries[0]).toMatchObject({
      outcome: 'failed',
      status: null,
      attempt: 1,
      message: expect.stringContaining('could not be reached'),
    });
    expect(entries[0]!.retryAt).toBe(entries[0]!.at + 150);
    world.lrs.answer('unavailable');
    entries = await waitForEntries(sessionId, 3);
    expect(entries.map((entry) => [entry.status, entry.attempt, entry.retryAt === null])).toEqual([
      [null, 1, false],
      [503, 2, false],
      [503, 3, true],
    ]);
    // The last automatic attempt made: the lab waits for the admin, and the session still counts as waiting.
    world.lrs.answer('accept');
    await pause(400);
    expect(await entriesOf(sessionId)).toHaveLength(3);
    expect((await adminView()).waiting).toBe(1);
    const resent = await postJson<XapiAdminView>(lab.baseUrl, '/api/admin/xapi/resend', {}, world.people.admin.cookie);
    expect(resent.body.ok && resent.body.data.waiting).toBe(0);
    expect((await entriesOf(sessionId)).at(-1)).toMatchObject({ outcome: 'sent', attempt: 1 });
    xapiStatementsSchema.parse(postsOf(sessionId).at(-1)!.body);
  });
});

describe('a lab restarted while its LRS was down', () => {
  it('keeps the settings and the send log, and sends what was waiting once the LRS is back', async () => {
    const timing = { tickMs: 50, backoffMs: () => 150, maxAttempts: 3, requestTimeoutMs: 2_000 };
    const first = await startLab({ xapiTiming: timing });
    const instructor = await connectDemo(first, 'instructor');
    const trainee = await connectDemo(first, 'trainee1');
    const assessor = await connectDemo(first, 'assessor');
    const admin = await connectDemo(first, 'admin');
    const sessionId = await playFibreCall(first, instructor.socket, trainee.socket, 'exam');
    world.lrs.answer('down');
    const settings = { endpoint: world.lrs.endpoint, key: 'lab-key', secret: 'another-secret' };
    expect((await postJson(first.baseUrl, '/api/admin/xapi/settings', settings, admin.cookie)).status).toBe(200);
    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: true });
    await eventually(() => first.application.context.reviews.releaseOf(sessionId) !== undefined);
    for (const { socket } of [instructor, trainee, assessor, admin]) socket.disconnect();
    // Stopped once the first attempt failed (the stand-in drops the connection, so nothing reached it).
    const logFile = path.join(first.dataDir, 'xapi-sends.jsonl');
    for (let tries = 0; !(await readFile(logFile, 'utf8')).includes(`"sessionId":"${sessionId}","at"`); tries++) {
      if (tries > 200) throw new Error('the failed attempt was never logged');
      await pause(25);
    }
    expect(JSON.parse((await readFile(logFile, 'utf8')).trim().split('\n')[0]!)).toMatchObject({ outcome: 'failed', status: null });
    expect(postsOf(sessionId)).toEqual([]);
    await stopLab(first);
    world.lrs.answer('accept');
    const second = await startLab({ xapiTiming: timing }, first.dataDir);
    try {
      await eventually(() => postsOf(sessionId).length === 1);
      // An exam released without item verdicts: its statements carry the automatic score, and say so.
      const [, , graded] = xapiStatementsSchema.parse(postsOf(sessionId)[0]!.body) as XapiStatement[];
      expect(Object.values(graded!.context.extensions)).toContain('exam');
      expect(postsOf(sessionId)[0]!.headers.authorization).toBe(`Basic ${Buffer.from('lab-key:another-secret').toString('base64')}`);
    } finally {
      await stopLab(second);
    }
  });
});

describe('fuzzing the xAPI routes as the admin and as an assessor', () => {
  it('answers hostile bodies and ids with typed errors, and keeps the LRS settings unless a body is valid', async () => {
    const { lab } = floor;
    const before = JSON.stringify((await adminView()).settings);
    const hostile = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 300 }),
      fc.constant('x'.repeat(80_000)),
      fc
        .record(
          {
            endpoint: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'ftp://x', ''), fc.anything()),
            key: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
            secret: fc.oneof(fc.string({ maxLength: 600 }), fc.anything()),
            homePage: fc.oneof(fc.constantFrom('', '../../etc'), fc.anything()),
            sessionId: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()),
            extra: fc.anything(),
          },
          { requiredKeys: ['extra'] },
        )
        .map((body) => JSON.stringify(body)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/admin/xapi/settings', '/api/admin/xapi/resend'), hostile, async (route, body) => {
        const response = await fetch(`${lab.baseUrl}${route}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: world.people.admin.cookie },
          body,
        });
        const parsed = (await response.json()) as Result<unknown>;
        expect(response.status).toBeLessThan(500);
        if (!parsed.ok) expect(errorCodes).toContain(parsed.error.code);
      }),
      { numRuns: 150, seed: 20261207 },
    );
    // Every fuzzed body carries an unknown key, so none was valid: the settings are as they were.
    expect(JSON.stringify((await adminView()).settings)).toBe(before);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 100 }), async (id) => {
        if (/^\.*$/.test(id)) return;
        const response = await fetch(`${lab.baseUrl}/api/sessions/${encodeURIComponent(id)}/xapi`, {
          headers: { cookie: world.people.assessor.cookie },
        });
        expect(response.status).toBe(404);
      }),
      { numRuns: 100, seed: 20261207 },
    );
  }, 60_000);
});

async function waitForEntries(sessionId: string, count: number) {
  for (const start = Date.now(); Date.now() - start < 10_000; await pause(25)) {
    const entries = await entriesOf(sessionId);
    if (entries.length >= count) return entries;
  }
  throw new Error(`fewer than ${count} attempts were logged for ${sessionId}`);
}
