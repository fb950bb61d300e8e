import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassKpis, KpiTargets } from '../../protocol/kpiTargets.js';
import { connectDemo, getJson, labPerFile, startLab } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile({ socketEventsPerSecond: 0 });
const generous: KpiTargets = {
  answerWithinMs: 3_600_000,
  handleWithinMs: 3_600_000,
  holdWithinMs: 3_600_000,
  afterCallWithinMs: 3_600_000,
  firstContactPercent: 0,
};

describe('call-centre KPIs of a class against its targets', () => {
  it('measures each trainee’s calls, marks each figure met or not against the latest targets, and keeps who set them', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    const admin = await connectDemo(lab, 'admin');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket, admin.socket);
    await playFibreCall(lab, instructor.socket, trainee.socket);
    await playFibreCall(lab, instructor.socket, trainee.socket);

    const before = await getJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpis', assessor.cookie);
    const untargeted = before.body.ok ? before.body.data : null;
    expect(untargeted?.targets).toBeNull();
    const giulia = untargeted!.trainees.find((row) => row.traineeId === 'u-allievo1')!.figures;
    expect(giulia.calls).toBe(2);
    // The fibre fault goes on to the technicians: not resolved at the first contact. No figure is judged without a target.
    expect(giulia.firstContact).toEqual({ value: 0, target: null, met: null });
    expect(giulia.answer.value).toBeGreaterThanOrEqual(0);
    expect(giulia.handle.value).toBeGreaterThanOrEqual(giulia.hold.value!);
    expect(untargeted!.trainees.find((row) => row.traineeId === 'u-allievo2')!.figures).toMatchObject({
      calls: 0,
      answer: { value: null, met: null },
    });
    expect(untargeted!.overall.calls).toBe(2);

    // Only the class's instructors set targets; bad targets are refused with the reason and nothing is kept.
    for (const who of [assessor, admin, trainee]) {
      expect((await postJson(lab.baseUrl, '/api/classes/aula-a/kpi-targets', generous, who.cookie)).status).toBe(403);
    }
    for (const bad of [
      { ...generous, answerWithinMs: -1 },
      { ...generous, firstContactPercent: 101 },
      { answerWithinMs: 1 },
      'x'.repeat(1000),
    ]) {
      const refused = await postJson(lab.baseUrl, '/api/classes/aula-a/kpi-targets', bad, instructor.cookie);
      expect(refused.status).toBe(400);
    }
    const set = await postJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpi-targets', generous, instructor.cookie);
    expect(set.status).toBe(200);
    expect(set.body.ok && set.body.data).toMatchObject({ targets: generous, setBy: 'u-docente', setAt: expect.any(Number) });
    const met = set.body.ok ? set.body.data.trainees.find((row) => row.traineeId === 'u-allievo1')!.figures : null;
    for (const name of ['answer', 'handle', 'hold', 'afterCall', 'firstContact'] as const) expect(met?.[name].met, name).toBe(true);

    // Stricter targets: the latest counts, the first stays on record.
    const strict = { ...generous, handleWithinMs: 0, firstContactPercent: 100 };
    await postJson(lab.baseUrl, '/api/classes/aula-a/kpi-targets', strict, instructor.cookie);
    const after = await getJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpis', instructor.cookie);
    const judged = after.body.ok ? after.body.data.trainees.find((row) => row.traineeId === 'u-allievo1')!.figures : null;
    expect(judged?.handle).toMatchObject({ target: 0, met: false });
    expect(judged?.firstContact).toEqual({ value: 0, target: 100, met: false });
    expect(after.body.ok && after.body.data.overall.handle.met).toBe(false);
    expect(after.body.ok && after.body.data.targets).toEqual(strict);
  }, 60_000);

  it('keeps every setting of the targets on disk, append-only, and the latest counts after a restart', async () => {
    const first = await startLab();
    const instructor = await connectDemo(first, 'instructor');
    await postJson(first.baseUrl, '/api/classes/aula-a/kpi-targets', generous, instructor.cookie);
    const latest = { ...generous, answerWithinMs: 12_000 };
    await postJson(first.baseUrl, '/api/classes/aula-a/kpi-targets', latest, instructor.cookie);
    instructor.socket.disconnect();
    await first.stop();
    const lines = (await readFile(path.join(first.dataDir, 'kpi-targets.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { classId: 'aula-a', by: 'u-docente', at: expect.any(Number), targets: generous },
      { classId: 'aula-a', by: 'u-docente', at: expect.any(Number), targets: latest },
    ]);

    const again = await startLab({}, first.dataDir);
    const assessor = await connectDemo(again, 'assessor');
    const read = await getJson<ClassKpis>(again.baseUrl, '/api/classes/aula-a/kpis', assessor.cookie);
    expect(read.body.ok && read.body.data).toMatchObject({ targets: latest, setBy: 'u-docente' });
    assessor.socket.disconnect();
    await again.stop();
  }, 60_000);
});
