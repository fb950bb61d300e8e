import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { exampleRule, understand, understandReply } from '../../scenarios/understanding/understandReply.js';
import type { Language } from '../../scenarios/format/schema.js';

const intentsOf = (text: string, language: Language, opening = false) =>
  understandReply(text, allSharedIntents, language, { opening }).map((match) => match.intent);

describe('understanding a reply', () => {
  it('does not take a refused or negated act for the act', () => {
    expect(intentsOf('Non le chiedo scusa, la colpa è sua', 'it')).not.toContain('empathy');
    expect(intentsOf("I don't need your date of birth", 'en')).not.toContain('askIdentification');
    expect(intentsOf('Non serve che mi dica il codice fiscale, la vedo già a sistema', 'it')).not.toContain('askIdentification');
    expect(intentsOf("I won't put you on hold, I can check while we talk", 'en')).not.toContain('askHold');
  });

  it('notices rudeness, dismissal and blaming the caller, and a sorry said with it is not empathy', () => {
    expect(intentsOf('E io che ci posso fare?', 'it')).toEqual(['rude']);
    expect(intentsOf('Not my problem, sorry', 'en')).toEqual(['rude']);
    expect(intentsOf('Se avesse letto il contratto lo saprebbe', 'it')).toContain('rude');
  });

  it('reads a thank-you for calling at the opening as the greeting, not the goodbye', () => {
    expect(intentsOf('Grazie per aver chiamato Vesuvio Telecom, sono Nadia', 'it', true)).toEqual(['greeting']);
    expect(intentsOf('Grazie per aver chiamato, arrivederci', 'it', true)).not.toContain('closing');
    expect(intentsOf('Grazie per aver chiamato, arrivederci', 'it', false)).toContain('closing');
  });

  it('understands bare hold requests, tag-question paraphrases and data asked in the conditional', () => {
    expect(intentsOf('Un attimo per favore, verifico', 'it')).toEqual(['askHold']);
    expect(intentsOf('Just a sec', 'en')).toEqual(['askHold']);
    expect(intentsOf('un attimo', 'it')).toEqual(['askHold']);
    expect(intentsOf('Einen Moment bitte', 'de')).toEqual(['askHold']);
    // Issue 11 lists bare hold requests among the ordinary phrasings to recognise: said curtly they still ask to hold.
    expect(intentsOf('Un attimo!', 'it')).toEqual(['askHold']);
    expect(intentsOf('Hang on.', 'en')).toEqual(['askHold']);
    expect(intentsOf('Un instant', 'fr')).toEqual(['askHold']);
    expect(intentsOf('No cuelgue', 'es')).toEqual(['askHold']);
    expect(intentsOf('Marco di Vesuvio Telecom, mi dica', 'it')).toEqual(['greeting']);
    expect(intentsOf('Mi dicesse il codice cliente, per cortesia', 'it')).toEqual(['askIdentification']);
    expect(intentsOf('Quindi il modem è spento, vero?', 'it')).toEqual(['activeListening']);
    expect(intentsOf('So it stopped on Monday, right?', 'en')).toEqual(['activeListening']);
    expect(intentsOf('Could I have your account number?', 'en')).toEqual(['askIdentification']);
  });

  it('reads a statement about data as no request for it', () => {
    expect(intentsOf('Ho verificato i suoi dati', 'it')).not.toContain('askIdentification');
    expect(intentsOf('I have checked your details', 'en')).not.toContain('askIdentification');
  });

  it('greets with the name in other word orders, and still needs the name', () => {
    expect(intentsOf('Marco di Vesuvio Telecom, mi dica', 'it')).toEqual(['greeting']);
    expect(intentsOf("C'est Léa, Vesuvio Telecom", 'fr')).toEqual(['greeting']);
    expect(intentsOf('Vesuvio Telecom, buongiorno, come posso aiutarla?', 'it')).not.toContain('greeting');
    // The name placeholder is one word of the same clause: a comma ends it ("Buongiorno, come posso aiutarla" names no one).
    expect(intentsOf('Buongiorno, come posso aiutarla?', 'it')).not.toContain('greeting');
  });

  it('lets a negation govern its own clause only', () => {
    expect(intentsOf('Non è colpa sua, mi scusi per il disagio', 'it')).toContain('empathy');
    expect(intentsOf("I can't do that, but let me transfer you", 'en')).toContain('announceTransfer');
    expect(intentsOf("I can't fix it myself, I'll put you through to billing", 'en')).toContain('announceTransfer');
  });

  it('explains an example-based match by its confidence and nearest train exemplars', () => {
    const match = understandReply('Mi scuso davvero per il disagio che le abbiamo creato', allSharedIntents, 'it').find(
      (found) => found.rule === exampleRule,
    );
    if (match) {
      expect(match.confidence).toBeGreaterThan(0);
      expect(match.exemplars?.length).toBeGreaterThan(0);
    }
    // Deterministic: the same reply and model give the same answer.
    const text = 'ok quindi lei non riesce più a entrare nel sito, giusto?';
    expect(understandReply(text, allSharedIntents, 'it')).toEqual(understandReply(text, allSharedIntents, 'it'));
  });

  it('gives bad input a clear result and never throws', () => {
    expect(understand('', allSharedIntents, 'it')).toEqual({ intents: [], note: 'empty' });
    expect(understand('   ', allSharedIntents, 'en')).toEqual({ intents: [], note: 'empty' });
    expect(understand('mi dispiace '.repeat(834), allSharedIntents, 'it')).toEqual({ intents: [], note: 'tooLong' });
    expect(understand('😀🙏📞', allSharedIntents, 'it')).toEqual({ intents: [], note: 'noWords' });
    expect(understand('<script>alert(1)</script>', allSharedIntents, 'en').intents).toEqual([]);
    expect(understand('<img src=x onerror=alert(1)>', allSharedIntents, 'en')).toEqual({ intents: [], note: 'noWords' });
    expect(understand('Good morning, how can I help you with your bill today?', allSharedIntents, 'it').note).toBe('otherLanguage');
    expect(() => understand('\u0000\uFFFF\uD800 ؟ 你好 Здравствуйте', allSharedIntents, 'de')).not.toThrow();
    // Exactly 10,000 characters, the very long reply.
    expect(understand('a'.repeat(10_000), allSharedIntents, 'fr')).toEqual({ intents: [], note: 'tooLong' });
    // Mixed languages: mostly English in an Italian call is the contact's language mismatch, never an error.
    expect(understand('Buongiorno, sorry, I can check your account and the bill for you now', allSharedIntents, 'it').note).toBe(
      'otherLanguage',
    );
    expect(understand('<script>alert(1)</script>', allSharedIntents, 'it')).toEqual({ intents: [], note: 'noWords' });
  });
});

describe('npm run scenario -- match', () => {
  it('prints one JSON line per reply read from standard input, a thousand in a few seconds', async () => {
    const replies = Array.from({ length: 1000 }, (_, i) =>
      i % 2 ? `Un attimo per favore, controllo la pratica ${i}` : 'Mi dice il codice cliente?',
    );
    const started = Date.now();
    const child = execFile(process.execPath, ['--import', 'tsx', 'server/cli/scenarioTool.ts', 'match', 'it'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    child.stdin?.end(`${replies.join('\n')}\n`);
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; intents: { intent: string }[] });
    expect(lines).toHaveLength(1000);
    expect(lines[0]!.intents.map((match) => match.intent)).toEqual(['askIdentification']);
    expect(lines[1]!.intents.map((match) => match.intent)).toEqual(['askHold']);
    // Generous for a shared 2-core machine: the matching itself takes well under a second.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
