import { describe, expect, it } from 'vitest';
import type { ProgressEntry, ScenarioSummary } from '../../protocol/views.js';
import { actionId, connectDemo, eventually, getJson, labPerFile } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';
const floor = labPerFile();
const { sockets } = floor;

describe('self-practice and progress', () => {
  it('lets a trainee practise only what the instructor opened, and keeps the result per ability', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    sockets.push(instructor.socket, trainee.socket);

    expect(await trainee.socket.emitWithAck('session:practice', { scenarioId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await getJson<ScenarioSummary[]>(floor.lab.baseUrl, '/api/practice', trainee.cookie)).body).toEqual({ ok: true, data: [] });

    const updates: ScenarioSummary[][] = [];
    trainee.socket.on('catalogue:update', (scenarios) => updates.push(scenarios));
    expect(await trainee.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [scenarioId] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: ['nope'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [scenarioId] })).toEqual({
      ok: true,
      data: { openScenarios: [scenarioId] },
    });
    await eventually(() => updates.length === 1);
    expect(updates[0]!.map((s) => s.id)).toEqual([scenarioId]);
    const catalogue = await getJson<ScenarioSummary[]>(floor.lab.baseUrl, '/api/practice', trainee.cookie);
    expect(catalogue.body.ok && catalogue.body.data.map((s) => s.id)).toEqual([scenarioId]);

    const ringing = new Promise<string>((resolve) => trainee.socket.once('call:incoming', ({ session }) => resolve(session.id)));
    const practice = await trainee.socket.emitWithAck('session:practice', { scenarioId, mode: 'guided' });
    expect(practice.ok).toBe(true);
    const sessionId = practice.ok ? practice.data.sessionIds[0]! : '';
    expect(await ringing).toBe(sessionId);
    expect(await trainee.socket.emitWithAck('session:practice', { scenarioId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    const joined = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(joined.ok && joined.data.events[0]).toMatchObject({
      type: 'session.launched',
      data: { mode: 'guided', launchedBy: 'u-allievo1' },
    });
    for (const { action } of exemplaryFibreCall)
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
    await floor.lab.application.context.registry.settled();

    const progress = await getJson<ProgressEntry[]>(floor.lab.baseUrl, '/api/progress', trainee.cookie);
    expect(progress.body.ok && progress.body.data).toEqual([
      expect.objectContaining({
        sessionId,
        scenarioId,
        practice: true,
        passed: true,
        percent: 100,
        abilities: expect.objectContaining({ 'UF1.A7': 100, 'UF2.A4': 100 }),
      }),
    ]);
    const seenByInstructor = await getJson<ProgressEntry[]>(floor.lab.baseUrl, '/api/progress?traineeId=u-allievo1', instructor.cookie);
    expect(seenByInstructor.body).toEqual(progress.body);
    const other = await connectDemo(floor.lab, 'trainee2');
    sockets.push(other.socket);
    expect((await getJson(floor.lab.baseUrl, '/api/progress?traineeId=u-allievo1', other.cookie)).status).toBe(403);
  });

  it('does not offer for practice a scenario the class met in an exam', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee2');
    // The examinee is logged in and available: a launch rings only trainees who are.
    const examinee = await connectDemo(floor.lab, 'trainee4');
    sockets.push(instructor.socket, trainee.socket, examinee.socket);
    const examScenario = 'reclamo-bolletta-errata';
    expect(await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [scenarioId, examScenario] })).toMatchObject(
      { ok: true },
    );
    const before = await getJson<ScenarioSummary[]>(floor.lab.baseUrl, '/api/practice', trainee.cookie);
    expect(before.body.ok && before.body.data.map((s) => s.id)).toEqual([scenarioId, examScenario]);

    // An exam for one trainee of the class: the whole class loses the scenario from its practice catalogue,
    // and an open practice screen hears so at once.
    const pushed = new Promise<ScenarioSummary[]>((resolve) => trainee.socket.once('catalogue:update', resolve));
    expect(
      await instructor.socket.emitWithAck('session:launch', { scenarioId: examScenario, traineeIds: ['u-allievo4'], mode: 'exam' }),
    ).toMatchObject({ ok: true });
    expect((await pushed).map((scenario) => scenario.id)).toEqual([scenarioId]);
    const after = await getJson<ScenarioSummary[]>(floor.lab.baseUrl, '/api/practice', trainee.cookie);
    expect(after.body.ok && after.body.data.map((s) => s.id)).toEqual([scenarioId]);
    expect(await trainee.socket.emitWithAck('session:practice', { scenarioId: examScenario })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // Opening it again is refused, naming it; the catalogue is left as it was.
    const refused = await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [scenarioId, examScenario] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining(examScenario) } });
    expect(refused.ok || refused.error.params?.scenarioIds?.toString().split(',')).toEqual([examScenario]);
    expect(await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [scenarioId] })).toEqual({
      ok: true,
      data: { openScenarios: [scenarioId] },
    });
  });
});
