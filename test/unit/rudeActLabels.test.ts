import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rudeAct, rudeActRule } from '../../scenarios/understanding/rudeness.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const labels = (language: 'it' | 'en'): Record<string, string> =>
  read(`../../client/src/i18n/areas/understanding.${language}.json`).understanding.rudeAct;

describe('the monitor names the rude act it read', () => {
  it('has words in Italian and English for every act of every language’s phrase list', () => {
    for (const language of ['it', 'en', 'fr', 'de', 'es']) {
      const acts = Object.keys(read(`../../scenarios/understanding/rudeness/${language}.json`).acts);
      expect(acts.length).toBeGreaterThan(0);
      for (const act of acts) {
        expect(labels('it')[act], `${language} ${act} in Italian`).toMatch(/\w/);
        expect(labels('en')[act], `${language} ${act} in English`).toMatch(/\w/);
      }
    }
  });

  it('credits the act under the rule the console reads it from', () => {
    const act = rudeAct('Doveva leggere il contratto prima di firmare.', 'it');
    expect(act?.act).toBe('blames');
    expect(rudeActRule(act!.act)).toBe('rude-act:blames');
  });
});
