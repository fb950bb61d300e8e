import { describe, expect, it } from 'vitest';
import type { SessionReviewView } from '../../protocol/review.js';
import type { ScoreReport, SessionSummary } from '../../protocol/views.js';
import { openReviewLog } from '../../server/store/reviewLog.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile();

describe('an assessor’s review of a session', () => {
  it('changes and confirms verdicts with reasons, keeps the automatic score beside, and never touches the session log', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const logBefore = await lab.application.context.registry.eventsOf(sessionId);
    const route = `/api/sessions/${sessionId}/review`;

    const fresh = await getJson<SessionReviewView>(lab.baseUrl, route, assessor.cookie);
    expect(fresh.body.ok && fresh.body.data).toMatchObject({ reviewed: null, reviewedBy: [], automatic: { percent: 100 } });
    const automatic = fresh.body.ok ? fresh.body.data.automatic : (null as never);
    const [first, second] = automatic.items.filter((item) => item.status === 'met');

    const changed = await postJson<SessionReviewView>(
      lab.baseUrl,
      `${route}/verdicts`,
      { itemId: first!.id, verdict: 'missed', reason: 'Il saluto non nomina l’azienda.' },
      assessor.cookie,
    );
    expect(changed.status).toBe(200);
    const view = changed.body.ok ? changed.body.data : (null as never);
    expect(view.automatic).toEqual(automatic);
    expect(view.reviewed?.items.find((item) => item.id === first!.id)?.status).toBe('missed');
    expect(view.reviewed!.percent).toBeLessThan(100);
    expect(view.reviewedBy).toEqual([{ id: 'u-valutatore', name: 'Dott. Enzo Palumbo' }]);
    expect(view.reviewedAt).toEqual(expect.any(Number));
    expect(view.verdicts).toEqual([
      expect.objectContaining({ itemId: first!.id, before: 'met', after: 'missed', reason: 'Il saluto non nomina l’azienda.' }),
    ]);

    const confirmed = await postJson<SessionReviewView>(
      lab.baseUrl,
      `${route}/verdicts`,
      { itemId: second!.id, verdict: 'met', reason: 'Confermato dall’ascolto.' },
      assessor.cookie,
    );
    expect(confirmed.body.ok && confirmed.body.data.verdicts.at(-1)).toMatchObject({ before: 'met', after: 'met' });
    // The review is its own record: the session's log and its automatic score are as they were.
    expect(await lab.application.context.registry.eventsOf(sessionId)).toEqual(logBefore);
    const score = await getJson<ScoreReport>(lab.baseUrl, `/api/sessions/${sessionId}/score`, assessor.cookie);
    expect(score.body.ok && score.body.data.percent).toBe(100);

    // Comments on an item and pinned to a moment of the timeline.
    await postJson(lab.baseUrl, `${route}/comments`, { itemId: first!.id, text: 'Da riascoltare in aula.' }, assessor.cookie);
    const pinned = await postJson<SessionReviewView>(
      lab.baseUrl,
      `${route}/comments`,
      { seq: 3, text: 'Qui serviva empatia.' },
      assessor.cookie,
    );
    expect(pinned.body.ok && pinned.body.data.comments).toEqual([
      expect.objectContaining({ itemId: first!.id, seq: null, text: 'Da riascoltare in aula.' }),
      expect.objectContaining({
        itemId: null,
        seq: 3,
        text: 'Qui serviva empatia.',
        by: { id: 'u-valutatore', name: 'Dott. Enzo Palumbo' },
      }),
    ]);

    // Instructors read the review, never write one; the trainee has nothing until it is released.
    const read = await getJson<SessionReviewView>(lab.baseUrl, route, instructor.cookie);
    expect(read.body.ok && read.body.data.reviewed?.percent).toBe(view.reviewed!.percent);
    const byInstructor = await postJson(
      lab.baseUrl,
      `${route}/verdicts`,
      { itemId: first!.id, verdict: 'met', reason: 'no' },
      instructor.cookie,
    );
    expect(byInstructor).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect(await getJson(lab.baseUrl, route, trainee.cookie)).toEqual({ status: 200, body: { ok: true, data: null } });

    // Lists say which score they show: the automatic percent, and the reviewed one with who and when.
    const listed = await getJson<SessionSummary[]>(lab.baseUrl, '/api/sessions', instructor.cookie);
    expect(listed.body.ok && listed.body.data.find((session) => session.id === sessionId)).toMatchObject({
      percent: 100,
      review: {
        percent: view.reviewed!.percent,
        passed: view.reviewed!.passed,
        reviewedBy: 'Dott. Enzo Palumbo',
        reviewedAt: read.body.ok ? read.body.data?.reviewedAt : null,
      },
    });
    const ownList = await getJson<SessionSummary[]>(lab.baseUrl, '/api/sessions', trainee.cookie);
    expect(ownList.body.ok && ownList.body.data.find((session) => session.id === sessionId)).not.toHaveProperty('review');

    // Kept on disk: a fresh read of reviews.jsonl gives the same records.
    const reopened = await openReviewLog(`${lab.dataDir}/reviews.jsonl`);
    expect(reopened.recordsOf(sessionId)).toEqual(lab.application.context.reviews.recordsOf(sessionId));
    await reopened.close();
  });

  it('refuses an override without a reason, a huge comment, an unknown item or moment, and a live session, changing nothing', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const route = `/api/sessions/${sessionId}/review`;
    const records = () => lab.application.context.reviews.all().length;
    const before = records();
    const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[0]!.id;

    for (const body of [
      { itemId, verdict: 'missed' },
      { itemId, verdict: 'missed', reason: '   ' },
    ]) {
      const answer = await postJson(lab.baseUrl, `${route}/verdicts`, body, assessor.cookie);
      expect(answer).toMatchObject({
        status: 400,
        body: { ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('reason') } },
      });
    }
    const huge = await postJson(lab.baseUrl, `${route}/comments`, { text: 'x'.repeat(100_000) }, assessor.cookie);
    expect(huge).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is too large.' } },
    });
    const long = await postJson(lab.baseUrl, `${route}/comments`, { text: 'x'.repeat(5_000) }, assessor.cookie);
    expect(long).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('text') } },
    });
    const noItem = await postJson(lab.baseUrl, `${route}/verdicts`, { itemId: 'nope', verdict: 'met', reason: 'x' }, assessor.cookie);
    expect(noItem).toMatchObject({ status: 404, body: { error: { params: { reason: 'noSuchItem' } } } });
    const noMoment = await postJson(lab.baseUrl, `${route}/comments`, { seq: 99_999, text: 'x' }, assessor.cookie);
    expect(noMoment).toMatchObject({ status: 400, body: { error: { params: { reason: 'noSuchMoment' } } } });

    const live = await instructor.socket.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
    const liveId = live.ok ? live.data.sessionIds[0]! : '';
    const onLive = await postJson(
      lab.baseUrl,
      `/api/sessions/${liveId}/review/verdicts`,
      { itemId, verdict: 'met', reason: 'x' },
      assessor.cookie,
    );
    expect(onLive).toMatchObject({
      status: 409,
      body: { ok: false, error: { code: 'INVALID_STATE', params: { reason: 'reviewLiveSession' } } },
    });
    expect(records()).toBe(before);
  });
});
