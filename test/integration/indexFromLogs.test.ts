import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../protocol/views.js';
import type { SessionRecord } from '../../server/store/documents.js';
import { actionId, connectDemo, getJson, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';
const labs: RunningLab[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const lab of labs) await lab.stop().catch(() => undefined);
});

describe('the session index after a crash', () => {
  it('is rebuilt from the logs: a launch and an end the index never saw are there after a restart', async () => {
    const first = await startLab();
    labs.push(first);
    const instructor = await connectDemo(first, 'instructor');
    const finishing = await connectDemo(first, 'trainee1');
    const continuing = await connectDemo(first, 'trainee2');
    sockets.push(instructor.socket, finishing.socket, continuing.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1', 'u-allievo2'] });
    const [ended, live] = launched.ok ? launched.data.sessionIds : [];
    for (const { action } of exemplaryFibreCall)
      await finishing.socket.emitWithAck('session:act', { sessionId: ended!, actionId: actionId(), action });
    const [answer] = exemplaryFibreCall;
    expect(
      await continuing.socket.emitWithAck('session:act', { sessionId: live!, actionId: actionId(), action: answer!.action }),
    ).toMatchObject({ ok: true });
    await first.application.context.registry.settled();
    await first.stop();

    // As if the server had died before writing the index: one launch missing, one end not recorded.
    const file = path.join(first.dataDir, 'session-index.jsonl');
    const lines = (await readFile(file, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SessionRecord);
    const beforeTheCrash = lines.filter((record) => record.id !== live && !(record.id === ended && record.status === 'ended'));
    await writeFile(file, beforeTheCrash.map((record) => `${JSON.stringify(record)}\n`).join(''));

    const second = await startLab({}, first.dataDir);
    labs.push(second);
    const assessor = await connectDemo(second, 'assessor');
    const listed = await getJson<SessionSummary[]>(second.baseUrl, '/api/sessions', assessor.cookie);
    const byId = new Map((listed.body.ok ? listed.body.data : []).map((summary) => [summary.id, summary]));
    expect(byId.get(ended!)).toMatchObject({ status: 'ended', outcome: 'escalated', passed: true, percent: 100 });
    expect(byId.get(live!)).toMatchObject({ status: 'live', traineeId: 'u-allievo2', scenarioId });

    // The call the index had lost goes on where it was, and the rebuilt index reaches the disk.
    const trainee = await connectDemo(second, 'trainee2');
    sockets.push(trainee.socket, assessor.socket);
    const next = exemplaryFibreCall[1]!;
    expect(await trainee.socket.emitWithAck('session:act', { sessionId: live!, actionId: actionId(), action: next.action })).toMatchObject({
      ok: true,
    });
    const onDisk = (await readFile(file, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SessionRecord);
    expect(onDisk.filter((record) => record.id === ended).at(-1)).toMatchObject({ status: 'ended', outcome: 'escalated' });
    expect(onDisk.map((record) => record.id)).toContain(live);
  });
});
