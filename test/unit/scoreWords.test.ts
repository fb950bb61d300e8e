import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { checkScenarioFile, libraryFiles, readTraineeScript, traineeScriptFiles } from '../../server/scenarioFiles.js';

const vesuvioDesk = loadVesuvioDesk();
const scenarios = await Promise.all((await libraryFiles()).map(checkScenarioFile));

/** What in an explanation would be a code to a trainee: key=value, camelCase, kebab-case, dotted ids (anna.russo). */
const codeLike = /\w+=\S+|\b[a-z]+[A-Z]\w*|\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|\b[a-z]+\.[a-z]+\b/;
/** The language's own hyphenated words and the addresses an e-mail item names. */
const allowed = (text: string) => text.replace(/[\w.+-]+@[\w.-]+/g, '').replace(/\b(e-mail|post-chiamata|post-contatto|wrap-up)\b/gi, '');

describe('score explanations say codes in words', () => {
  it.each(scenarios.map((check) => [check.scenario!.id, check] as const))(
    '%s: every scripted trainee gets explanations without codes',
    async (_id, check) => {
      const scenario = check.scenario!;
      for (const file of await traineeScriptFiles(scenario.id)) {
        const { script } = await readTraineeScript(file);
        const run = playHeadless(scenario, vesuvioDesk, script!.inputs, { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
        const coded = scoreSession(scenario, run.events)
          .items.flatMap((item) => [item.explanation.it, item.explanation.en])
          // A reply quoted as said ("Detto: «…»") is the trainee's own words, whatever they typed.
          .filter((text) => !/^(Detto|Said): /.test(text))
          .filter((text) => codeLike.test(allowed(text)));
        expect(coded, file).toEqual([]);
      }
    },
  );
});
