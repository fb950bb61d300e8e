import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile();

/** Reads a CSV download as Excel set to Italian would: BOM, semicolons. */
async function download(route: string, cookie?: string) {
  const response = await fetch(`${floor.lab.baseUrl}${route}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}
const italianRows = (bytes: Buffer) =>
  parse(bytes.toString('utf8'), { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('exports for the course records', () => {
  it('writes sessions, verdicts, abilities and reviews as CSV for Excel in Italian, and a PDF report with both scores', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const item = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[0]!;
    const reviewed = await postJson<{ reviewed: { percent: number } }>(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/verdicts`,
      { itemId: item.id, verdict: 'missed', reason: 'Saluto senza il nome; da rivedere.' },
      assessor.cookie,
    );
    const reviewedPercent = reviewed.body.ok ? reviewed.body.data.reviewed.percent : 0;
    await postJson(lab.baseUrl, `/api/sessions/${sessionId}/review/comments`, { seq: 2, text: '=SOMMA(A1) resta testo' }, assessor.cookie);

    const sessions = await download('/api/exports/sessions.csv', instructor.cookie);
    expect(sessions.status).toBe(200);
    expect(sessions.type).toBe('text/csv; charset=utf-8');
    expect([...sessions.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [row] = italianRows(sessions.bytes);
    expect(row).toMatchObject({
      Sessione: sessionId,
      Allievo: 'Giulia Conte',
      Modalità: 'assegnata',
      'Punteggio automatico': '100',
      'Superata (automatico)': 'sì',
      'Punteggio rivisto': String(reviewedPercent).replace('.', ','),
      'Rivisto da': 'Dott. Enzo Palumbo',
      'Risolta al primo contatto': expect.stringMatching(/^(sì|no)$/),
    });
    expect(row!.Esito).toMatch(/^[A-Z][a-z]/);
    expect(row!.Data).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(row!['Rivisto il']).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(row!['Conversazione (s)']).toMatch(/^\d+(,\d)?$/);

    const verdicts = italianRows((await download('/api/exports/verdicts.csv', assessor.cookie)).bytes);
    expect(verdicts.find((line) => line.Voce === item.id)).toMatchObject({
      // The secretaries read words, not the lab's codes.
      'Esito automatico': 'Raggiunto',
      'Esito rivisto': 'Mancato',
      Critica: item.critical ? 'sì' : 'no',
    });
    const abilities = italianRows((await download('/api/exports/abilities.csv', assessor.cookie)).bytes);
    expect(abilities.length).toBeGreaterThan(3);
    expect(abilities.every((line) => /^UF[12]\.A\d$/.test(line.Abilità!))).toBe(true);
    const reviews = italianRows((await download('/api/exports/reviews.csv', assessor.cookie)).bytes);
    expect(reviews.map((line) => [line.Registrazione, line.Prima, line.Dopo, line['Motivo o testo']])).toEqual([
      ['Esito di una voce', 'Raggiunto', 'Mancato', 'Saluto senza il nome; da rivedere.'],
      ['Commento', '', '', "'=SOMMA(A1) resta testo"],
    ]);

    const report = await download(`/api/sessions/${sessionId}/report.pdf`, assessor.cookie);
    expect(report.status).toBe(200);
    expect(report.type).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(report.bytes)), { mergePages: true });
    expect(text).toContain('Centralino Lab: rapporto della sessione');
    expect(text).toContain('Giulia Conte');
    expect(text).toContain('Punteggio automatico 100% (superata)');
    expect(text).toContain(`rivisto da Dott. Enzo Palumbo`);
    expect(text).toContain('=SOMMA(A1) resta testo');
    expect(text).toContain('Modalità');
  });

  it('gives exports to observers only, and a report only of an ended session they read', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    expect((await download('/api/exports/sessions.csv')).status).toBe(401);
    expect((await download('/api/exports/sessions.csv', trainee.cookie)).status).toBe(403);
    expect((await download('/api/exports/nothing.csv', instructor.cookie)).status).toBe(404);
    const live = await instructor.socket.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
    const liveId = live.ok ? live.data.sessionIds[0]! : '';
    expect((await download(`/api/sessions/${liveId}/report.pdf`, instructor.cookie)).status).toBe(409);
    expect((await download(`/api/sessions/${liveId}/report.pdf`, trainee.cookie)).status).toBe(403);
    expect((await getJson(lab.baseUrl, '/api/sessions/nope/report.pdf', instructor.cookie)).status).toBe(404);
  });
});
