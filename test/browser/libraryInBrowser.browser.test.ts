import { beforeAll, describe, expect, it } from 'vitest';
import { consoleLabPerFile, openAs, seriousAxeViolations } from '../support/browser.js';
import { actionId, connectDemo } from '../support/lab.js';
import { checkScenarioFile, libraryFiles, readTraineeScript, traineesDir } from '../../server/scenarioFiles.js';
import path from 'node:path';

// A free role-play's caller is an instructor: it has no exemplary scripted trainee to play (coaching.browser.test.ts plays one).
const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario && !check.scenario.rolePlay ? [check.scenario] : [],
);
const played = new Map<string, { sessionId: string; lastCallerLine: string }>();

// The exemplary trainees are played back to back, faster than a person: no per-connection limit here.
const floor = consoleLabPerFile({ socketEventsPerSecond: 0 });

// Registered after the lab's own hook, so it runs once the lab and Chromium are up.
beforeAll(async () => {
  const lab = floor.lab;
  const instructor = await connectDemo(lab, 'instructor');
  const trainee = await connectDemo(lab, 'trainee4');
  floor.sockets.push(instructor.socket, trainee.socket);
  // Every scenario's exemplary trainee, played through the real server one after the other.
  for (const scenario of scenarios) {
    const { script } = await readTraineeScript(path.join(traineesDir, scenario.id, 'exemplary.json'));
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId: scenario.id, traineeIds: ['u-allievo4'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    for (const { action } of script!.inputs) {
      const ack = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
      expect(ack.ok, `${scenario.id} ${action.type}: ${JSON.stringify(ack)}`).toBe(true);
    }
    await lab.application.context.registry.settled();
    // Back from the debrief (Torna disponibile): the next launch rings only an available trainee.
    await trainee.socket.emitWithAck('agent:status', { status: 'available' });
    const events = await lab.application.context.registry.eventsOf(sessionId);
    const lastCallerLine = events.flatMap((e) => (e.type === 'caller.said' ? [e.data.text] : [])).at(-1) ?? '';
    played.set(scenario.id, { sessionId, lastCallerLine });
  }
}, 180_000);

describe('every scenario of the library in the browser', () => {
  it('is offered to the instructor, and its exemplary session replays to its last line with its score', async () => {
    const { page: instructor } = await openAs(floor.browser, floor.lab, 'docente', 'docente');
    for (const scenario of scenarios) await instructor.getByRole('radio', { name: scenario.title.it }).waitFor({ timeout: 10_000 });

    const { page } = await openAs(floor.browser, floor.lab, 'valutatore', 'valutatore');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const scenario of scenarios) {
      const { lastCallerLine } = played.get(scenario.id)!;
      await page
        .getByRole('button', { name: `Apri la sessione di Antonio Caputo: ${scenario.title.it}` })
        .first()
        .click();
      const slider = page.getByRole('slider', { name: 'Posizione nella sessione' });
      await slider.waitFor({ timeout: 10_000 });
      await slider.press('End');
      await page
        .getByText(lastCallerLine, { exact: false })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async (error: Error) => {
          await page.screenshot({ path: `/tmp/replay-${scenario.id}.png`, fullPage: true });
          throw error;
        });
      await page.getByText('Superata').first().waitFor({ timeout: 10_000 });
      expect(await seriousAxeViolations(page), scenario.id).toEqual([]);
      await page.getByRole('button', { name: 'Chiudi sessione' }).click();
    }
    expect(errors).toEqual([]);
  }, 240_000);
});
