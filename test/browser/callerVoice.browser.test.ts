import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';

const floor = consoleLabPerFile();

interface FakeVoice {
  name: string;
  lang: string;
}

/**
 * Replaces the browser's speech synthesis with one that has the given voices and records what it is
 * asked to say and with which voice (headless Chromium has no voices of its own). Runs in the page.
 */
function installFakeSpeech(voices: FakeVoice[] | null): void {
  const page = window as unknown as Record<string, unknown>;
  if (voices === null) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    return;
  }
  const spoken: { text: string; voice: string | null; lang: string }[] = [];
  page.spokenLines = spoken;
  const listed = voices.map((voice) => ({ ...voice, voiceURI: voice.name, default: false, localService: true }));
  class FakeUtterance extends EventTarget {
    voice: { name: string } | null = null;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(public text: string) {
      super();
    }
  }
  const synthesis = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => listed,
    speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang }),
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
}

const spokenLines = (page: Page) =>
  page.evaluate(() => (window as unknown as { spokenLines?: { text: string; voice: string | null; lang: string }[] }).spokenLines ?? []);

/** Logs the trainee in with the given speech synthesis, has the instructor launch the fibre call, answers it and greets. */
async function answerFibreCall(trainee: { username: string; name: string }, voices: FakeVoice[] | null): Promise<Page> {
  const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
  const { context, page } = await openAs(floor.browser, floor.lab, trainee.username, 'allievo');
  // Logged in first, then the page starts again with the fake speech synthesis in place.
  await visible(page.getByRole('status').getByText('Disponibile'));
  await context.addInitScript(installFakeSpeech, voices);
  await page.reload();
  await visible(page.getByRole('status').getByText('Disponibile'));
  await instructor.getByRole('radio', { name: fibreTitle }).check();
  await instructor.getByRole('button', { name: `Avvia lo scenario per ${trainee.name}` }).click();
  await page.getByRole('button', { name: 'Rispondi' }).click();
  const replyBox = page.getByRole('textbox', { name: 'Risposta' });
  await visible(replyBox);
  await replyBox.fill('Vesuvio Telecom, buongiorno, sono Giulia. Come posso aiutarla?');
  await page.getByRole('button', { name: 'Invia', exact: true }).click();
  await visible(page.getByRole('region', { name: 'Trascrizione della chiamata' }).getByText('da ieri sera'));
  return page;
}

describe('the caller’s voice in the browser', () => {
  it('speaks the caller’s lines with a voice of the contact’s language and names it', async () => {
    const page = await answerFibreCall({ username: 'allievo1', name: 'Giulia Conte' }, [
      { name: 'Fake Deutsch', lang: 'de-DE' },
      { name: 'Fake Italiano', lang: 'it-IT' },
      { name: 'Fake English', lang: 'en-GB' },
    ]);
    // Named in words, never by its tag (it-IT), which is a code.
    await visible(page.getByText('Voce: Fake Italiano, italiano (Italia)'));
    expect(await page.getByRole('note').filter({ hasText: 'restano solo scritte' }).count()).toBe(0);

    // Every caller line spoken is spoken with the Italian voice, and is a line the transcript shows.
    await expect.poll(async () => (await spokenLines(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const spoken = await spokenLines(page);
    expect(spoken.every((line) => line.voice === 'Fake Italiano' && line.lang === 'it-IT')).toBe(true);
    const transcript = await page.getByRole('region', { name: 'Trascrizione della chiamata' }).innerText();
    for (const line of spoken) expect(transcript).toContain(line.text);
  });

  it('keeps the lines written, with a note saying so and how to get voices, when no voice speaks the contact’s language', async () => {
    const page = await answerFibreCall({ username: 'allievo2', name: 'Marco Sorrentino' }, [{ name: 'Fake Deutsch', lang: 'de-DE' }]);
    const note = page.getByRole('note').filter({ hasText: 'Nessuna voce in italiano in questo browser' });
    await visible(note);
    await visible(note.getByText('le battute del chiamante restano solo scritte'));
    await note.getByText('Come avere le voci').click();
    await visible(note.getByText(/speech-dispatcher-espeak-ng espeak-ng/));
    await visible(note.getByText(/^Windows:/));
    await visible(note.getByText(/^macOS:/));
    expect(await page.getByText(/^Voce: /).count()).toBe(0);
    expect(await spokenLines(page)).toEqual([]);
    await axeClean(page, 'call console with the no-voice note open');
  });

  it('says the browser has no speech synthesis when it has none', async () => {
    const page = await answerFibreCall({ username: 'allievo4', name: 'Antonio Caputo' }, null);
    await visible(page.getByRole('note').filter({ hasText: 'Questo browser non ha la sintesi vocale' }));
  });
});
