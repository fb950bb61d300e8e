import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { CompetencyMatrix } from '../../protocol/competency.js';
import type { ClassKpis, KpiTargets } from '../../protocol/kpiTargets.js';
import { connectDemo, getJson, labPerFile } from '../support/lab.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = labPerFile({ socketEventsPerSecond: 0 });

async function download(route: string, cookie?: string) {
  const response = await fetch(`${floor.lab.baseUrl}${route}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}
/** Reads a CSV download as Excel set to Italian would: BOM, semicolons. */
const italianRows = (bytes: Buffer) =>
  parse(bytes.toString('utf8'), { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
const italian = (value: number) => String(value).replace('.', ',');

describe('the trainee dossier and the class KPIs for the course records', () => {
  it('prints a trainee’s sessions, reviewed score, ability levels and KPIs in a PDF made on the server, for staff only', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const { registry } = lab.application.context;
    const scenario = registry.scenarioOf(registry.record(sessionId)!)!;
    const verdict = { itemId: scenario.rubric[0]!.id, verdict: 'missed', reason: 'Saluto senza il nome.' };
    expect((await postJson(lab.baseUrl, `/api/sessions/${sessionId}/review/verdicts`, verdict, assessor.cookie)).status).toBe(200);

    const matrix = await getJson<CompetencyMatrix>(lab.baseUrl, '/api/classes/aula-a/competency', instructor.cookie);
    const cells = matrix.body.ok ? matrix.body.data.rows.find((row) => row.traineeId === 'u-allievo1')!.cells : {};
    const [code, cell] = Object.entries(cells).find(([, candidate]) => candidate.level !== null)!;

    const dossier = await download('/api/trainees/u-allievo1/dossier.pdf', instructor.cookie);
    expect(dossier.status).toBe(200);
    expect(dossier.type).toBe('application/pdf');
    const extracted = await extractText(await getDocumentProxy(new Uint8Array(dossier.bytes)), { mergePages: true });
    // Table cells wrap onto several lines: the words matter, not where the column breaks them.
    const text = extracted.text.replace(/\s+/g, ' ');
    expect(text).toContain("Centralino Lab: dossier dell'allievo");
    expect(text).toContain('Giulia Conte');
    expect(text).toContain('Operatore call center Inbound - Aula A (demo)');
    expect(text).toContain(scenario.title.it);
    expect(text).toContain('rivisto da Dott. Enzo Palumbo');
    expect(text).toContain(`${code} ${italian(cell.level!)}% 1`);
    expect(text).toContain('UF2.A5');
    expect(text).toContain('Risoluzione al primo contatto');

    // A trainee is refused, their own dossier too: it would show exam and unreleased results.
    expect((await download('/api/trainees/u-allievo1/dossier.pdf', trainee.cookie)).status).toBe(403);
    expect((await download('/api/trainees/u-allievo1/dossier.pdf')).status).toBe(401);
    expect((await download('/api/trainees/u-nobody/dossier.pdf', instructor.cookie)).status).toBe(403);
    const admin = await connectDemo(lab, 'admin');
    floor.sockets.push(admin.socket);
    expect((await download('/api/trainees/u-nobody/dossier.pdf', admin.cookie)).status).toBe(404);
    expect((await download('/api/trainees/u-docente/dossier.pdf', admin.cookie)).status).toBe(404);
  }, 60_000);

  it('writes the class KPIs as CSV for Excel in Italian: a row per trainee and one for the class, each figure against its target', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    floor.sockets.push(instructor.socket);
    const targets: KpiTargets = {
      answerWithinMs: 3_600_000,
      handleWithinMs: 3_600_000,
      holdWithinMs: 3_600_000,
      afterCallWithinMs: 3_600_000,
      firstContactPercent: 50,
    };
    expect((await postJson(lab.baseUrl, '/api/classes/aula-a/kpi-targets', targets, instructor.cookie)).status).toBe(200);
    const json = await getJson<ClassKpis>(lab.baseUrl, '/api/classes/aula-a/kpis', instructor.cookie);
    const giulia = json.body.ok ? json.body.data.trainees.find((row) => row.traineeId === 'u-allievo1')!.figures : null;

    const file = await download('/api/classes/aula-a/kpis.csv', instructor.cookie);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = italianRows(file.bytes);
    expect(rows.map((row) => row.Allievo)).toEqual([
      'Giulia Conte',
      'Marco Sorrentino',
      'Federica Amato',
      'Antonio Caputo',
      'Tutta la classe',
    ]);
    expect(rows[0]).toMatchObject({
      Classe: 'Operatore call center Inbound - Aula A (demo)',
      Chiamate: String(giulia!.calls),
      'Tempo di risposta (s)': italian(Math.round(giulia!.answer.value! / 100) / 10),
      'Tempo di risposta obiettivo (s)': '3600',
      'Tempo di risposta raggiunto': 'sì',
      // The fibre fault goes on to the technicians: never resolved at the first contact, below the 50% target.
      'Risoluzione al primo contatto (%)': '0',
      'Risoluzione al primo contatto obiettivo (%)': '50',
      'Risoluzione al primo contatto raggiunto': 'no',
    });
    expect(rows[1]).toMatchObject({ Chiamate: '0', 'Tempo di risposta (s)': '', 'Tempo di risposta raggiunto': 'n.d.' });
    expect(rows[4]!.Chiamate).toBe(String(json.body.ok ? json.body.data.overall.calls : -1));

    const ranged = italianRows((await download('/api/classes/aula-a/kpis.csv?from=2026-01-01&to=2026-01-02', instructor.cookie)).bytes);
    expect(ranged[0]).toMatchObject({ Dal: '01/01/2026', Al: '02/01/2026', Chiamate: '0' });
    expect((await download('/api/classes/aula-a/kpis.csv?mode=nonsense', instructor.cookie)).status).toBe(400);
    expect((await download('/api/classes/no-such/kpis.csv', instructor.cookie)).status).toBe(404);
  }, 60_000);
});
