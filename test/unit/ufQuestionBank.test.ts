import { describe, expect, it } from 'vitest';
import { units } from '../../protocol/standard.js';
import { bankSize, drawQuestions } from '../../server/course/checks.js';
import bank from '../../server/course/ufQuestionBank.json' with { type: 'json' };

describe('the UF checks’ question bank', () => {
  it('holds at least 10 multiple-choice questions for every knowledge code of both units', () => {
    const codes = units.flatMap((unit) => unit.knowledge.map((item) => item.code));
    expect(codes).toHaveLength(17);
    for (const code of codes) expect(bankSize(code), code).toBeGreaterThanOrEqual(10);
    for (const question of Object.values(bank.questions).flat()) {
      expect(question.options, question.id).toHaveLength(4);
      expect(new Set(question.options).size, question.id).toBe(4);
      expect(question.answer, question.id).toBeLessThan(4);
    }
  });

  it('draws the asked number per code, the same for the same check', () => {
    const drawn = drawQuestions('UF2', 2, 'chk-1');
    expect(drawn).toHaveLength(14);
    expect(drawQuestions('UF2', 2, 'chk-1')).toEqual(drawn);
    expect(drawQuestions('UF2', 2, 'chk-2')).not.toEqual(drawn);
  });
});
