import { describe, expect, it } from 'vitest';
import { actionId, connectDemo, eventually, getJson, labPerFile } from '../support/lab.js';
import { exemplaryFibreCall, loadLibraryScenario } from '../support/scenarios.js';

const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
const floor = labPerFile();
const { sockets } = floor;

describe('what a trainee receives', () => {
  it('never holds the rubric, the expected answers, the script or another trainee’s data while the call goes on', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    const neighbour = await connectDemo(floor.lab, 'trainee2');
    sockets.push(instructor.socket, trainee.socket, neighbour.socket);
    const received: { name: string; payload: string }[] = [];
    trainee.socket.onAny((name: string, ...args: unknown[]) => received.push({ name, payload: JSON.stringify(args) }));

    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: scenario.id,
      traineeIds: ['u-allievo1', 'u-allievo2'],
      mode: 'guided',
    });
    const [own, other] = launched.ok ? launched.data.sessionIds : [];
    const answers: string[] = [];
    const ask = async <T>(promise: Promise<T>) => {
      const answer = await promise;
      answers.push(JSON.stringify(answer));
      return answer;
    };
    await ask(trainee.socket.emitWithAck('session:join', { sessionId: own!, sinceSeq: 0 }));
    for (const { action } of exemplaryFibreCall.slice(0, -1))
      await ask(trainee.socket.emitWithAck('session:act', { sessionId: own!, actionId: actionId(), action }));
    for (const route of ['/api/auth/me', '/api/directory', '/api/scenarios', '/api/sessions', `/api/sessions/${own}`]) {
      answers.push(JSON.stringify((await getJson(floor.lab.baseUrl, route, trainee.cookie)).body));
    }
    // What the trainee's own actions caused arrives in their acks; the rest (timers) as pushes.
    await eventually(() =>
      [...received.map((message) => message.payload), ...answers].some((text) => text.includes('Grazie a lei, arrivederci')),
    );

    const everything = [...received.map((message) => message.payload), ...answers].join('\n');
    expect(everything.length).toBeGreaterThan(5000);
    // The scoring key: rubric ids, evidence rules, intent rules, expected end states, script states.
    for (const secret of [
      'verifyBeforeTicket',
      'faultTicket',
      'escalatedTo',
      'minChecks',
      '"rule"',
      '"intents":[{',
      'company-and-own-name',
      'script.advanced',
      'diagnosing',
      '"quality"',
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
    // Another trainee's session and name never reach this one.
    expect(everything).not.toContain(other);
    expect(everything).not.toContain('Marco Sorrentino');
    // Guided mode does reach the trainee: hints and suggested replies, without their quality.
    expect(everything.includes('guidance.offered')).toBe(scenarioHasGuidance());
  });
});

function scenarioHasGuidance(): boolean {
  return Object.keys(scenario.guidance).length > 0;
}
