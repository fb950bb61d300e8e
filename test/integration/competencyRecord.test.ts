import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CompetencyMatrix } from '../../protocol/competency.js';
import { reviewedScore } from '../../server/review/reviewedScore.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson, practiseFibreCall } from '../support/reviewApi.js';

// Three whole calls in a row by one trainee: the per-socket rate limit (tested on its own) would slow them down.
const floor = labPerFile({ socketEventsPerSecond: 0 });
const matrixOf = async (query: string, cookie: string) =>
  getJson<CompetencyMatrix>(floor.lab.baseUrl, `/api/classes/aula-a/competency${query}`, cookie);

describe('the competency record of a class', () => {
  it('averages each ability’s final (reviewed) percent per trainee over the range, split by mode, with the sessions behind it', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const assigned = await playFibreCall(lab, instructor.socket, trainee.socket);
    const opened = await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: ['helpdesk-fibra-guasto'] });
    expect(opened).toEqual({ ok: true, data: { openScenarios: ['helpdesk-fibra-guasto'] } });
    const practice = await practiseFibreCall(lab, trainee.socket);
    // An exam's scenario may not stay open for practice.
    await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [] });
    const exam = await playFibreCall(lab, instructor.socket, trainee.socket, 'exam');
    const item = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(assigned)!)!.rubric[0]!;
    const verdict = await postJson(
      lab.baseUrl,
      `/api/sessions/${assigned}/review/verdicts`,
      { itemId: item.id, verdict: 'missed', reason: 'Saluto senza il nome.' },
      assessor.cookie,
    );
    expect(verdict.status).toBe(200);
    // The ability the changed item counts in: reviewed below the automatic 100.
    const score = (await reviewedScore(lab.application.context, assigned))!;
    const changed = score.final.abilities.find((ability) => ability.items.includes(item.id) && ability.percent !== null)!;
    const automaticOfChanged = score.automatic.abilities.find((ability) => ability.code === changed.code)!.percent;
    expect(automaticOfChanged).toBe(100);
    expect(changed.percent).toBeLessThan(100);

    const all = await matrixOf('', instructor.cookie);
    expect(all.status).toBe(200);
    const matrix = all.body.ok ? all.body.data : null;
    expect(matrix?.abilities).toHaveLength(13);
    expect(matrix?.abilities.slice(0, 2)).toEqual(['UF1.A1', 'UF1.A2']);
    const giulia = matrix!.rows.find((row) => row.traineeId === 'u-allievo1')!;
    const cell = giulia.cells[changed.code]!;
    expect(cell.count).toBe(3);
    expect(cell.level).toBe(Math.round(((changed.percent! + 200) / 3) * 10) / 10);
    expect(cell.sessions.map((entry) => [entry.sessionId, entry.mode, entry.source])).toEqual([
      [assigned, 'assigned', 'reviewed'],
      [practice, 'practice', 'automatic'],
      [exam, 'exam', 'automatic'],
    ]);
    // Over time: each session's final percent overall, the reviewed one for the reviewed session.
    expect(giulia.progress.map((entry) => [entry.sessionId, entry.percent, entry.source])).toEqual([
      [assigned, score.final.percent, 'reviewed'],
      [practice, 100, 'automatic'],
      [exam, 100, 'automatic'],
    ]);
    // A reviewed session says who reviewed it; an automatic one names nobody.
    expect(giulia.progress.map((entry) => entry.reviewedBy)).toEqual(['Dott. Enzo Palumbo', undefined, undefined]);
    expect(score.final.percent).toBeLessThan(100);
    // A trainee who played nothing has empty cells, not zeros.
    const marco = matrix!.rows.find((row) => row.traineeId === 'u-allievo2')!;
    expect(marco.cells[changed.code]).toEqual({ level: null, count: 0, sessions: [] });
    expect(marco.progress).toEqual([]);

    for (const [mode, id, level] of [
      ['assigned', assigned, changed.percent],
      ['exam', exam, 100],
      ['practice', practice, 100],
    ] as const) {
      const split = await matrixOf(`?mode=${mode}`, assessor.cookie);
      const row = split.body.ok ? split.body.data.rows.find((r) => r.traineeId === 'u-allievo1') : undefined;
      expect(row?.cells[changed.code]).toMatchObject({ level, count: 1, sessions: [expect.objectContaining({ sessionId: id, mode })] });
    }

    // The range is of Rome's days, inclusive: today counts, tomorrow onwards has nothing.
    const romeDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome' });
    const today = romeDay.format(lab.application.context.clock.now());
    const tomorrow = romeDay.format(lab.application.context.clock.now() + 86_400_000);
    const ofToday = await matrixOf(`?from=${today}&to=${today}`, instructor.cookie);
    expect(ofToday.body.ok && ofToday.body.data.rows.find((r) => r.traineeId === 'u-allievo1')!.cells[changed.code]!.count).toBe(3);
    const later = await matrixOf(`?from=${tomorrow}`, instructor.cookie);
    expect(later.body.ok && later.body.data.rows.find((r) => r.traineeId === 'u-allievo1')!.cells[changed.code]).toMatchObject({
      level: null,
      count: 0,
    });

    // Bad queries get a clear error; trainees and strangers to the class get nothing.
    for (const query of ['?mode=nope', '?from=ieri', '?to=2026-02-30', `?from=${tomorrow}&to=${today}`, '?extra=1']) {
      expect((await matrixOf(query, instructor.cookie)).status, query).toBe(400);
    }
    expect((await matrixOf('', trainee.cookie)).status).toBe(403);
    expect((await getJson(lab.baseUrl, '/api/classes/nessuna/competency', instructor.cookie)).status).toBe(404);

    // The CSV, read back as Excel set to Italian reads it.
    const response = await fetch(`${lab.baseUrl}/api/classes/aula-a/competency.csv?from=${today}`, {
      headers: { cookie: assessor.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    const csvRow = rows.find((row) => row.Allievo === 'Giulia Conte')!;
    expect(csvRow).toMatchObject({
      Modalità: 'tutte',
      Dal: `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`,
      Al: '',
      [`${changed.code} livello %`]: String(cell.level).replace('.', ','),
      [`${changed.code} sessioni`]: '3',
    });
    expect(rows.find((row) => row.Allievo === 'Marco Sorrentino')).toMatchObject({ [`${changed.code} livello %`]: '' });
    expect((await fetch(`${lab.baseUrl}/api/classes/aula-a/competency.csv`, { headers: { cookie: trainee.cookie } })).status).toBe(403);
  }, 60_000);
});
