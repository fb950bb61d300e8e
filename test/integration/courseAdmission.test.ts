import { describe, expect, it } from 'vitest';
import type { CourseClass } from '../../protocol/courseAccounts.js';
import type { AdmissionList } from '../../protocol/courseAdmission.js';
import type { SignedCheck } from '../../protocol/courseChecks.js';
import { postJson } from '../support/courseApi.js';
import { getJson, labPerFile, login } from '../support/lab.js';

const running = labPerFile();

describe('admission to the final exam', () => {
  it('admits who attended 80 % and passed both units, says why the others are not, and follows corrections', async () => {
    const admin = await login(running.lab.baseUrl, 'admin', 'admin');
    const assessor = await login(running.lab.baseUrl, 'valutatore', 'valutatore');
    const post = <T>(route: string, body: unknown, cookie = admin) => postJson<T>(running.lab.baseUrl, route, body, cookie);
    const made = await post<CourseClass>('/api/course/classes', {
      name: 'Modulo di prova',
      courseCode: 'CAMP-2026-050',
      startDate: null,
      endDate: null,
      plannedHours: 10,
      instructorIds: ['u-docente'],
      assessorIds: [],
    });
    const classId = made.body.ok ? made.body.data.id : '';
    await running.lab.application.context.documents.update((data) => {
      for (const id of ['u-allievo1', 'u-allievo2', 'u-allievo3']) data.users.find((user) => user.id === id)!.classId = classId;
    });
    for (const traineeId of ['u-allievo1', 'u-allievo2'])
      await post(`/api/course/classes/${classId}/attendance`, { traineeId, kind: 'lesson', day: '2026-12-07', hours: 8, note: '' });
    await post(`/api/course/classes/${classId}/attendance`, {
      traineeId: 'u-allievo3',
      kind: 'lesson',
      day: '2026-12-07',
      hours: 2,
      note: '',
    });
    const checkOf = async (unit: string) => {
      const check = await post<{ id: string }>('/api/course/checks', {
        classId,
        unit,
        scenarioIds: ['helpdesk-fibra-guasto'],
        opensAt: 0,
        closesAt: 1,
        questionsPerCode: 1,
      });
      return check.body.ok ? check.body.data.id : '';
    };
    const [uf1, uf2] = [await checkOf('UF1'), await checkOf('UF2')];
    const sign = (checkId: string, traineeId: string, passed: boolean, corrects?: string) =>
      post<SignedCheck>(
        `/api/course/checks/${checkId}/signoff`,
        { traineeId, passed, date: '2026-12-18', note: '', evidence: [], ...(corrects ? { corrects } : {}) },
        assessor,
      );
    await sign(uf1, 'u-allievo1', true);
    await sign(uf2, 'u-allievo1', true);
    await sign(uf1, 'u-allievo2', true);
    const failed = await sign(uf2, 'u-allievo2', false);

    const list = async () => {
      const { body } = await getJson<AdmissionList>(running.lab.baseUrl, `/api/course/classes/${classId}/admission`, assessor);
      return Object.fromEntries((body.ok ? body.data.rows : []).map((row) => [row.traineeId, [row.admitted, row.reasons]]));
    };
    expect(await list()).toEqual({
      'u-allievo1': [true, []],
      'u-allievo2': [false, ['UF2']],
      'u-allievo3': [false, ['attendance', 'UF1', 'UF2']],
    });
    // The assessor reviews Marco's UF2 call again and corrects the signature: a new signed record.
    await sign(uf2, 'u-allievo2', true, failed.body.ok ? failed.body.data.id : '');
    expect((await list())['u-allievo2']).toEqual([true, []]);

    const response = await fetch(`${running.lab.baseUrl}/api/course/classes/${classId}/admission-csv`, { headers: { cookie: admin } });
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Allievo;Ore frequentate;Ore richieste;Crediti;Verifica UF1;Verifica UF2;Ammesso;Motivi');
    expect(lines.find((line) => line.startsWith('Federica Amato'))).toBe(
      'Federica Amato;2;8;0;non firmata;non firmata;no;frequenza sotto la soglia, verifica UF1 non superata, verifica UF2 non superata',
    );
    expect(lines.find((line) => line.startsWith('Giulia Conte'))).toBe('Giulia Conte;8;8;0;superata;superata;sì;');
    const trainee = await login(running.lab.baseUrl, 'allievo4', 'allievo');
    expect((await getJson(running.lab.baseUrl, `/api/course/classes/${classId}/admission`, trainee)).status).toBe(403);
  });
});
