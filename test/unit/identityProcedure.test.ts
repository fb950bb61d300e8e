import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../scenarios/checks/checkScenario.js';
import { loadCompany } from '../../scenarios/company/load.js';
import type { KbArticle } from '../../scenarios/company/model/content.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { libraryDir, loadTraineeScript } from '../support/scenarios.js';

const raw = JSON.parse(readFileSync(path.join(libraryDir, 'helpdesk-fibra-guasto.json'), 'utf8'));
const articles = loadCompany().knowledgeBase;
const facts = { seed: 7, traineeId: 'u-trainee', launchedBy: 'u-instructor', startAt: 0 };

function scoreWith(knowledgeBase: readonly KbArticle[], trainee: string) {
  const check = checkScenario(raw, knowledgeBase);
  if (!check.ok) throw new Error(check.problems.join('; '));
  const run = playHeadless(check.scenario, loadVesuvioDesk(), loadTraineeScript('helpdesk-fibra-guasto', trainee).inputs, facts);
  return scoreSession(check.scenario, run.events);
}

const item = (score: ReturnType<typeof scoreWith>, id: string) => score.items.find((candidate) => candidate.id === id)!;

describe('identity scored by the company procedure (KB-001)', () => {
  it('fails the critical item when the customer is "verified" with her name only, and says what KB-001 asks', () => {
    const score = scoreWith(articles, 'verifiesNameOnly');
    expect(score.passed).toBe(false);
    expect(score.criticalFailures).toEqual(['verifyBeforeTicket']);
    expect(item(score, 'verifyIdentity').explanation.en).toBe(
      'Identity verified with only: full name; procedure KB-001 asks for at least 2 of customer code, tax code, date of birth, address',
    );
  });

  it('takes the rule from the company, not from the scenario file: a stricter KB-001 fails the exemplary trainee', () => {
    expect(scoreWith(articles, 'exemplary').passed).toBe(true);
    const stricter = articles.map((article) =>
      article.id === 'KB-001' ? { ...article, identityRule: { required: [], atLeast: 3, of: article.identityRule!.of } } : article,
    );
    const score = scoreWith(stricter, 'exemplary');
    expect(score.criticalFailures).toEqual(['verifyBeforeTicket']);
  });

  it('keeps the rule inside the checked scenario, so a kept version scores with the rule it was launched with', () => {
    const check = checkScenario(raw, articles);
    expect(check.ok && check.scenario.rubric.find((candidate) => candidate.id === 'verifyBeforeTicket')?.rule).toMatchObject({
      first: { procedure: 'KB-001', identityRule: { atLeast: 2, of: ['customerCode', 'taxCode', 'birthDate', 'address'] } },
    });
  });

  it('refuses a reference to an article that has no identity rule, naming those that have one', () => {
    const wrong = structuredClone(raw);
    wrong.rubric.find((candidate: { id: string }) => candidate.id === 'verifyIdentity').rule.procedure = 'KB-002';
    expect(checkScenario(wrong, articles)).toEqual({
      ok: false,
      problems: ['rubric.3.rule.procedure: KB-002 is not a verification procedure with an identity rule (those with one: KB-001)'],
    });
  });
});
