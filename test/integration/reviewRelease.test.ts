import { describe, expect, it } from 'vitest';
import type { SessionReviewView } from '../../protocol/review.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile();

describe('a reviewed debrief released to its trainee', () => {
  it('is the trainee’s to read, acknowledge or dispute only once released; a dispute goes back to the assessors', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const other = await connectDemo(lab, 'trainee2');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, other.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const route = `/api/sessions/${sessionId}/review`;
    const [itemId, secondId] = lab.application.context.registry
      .scenarioOf(lab.application.context.registry.record(sessionId)!)!
      .rubric.map((item) => item.id);

    // Nothing to release before a review: an ordinary session's debrief is the trainee's already.
    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    await postJson(lab.baseUrl, `${route}/verdicts`, { itemId, verdict: 'missed', reason: 'Manca il nome dell’azienda.' }, assessor.cookie);
    await postJson(lab.baseUrl, `${route}/comments`, { seq: 2, text: 'Riascolta questo passaggio.' }, assessor.cookie);

    // Before the release the trainee reads nothing of it, and cannot answer it.
    expect((await getJson(lab.baseUrl, route, trainee.cookie)).body).toEqual({ ok: true, data: null });
    expect(await postJson(lab.baseUrl, `${route}/acknowledge`, {}, trainee.cookie)).toMatchObject({
      status: 409,
      body: { error: { params: { reason: 'reviewNotReleased' } } },
    });

    // The trainee, maybe on another call by now, gets no debrief pushed for an ordinary session: it is theirs already.
    const pushed: string[] = [];
    trainee.socket.on('session:debrief', (message) => pushed.push(message.sessionId));
    // ...but their progress, if open, hears that a review is now theirs to read; the other trainee hears nothing.
    const heard = new Promise<string>((resolve) => trainee.socket.once('review:released', (message) => resolve(message.sessionId)));
    const overheard: string[] = [];
    other.socket.on('review:released', (message) => overheard.push(message.sessionId));
    const released = await assessor.socket.emitWithAck('session:release', { sessionId });
    expect(released).toEqual({
      ok: true,
      data: { sessionId, releasedBy: 'u-valutatore', releasedByName: 'Dott. Enzo Palumbo', releasedAt: expect.any(Number) },
    });
    expect(pushed).toEqual([]);
    expect(await heard).toBe(sessionId);
    expect(overheard).toEqual([]);
    const seen = await getJson<SessionReviewView>(lab.baseUrl, route, trainee.cookie);
    const view = seen.body.ok ? seen.body.data : (null as never);
    expect(view).toMatchObject({
      release: { by: { name: 'Dott. Enzo Palumbo' } },
      reviewedBy: [{ name: 'Dott. Enzo Palumbo' }],
      comments: [expect.objectContaining({ seq: 2, text: 'Riascolta questo passaggio.' })],
      acknowledgedAt: null,
      disputes: [],
    });
    expect(view.reviewed?.items.find((item) => item.id === itemId)?.status).toBe('missed');
    // Another trainee learns nothing, not even that the session exists.
    expect((await getJson(lab.baseUrl, route, other.cookie)).status).toBe(404);
    expect((await postJson(lab.baseUrl, `${route}/disputes`, { itemId, text: 'x' }, other.cookie)).status).toBe(404);

    // Acknowledged once; observers cannot answer for the trainee.
    const acknowledged = await postJson<SessionReviewView>(lab.baseUrl, `${route}/acknowledge`, {}, trainee.cookie);
    expect(acknowledged.body.ok && acknowledged.body.data.acknowledgedAt).toEqual(expect.any(Number));
    expect((await postJson(lab.baseUrl, `${route}/acknowledge`, {}, trainee.cookie)).status).toBe(409);
    expect((await postJson(lab.baseUrl, `${route}/acknowledge`, {}, assessor.cookie)).status).toBe(403);

    // A dispute: required text, one open per item, answered by the assessor's next verdict on the item.
    expect((await postJson(lab.baseUrl, `${route}/disputes`, { itemId }, trainee.cookie)).status).toBe(400);
    const disputed = await postJson<SessionReviewView>(
      lab.baseUrl,
      `${route}/disputes`,
      { itemId, text: 'Ho detto «Vesuvio Telecom» subito.' },
      trainee.cookie,
    );
    expect(disputed.body.ok && disputed.body.data.disputes).toEqual([
      expect.objectContaining({
        itemId,
        text: 'Ho detto «Vesuvio Telecom» subito.',
        answeredAt: null,
        by: { id: 'u-allievo1', name: 'Giulia Conte' },
      }),
    ]);
    expect((await postJson(lab.baseUrl, `${route}/disputes`, { itemId, text: 'ancora' }, trainee.cookie)).status).toBe(409);
    expect((await postJson(lab.baseUrl, `${route}/disputes`, { itemId: secondId, text: 'e questa' }, instructor.cookie)).status).toBe(403);
    const assessorSees = await getJson<SessionReviewView>(lab.baseUrl, route, assessor.cookie);
    expect(assessorSees.body.ok && assessorSees.body.data.disputes[0]?.answeredAt).toBeNull();
    await postJson(lab.baseUrl, `${route}/verdicts`, { itemId, verdict: 'met', reason: 'Riascoltato: aveva ragione.' }, assessor.cookie);
    const answered = await getJson<SessionReviewView>(lab.baseUrl, route, trainee.cookie);
    expect(answered.body.ok && answered.body.data).toMatchObject({
      disputes: [{ itemId, answeredAt: expect.any(Number) }],
      reviewed: { percent: 100 },
    });
    // The review changed since the acknowledgement: the trainee may acknowledge it again.
    expect((await postJson(lab.baseUrl, `${route}/acknowledge`, {}, trainee.cookie)).status).toBe(200);
  });

  it('keeps an unreleased exam’s review, and its rubric, from the trainee', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket, 'exam');
    const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[0]!.id;
    await postJson(lab.baseUrl, `/api/sessions/${sessionId}/review/verdicts`, { itemId, verdict: 'met', reason: 'ok' }, assessor.cookie);
    const asked = await fetch(`${lab.baseUrl}/api/sessions/${sessionId}/review`, { headers: { cookie: trainee.cookie } });
    const text = await asked.text();
    expect(JSON.parse(text)).toEqual({ ok: true, data: null });
    expect(text).not.toContain(itemId);
    expect((await postJson(lab.baseUrl, `/api/sessions/${sessionId}/review/disputes`, { itemId, text: 'x' }, trainee.cookie)).status).toBe(
      409,
    );
  });
});
