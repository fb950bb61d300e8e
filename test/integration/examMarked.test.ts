import { describe, expect, it } from 'vitest';
import type { ProgressEntry, RosterEntry } from '../../protocol/views.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';

const floor = labPerFile();

describe('an exam contact in the lists', () => {
  it('is marked in the roster while live and in the trainee’s contacts once over; a standard call is not', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee1 = await connectDemo(floor.lab, 'trainee1');
    const trainee2 = await connectDemo(floor.lab, 'trainee2');
    floor.sockets.push(instructor.socket, trainee1.socket, trainee2.socket);
    const scenarioId = 'helpdesk-fibra-guasto';
    const exam = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'], mode: 'exam' });
    const standard = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo2'], mode: 'standard' });
    if (!exam.ok || !standard.ok) throw new Error('both launches should ring');
    const [examId] = exam.data.sessionIds;
    const [standardId] = standard.data.sessionIds;

    const roster = await instructor.socket.emitWithAck('roster:watch', {});
    if (!roster.ok) throw new Error('the instructor reads the roster');
    const entry = (traineeId: string) => roster.data.find((row: RosterEntry) => row.traineeId === traineeId);
    expect(entry('u-allievo1')).toMatchObject({ sessionId: examId, sessionExam: true });
    expect(entry('u-allievo2')).toMatchObject({ sessionId: standardId });
    expect(entry('u-allievo2')).not.toHaveProperty('sessionExam');

    for (const sessionId of [examId, standardId]) {
      expect(await instructor.socket.emitWithAck('session:intervene', { sessionId: sessionId!, step: 'end' })).toMatchObject({ ok: true });
    }
    await floor.lab.application.context.registry.settled();
    const progress = async (traineeId: string) =>
      (await getJson<ProgressEntry[]>(floor.lab.baseUrl, `/api/progress?traineeId=${traineeId}`, instructor.cookie)).body;
    expect(await progress('u-allievo1')).toEqual({ ok: true, data: [expect.objectContaining({ sessionId: examId, exam: true })] });
    const other = await progress('u-allievo2');
    expect(other).toEqual({ ok: true, data: [expect.objectContaining({ sessionId: standardId })] });
    expect(other.ok && other.data[0]).not.toHaveProperty('exam');
  }, 60_000);
});
