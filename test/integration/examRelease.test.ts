import { describe, expect, it } from 'vitest';
import type { Debrief, ProgressEntry, ScoreReport, SessionSummary } from '../../protocol/views.js';
import { openReviewLog } from '../../server/store/reviewLog.js';
import { actionId, connectDemo, eventually, getJson, labPerFile, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';
const floor = labPerFile();
const { sockets } = floor;

/** Plays the exemplary fibre call to its end as the trainee, collecting the debrief pushes. */
async function playExam(instructor: LabClient, trainee: LabClient, mode: 'exam' | 'standard' = 'exam'): Promise<string> {
  const launched = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'], mode });
  expect(launched).toMatchObject({ ok: true });
  const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const { action } of exemplaryFibreCall) await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
  await floor.lab.application.context.registry.settled();
  // Back from the debrief, as the trainee's "Torna disponibile": the next launch rings only an available trainee.
  await trainee.emitWithAck('agent:status', { status: 'available' });
  return sessionId;
}

describe('an exam contact’s debrief', () => {
  it('is withheld from the trainee until an assessor releases it; observers see the score all along', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    const assessor = await connectDemo(floor.lab, 'assessor');
    sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const pushed: { sessionId: string; score: Debrief }[] = [];
    trainee.socket.on('session:debrief', (message) => pushed.push(message));

    const sessionId = await playExam(instructor.socket, trainee.socket);
    await eventually(() => pushed.length === 1);
    const withheld = { state: 'awaitingRelease', sessionId, endedAt: expect.any(Number) };
    // Nothing of the result: no items, no rubric, no percent, no abilities.
    expect(pushed[0]).toEqual({ sessionId, score: withheld });
    expect((await getJson(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, trainee.cookie)).body).toEqual({
      ok: true,
      data: withheld,
    });
    expect(await trainee.socket.emitWithAck('session:score', { sessionId })).toEqual({ ok: true, data: withheld });
    const progress = await getJson<ProgressEntry[]>(floor.lab.baseUrl, '/api/progress', trainee.cookie);
    expect(progress.body.ok && progress.body.data).toEqual([
      expect.objectContaining({ sessionId, percent: null, passed: null, abilities: {}, awaitingRelease: true }),
    ]);
    const list = await getJson<SessionSummary[]>(floor.lab.baseUrl, '/api/sessions', trainee.cookie);
    expect(list.body.ok && list.body.data.find((s) => s.id === sessionId)).toMatchObject({
      status: 'ended',
      percent: null,
      passed: null,
      awaitingRelease: true,
    });
    const opened = await getJson<{ session: SessionSummary }>(floor.lab.baseUrl, `/api/sessions/${sessionId}`, trainee.cookie);
    expect(opened.body.ok && opened.body.data.session).toMatchObject({ percent: null, passed: null, awaitingRelease: true });

    // The instructor and the assessor see the whole score, and what the trainee awaits.
    for (const observer of [instructor, assessor]) {
      const full = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, observer.cookie);
      expect(full.body.ok && full.body.data).toMatchObject({
        percent: 100,
        passed: true,
        items: expect.arrayContaining([expect.objectContaining({ status: 'met' })]),
      });
      const seen = await getJson<ProgressEntry[]>(floor.lab.baseUrl, '/api/progress?traineeId=u-allievo1', observer.cookie);
      expect(seen.body.ok && seen.body.data).toEqual([expect.objectContaining({ sessionId, percent: 100, passed: true })]);
      const listed = await getJson<SessionSummary[]>(floor.lab.baseUrl, '/api/sessions', observer.cookie);
      expect(listed.body.ok && listed.body.data.find((s) => s.id === sessionId)).toMatchObject({
        percent: 100,
        exam: true,
        awaitingRelease: true,
      });
    }

    // Only an assessor or an admin releases it, once.
    for (const who of [trainee, instructor]) {
      expect(await who.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const released = await assessor.socket.emitWithAck('session:release', { sessionId });
    expect(released).toEqual({
      ok: true,
      data: { sessionId, releasedBy: 'u-valutatore', releasedByName: 'Dott. Enzo Palumbo', releasedAt: expect.any(Number) },
    });
    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    // The trainee now gets the debrief, pushed and on request, and the result counts in their progress.
    await eventually(() => pushed.length === 2);
    expect(pushed[1]).toMatchObject({ sessionId, score: { percent: 100, passed: true, items: expect.any(Array) } });
    const after = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, trainee.cookie);
    expect(after.body.ok && after.body.data).toMatchObject({ percent: 100, items: expect.any(Array) });
    const progressAfter = await getJson<ProgressEntry[]>(floor.lab.baseUrl, '/api/progress', trainee.cookie);
    expect(progressAfter.body.ok && progressAfter.body.data[0]).toMatchObject({ sessionId, percent: 100, passed: true });
    expect(progressAfter.body.ok && progressAfter.body.data[0]).not.toHaveProperty('awaitingRelease');
    const listedAfter = await getJson<SessionSummary[]>(floor.lab.baseUrl, '/api/sessions', assessor.cookie);
    expect(listedAfter.body.ok && listedAfter.body.data.find((s) => s.id === sessionId)).toMatchObject({
      release: { releasedBy: 'u-valutatore', releasedByName: 'Dott. Enzo Palumbo' },
    });
  });

  it('is released only for a finished exam contact; an ordinary one shows its debrief at once', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    const admin = await connectDemo(floor.lab, 'admin');
    sockets.push(instructor.socket, trainee.socket, admin.socket);

    const ordinary = await playExam(instructor.socket, trainee.socket, 'standard');
    const score = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${ordinary}/score`, trainee.cookie);
    expect(score.body.ok && score.body.data).toMatchObject({ percent: 100, items: expect.any(Array) });
    expect(await admin.socket.emitWithAck('session:release', { sessionId: ordinary })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    const live = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'], mode: 'exam' });
    const liveId = live.ok ? live.data.sessionIds[0]! : '';
    expect(await admin.socket.emitWithAck('session:release', { sessionId: liveId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await admin.socket.emitWithAck('session:release', { sessionId: 'no-such-session' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('stays released after a restart (the release is kept on disk)', async () => {
    const releases = floor.lab.application.context.reviews.releases();
    expect(releases.length).toBe(1);
    const reopened = await openReviewLog(`${floor.lab.dataDir}/reviews.jsonl`);
    expect(reopened.releases()).toEqual(releases);
    await reopened.close();
  });
});
