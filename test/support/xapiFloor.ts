import { afterAll, beforeAll, expect } from 'vitest';
import type { XapiAdminView } from '../../protocol/xapi.js';
import { statementIdOf } from '../../server/xapi/statements.js';
import { connectDemo, getJson, labPerFile, type LabClient } from './lab.js';
import { startLrsStandIn, type ReceivedPost } from './lrsStandIn.js';
import { playFibreCall, postJson } from './reviewApi.js';

type Person = { socket: LabClient; cookie: string };
export type XapiPeople = Record<'instructor' | 'trainee' | 'assessor' | 'admin', Person>;

/**
 * The xAPI tests' floor: a lab per file whose LRS retries come fast (the schedule's shape is the
 * same, only its pace is shortened), a loopback LRS stand-in, and the four roles connected. Calls
 * are played back to back on one trainee socket, so the per-socket rate limit (tested on its own)
 * is off. `world` is filled before the file's tests run.
 */
export function xapiFloor() {
  const floor = labPerFile({
    socketEventsPerSecond: 0,
    xapiTiming: { tickMs: 50, backoffMs: () => 150, maxAttempts: 3, requestTimeoutMs: 2_000 },
  });
  const world = { floor } as { floor: typeof floor; lrs: Awaited<ReturnType<typeof startLrsStandIn>>; people: XapiPeople };
  beforeAll(async () => {
    world.lrs = await startLrsStandIn();
    const { lab } = floor;
    world.people = {
      instructor: await connectDemo(lab, 'instructor'),
      trainee: await connectDemo(lab, 'trainee1'),
      assessor: await connectDemo(lab, 'assessor'),
      admin: await connectDemo(lab, 'admin'),
    };
    floor.sockets.push(...Object.values(world.people).map((person) => person.socket));
  });
  afterAll(() => world.lrs.close());

  const adminView = async () => {
    const { body } = await getJson<XapiAdminView>(floor.lab.baseUrl, '/api/admin/xapi', world.people.admin.cookie);
    if (!body.ok) throw new Error(body.error.message);
    return body.data;
  };
  return {
    world,
    adminView,
    /** A played, ended call with one item changed by the assessor: a reviewed session. */
    async reviewedCall(): Promise<string> {
      const { lab } = floor;
      const { people } = world;
      const sessionId = await playFibreCall(lab, people.instructor.socket, people.trainee.socket);
      const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[0]!.id;
      const verdict = await postJson(
        lab.baseUrl,
        `/api/sessions/${sessionId}/review/verdicts`,
        { itemId, verdict: 'missed', reason: 'Manca il nome dell’azienda.' },
        people.assessor.cookie,
      );
      expect(verdict.status).toBe(200);
      return sessionId;
    },
    release: async (sessionId: string) =>
      expect(await world.people.assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: true }),
    /** The LRS posts that carry this session's statements (its "attempted" statement opens each batch). */
    postsOf: (sessionId: string) =>
      world.lrs.received.filter(
        (post: ReceivedPost) => Array.isArray(post.body) && post.body[0]?.id === statementIdOf(sessionId, 'attempted'),
      ),
    /** The send log's entries for one session, oldest first. */
    entriesOf: async (sessionId: string) => (await adminView()).log.filter((entry) => entry.sessionId === sessionId).reverse(),
  };
}
