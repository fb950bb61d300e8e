import { describe, expect, it } from 'vitest';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { understandReply } from '../../scenarios/understanding/understandReply.js';
import { understoodReply } from '../../scenarios/session/understoodReplies.js';

const replies = [
  'Grazie per aver chiamato, arrivederci',
  'Buongiorno, sono Nadia di Vesuvio Telecom, come posso aiutarla?',
  'E io che ci posso fare?',
  'Mi può dare il suo codice cliente?',
];

describe('replies understood again', () => {
  it('credit what understanding the reply afresh credits, at the opening and later alike', () => {
    for (const opening of [true, false])
      for (const text of replies)
        for (let round = 0; round < 2; round++)
          expect(understoodReply(text, allSharedIntents, 'it', { opening })).toEqual(
            understandReply(text, allSharedIntents, 'it', { opening }),
          );
  });

  it('tell the opening from later: a thank-you for calling closes only once the trainee has spoken', () => {
    const intents = (opening: boolean) =>
      understoodReply('Grazie per aver chiamato, arrivederci', allSharedIntents, 'it', { opening }).map((m) => m.intent);
    expect(intents(true)).not.toContain('closing');
    expect(intents(false)).toContain('closing');
  });

  it('never hand one session the matches another session holds', () => {
    const first = understoodReply(replies[3]!, allSharedIntents, 'it');
    first[0]?.words.push('changed');
    first.push({ intent: 'rude', rule: 'test', words: [] });
    expect(understoodReply(replies[3]!, allSharedIntents, 'it')).toEqual(understandReply(replies[3]!, allSharedIntents, 'it'));
  });

  it('understand the same words against another intent set afresh', () => {
    const { greeting: _greeting, ...withoutGreeting } = allSharedIntents;
    const text = replies[1]!;
    expect(understoodReply(text, allSharedIntents, 'it').map((m) => m.intent)).toContain('greeting');
    expect(understoodReply(text, withoutGreeting, 'it')).toEqual(understandReply(text, withoutGreeting, 'it'));
    expect(understoodReply(text, withoutGreeting, 'it').map((m) => m.intent)).not.toContain('greeting');
  });
});
