import { describe, expect, it } from 'vitest';
import type { ProgressEntry, SessionSummary } from '../../protocol/views.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile();

const dataOf = <T>(response: { body: { ok: true; data: T } | { ok: false } }) => (response.body.ok ? response.body.data : (null as never));

describe('which score the lists give', () => {
  it('gives the trainee the reviewed score with its source only once released; observers have it at once', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const [itemId] = lab.application.context.registry
      .scenarioOf(lab.application.context.registry.record(sessionId)!)!
      .rubric.map((item) => item.id);
    await postJson(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/verdicts`,
      { itemId, verdict: 'missed', reason: 'Saluto incompleto.' },
      assessor.cookie,
    );

    const progressOf = async (cookie: string, query = '') =>
      dataOf(await getJson<ProgressEntry[]>(lab.baseUrl, `/api/progress${query}`, cookie)).find((entry) => entry.sessionId === sessionId);
    const listedFor = async (cookie: string) =>
      dataOf(await getJson<SessionSummary[]>(lab.baseUrl, '/api/sessions', cookie)).find((summary) => summary.id === sessionId);

    // Unreleased: the trainee gets the automatic score alone, in the progress and in the lists.
    const before = await progressOf(trainee.cookie);
    expect(before?.percent).toBe(100);
    expect(before).not.toHaveProperty('review');
    expect(await listedFor(trainee.cookie)).not.toHaveProperty('review');
    // The instructor reading the trainee's progress sees the review already, not yet released.
    const observed = await progressOf(instructor.cookie, '?traineeId=u-allievo1');
    expect(observed?.review).toMatchObject({ reviewedBy: 'Dott. Enzo Palumbo', releasedAt: null, passed: expect.any(Boolean) });
    expect(observed?.review?.percent).toBeLessThan(100);

    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: true });
    const after = await progressOf(trainee.cookie);
    expect(after?.percent).toBe(100);
    expect(after?.review).toEqual({
      percent: observed?.review?.percent,
      passed: observed?.review?.passed,
      reviewedBy: 'Dott. Enzo Palumbo',
      reviewedAt: expect.any(Number),
      releasedAt: expect.any(Number),
      abilities: expect.any(Object),
    });
    expect(Object.keys(after?.review?.abilities ?? {}).length).toBeGreaterThan(0);
    expect((await listedFor(trainee.cookie))?.review).toMatchObject({
      reviewedBy: 'Dott. Enzo Palumbo',
      releasedAt: after?.review?.releasedAt,
    });
  });
});
