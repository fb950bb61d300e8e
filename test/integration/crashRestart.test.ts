import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { actionId, connectAs, login, type LabClient } from '../support/lab.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { seedDemoData } from '../../server/seed.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

/** The four demo trainees and sixteen more, so that many calls are live when the server dies. */
const trainees = Array.from({ length: 20 }, (_, index) => `allievo${index + 1}`);

async function seedClassOfTwenty(dataDir: string): Promise<void> {
  const documents = await openDocumentStore(path.join(dataDir, 'lab.json'));
  await seedDemoData(documents);
  const template = documents.data.users.find((user) => user.username === 'allievo1')!;
  await documents.update((data) => {
    for (const username of trainees.slice(4))
      data.users.push({ ...template, id: `u-${username}`, username, displayName: `Allievo ${username.slice(7)}` });
  });
}
const children: ChildProcess[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) await killHard(child);
});

/** A client that, like the console, rejoins its session from the last seq it saw after every reconnect. */
function followingClient(baseUrl: string, cookie: string, sessionId: string) {
  const socket: LabClient = connect(baseUrl, {
    extraHeaders: { cookie },
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
  });
  const seen: SessionEvent[] = [];
  let rejoins = 0;
  // A trainee never receives observer-only events, so seqs have gaps: keep each newer one once.
  const keep = (event: SessionEvent) => {
    if (event.seq > (seen.at(-1)?.seq ?? 0)) seen.push(event);
  };
  socket.on('session:events', ({ events }) => events.forEach(keep));
  socket.on('connect', async () => {
    const joined = await socket.emitWithAck('session:join', { sessionId, sinceSeq: seen.at(-1)?.seq ?? 0 });
    rejoins++;
    if (joined.ok) joined.data.events.forEach(keep);
  });
  sockets.push(socket);
  return { socket, seen, keep, rejoins: () => rejoins };
}

const until = async (check: () => boolean, ms = 15_000) => {
  for (const start = Date.now(); !check(); ) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('a server killed with SIGKILL', () => {
  it('loses no acknowledged event, resumes every live call, and its clients resynchronise by themselves', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lab-crash-'));
    await seedClassOfTwenty(dataDir);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    children.push(await startServerProcess(dataDir, port));

    const instructorCookie = await login(baseUrl, 'docente', 'docente');
    const instructor: LabClient = connect(baseUrl, {
      extraHeaders: { cookie: instructorCookie },
      transports: ['websocket'],
      forceNew: true,
    });
    sockets.push(instructor);
    // A launch rings only trainees who are logged in: each of the twenty is, before it.
    sockets.push(...(await Promise.all(trainees.map(async (username) => connectAs(baseUrl, await login(baseUrl, username, 'allievo'))))));
    const launched = await instructor.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: trainees.map((t) => `u-${t}`),
    });
    expect(launched.ok).toBe(true);
    const sessionIds = launched.ok ? launched.data.sessionIds : [];

    const calls = await Promise.all(
      trainees.map(async (username, index) => ({
        username,
        sessionId: sessionIds[index]!,
        client: followingClient(baseUrl, await login(baseUrl, username, 'allievo'), sessionIds[index]!),
      })),
    );
    await until(() => calls.every((call) => call.client.rejoins() === 1));
    // Each trainee gets a different way into the call, then the server dies mid-call.
    const acked = new Map<string, number>();
    await Promise.all(
      calls.map(async (call, index) => {
        for (const { action } of exemplaryFibreCall.slice(0, 3 + (index % 5) * 2)) {
          const ack = await call.client.socket.emitWithAck('session:act', { sessionId: call.sessionId, actionId: actionId(), action });
          expect(ack.ok).toBe(true);
          if (ack.ok) acked.set(call.sessionId, ack.data.seq);
          if (ack.ok) ack.data.events.forEach(call.client.keep);
        }
      }),
    );
    await until(() => calls.every((call) => (call.client.seen.at(-1)?.seq ?? 0) >= acked.get(call.sessionId)!));
    const before = new Map(calls.map((call) => [call.sessionId, [...call.client.seen]]));
    await killHard(children[0]!);

    children.push(await startServerProcess(dataDir, port));
    await until(() => calls.every((call) => call.client.rejoins() === 2));

    for (const call of calls) {
      const seen = call.client.seen;
      expect(seen.at(-1)!.seq).toBeGreaterThanOrEqual(acked.get(call.sessionId)!);
      expect(seen.slice(0, before.get(call.sessionId)!.length)).toEqual(before.get(call.sessionId));
      // The call goes on where it was: the next step of the script is accepted.
      const step = exemplaryFibreCall[3 + (calls.indexOf(call) % 5) * 2]!;
      const ack = await call.client.socket.emitWithAck('session:act', {
        sessionId: call.sessionId,
        actionId: actionId(),
        action: step.action,
      });
      expect(ack, `${call.username}: ${step.action.type}`).toMatchObject({ ok: true });
    }
    expect(calls.filter((call) => call.client.seen.some((e) => e.type === 'session.ended'))).toEqual([]);
  }, 60_000);
});
