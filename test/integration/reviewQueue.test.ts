import { describe, expect, it } from 'vitest';
import type { ReviewQueue } from '../../protocol/reviewQueue.js';
import { hashPassword } from '../../server/auth/password.js';
import { inSample } from '../../server/review/reviewQueue.js';
import { connectDemo, getJson, labPerFile, login } from '../support/lab.js';
import { addSecondAssessor, playFibreCall, postJson, practiseFibreCall } from '../support/reviewApi.js';

// Eight practice calls in a row: no per-connection rate limit.
const floor = labPerFile({ socketEventsPerSecond: 0 });

describe('the assessors’ work queue', () => {
  it('serves exams, then launched calls, then disputes, then the practice sample; assigns; a review takes a session out', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const second = await login(lab.baseUrl, ...(await addSecondAssessor(lab, hashPassword)));
    await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: ['helpdesk-fibra-guasto'] });

    const launched = await playFibreCall(lab, instructor.socket, trainee.socket);
    const practice: string[] = [];
    for (let round = 0; round < 8; round++) practice.push(await practiseFibreCall(lab, trainee.socket));
    const exam = await playFibreCall(lab, instructor.socket, trainee.socket, 'exam');
    const queue = async (cookie = assessor.cookie) => {
      const answer = await getJson<ReviewQueue>(lab.baseUrl, '/api/review-queue', cookie);
      return answer.body.ok ? answer.body.data : (null as never);
    };

    const first = await queue();
    const sampled = practice.filter((id) => inSample(id));
    expect(first.entries.map((entry) => [entry.session.id, entry.reason])).toEqual([
      [exam, 'exam'],
      [launched, 'launched'],
      // The sample is drawn the same way on every reload: the practice sessions whose draw fell in it, oldest first.
      ...sampled.map((id) => [id, 'sample']),
    ]);
    expect(first.samplePercent).toBe(20);
    expect(first.assessors.map((who) => who.name)).toEqual(['Dott. Enzo Palumbo', 'Dott.ssa Lia Ferri']);

    // Assigned to the second assessor, which both see; a practice call outside the sample can be asked for too.
    const assigned = await postJson(lab.baseUrl, `/api/sessions/${exam}/review/assign`, { assessorId: 'u-secondo' }, assessor.cookie);
    expect(assigned.body).toMatchObject({
      ok: true,
      data: { reason: 'exam', assignedTo: { id: 'u-secondo', name: 'Dott.ssa Lia Ferri' } },
    });
    expect((await queue(second)).entries[0]).toMatchObject({ session: { id: exam }, assignedTo: { id: 'u-secondo' } });
    const notDrawn = practice.find((id) => !inSample(id));
    if (notDrawn) {
      await postJson(lab.baseUrl, `/api/sessions/${notDrawn}/review/assign`, { assessorId: 'u-valutatore' }, second);
      expect((await queue()).entries.find((entry) => entry.session.id === notDrawn)).toMatchObject({ reason: 'requested' });
    }
    for (const [body, status] of [
      [{ assessorId: 'u-docente' }, 400],
      [{ assessorId: 'u-nobody' }, 400],
      [{}, 400],
    ] as const) {
      expect((await postJson(lab.baseUrl, `/api/sessions/${exam}/review/assign`, body, assessor.cookie)).status).toBe(status);
    }
    for (const cookie of [instructor.cookie, trainee.cookie]) {
      expect((await getJson(lab.baseUrl, '/api/review-queue', cookie)).status).toBe(403);
      expect((await postJson(lab.baseUrl, `/api/sessions/${exam}/review/assign`, { assessorId: 'u-secondo' }, cookie)).status).toBe(403);
    }

    // Reviewed, the launched call leaves the queue; released and disputed, it comes back as a dispute.
    const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(launched)!)!.rubric[0]!.id;
    await postJson(
      lab.baseUrl,
      `/api/sessions/${launched}/review/verdicts`,
      { itemId, verdict: 'missed', reason: 'Saluto incompleto.' },
      assessor.cookie,
    );
    expect((await queue()).entries.some((entry) => entry.session.id === launched)).toBe(false);
    await assessor.socket.emitWithAck('session:release', { sessionId: launched });
    await postJson(lab.baseUrl, `/api/sessions/${launched}/review/disputes`, { itemId, text: 'Ho salutato bene.' }, trainee.cookie);
    expect((await queue()).entries.find((entry) => entry.session.id === launched)).toMatchObject({ reason: 'dispute', openDisputes: 1 });
    await postJson(lab.baseUrl, `/api/sessions/${launched}/review/verdicts`, { itemId, verdict: 'missed', reason: 'Confermato.' }, second);
    expect((await queue()).entries.some((entry) => entry.session.id === launched)).toBe(false);
  }, 120_000);

  it('draws about one practice session in five, the same way every time', () => {
    const ids = Array.from({ length: 5000 }, (_, index) => `session-${index}-${(index * 7919).toString(36)}`);
    const drawn = ids.filter((id) => inSample(id)).length / ids.length;
    expect(drawn).toBeGreaterThan(0.17);
    expect(drawn).toBeLessThan(0.23);
    expect(ids.filter((id) => inSample(id))).toEqual(ids.filter((id) => inSample(id)));
  });
});
