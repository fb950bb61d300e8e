import { beforeAll, describe, expect, it } from 'vitest';
import { statementIdOf, type XapiStatement } from '../../server/xapi/statements.js';
import { eventually, getJson } from '../support/lab.js';
import type { ReceivedPost } from '../support/lrsStandIn.js';
import { postJson } from '../support/reviewApi.js';
import { xapiFloor } from '../support/xapiFloor.js';
import { xapiStatementsSchema } from '../support/xapiSpec.js';

const { world, reviewedCall, release, postsOf, entriesOf } = xapiFloor();
const { floor } = world;

beforeAll(async () => {
  const settings = { endpoint: world.lrs.endpoint, key: 'lab-key', secret: 's3cret-of-the-lrs', homePage: 'https://lab.example.org' };
  expect((await postJson(floor.lab.baseUrl, '/api/admin/xapi/settings', settings, world.people.admin.cookie)).status).toBe(200);
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a review that changes a result already in the LRS', () => {
  it('voids the sent result statement as the lab, sends its successor with a new id, logs both, and the download gives the current ones', async () => {
    const { lab } = floor;
    const sessionId = await reviewedCall();
    world.lrs.answer('accept');
    await release(sessionId);
    await eventually(() => postsOf(sessionId).length === 1);
    const [, , sentResult] = xapiStatementsSchema.parse(postsOf(sessionId)[0]!.body) as XapiStatement[];
    const correctionsOf = (statementId: string) =>
      world.lrs.received.filter(
        (post: ReceivedPost) => Array.isArray(post.body) && (post.body[0] as { object?: { id?: string } })?.object?.id === statementId,
      );
    // The LRS is overloaded when the assessor changes a second item: the correction is retried, nothing is lost.
    world.lrs.answer('unavailable');
    const secondItem = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[1]!.id;
    const changed = await postJson(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/verdicts`,
      { itemId: secondItem, verdict: 'missed', reason: 'Non ha verificato la linea.' },
      world.people.assessor.cookie,
    );
    expect(changed.status).toBe(200);
    await eventually(() => correctionsOf(sentResult!.id).length === 1);
    world.lrs.answer('accept');
    await eventually(() => correctionsOf(sentResult!.id).length === 2);
    const corrections = correctionsOf(sentResult!.id);
    expect(corrections[1]!.body).toEqual(corrections[0]!.body);
    const [voiding, successor, ...rest] = xapiStatementsSchema.parse(corrections[1]!.body) as XapiStatement[];
    expect(rest).toEqual([]);
    expect(voiding).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      actor: { objectType: 'Agent', name: 'Centralino Lab', account: { homePage: 'https://lab.example.org', name: 'centralino-lab' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided', 'it-IT': 'ha annullato' } },
      object: { objectType: 'StatementRef', id: sentResult!.id },
      version: '1.0.3',
    });
    const review = await getJson<{ reviewed: { percent: number } }>(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review`,
      world.people.assessor.cookie,
    );
    const percent = review.body.ok ? review.body.data.reviewed.percent : -1;
    expect(successor!.id).not.toBe(sentResult!.id);
    expect(successor!.result?.score).toMatchObject({ raw: percent });
    expect(percent).toBeLessThan(sentResult!.result!.score!.raw);

    // The send log keeps the first send, the refused correction and the one taken, each naming what it voided.
    const entries = await entriesOf(sessionId);
    const current = [statementIdOf(sessionId, 'attempted'), statementIdOf(sessionId, 'completed'), successor!.id];
    expect(entries.map((entry) => [entry.outcome, entry.status])).toEqual([
      ['sent', 200],
      ['failed', 503],
      ['sent', 200],
    ]);
    expect(entries[2]).toMatchObject({ statementIds: current, voided: [sentResult!.id], voidingIds: [voiding!.id] });
    expect(entries[1]).toMatchObject({ voided: [sentResult!.id], voidingIds: [voiding!.id] });
    expect(entries[0]).not.toHaveProperty('voided');
    // The download is the session's statements as they stand now.
    const download = await fetch(`${lab.baseUrl}/api/sessions/${sessionId}/xapi`, { headers: { cookie: world.people.assessor.cookie } });
    const downloaded = xapiStatementsSchema.parse(await download.json()) as XapiStatement[];
    expect(downloaded.map((statement) => statement.id)).toEqual(current);
    // Corrected once: nothing more goes at the next ticks, and a comment alone corrects nothing.
    await postJson(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/comments`,
      { text: 'Ne parliamo in aula.' },
      world.people.assessor.cookie,
    );
    await pause(400);
    expect(correctionsOf(successor!.id)).toEqual([]);
    expect(await entriesOf(sessionId)).toHaveLength(3);
  });
});
