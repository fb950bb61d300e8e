import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionReviewView } from '../../protocol/review.js';
import type { QueueEntry } from '../../protocol/reviewQueue.js';
import type { ScoreReport } from '../../protocol/views.js';
import { reviewRecordSchema } from '../../server/store/reviewRecords.js';
import { catalogWithByHandItem } from '../support/byHandScenario.js';
import { connectDemo, getJson, startLab, stopLab, type LabClient, type RunningLab } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

let lab: RunningLab;
const sockets: LabClient[] = [];
beforeAll(async () => {
  lab = await startLab({ catalog: await catalogWithByHandItem(), socketEventsPerSecond: 0 });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await stopLab(lab);
});

const dataOf = <T>(response: { body: { ok: true; data: T } | { ok: false } }) => (response.body.ok ? response.body.data : (null as never));

describe('a rubric item judged by hand', () => {
  it('has no automatic verdict, counts once the assessor judges it, and holds the release until then', async () => {
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket, 'exam');
    const rubric = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric;
    const byHand = rubric[1]!;
    expect(byHand.byHand).toBe(true);

    // The automatic score leaves it unjudged, out of every total: the exemplary call is 100 % on the rest.
    const automatic = dataOf(await getJson<ScoreReport>(lab.baseUrl, `/api/sessions/${sessionId}/score`, assessor.cookie));
    expect(automatic.items.find((item) => item.id === byHand.id)).toMatchObject({
      status: 'byHand',
      evidence: [],
      explanation: { it: expect.stringMatching(/^Da valutare a mano/), en: expect.stringMatching(/^To be judged by hand/) },
    });
    expect(automatic.items.filter((item) => item.status === 'byHand')).toHaveLength(1);
    expect(automatic.percent).toBe(100);
    const possibleWithout = rubric.filter((item) => item !== byHand).reduce((sum, item) => sum + item.weight, 0);

    // Not releasable, even an exam with no review at all, while it is unjudged: a clear error, nothing recorded.
    const refused = await assessor.socket.emitWithAck('session:release', { sessionId });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'byHandUnjudged', count: 1, items: byHand.id } },
    });
    expect(lab.application.context.reviews.releaseOf(sessionId)).toBeUndefined();

    // Another item confirmed: the reviewed score still leaves the hand-judged item out.
    const route = `/api/sessions/${sessionId}/review`;
    await postJson(
      lab.baseUrl,
      `${route}/verdicts`,
      { itemId: rubric[0]!.id, verdict: 'met', reason: 'Saluto completo.' },
      assessor.cookie,
    );
    let review = dataOf(await getJson<SessionReviewView>(lab.baseUrl, route, assessor.cookie));
    expect(review.reviewed?.items.find((item) => item.id === byHand.id)?.status).toBe('byHand');
    expect(review.reviewed?.percent).toBe(100);
    expect((await assessor.socket.emitWithAck('session:release', { sessionId })).ok).toBe(false);
    // Reviewed in part, it stays in the assessors' queue until the hand-judged item has its verdict.
    const queued = async () =>
      dataOf(await getJson<{ entries: QueueEntry[] }>(lab.baseUrl, '/api/review-queue', assessor.cookie)).entries.find(
        (entry) => entry.session.id === sessionId,
      )?.reason;
    expect(await queued()).toBe('exam');

    // Judged like any override: a reason is required; then it counts, here against the trainee.
    expect((await postJson(lab.baseUrl, `${route}/verdicts`, { itemId: byHand.id, verdict: 'missed' }, assessor.cookie)).status).toBe(400);
    const judged = await postJson<SessionReviewView>(
      lab.baseUrl,
      `${route}/verdicts`,
      { itemId: byHand.id, verdict: 'missed', reason: 'Nel gioco di ruolo non ha riformulato la richiesta.' },
      assessor.cookie,
    );
    expect(judged.status).toBe(200);
    review = dataOf(judged);
    expect(review.verdicts.at(-1)).toMatchObject({ itemId: byHand.id, before: 'byHand', after: 'missed' });
    expect(await queued()).toBeUndefined();
    expect(review.automatic.items.find((item) => item.id === byHand.id)?.status).toBe('byHand');
    const expected = Math.round((possibleWithout / (possibleWithout + byHand.weight)) * 1000) / 10;
    expect(review.reviewed?.percent).toBe(expected);
    // The record on disk reads back: `byHand` is a state an item was in before a verdict.
    const lines = (await readFile(path.join(lab.dataDir, 'reviews.jsonl'), 'utf8')).trim().split('\n');
    expect(reviewRecordSchema.parse(JSON.parse(lines.at(-1)!))).toMatchObject({ before: 'byHand', after: 'missed' });

    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: true });
  });
});
