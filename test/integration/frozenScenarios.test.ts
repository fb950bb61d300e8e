import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScoreReport, SessionSummary } from '../../protocol/views.js';
import { loadCompany } from '../../scenarios/company/load.js';
import { deskOf, loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { summarizeScenario } from '../../scenarios/format/summarizeScenario.js';
import type { ScenarioCatalog } from '../../server/scenarioCatalog.js';
import { actionId, connectDemo, getJson, startLab, stopLab, type LabClient, type RunningLab } from '../support/lab.js';
import { exemplaryFibreCall, loadLibraryScenario } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';

/** A catalogue whose scenarios the test edits and removes, as an author editing the library would. */
function editableCatalog(scenarios: Scenario[]): ScenarioCatalog & { offered: Map<string, Scenario> } {
  const offered = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  return { offered, get: (id) => offered.get(id), list: () => [...offered.values()].map(summarizeScenario), rejected: [] };
}

const labs: RunningLab[] = [];
const sockets: LabClient[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const lab of labs.splice(0)) await stopLab(lab);
});

async function playExemplary(lab: RunningLab): Promise<{ sessionId: string; instructorCookie: string }> {
  const instructor = await connectDemo(lab, 'instructor');
  const trainee = await connectDemo(lab, 'trainee1');
  sockets.push(instructor.socket, trainee.socket);
  const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
  expect(launched).toMatchObject({ ok: true });
  const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const { action } of exemplaryFibreCall) await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
  await lab.application.context.registry.settled();
  await trainee.socket.emitWithAck('agent:status', { status: 'available' });
  return { sessionId, instructorCookie: instructor.cookie };
}

const scoreOf = async (lab: RunningLab, sessionId: string, cookie: string) =>
  (await getJson<ScoreReport>(lab.baseUrl, `/api/sessions/${sessionId}/score`, cookie)).body;
const replayOf = async (lab: RunningLab, sessionId: string, cookie: string) =>
  (await getJson<{ session: SessionSummary; scenario: unknown; events: unknown[] }>(lab.baseUrl, `/api/sessions/${sessionId}`, cookie))
    .body;

describe('a session played is frozen in time', () => {
  it('keeps its score and replay when its scenario is edited, removed, or the company data changes; a new session uses the new version', async () => {
    const original = loadLibraryScenario(scenarioId);
    const catalog = editableCatalog([original]);
    const lab = await startLab({ catalog });
    labs.push(lab);
    const { sessionId, instructorCookie } = await playExemplary(lab);
    const score = await scoreOf(lab, sessionId, instructorCookie);
    const replay = await replayOf(lab, sessionId, instructorCookie);
    expect(score).toMatchObject({ ok: true, data: { percent: 100, passed: true } });
    const itemCount = score.ok ? score.data.items.length : 0;
    expect(replay).toMatchObject({ ok: true, data: { scenario: { title: original.title } } });

    // The author retitles the scenario and drops a rubric item, which now cannot be met: a critical
    // item no exemplary call reaches.
    const [first, ...rest] = original.rubric;
    const edited: Scenario = {
      ...original,
      version: original.version + 1,
      title: { it: 'Guasto fibra (rivisto)', en: 'Fibre fault (revised)' },
      rubric: [...rest, { ...first!, id: 'never-met', critical: true, rule: { kind: 'outcome', outcomes: ['transferred'] } }],
    };
    catalog.offered.set(scenarioId, edited);
    expect(await scoreOf(lab, sessionId, instructorCookie)).toEqual(score);
    expect(await replayOf(lab, sessionId, instructorCookie)).toEqual(replay);

    // A new session is played, and scored, with the edited version.
    const fresh = await playExemplary(lab);
    const freshScore = await scoreOf(lab, fresh.sessionId, instructorCookie);
    expect(freshScore).toMatchObject({ ok: true, data: { passed: false } });
    expect(freshScore.ok && freshScore.data.items.map((item) => item.id)).toContain('never-met');
    expect(freshScore.ok && freshScore.data.items.length).toBe(itemCount);
    expect(await replayOf(lab, fresh.sessionId, instructorCookie)).toMatchObject({ ok: true, data: { scenario: { title: edited.title } } });

    // The scenario leaves the catalogue: its sessions still score and replay.
    catalog.offered.delete(scenarioId);
    expect(await scoreOf(lab, sessionId, instructorCookie)).toEqual(score);
    expect(await replayOf(lab, sessionId, instructorCookie)).toEqual(replay);
    expect(await scoreOf(lab, fresh.sessionId, instructorCookie)).toEqual(freshScore);

    // After a restart, with the scenario gone and a customer's record changed, nothing of either changes:
    // the versions are on disk, each with the company data version it ran against.
    await stopLab(labs.pop()!);
    const company = structuredClone(loadCompany());
    company.customers[0] = { ...company.customers[0]!, fullName: 'Nome Cambiato' };
    const changedDesk = deskOf(company);
    expect(changedDesk.dataVersion).not.toBe(loadVesuvioDesk().dataVersion);
    const restarted = await startLab({ catalog: editableCatalog([]), desk: changedDesk }, lab.dataDir);
    labs.push(restarted);
    expect(await scoreOf(restarted, sessionId, instructorCookie)).toEqual(score);
    expect(await replayOf(restarted, sessionId, instructorCookie)).toEqual(replay);
    expect(await scoreOf(restarted, fresh.sessionId, instructorCookie)).toEqual(freshScore);

    const folder = path.join(lab.dataDir, 'scenario-versions');
    const kept = await Promise.all(
      (await readdir(folder)).map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as Record<string, unknown>),
    );
    expect(kept).toHaveLength(2);
    expect(kept.map((version) => version.companyVersion)).toEqual([loadVesuvioDesk().dataVersion, loadVesuvioDesk().dataVersion]);
  });
});
