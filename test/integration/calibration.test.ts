import { describe, expect, it } from 'vitest';
import type { CalibrationView } from '../../protocol/calibration.js';
import type { SessionReviewView } from '../../protocol/review.js';
import { hashPassword } from '../../server/auth/password.js';
import { connectDemo, getJson, labPerFile, login } from '../support/lab.js';
import { addSecondAssessor, playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile();

describe('calibration between two assessors', () => {
  it('stays blind until both have given their verdicts, then shows agreement per item, overall, and the differences', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const first = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, first.socket);
    const second = await login(lab.baseUrl, ...(await addSecondAssessor(lab, hashPassword)));
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const route = `/api/sessions/${sessionId}/calibration`;
    const items = lab.application.context.registry
      .scenarioOf(lab.application.context.registry.record(sessionId)!)!
      .rubric.map((item) => item.id);
    const view = async (cookie: string) => {
      const answer = await getJson<CalibrationView>(lab.baseUrl, route, cookie);
      return answer.body.ok ? answer.body.data : (null as never);
    };
    const allMet = items.map((itemId) => ({ itemId, verdict: 'met' as const }));

    // Incomplete or doubled verdicts are refused, and record nothing.
    for (const verdicts of [allMet.slice(1), [...allMet, allMet[0]!], []]) {
      expect((await postJson(lab.baseUrl, route, { verdicts }, first.cookie)).status).toBe(400);
    }
    expect((await view(first.cookie)).submittedBy).toEqual([]);

    const given = await postJson<CalibrationView>(lab.baseUrl, route, { verdicts: allMet }, first.cookie);
    expect(given.body.ok && given.body.data).toMatchObject({ submittedBy: [{ id: 'u-valutatore' }], comparison: null });
    expect((await postJson(lab.baseUrl, route, { verdicts: allMet }, first.cookie)).status).toBe(409);

    // Blind: the second assessor and the instructor learn only that one has given theirs, never what.
    expect(await view(second)).toEqual({
      sessionId,
      submittedBy: [{ id: 'u-valutatore', name: 'Dott. Enzo Palumbo' }],
      mine: null,
      comparison: null,
    });
    expect((await view(instructor.cookie)).comparison).toBeNull();

    const differing = allMet.map((entry, index) => (index === 0 ? { ...entry, verdict: 'missed' as const } : entry));
    const both = await postJson<CalibrationView>(lab.baseUrl, route, { verdicts: differing }, second);
    const comparison = both.body.ok ? both.body.data.comparison : null;
    expect(comparison).toMatchObject({ assessors: [{ id: 'u-valutatore' }, { id: 'u-secondo' }], differences: [items[0]] });
    expect(comparison!.items[0]).toMatchObject({ agreementPercent: 0, verdicts: { 'u-valutatore': 'met', 'u-secondo': 'missed' } });
    expect(comparison!.items.slice(1).every((item) => item.agreementPercent === 100)).toBe(true);
    expect(comparison!.agreementPercent).toBe(Math.round(((items.length - 1) / items.length) * 1000) / 10);
    expect((await view(first.cookie)).comparison).toEqual(comparison);
    expect((await view(instructor.cookie)).comparison).toEqual(comparison);

    // A calibration is no review: the session's reviewed score is untouched.
    const review = await getJson<SessionReviewView>(lab.baseUrl, `/api/sessions/${sessionId}/review`, first.cookie);
    expect(review.body.ok && review.body.data?.reviewed).toBeNull();
  });

  it('is for assessors: instructors read, trainees are refused, a live session waits', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const live = await instructor.socket.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
    const liveId = live.ok ? live.data.sessionIds[0]! : '';
    const route = `/api/sessions/${liveId}/calibration`;
    const verdicts = [{ itemId: 'x', verdict: 'met' }];
    expect((await postJson(lab.baseUrl, route, { verdicts }, assessor.cookie)).status).toBe(409);
    expect((await postJson(lab.baseUrl, route, { verdicts }, instructor.cookie)).status).toBe(403);
    expect((await getJson(lab.baseUrl, route, instructor.cookie)).status).toBe(200);
    expect((await getJson(lab.baseUrl, route, trainee.cookie)).status).toBe(403);
  });
});
