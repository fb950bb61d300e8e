import { afterAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { actionId, connectDemo, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';
import { loadLibraryScenario, loadTraineeScript } from '../support/scenarios.js';

const vesuvioDesk = loadVesuvioDesk();

const scenarioId = 'helpdesk-fibra-guasto';
const scenario = loadLibraryScenario(scenarioId);
const labs: RunningLab[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const lab of labs) await lab.stop();
});

/** What must agree: everything but who launched it and the client-made ids. */
const comparable = (events: SessionEvent[]) =>
  events.map(({ actionId: _id, ...event }) =>
    event.type === 'session.launched' ? { ...event, data: { ...event.data, traineeId: '-', launchedBy: '-' } } : event,
  );

describe('the same scripted trainee, headless and through the server', () => {
  it.each(['exemplary', 'weak', 'critical', 'keepsCallerWaiting', 'wrongRecordThenRight'])(
    'gives the same log and score: %s',
    async (name) => {
      const script = loadTraineeScript(scenarioId, name);
      const clock = new ManualClock();
      const lab = await startLab({ clock, newSeed: () => 11 });
      labs.push(lab);
      const instructor = await connectDemo(lab, 'instructor');
      const trainee = await connectDemo(lab, 'trainee1');
      sockets.push(instructor.socket, trainee.socket);
      const startAt = clock.now();
      const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
      const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
      await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
      for (const input of script.inputs) {
        await clock.advance(startAt + input.at - clock.now());
        const ack = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: input.action });
        expect(ack.ok, `${input.action.type}: ${JSON.stringify(ack)}`).toBe(true);
      }
      const served = await lab.application.context.registry.eventsOf(sessionId);
      // The lab keeps the version it launched with and names it in the log; the headless run is told the same one.
      const scenarioHash = lab.application.context.registry.record(sessionId)?.scenarioHash;
      expect(scenarioHash).toMatch(/^[0-9a-f]{64}$/);
      const facts = { seed: 11, traineeId: 'x', launchedBy: 'y', startAt, scenarioHash };
      const headless = playHeadless(scenario, vesuvioDesk, script.inputs, facts);
      expect(comparable(served)).toEqual(comparable(headless.events));
      expect(await lab.application.context.registry.scoreOf(sessionId)).toEqual(scoreSession(scenario, headless.events));
    },
  );
});
